/** Whole-space evaluation: the notification logic over the sample's whole configuration space, in Node. */
import { performance } from 'node:perf_hooks';
import { allConfigs, allSettingRefs } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { decodeState, encodeState } from '../../src/lib/links/url-state.ts';
import { allEvents, simulate } from '../../src/lib/model/simulate.ts';
import { median, type Row, type Target } from './table.ts';

interface Bench {
	name: string;
	/** The work to time once; returns a count so the engine cannot drop it as dead code. */
	run: () => number;
	target?: Target;
}

const RUNS = 31;
const WARMUP = 5;

export function logicRows(): Row[] {
	const events = allEvents();
	const spaceSize = 2 ** allSettingRefs().length;
	const benches: Bench[] = [
		{
			name: `whole space × every event (${spaceSize} configs × ${events.length} events)`,
			run: () => {
				let delivered = 0;
				for (const config of allConfigs()) for (const event of events) delivered += simulate(config, event).deliveries.length;
				return delivered;
			},
			target: { op: '<', value: 50 },
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
	return benches.map((bench) => {
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
			name: `${bench.name}, median of ${RUNS}`,
			value: median(times),
			unit: 'ms',
			...(bench.target ? { target: bench.target } : {}),
		};
	});
}
