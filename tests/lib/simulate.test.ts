import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import {
	CHANNELS,
	EVENT_KINDS,
	allConfigs,
	allSettingRefs,
	getSetting,
	parseSettingKey,
	setSetting,
	settingKey,
	type Config,
	type EventKind,
	type SettingKey,
	type SimEvent,
} from '../../src/lib/model/config.ts';
import { RULE_TABLE } from '../../src/lib/model/rules.ts';
import { allEvents, createSimulator, simulate, type Candidate } from '../../src/lib/model/simulate.ts';

const configs = [...allConfigs()];
const events = allEvents();
const eventsOf = (kind: EventKind) => events.filter((e) => e.kind === kind);
const paths = (list: readonly Candidate[]) => list.map((c) => `${c.system}/${c.channel}`);
const flag = (config: Config, id: 'task' | 'client', event: SimEvent) =>
	id === 'task'
		? getSetting(config, { id: 'processos.task', entity: event.taskId ?? '' })
		: getSetting(config, { id: 'processos.client', entity: event.clientId });
const flip = (config: Config, key: SettingKey) => {
	const ref = parseSettingKey(key)!;
	return setSetting(config, ref, !getSetting(config, ref));
};

// Every (config, event) pair of the sample office: 2^8 configs × 10 events.
function* space(kind?: EventKind) {
	for (const config of configs) for (const event of kind ? eventsOf(kind) : events) yield [config, event] as const;
}

