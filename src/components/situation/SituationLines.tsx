/**
 * A situation in words: its explanation (marked where it rests on this guide's reading), who the office chose
 * not to notify, and the steps of a page that still read otherwise, each with why it matters. The preview's
 * details and the diagnosis show it the same way.
 */
import type { Step } from '../../lib/catalogue/steps.ts';
import { stepLabel } from '../../lib/catalogue/steps.ts';
import { Mark } from './Mark.tsx';
import { SITUATION_TEXTS, type Audience } from '../../lib/messages/situation.ts';
import {
	WAY_OUT,
	remainingReason,
	remainingReasonIsInterpretation,
	situationExplanation,
	unnotifiedText,
} from '../../lib/messages/situation-details.ts';
import type { Situation } from '../../lib/model/situation.ts';

interface Props {
	situation: Situation;
	audience: Audience;
	/** The steps of the page in view that still read otherwise, and where each one's link goes. */
	remaining?: { steps: Step[]; hrefOf: (step: Step) => string } | undefined;
	/** Whether to say how to leave a situation that is neither option; the diagnosis's plan says it already. */
	wayOut?: boolean;
	/** Whether to explain the situation; the diagnosis's findings explain a problem already. */
	explanation?: boolean;
}

/** True when anything these lines say carries the mark: the block then says once what it means. */
export function situationMarked(situation: Situation, remaining: readonly Step[] = [], explanation = true): boolean {
	return (
		(explanation && SITUATION_TEXTS[situation.id].interpretation) ||
		remaining.some((step) => step.sets.some((change) => remainingReasonIsInterpretation(change.setting)))
	);
}

export default function SituationLines({ situation, audience, remaining, wayOut: showWayOut = true, explanation = true }: Props) {
	const choice = unnotifiedText(situation);
	const wayOut = showWayOut ? WAY_OUT[situation.id] : undefined;
	return (
		<>
			{explanation && (
				<p class="situation__explanation">
					{situationExplanation(situation, audience)}
					<Mark shown={SITUATION_TEXTS[situation.id].interpretation} />
				</p>
			)}
			{choice && <p class="situation__choice">{choice}</p>}
			{remaining && remaining.steps.length > 0 ? (
				<ul class="situation__remaining">
					{remaining.steps.map((step) => {
						const change = step.sets[0]!;
						return (
							<li key={step.anchor}>
								<a href={remaining.hrefOf(step)}>Falta o {stepLabel(step.page, step.anchor)}.</a>{' '}
								{remainingReason(change.setting, change.value)}
								<Mark shown={remainingReasonIsInterpretation(change.setting)} />
							</li>
						);
					})}
				</ul>
			) : (
				wayOut && <p class="situation__way-out">{wayOut}</p>
			)}
		</>
	);
}
