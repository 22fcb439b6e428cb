/**
 * What the preview's folded bar states for a state of the office: the client's situation, the event in view,
 * and on an option's page the steps that remain.
 */
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import { stepLabel, type PageId } from '../../lib/catalogue/steps.ts';
import type { ViewState } from '../../lib/links/url-state.ts';
import { eventLineText } from '../../lib/messages/outcome.ts';
import { SITUATION_TEXTS } from '../../lib/messages/situation.ts';
import { stepsLeftText } from '../../lib/messages/progress.ts';
import { EVENT_KINDS, type Config } from '../../lib/model/config.ts';
import { bySystem } from '../../lib/model/simulate.ts';
import { SITUATION_TONE, situationOf, type Situation } from '../../lib/model/situation.ts';
import { remainingSteps } from '../../lib/model/step-progress.ts';
import { clientEvents } from '../../lib/model/verdict.ts';

export function barOf(config: Config, view: ViewState) {
	const clientId = view.client ?? SAMPLE.clients[0].id;
	const taskId = view.task ?? SAMPLE.tasks[0].id;
	const kind = view.event ?? EVENT_KINDS[0];
	const situation = situationOf(config, clientId);
	const ofKind = clientEvents(config, clientId).filter((sim) => sim.event.kind === kind);
	const inView = ofKind.find((sim) => kind === 'manual-upload' || sim.event.taskId === taskId);
	const senders = bySystem(inView?.deliveries ?? []);
	// Where the client's other tasks fare otherwise for this kind of event, the line names its task: beside a
	// headline about every event, "só o ONVIO Portal do Cliente" is then about that task, not a contradiction.
	const tasksDiffer = ofKind.some((sim) => JSON.stringify(bySystem(sim.deliveries)) !== JSON.stringify(senders));
	const taskName = tasksDiffer ? SAMPLE.tasks.find((t) => t.id === taskId)?.name : undefined;
	const eventLine = eventLineText(kind, senders, taskName);
	const clientName = SAMPLE.clients.find((c) => c.id === clientId)?.name ?? clientId;
	return { clientId, clientName, taskId, kind, situation, headline: SITUATION_TEXTS[situation.id].headline.client, inView, eventLine };
}

/**
 * On an option's page, the steps whose boxes still read otherwise: told beside an outcome that already matches
 * the option, so that outcome and steps never disagree.
 */
export function stepsLeftOf(page: PageId | undefined, config: Config, situation: Situation) {
	const remaining = page ? remainingSteps(page, config) : [];
	const stepsLeft =
		remaining.length > 0 && SITUATION_TONE[situation.id] === 'done'
			? stepsLeftText(remaining.length, stepLabel(remaining[0]!.page, remaining[0]!.anchor))
			: undefined;
	return { remaining, stepsLeft };
}