describe('allEvents', () => {
	test('covers every event kind for every sample client, and every task where the event has one', () => {
		const n = SAMPLE.clients.length * SAMPLE.tasks.length;
		expect(eventsOf('document-from-dominio')).toHaveLength(n);
		expect(eventsOf('task-completed')).toHaveLength(n);
		expect(eventsOf('manual-upload')).toHaveLength(SAMPLE.clients.length);
		expect(new Set(events.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
	});
});

describe('the four rules, over the whole configuration space', () => {
	test.each(['document-from-dominio', 'manual-upload'] as const)(
		'rule 1: %s reaches the client through ONVIO on exactly the channels ONVIO Gestão enables',
		(kind) => {
			for (const [config, event] of space(kind)) {
				const portal = simulate(config, event).deliveries.filter((d) => d.system === 'onvio-portal');
				expect(portal.map((d) => d.channel)).toEqual(CHANNELS.filter((c) => config.gestao[c]));
			}
		},
	);

	test('rule 1 is global: the ONVIO deliveries are the same for every client and task', () => {
		for (const config of configs) {
			const seen = new Set(
				events
					.filter((e) => e.kind !== 'task-completed')
					.map((e) => paths(simulate(config, e).deliveries.filter((d) => d.system === 'onvio-portal')).join()),
			);
			expect(seen.size).toBe(1);
		}
	});

	test('rule 2: a document is e-mailed by Domínio Processos iff the Portal parameter, the task and the client are all on', () => {
		for (const [config, event] of space('document-from-dominio')) {
			const expected =
				config.portal.emailOnProcessosPublication && flag(config, 'task', event) && flag(config, 'client', event);
			const processos = simulate(config, event).deliveries.filter((d) => d.system === 'dominio-processos');
			expect(paths(processos)).toEqual(expected ? ['dominio-processos/email'] : []);
		}
	});

	test('rule 3: a completed task is e-mailed by Domínio Processos iff task and client are on, whatever the Portal parameter', () => {
		for (const [config, event] of space('task-completed')) {
			const expected = flag(config, 'task', event) && flag(config, 'client', event);
			expect(paths(simulate(config, event).deliveries)).toEqual(expected ? ['dominio-processos/email'] : []);
		}
	});

	test('nothing else is ever delivered: hand uploads never go through Domínio Processos, completed tasks never through ONVIO', () => {
		for (const [config, event] of space()) {
			for (const d of simulate(config, event).deliveries) {
				if (event.kind === 'manual-upload') expect(d.system).toBe('onvio-portal');
				if (event.kind === 'task-completed') expect(d.system).toBe('dominio-processos');
				if (d.system === 'dominio-processos') expect(d.channel).toBe('email');
			}
		}
	});

	test('rule 4: a duplicate is an event announced by both systems; several channels of one system are not', () => {
		let duplicates = 0;
		let multiChannelSingles = 0;
		for (const [config, event] of space()) {
			const sim = simulate(config, event);
			const systems = new Set(sim.deliveries.map((d) => d.system));
			expect(sim.duplicates.length).toBe(systems.size > 1 ? 1 : 0);
			if (sim.duplicates[0]) {
				duplicates++;
				expect(new Set(sim.duplicates[0].systems)).toEqual(systems);
				expect(sim.duplicates[0].deliveries).toEqual(sim.deliveries);
			}
			if (systems.size === 1 && sim.deliveries.length > 1) multiChannelSingles++;
		}
		// Both situations do occur in the space, so the assertions above were exercised.
		expect(duplicates).toBeGreaterThan(0);
		expect(multiChannelSingles).toBeGreaterThan(0);
	});

	test('rule 4: silent iff the event reaches the client through no channel', () => {
		let silent = 0;
		for (const [config, event] of space()) {
			const sim = simulate(config, event);
			expect(sim.silent).toBe(sim.deliveries.length === 0);
			if (sim.silent) silent++;
		}
		expect(silent).toBeGreaterThan(0);
	});

	test('every live path of the event is either delivered or suppressed, never both', () => {
		for (const [config, event] of space()) {
			const sim = simulate(config, event);
			const live = RULE_TABLE.filter((r) => r.event === event.kind && r.requires).map((r) => r.id);
			expect([...sim.deliveries, ...sim.suppressed].map((c) => c.row).sort()).toEqual([...live].sort());
		}
	});
});

describe('explanations are faithful, over the whole configuration space', () => {
	// decidedBy of a delivered candidate: all its required checkboxes, all on; turning any one off suppresses it.
	// decidedBy of a suppressed candidate: exactly its required checkboxes that are off. Turning them all on
	// delivers it, and no proper subset does: one off checkbox alone decides; with several, flipping any one
	// alone keeps it suppressed. Flipping any checkbox outside decidedBy never changes the outcome.
	const refs = allSettingRefs();
	const outcome = (config: Config, event: SimEvent, row: string) => {
		const sim = simulate(config, event);
		return sim.deliveries.some((c) => c.row === row) ? 'delivered' : 'suppressed';
	};

	test.each(EVENT_KINDS)('%s', (kind) => {
		for (const [config, event] of space(kind)) {
			const sim = simulate(config, event);
			for (const [candidate, was] of [
				...sim.deliveries.map((c) => [c, 'delivered'] as const),
				...sim.suppressed.map((c) => [c, 'suppressed'] as const),
			]) {
				const decided = new Set(candidate.decidedBy);
				expect(decided.size).toBeGreaterThan(0);
				for (const key of decided) expect(getSetting(config, parseSettingKey(key)!)).toBe(was === 'delivered');
				for (const ref of refs) {
					const key = settingKey(ref);
					const flipped = outcome(flip(config, key), event, candidate.row);
					if (!decided.has(key)) expect(flipped, `${candidate.row} flipping ${key}`).toBe(was);
					else if (was === 'delivered' || decided.size === 1) expect(flipped).not.toBe(was);
					else expect(flipped).toBe(was);
				}
				if (was === 'suppressed')
					expect(outcome(candidate.decidedBy.reduce(flip, config), event, candidate.row)).toBe('delivered');
			}
		}
	});
});

describe('order-independence', () => {
	// Deterministic shuffles: the result must not depend on how the rule table is ordered.
	const shuffled = (seed: number) => {
		const rows = [...RULE_TABLE];
		let s = seed;
		for (let i = rows.length - 1; i > 0; i--) {
			s = (s * 1103515245 + 12345) % 2 ** 31;
			const j = s % (i + 1);
			[rows[i], rows[j]] = [rows[j]!, rows[i]!];
		}
		return rows;
	};

	test.each([
		// Reversed table.
		['reversed', [...RULE_TABLE].reverse()],
		// Two pseudo-random orders.
		['shuffle 1', shuffled(1)],
		['shuffle 2', shuffled(42)],
	])('the rule table in %s order gives the same simulations', (_, table) => {
		const other = createSimulator(table);
		for (const [config, event] of space()) expect(other(config, event)).toEqual(simulate(config, event));
	});

	test('task and client records in another insertion order give the same simulations', () => {
		for (const [config, event] of space()) {
			const reordered: Config = {
				...config,
				processos: {
					tasks: Object.fromEntries(Object.entries(config.processos.tasks).reverse()),
					clients: Object.fromEntries(Object.entries(config.processos.clients).reverse()),
				},
			};
			expect(simulate(reordered, event)).toEqual(simulate(config, event));
		}
	});

	test('simulating events in another order gives the same results (no hidden state)', () => {
		for (const config of configs.filter((_, i) => i % 17 === 0)) {
			const forward = events.map((e) => simulate(config, e));
			const backward = [...events].reverse().map((e) => simulate(config, e)).reverse();
			expect(backward).toEqual(forward);
		}
	});
});

describe('events outside the sample', () => {
	test('a document that belongs to no task is announced by ONVIO only', () => {
		const sim = simulate(configs[configs.length - 1]!, { kind: 'document-from-dominio', clientId: 'padaria' });
		expect(paths(sim.deliveries)).toEqual(['onvio-portal/onvio', 'onvio-portal/push', 'onvio-portal/email']);
		expect(sim.suppressed).toEqual([]);
	});
});
