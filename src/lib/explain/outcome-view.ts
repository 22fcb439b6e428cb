/**
 * What one simulation looks like to a reader: a status (duplicate, silence, a single sender), one
 * line per notification with its "Por quê?" and the steps that change it. Islands, the static
 * outcome tables and the diagnosis all render this, so they word outcomes the same way.
 */
import type { PageId } from '../catalogue/steps.ts';
import { SAMPLE } from '../catalogue/sample.ts';
import { EVENT_KINDS, type Channel, type Config, type EventKind, type SampleLike, type System } from '../model/config.ts';
import {
	SYSTEM_LABELS,
	describeEvent,
	explainCandidate,
	explainSetting,
	sentence,
	type StepLink,
} from './explain.ts';
import { STATUS_TEXTS, noticeLabel, type OutcomeStatus } from '../messages/event-account.ts';
import { sendersText } from '../messages/outcome.ts';
import { restsOnInterpretation, ruleRow } from '../model/rules.ts';
import { bySystem, eventOf, simulate, type Candidate, type Simulation } from '../model/simulate.ts';


export interface OutcomeLine {
	key: string;
	system: System;
	channel: Channel;
	/** e.g. "ONVIO Portal do Cliente, via push". */
	label: string;
	/** The "Por quê?": which checkboxes decided it. */
	why: string;
	/** The steps that change those checkboxes, on the given page when it has them. */
	links: StepLink[];
	/** True when this path rests on our interpretation rather than on a vendor article. */
	interpretation: boolean;
}

export interface OutcomeView {
	status: OutcomeStatus;
	/** Short pt-BR badge text, e.g. "Duplicado". */
	badge: string;
	/** One pt-BR sentence saying what the status means for this event. */
	statusText: string;
	/** The event and what happens to it, in two sentences. */
	summary: string;
	/** The deliveries grouped by sender, e.g. "ONVIO Portal do Cliente: no ONVIO, via push e por e-mail". */
	senders: string[];
	delivered: OutcomeLine[];
	suppressed: OutcomeLine[];
}



function line(candidate: Candidate, delivered: boolean, page: PageId | undefined): OutcomeLine {
	const links = candidate.decidedBy.flatMap((key) => {
		const all = explainSetting(key).steps;
		const here = all.filter((s) => s.page === page);
		return here.length > 0 ? here : all;
	});
	return {
		key: candidate.row,
		system: candidate.system,
		channel: candidate.channel,
		label: noticeLabel(candidate.system, candidate.channel),
		why: explainCandidate(candidate, delivered),
		links: [...new Map(links.map((l) => [l.href, l])).values()],
		interpretation: restsOnInterpretation(ruleRow(candidate.row)),
	};
}

export function viewSimulation(simulation: Simulation, page?: PageId): OutcomeView {
	const status: OutcomeStatus = simulation.silent
		? 'silent'
		: simulation.duplicates.length > 0
			? 'duplicate'
			: 'single';
	const systems = [...new Set(simulation.deliveries.map((d) => SYSTEM_LABELS[d.system]))].join(' e ');
	const { badge, text } = STATUS_TEXTS[status];
	const senders = sendersText(simulation.event.kind, bySystem(simulation.deliveries));
	return {
		status,
		badge,
		senders,
		statusText: text(systems),
		summary: `${sentence(describeEvent(simulation.event))} ${text(systems)}`,
		delivered: simulation.deliveries.map((c) => line(c, true, page)),
		suppressed: simulation.suppressed.map((c) => line(c, false, page)),
	};
}

/**
 * One view per kind of event for the sample's first client and first task: the representative
 * outcome that the static tables and the ticket summary state.
 */
export function representativeViews(config: Config, sample: SampleLike = SAMPLE): { kind: EventKind; view: OutcomeView }[] {
	const client = sample.clients[0]!;
	const task = sample.tasks[0]!;
	return EVENT_KINDS.map((kind) => ({ kind, view: viewSimulation(simulate(config, eventOf(kind, client.id, task.id))) }));
}
