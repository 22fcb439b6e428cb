/** First-view JavaScript (gzip) of every built page, next to the island-free baseline; see first-view-js.ts. */
import { builtPagePaths, pageHtml, readBuilt } from './built-pages.ts';
import { BASELINE_PAGE, FIRST_VIEW_BUDGET_GZIP, pageJs } from './first-view-js.ts';
import type { Row } from './table.ts';

const KB = 1024;

export function sizeRows(): Row[] {
	const baseline = pageJs(pageHtml(BASELINE_PAGE), BASELINE_PAGE, readBuilt);
	if (baseline.islands > 0) throw new Error(`The baseline ${BASELINE_PAGE} has islands now: pick an island-free page.`);
	const limit = (baseline.firstView.gzip + FIRST_VIEW_BUDGET_GZIP) / KB;
	const rows: Row[] = [];
	for (const path of builtPagePaths()) {
		const html = pageHtml(path);
		const js = pageJs(html, path, readBuilt);
		const procedure = html.includes('class="procedure-step"');
		const over = (js.firstView.gzip - baseline.firstView.gzip) / KB;
		const label = path === BASELINE_PAGE ? 'the island-free baseline' : `${over >= 0 ? '+' : ''}${over.toFixed(1)} KB on the baseline`;
		rows.push({
			name: `first-view JS, gzip: ${path} (${label})`,
			value: js.firstView.gzip / KB,
			unit: 'KB',
			digits: 1,
			// The budget holds procedure pages; the others are reported.
			...(procedure ? { target: { op: '<=' as const, value: limit } } : {}),
		});
		if (js.deferredIslands > 0)
			rows.push({
				name: `  …once its ${js.deferredIslands} input-waiting island(s) hydrate: ${path}`,
				value: js.withIslands.gzip / KB,
				unit: 'KB',
				digits: 1,
			});
	}
	return rows;
}
