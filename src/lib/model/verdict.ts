/**
 * The article's yardstick for an outcome: who talks to the client. Solução 9100 judges each option by it
 * ("Toda a comunicação será feita pelo Domínio Processos" / "… pelo ONVIO Portal do Cliente"), so a verdict
 * reads every event a client can receive, never one event alone: a half-done option leaves a second system
 * talking, even where no single event comes twice.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { EVENT_KINDS, SYSTEMS, type Config, type EventKind, type SampleLike, type System } from './config.ts';
import { allEvents, simulate, type Simulation } from './simulate.ts';

/**
 * - one-system: every notice comes from one system (the article's "Toda a comunicação será feita pelo …");
 * - both-systems: each system announces something (the same event twice, or different events);
 * - none: nothing reaches the client.
 */
type VerdictKind = 'one-system' | 'both-systems' | 'none';

export interface Verdict {
	kind: VerdictKind;
	/** The systems that announce something, in site order; one for one-system. */
	systems: System[];
	/** Per system that announces something, the kinds of event it announces, in site order. */
	announces: { system: System; kinds: EventKind[] }[];
	/** Kinds of event of which at least one event reaches the client through both systems. */
	duplicated: EventKind[];
	/** Kinds of event of which at least one event reaches the client through no channel. */
	silent: EventKind[];
}

/** The verdict over a set of simulated events: a client's, or the whole office's. */
export function verdictOf(simulations: readonly Simulation[]): Verdict {
	const kindsOf = (test: (sim: Simulation) => boolean) =>
		EVENT_KINDS.filter((kind) => simulations.some((sim) => sim.event.kind === kind && test(sim)));
	const announces = SYSTEMS.map((system) => ({
		system,
		kinds: kindsOf((sim) => sim.deliveries.some((d) => d.system === system)),
	})).filter((entry) => entry.kinds.length > 0);
	const systems = announces.map((entry) => entry.system);
	return {
		kind: systems.length === 0 ? 'none' : systems.length === 1 ? 'one-system' : 'both-systems',
		systems,
		announces,
		duplicated: kindsOf((sim) => sim.duplicates.length > 0),
		silent: kindsOf((sim) => sim.silent),
	};
}

/**
 * Every event one client of the sample can receive, simulated: each task's document and completion, and an
 * upload. The preview reads its verdict and the event in view from these.
 */
export function clientEvents(config: Config, clientId: string, sample: SampleLike = SAMPLE): Simulation[] {
	return allEvents(sample)
		.filter((event) => event.clientId === clientId)
		.map((event) => simulate(config, event));
}

/** The verdict over every client of the office, as the diagnosis and the ticket summary state it. */
export function officeVerdict(config: Config, sample: SampleLike = SAMPLE): Verdict {
	return verdictOf(allEvents(sample).map((event) => simulate(config, event)));
}
