/**
 * `npm run bench`: one table of the figures the project watches, each next to its target.
 * - full build time (builds dist/, which the other figures then read);
 * - whole-space evaluation of the notification logic, in Node;
 * - first-view JavaScript (gzip) of every page next to the island-free page (scripts/bench/first-view-js.ts);
 * - click-to-update median and p95 in Chromium;
 * - Lighthouse accessibility, best practices and SEO of every page (performance reported only).
 * Figures are printed, not asserted by the tests: the machine is shared and noisy, so compare figures of one
 * run. Exits with 1 when a figure misses its target. Parts can be left out: `npm run bench -- --skip=build,lighthouse`
 * (without the build, dist/ must already be built).
 * Runs on Node 24 with type stripping (`node scripts/bench.ts`), hence the `.ts` import paths.
 */
import { serveDist } from '../tests/e2e/support/preview-server.ts';
import { buildRows } from './bench/build.ts';
import { clickRows } from './bench/click.ts';
import { lighthouseRows } from './bench/lighthouse.ts';
import { logicRows } from './bench/logic.ts';
import { sizeRows } from './bench/size.ts';
import { meets, printTable, type Row } from './bench/table.ts';

const PARTS = ['build', 'logic', 'size', 'click', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const skipArg = process.argv.find((a) => a.startsWith('--skip='));
const skip = new Set((skipArg?.slice('--skip='.length).split(',') ?? []).filter(Boolean));
for (const part of skip) if (!PARTS.includes(part as Part)) throw new Error(`Unknown part "${part}": ${PARTS.join(', ')}`);
const runs = (part: Part) => !skip.has(part);

const rows: Row[] = [];
const step = (text: string) => process.stderr.write(`bench: ${text}…\n`);

if (runs('build')) {
	step('building the site three times');
	rows.push(...buildRows());
}
if (runs('logic')) {
	step('evaluating the whole configuration space');
	rows.push(...logicRows());
}
if (runs('size')) {
	step('measuring first-view JavaScript');
	rows.push(...sizeRows());
}
if (runs('click') || runs('lighthouse')) {
	const server = await serveDist();
	try {
		if (runs('click')) {
			step('timing clicks in Chromium');
			rows.push(...(await clickRows(server.baseUrl)));
		}
		if (runs('lighthouse')) {
			step('running Lighthouse on every page');
			rows.push(...(await lighthouseRows(server.baseUrl)));
		}
	} finally {
		await server.close();
	}
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
printTable(rows);
const missed = rows.filter((r) => !meets(r));
if (missed.length > 0) {
	console.log(`\n${missed.length} figure(s) missed the target.`);
	process.exitCode = 1;
}
