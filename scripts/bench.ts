/**
 * `npm run bench`: how long the notification logic takes over the sample's whole configuration space.
 * Runs on Node 24 with type stripping (`node scripts/bench.ts`), hence the `.ts` import paths.
 * Add a measurement by adding a row to BENCHES. Exits with 1 when a row misses its target.
 */
import { performance } from 'node:perf_hooks';
import { allConfigs, allSettingRefs } from '../src/lib/config.ts';
import { diagnose } from '../src/lib/diagnose.ts';
import { decodeState, encodeState } from '../src/lib/url-state.ts';
import { allEvents, simulate } from '../src/lib/simulate.ts';

interface Bench {
	name: string;
	/** The work to time once; returns a count so the engine cannot drop it as dead code. */
	run: () => number;
	/** Median milliseconds must stay under this; omitted for information-only rows. */
	targetMs?: number;
}

interface Row {
	name: string;
	value: number;
	unit: string;
	target?: number;
}

const RUNS = 31;
const WARMUP = 5;
const events = allEvents();
const spaceSize = 2 ** allSettingRefs().length;

const BENCHES: Bench[] = [
	{
		name: `whole space × every event (${spaceSize} configs × ${events.length} events)`,
		run: () => {
			let delivered = 0;
			for (const config of allConfigs()) for (const event of events) delivered += simulate(config, event).deliveries.length;
			return delivered;
		},
		targetMs: 50,
	},
	{
		name: `diagnose every config (${spaceSize})`,
		run: () => {
			let problems = 0;
			for (const config of allConfigs()) problems += diagnose(config).problems.length;
			return problems;
		},
	},
	{
		name: `URL round-trip of every config (${spaceSize})`,
		run: () => {
			let issues = 0;
			for (const config of allConfigs()) issues += decodeState(encodeState(config)).issues.length;
			return issues;
		},
	},
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure(bench: Bench): Row {
	let sink = 0;
	for (let i = 0; i < WARMUP; i++) sink += bench.run();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		sink += bench.run();
		times.push(performance.now() - start);
	}
	if (sink < 0) console.log(sink);
	return {
		name: bench.name,
		value: median(times),
		unit: 'ms',
		...(bench.targetMs !== undefined ? { target: bench.targetMs } : {}),
	};
}

function print(rows: Row[]): void {
	const lines = [
		['measurement', `median of ${RUNS}`, 'target', ''],
		...rows.map((r) => [
			r.name,
			`${r.value.toFixed(2)} ${r.unit}`,
			r.target === undefined ? '—' : `< ${r.target} ${r.unit}`,
			r.target === undefined ? '' : r.value < r.target ? 'ok' : 'MISSED',
		]),
	];
	const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
	for (const line of lines)
		console.log(line.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

const rows = BENCHES.map(measure);
console.log(`Node ${process.version}`);
print(rows);
if (rows.some((r) => r.target !== undefined && r.value >= r.target)) process.exitCode = 1;
