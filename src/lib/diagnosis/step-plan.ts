/**
 * Turns a list of changes into the steps to perform, in procedure order: each changing step comes
 * with the steps that lead to its screen (since the previous save) and the save that follows it,
 * because "Desmarque X" alone is not something a person can do without reaching the screen first.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { STEPS, stepHref, type Step } from '../catalogue/steps.ts';
import type { Config, SampleLike } from '../model/config.ts';
import type { Change } from './diagnose.ts';
import type { SitePath } from '../links/links.ts';
import { STEP_SCOPES, currentStateNote } from '../messages/diagnosis.ts';
import { entityScopeOf, isEntitySetting } from '../catalogue/settings.ts';
import { coverageOf } from '../model/config.ts';
import { labelOf, stateWord } from '../messages/words.ts';

export interface PlannedStep {
	step: Step;
	/** e.g. "/opcao-1/#onvio-4". */
	href: SitePath;
	/** The changes this step makes; empty for the steps that lead to the screen or save it. */
	changes: Change[];
}

/** The steps from the last save before `step` (exclusive) to the first save from it on (inclusive). */
function around(step: Step): Step[] {
	const section = STEPS.filter((s) => s.page === step.page && s.section === step.section);
	const at = section.indexOf(step);
	let start = at;
	while (start > 0 && !section[start - 1]!.saves) start--;
	let end = at;
	while (end < section.length - 1 && !section[end]!.saves) end++;
	return section.slice(start, end + 1);
}

export function stepPlan(changes: readonly Change[]): PlannedStep[] {
	const byStep = new Map<Step, Change[]>();
	for (const change of changes)
		for (const link of change.steps) {
			const step = STEPS.find((s) => s.page === link.page && s.anchor === link.anchor);
			if (!step) throw new Error(`Change "${change.key}" points to an unknown step ${link.href}`);
			byStep.set(step, [...(byStep.get(step) ?? []), change]);
		}
	const steps = new Set([...byStep.keys()].flatMap(around));
	return STEPS.filter((s) => steps.has(s)).map((step) => ({ step, href: stepHref(step), changes: byStep.get(step) ?? [] }));
}

/**
 * What the office must know to perform a step beyond its own words, or undefined: on which tasks or
 * clients a per-task or per-client step is done ("em todos os clientes"), and, where a step sets several
 * checkboxes and only some are wrong, which ones ("hoje, só 'Notificações por e-mail' está marcada").
 */
export function stepNote(
	planned: PlannedStep,
	config: Config,
	sample: SampleLike = SAMPLE,
	/** False where space is short (a ticket): the step's own words already give every box its state. */
	currentState = true,
): string | undefined {
	const notes: string[] = [];
	for (const { setting } of planned.step.sets) {
		const changes = planned.changes.filter((c) => c.ref.id === setting);
		if (changes.length === 0) continue;
		const to = changes[0]!.to;
		if (isEntitySetting(setting)) {
			const scopes = STEP_SCOPES[entityScopeOf(setting)];
			notes.push(to ? scopes.mark : coverageOf(config, setting, sample) === 'all' ? scopes.all : scopes.some);
		}
	}
	const globals = planned.step.sets.filter((c) => !isEntitySetting(c.setting));
	const wrong = globals.filter((c) => planned.changes.some((change) => change.ref.id === c.setting));
	if (currentState && wrong.length > 0 && wrong.length < globals.length) {
		const from = planned.changes.find((change) => change.ref.id === wrong[0]!.setting)!.from;
		notes.push(currentStateNote(wrong.map((c) => labelOf(c.setting)), stateWord(from, wrong.length)));
	}
	return notes.length > 0 ? notes.join('; ') : undefined;
}
