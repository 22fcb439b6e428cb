/**
 * `npm run bench`: one table of the figures the project watches, each next to its target.
 * - the stock anchor: a minimal pt-BR Starlight site built in the same run from the installed `astro` and
 *   `@astrojs/starlight` (scripts/bench/stock.ts), weighed as our pages are;
 * - the page weight of every page as a reader meets it in Chromium, every island awake, and its ratio to
 *   the anchor; then its first view, with no input (scripts/bench/weight.ts);
 * - interaction to next paint (Event Timing) of a replica checkbox next to a plain native checkbox on the
 *   same page, at 1× and 4× CPU, and click → updated result list (scripts/bench/click.ts);
 * - full build time, and the whole-space evaluation of the notification logic in Node;
 * - Lighthouse accessibility, best practices and SEO of every page (performance reported only).
 * Targets, printed beside each figure: page weights as ratios of the anchor (the lighter stock page), by kind of
 * page and moment (scripts/bench/targets.ts); the replica's median interaction at most one frame (8 ms) above the
 * plain checkbox's, at 1× and 4× CPU. tests/site/size-budget.test.ts holds the weights without a browser
 * (scripts/bench/page-js.ts), counting every chunk an island can load, so a change that adds weight fails there.
 * The bench observes the pages from outside: nothing in the site exists for it.
 * Figures are printed, not asserted by the tests: the machine is shared and noisy, so compare figures of one
 * run. Exits with 1 when a figure misses its target. Parts: `build`, `logic`, `size` (the anchor, page weights
 * and first views), `click`, `lighthouse`. Parts can be left out: `npm run bench -- --skip=build,lighthouse`
 * (without the build, dist/ must already be built).
 * Runs on Node 24 with type stripping (`node scripts/bench.ts`), hence the `.ts` import paths.
 */
import { serveDist } from './serve/dist-server.ts';
import { buildRows } from './bench/build.ts';
import { clickRows } from './bench/click.ts';
import { lighthouseRows } from './bench/lighthouse.ts';
import { logicRows } from './bench/logic.ts';
import { meets, printTable, type Row } from './bench/table.ts';
import { weightRows } from './bench/weight.ts';

const PARTS = ['build', 'logic', 'size', 'click', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const skipArg = process.argv.find((a) => a.startsWith('--skip='));
const skip = new Set((skipArg?.slice('--skip='.length).split(',') ?? []).filter(Boolean));
for (const part of skip) if (!PARTS.includes(part as Part)) throw new Error(`Unknown part "${part}": ${PARTS.join(', ')}`);
const runs = (part: Part) => !skip.has(part);

const rows: Record<Part, Row[]> = { build: [], logic: [], size: [], click: [], lighthouse: [] };
const step = (text: string) => process.stderr.write(`bench: ${text}…\n`);

if (runs('build')) {
	step('building the site three times');
	rows.build = buildRows();
}
if (runs('logic')) {
	step('evaluating the whole configuration space');
	rows.logic = logicRows();
}
if (runs('size')) {
	step('building the stock Starlight anchor, then weighing every page in Chromium');
	rows.size = await weightRows();
}
if (runs('click') || runs('lighthouse')) {
	const server = await serveDist();
	try {
		if (runs('click')) {
			step('timing clicks in Chromium');
			rows.click = await clickRows(server.baseUrl);
		}
		if (runs('lighthouse')) {
			step('running Lighthouse on every page');
			rows.lighthouse = await lighthouseRows(server.baseUrl);
		}
	} finally {
		await server.close();
	}
}

const table = [...rows.size, ...rows.click, ...rows.build, ...rows.logic, ...rows.lighthouse];
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
printTable(table);
const missed = table.filter((r) => !meets(r));
if (missed.length > 0) {
	console.log(`\n${missed.length} figure(s) missed the target.`);
	process.exitCode = 1;
}
