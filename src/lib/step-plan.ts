/**
 * Turns a list of changes into the steps to perform, in procedure order: each changing step comes
 * with the steps that lead to its screen (since the previous save) and the save that follows it,
 * because "Desmarque X" alone is not something a person can do without reaching the screen first.
 */
import { STEPS, stepHref, type Step } from './catalogue/steps.ts';
import type { SitePath } from './links.ts';
import type { Change } from './diagnose.ts';

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
