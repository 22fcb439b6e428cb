/**
 * The steps of a procedure page read against the boxes: which steps still read otherwise, what ticking a step
 * does to its boxes, and the reader's progress. The checklist, the preview and the diagnosis read these.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { STEPS, type PageId, type Step } from '../catalogue/steps.ts';
import { getSetting, refsOfSetting, type Config, type SampleLike } from './config.ts';

/**
 * A step of a page whose boxes read otherwise than it says. Only steps that give their boxes a fixed state count
 * ("Desative", "Ative", "Marque", "Desmarque"): a "marque ou desmarque" step is the office's choice.
 */
export function stepMatches(step: Step, config: Config, sample: SampleLike = SAMPLE): boolean {
	return step.sets.every(
		(change) => change.choice === true || refsOfSetting(change.setting, sample).every((ref) => getSetting(config, ref) === change.value),
	);
}

/** The steps of a page that set boxes and whose boxes read otherwise today, in page order. */
export function remainingSteps(page: PageId, config: Config, sample: SampleLike = SAMPLE): Step[] {
	// A step that sets no box always matches: only steps with boxes can remain.
	return STEPS.filter((step) => step.page === page && !stepMatches(step, config, sample));
}

/**
 * What ticking "Feito" on a step does to the boxes: the fixed state it gives them, for every task or client
 * where the setting is per task or per client; a "marque ou desmarque" step sets nothing.
 */
export function stepEffect(step: Step, sample: SampleLike = SAMPLE) {
	return step.sets
		.filter((change) => change.choice !== true)
		.flatMap((change) => refsOfSetting(change.setting, sample).map((ref) => ({ ref, value: change.value })));
}

/** The reader's progress on a procedure page, read against the boxes: ticked steps whose boxes read otherwise. */
export interface Progress {
	done: number;
	total: number;
	/** Ticked steps whose boxes read otherwise than the step says, in page order. */
	contradicted: Step[];
	/** The first step not ticked, if any. */
	next: Step | undefined;
}

export function progressOf(page: PageId, ticked: readonly string[], config: Config, sample: SampleLike = SAMPLE): Progress {
	const steps = STEPS.filter((step) => step.page === page);
	const done = steps.filter((step) => ticked.includes(step.anchor));
	return {
		done: done.length,
		total: steps.length,
		contradicted: done.filter((step) => !stepMatches(step, config, sample)),
		next: steps.find((step) => !ticked.includes(step.anchor)),
	};
}

