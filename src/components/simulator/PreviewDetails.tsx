/**
 * The open preview's account of one event: what arrives, what does not and why, with the steps that change
 * it, and the presets. Loaded when the reader first opens the panel, or points at its button: a folded
 * preview, which is what most readers see on a phone, needs none of it.
 */
import type { PageId, Step } from '../../lib/catalogue/steps.ts';
import type { Config, EventKind } from '../../lib/model/config.ts';
import type { StepLink } from '../../lib/explain/explain.ts';
import { sitePath } from '../../lib/links/links.ts';
import { viewSimulation } from '../../lib/explain/outcome-view.ts';
import { INTERPRETATION_NOTE } from '../../lib/messages/words.ts';
import { eventOf, simulate } from '../../lib/model/simulate.ts';
import type { Situation } from '../../lib/model/situation.ts';
import SituationLines, { situationMarked } from '../situation/SituationLines.tsx';
import { hrefFor } from '../links/site-links.ts';
import OutcomeLines from './OutcomeLines.tsx';
import PresetButtons from './PresetButtons.tsx';

export interface Props {
	config: Config;
	clientId: string;
	kind: EventKind;
	taskId: string;
	page: PageId | undefined;
	live: boolean;
	/** True when the folded bar's event line carries the interpretation mark: the note below says what it means. */
	eventMarked: boolean;
	/** The client's situation and the page's steps that remain, as the folded bar already worked them out. */
	situation: Situation;
	remaining: Step[];
}

export default function PreviewDetails({ config, clientId, kind, taskId, page, live, eventMarked, situation, remaining }: Props) {
	const view = viewSimulation(simulate(config, eventOf(kind, clientId, taskId)), page);
	// A step of this page by its anchor; another page's, opened in the same simulated office.
	const hrefOf = (link: StepLink) =>
		link.page === page ? `#${link.anchor}` : hrefFor(sitePath(`/${link.page}/`, { state: config, anchor: link.anchor }));
	return (
		<>
			<div class="client-preview__situation">
				<SituationLines
					situation={situation}
					audience="client"
					remaining={page ? { steps: remaining, hrefOf: (step) => `#${step.anchor}` } : undefined}
				/>
				{(situationMarked(situation, remaining) || eventMarked) && (
					<p class="interpretation-note">
						<span aria-hidden="true">* </span>
						{INTERPRETATION_NOTE} <a href={hrefFor('/como-o-simulador-decide/')}>Veja como o simulador decide.</a>
					</p>
				)}
			</div>
			<p class="client-preview__explain">{view.summary}</p>
			<h3 class="client-preview__heading">O cliente recebe</h3>
			{view.delivered.length > 0 ? (
				<OutcomeLines lines={view.delivered} delivered hrefOf={hrefOf} />
			) : (
				<p class="client-preview__empty">Nenhum aviso deste evento.</p>
			)}
			{view.suppressed.length > 0 && (
				<details class="client-preview__suppressed">
					<summary>Não recebe ({view.suppressed.length})</summary>
					<OutcomeLines lines={view.suppressed} delivered={false} hrefOf={hrefOf} />
				</details>
			)}
			<PresetButtons disabled={!live} />
		</>
	);
}
