/**
 * "Prévia do cliente": who talks to the sample client in view over every event it can receive (the article's
 * verdict), and beneath it what one event brings, under the page's shared state. Statuses never rely on
 * colour alone; one polite live region, present from the first render, says what a settled change did.
 * Its behaviours are hooks of their own (preview-hooks.ts); this component wires them to the markup.
 */
import { useId, useRef } from 'preact/hooks';
import type { PageId } from '../../lib/catalogue/steps.ts';
import { SITUATION_TEXTS } from '../../lib/messages/situation.ts';
import { restsOnInterpretation, ruleRow } from '../../lib/model/rules.ts';
import { SITUATION_STATUS } from '../../lib/model/situation.ts';
import OriginNotice from './OriginNotice.tsx';
import { PreviewStatus, PreviewToggle } from './PreviewBar.tsx';
import PreviewChoices from './PreviewChoices.tsx';
import StateNotice from './StateNotice.tsx';
import { barOf, stepsLeftOf } from './preview-bar.ts';
import { useFolding, useLazyDetails, useSettledAnnouncement } from './preview-hooks.ts';
import { useSimulationState } from './simulation-state.ts';

interface Props {
	/** The procedure page this panel sits on: its own steps are linked by anchor alone. */
	page?: PageId | undefined;
}

export default function ClientPreview({ page }: Props) {
	const { config, view: shown, live, issues, origin } = useSimulationState();
	// The client's situation, as every surface names it; the bar shows the event in view beneath it.
	const { clientId, clientName, taskId, kind, situation, headline, inView, eventLine } = barOf(config, shown);
	const id = useId();
	const panel = useRef<HTMLElement>(null);
	const toggle = useRef<HTMLButtonElement>(null);
	const { open, fold, flip } = useFolding(toggle);
	const { Details, failed: detailsFailed, want: wantDetails } = useLazyDetails(open);
	const announcement = useSettledAnnouncement(headline, eventLine, live);
	const texts = SITUATION_TEXTS[situation.id];
	const status = SITUATION_STATUS[situation.id];
	const { remaining, stepsLeft } = stepsLeftOf(page, config, situation);
	// Folded, the event in view is marked where a path rests on this guide's reading.
	const eventMarked = (inView?.deliveries ?? []).some((d) => restsOnInterpretation(ruleRow(d.row)));

	return (
		<section
			ref={panel}
			class="client-preview not-content"
			data-status={status}
			data-open={open ? '' : undefined}
			aria-labelledby={`${id}-title`}
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) fold(true);
			}}
		>
			<StateNotice issues={issues} />
			<OriginNotice origin={origin} />
			<div class="client-preview__bar">
				<h2 id={`${id}-title`} class="client-preview__title">
					Prévia do cliente <span class="client-preview__client">{clientName}</span>
				</h2>
				<PreviewStatus
					status={status}
					badge={texts.badge}
					headline={headline}
					stepsLeft={stepsLeft}
					eventLine={eventLine}
					eventMarked={eventMarked}
				/>
				<PreviewToggle toggle={toggle} bodyId={`${id}-body`} open={open} live={live} flip={flip} want={wantDetails} />
				<p class="sr-only" aria-live="polite">
					{announcement}
				</p>
			</div>
			<div
				id={`${id}-body`}
				class="client-preview__body"
				hidden={!open}
				onClick={(event) => {
					// A step of this page: fold first, so the step lands in full view above the bar.
					if ((event.target as Element).closest('a[href^="#"]')) fold(false);
				}}
			>
				<PreviewChoices id={id} live={live} clientId={clientId} kind={kind} taskId={taskId} />
				{Details && open && (
					<Details
						config={config}
						clientId={clientId}
						kind={kind}
						taskId={taskId}
						page={page}
						live={live}
						eventMarked={eventMarked}
						situation={situation}
						remaining={remaining}
					/>
				)}
				{!Details && detailsFailed && (
					<p class="client-preview__failed" role="alert">
						Não foi possível carregar os detalhes. Verifique a conexão e recarregue a página.
					</p>
				)}
			</div>
		</section>
	);
}
