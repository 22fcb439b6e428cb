/**
 * Size budget: a procedure page may load at most FIRST_VIEW_BUDGET_GZIP more first-view JavaScript
 * (gzipped) than the island-free page. "First-view JavaScript" is defined in scripts/bench/first-view-js.ts,
 * which `npm run bench` also uses (and which also reports the JavaScript once every island has hydrated).
 */
import { describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml, readBuilt } from '../../scripts/bench/built-pages.ts';
import { BASELINE_PAGE, FIRST_VIEW_BUDGET_GZIP, pageJs, staticImports } from '../../scripts/bench/first-view-js.ts';

const procedurePages = builtPagePaths().filter((path) => pageHtml(path).includes('class="procedure-step"'));
const baseline = pageJs(pageHtml(BASELINE_PAGE), BASELINE_PAGE, readBuilt);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the baseline has no island, and the procedure pages are found', () => {
	expect(baseline.islands).toBe(0);
	expect(procedurePages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
});

describe.each(procedurePages)('%s', (path) => {
	const page = pageJs(pageHtml(path), path, readBuilt);

	test('has islands, so the budget measures something', () => {
		expect(page.islands).toBeGreaterThan(0);
		expect(page.withIslands.gzip).toBeGreaterThan(baseline.firstView.gzip);
	});

	test(`loads at most ${kb(FIRST_VIEW_BUDGET_GZIP)} more first-view JavaScript (gzip) than ${BASELINE_PAGE}`, () => {
		const extra = page.firstView.gzip - baseline.firstView.gzip;
		const largest = page.firstView.files
			.filter((f) => !baseline.firstView.files.some((b) => b.url === f.url))
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 6)
			.map((f) => `${f.url} ${kb(f.gzip)}`)
			.join(', ');
		expect(extra, `${path}: ${kb(page.firstView.gzip)} against ${kb(baseline.firstView.gzip)}; largest additions: ${largest}`).toBeLessThanOrEqual(
			FIRST_VIEW_BUDGET_GZIP,
		);
	});
});

describe('the measurement', () => {
	const files: Record<string, string> = {
		'/_astro/a.js': 'import{x as y}from"./b.js";import"./c.js";export{z}from"/_astro/d.js";const l=()=>import("./lazy.js");',
		'/_astro/b.js': 'export const x=1;',
		'/_astro/c.js': 'import{x}from"./b.js";',
		'/_astro/d.js': 'export const z=2;',
		'/_astro/island.js': 'export default 1;',
		'/_astro/renderer.js': 'import"./b.js";',
		'/_astro/lazy.js': 'export const never=1;',
	};
	const read = (path: string) => (files[path] === undefined ? undefined : new TextEncoder().encode(files[path]));
	const island = (client: string) =>
		`<astro-island component-url="/_astro/island.js" renderer-url="/_astro/renderer.js" client="${client}"></astro-island>`;
	const urls = (html: string, load: 'firstView' | 'withIslands' = 'firstView') =>
		pageJs(html, '/x/', read)[load].files.map((f) => f.url);

	test.each([
		// Static imports and re-exports are followed, relative or absolute; dynamic import() is not.
		['import graph', '<script type="module" src="/_astro/a.js"></script>', ['/_astro/a.js', '/_astro/b.js', '/_astro/c.js', '/_astro/d.js']],
		// An island that hydrates by itself counts its component, its renderer and their imports.
		['client:idle island', island('idle'), ['/_astro/island.js', '/_astro/renderer.js', '/_astro/b.js']],
		// client:visible depends on the viewport: counted as if in view.
		['client:visible island', island('visible'), ['/_astro/island.js', '/_astro/renderer.js', '/_astro/b.js']],
		// An island waiting for the reader's input is not first view.
		['client:interaction island', island('interaction'), []],
		// Inline code counts; a JSON data block and an empty script do not.
		['inline', '<script>let a=1</script><script type="application/ld+json">{}</script><script></script>', ['inline #1']],
		// A modulepreload is loaded on first view too.
		['modulepreload', '<link rel="modulepreload" href="/_astro/d.js">', ['/_astro/d.js']],
	])('%s', (_, html, expected) => {
		expect(urls(html)).toEqual(expected);
	});

	test('an island waiting for input counts once every island has hydrated', () => {
		expect(urls(island('interaction'), 'withIslands')).toEqual(['/_astro/island.js', '/_astro/renderer.js', '/_astro/b.js']);
	});

	test('a script missing from the build fails the measurement instead of counting zero', () => {
		expect(() => pageJs('<script type="module" src="/_astro/gone.js"></script>', '/x/', read)).toThrow(/gone\.js/);
	});

	test('static imports resolve against the importing file', () => {
		expect(staticImports('import{a}from"../b.js";import"./c.js"', '/_astro/sub/x.js')).toEqual(['/_astro/b.js', '/_astro/sub/c.js']);
	});
});
