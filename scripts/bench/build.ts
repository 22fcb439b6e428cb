/** Full build time: `astro build` (static pages, Pagefind index, link validation), as `npm run build` runs it. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, type Row } from './table.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export function buildRows(runs = 3): Row[] {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
		times.push((performance.now() - start) / 1000);
	}
	return [{ name: `full build (astro build), median of ${runs}`, value: median(times), unit: 's', target: { op: '<', value: 60 } }];
}
