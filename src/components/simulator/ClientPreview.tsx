/**
 * "Prévia do cliente": who talks to the sample client in view over every event it can receive (the article's
 * verdict), and beneath it what one event brings, under the page's shared state. Statuses never rely on
 * colour alone; one polite live region, present from the first render, says what a settled change did.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import { stepLabel, type PageId } from '../../lib/catalogue/steps.ts';
import { EVENT_KINDS, type Config, type EventKind } from '../../lib/config.ts';
import { EVENT_LABELS, eventLineText } from '../../lib/messages/outcome.ts';
import { SITUATION_TEXTS, stepsLeftText } from '../../lib/messages/situation.ts';
import { restsOnInterpretation, ruleRow } from '../../lib/rules.ts';
import { bySystem } from '../../lib/simulate.ts';
import { SITUATION_STATUS, SITUATION_TONE, situationOf } from '../../lib/situation.ts';
import { remainingSteps } from '../../lib/step-progress.ts';
import type { ViewState } from '../../lib/url-state.ts';
import { clientEvents } from '../../lib/verdict.ts';
import { Mark } from '../situation/Mark.tsx';
import { PREVIEW_SHORTCUT, usePreviewShortcut } from './preview-shortcut.ts';
import OriginNotice from './OriginNotice.tsx';
import StateNotice from './StateNotice.tsx';
import { startingState, updateView, useSimulationState } from './simulation-state.ts';

type Details = ComponentType<import('./PreviewDetails.tsx').Props>;
let details: Promise<Details> | undefined;
/**
 * The open panel's code, fetched once per page. A failed fetch (offline, or a page left open across a new
 * deployment) is forgotten, so that the next attempt fetches again.
 */
function loadDetails(): Promise<Details> {
	details ??= import('./PreviewDetails.tsx').then(
		(module) => module.default,
		(error: unknown) => {
			details = undefined;
			throw error;
		},
	);
	return details;
}

/** How long a change must stand before the live region speaks: three quick toggles are one message. */
const SETTLE_MS = 700;

/** What the folded bar states for a state of the office: the client's situation and the event in view. */
function barOf(config: Config, view: ViewState) {
	const clientId = view.client ?? SAMPLE.clients[0].id;
	const taskId = view.task ?? SAMPLE.tasks[0].id;
	const kind = view.event ?? EVENT_KINDS[0];
	const situation = situationOf(config, clientId);
	const inView = clientEvents(config, clientId).find(
		(sim) => sim.event.kind === kind && (kind === 'manual-upload' || sim.event.taskId === taskId),
	);
	const eventLine = eventLineText(kind, bySystem(inView?.deliveries ?? []));
	return { clientId, taskId, kind, situation, headline: SITUATION_TEXTS[situation.id].headline.client, inView, eventLine };
}

interface Props {
	/** The procedure page this panel sits on: its own steps are linked by anchor alone. */
	page?: PageId | undefined;
}

export default function ClientPreview({ page }: Props) {
	const { config, view: shown, live, issues, origin } = useSimulationState();
	// The client's situation, as every surface names it; the bar shows the event in view beneath it.
	const { clientId, taskId, kind, situation, headline, inView, eventLine } = barOf(config, shown);
	// Folded by default: the bar alone says what changed, and the steps stay in view.
	const [open, setOpen] = useState(false);
	const id = useId();
	const panel = useRef<HTMLElement>(null);
	const toggle = useRef<HTMLButtonElement>(null);

	// The page keeps its scroll padding as tall as the docked panel, so that the browser never scrolls
	// a focused control or a followed anchor under it (WCAG 2.4.11).
	useEffect(() => {
		const element = panel.current!;
		const root = document.documentElement;
		const observer = new ResizeObserver(() => root.style.setProperty('--preview-dock-height', `${element.offsetHeight}px`));
		observer.observe(element);
		// Where the browser's own scrolling still leaves a focused control under the panel (it scrolls only what
		// it finds hidden, and the panel may have just grown), move the page by what is missing.
		const reveal = (event: FocusEvent) => {
			const target = event.target as Element;
			if (!(target instanceof Element) || element.contains(target)) return;
			const under = target.getBoundingClientRect().bottom - element.getBoundingClientRect().top + 12;
			if (under > 0) window.scrollBy(0, under);
		};
		document.addEventListener('focusin', reveal);
		return () => {
			observer.disconnect();
			document.removeEventListener('focusin', reveal);
		};
	}, []);

	// Where the reader was when the details opened: Escape brings them back there, with the focus on the button, or,
	// when the shortcut opened them, on the control the reader had left.
	const openedAt = useRef<number | undefined>(undefined);
	const returnTo = useRef<HTMLElement | null>(null);
	function fold(returnFocus: boolean) {
		setOpen(false);
		const back = returnTo.current;
		returnTo.current = null;
		if (!returnFocus) return;
		if (back?.isConnected) {
			back.focus();
			return;
		}
		toggle.current?.focus({ preventScroll: true });
		if (openedAt.current !== undefined) window.scrollTo({ top: openedAt.current });
	}
	usePreviewShortcut(() => {
		openedAt.current = window.scrollY;
		setOpen(true);
		toggle.current?.focus({ preventScroll: true });
	}, returnTo);

	const [Details, setDetails] = useState<Details | undefined>(undefined);
	const [detailsFailed, setDetailsFailed] = useState(false);
	const wantDetails = () =>
		void loadDetails().then(
			(component) => {
				setDetails(() => component);
				setDetailsFailed(false);
			},
			() => setDetailsFailed(true),
		);
	useEffect(() => {
		if (open) wantDetails();
	}, [open]);
	const texts = SITUATION_TEXTS[situation.id];
	const status = SITUATION_STATUS[situation.id];
	// On an option's page, the steps whose boxes still read otherwise: told beside an outcome that already
	// matches the option, so that outcome and steps never disagree.
	const remaining = page ? remainingSteps(page, config) : [];
	const stepsLeft =
		remaining.length > 0 && SITUATION_TONE[situation.id] === 'done'
			? stepsLeftText(remaining.length, stepLabel(remaining[0]!.page, remaining[0]!.anchor))
			: undefined;
	const clientName = SAMPLE.clients.find((c) => c.id === clientId)?.name ?? clientId;
	// Folded, the event in view is marked where a path rests on this guide's reading.
	const eventMarked = (inView?.deliveries ?? []).some((d) => restsOnInterpretation(ruleRow(d.row)));

	// One short sentence once a change has settled: the client's situation when it changed, otherwise the
	// event's outcome. The step that remains stays in the bar.
	const verdictSaid = headline;
	const [announcement, setAnnouncement] = useState('');
	// Measured from the state the page started from, not from this island's first render: a box tapped before
	// the preview woke is a change the reader made, and is told.
	const spoken = useRef<{ verdictSaid: string; eventLine: string } | undefined>(undefined);
	useEffect(() => {
		// On the server's state (no JavaScript yet) there is nothing to tell.
		if (!live) return;
		if (spoken.current === undefined) {
			const start = barOf(startingState.config, startingState.view);
			spoken.current = { verdictSaid: start.headline, eventLine: start.eventLine };
		}
		const timer = setTimeout(() => {
			const last = spoken.current!;
			if (last.verdictSaid === verdictSaid && last.eventLine === eventLine) return;
			setAnnouncement(last.verdictSaid !== verdictSaid ? verdictSaid : eventLine);
			spoken.current = { verdictSaid, eventLine };
		}, SETTLE_MS);
		return () => clearTimeout(timer);
	}, [verdictSaid, eventLine, live]);

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
				<div class="client-preview__status">
					<p class="client-preview__verdict">
						<span class="status-badge" data-status={status}>
							{texts.badge}
						</span>{' '}
						<strong>Agora:</strong> {headline}
						{stepsLeft && <span class="client-preview__remaining"> {stepsLeft}</span>}
					</p>
					<p class="client-preview__event">
						{eventLine}
						<Mark shown={eventMarked} />
					</p>
				</div>
				<button
					ref={toggle}
					type="button"
					class="client-preview__toggle"
					aria-expanded={open}
					aria-controls={`${id}-body`}
					aria-keyshortcuts={PREVIEW_SHORTCUT}
					title={`Atalho: ${PREVIEW_SHORTCUT}`}
					disabled={!live}
					data-disabled-without-js
					onClick={() => {
						if (!open) openedAt.current = window.scrollY;
						setOpen(!open);
					}}
					onPointerEnter={wantDetails}
					onFocus={wantDetails}
				>
					{open ? (
						'Ocultar detalhes'
					) : (
						<>
							Detalhes<span class="client-preview__more"> e outro cliente</span>
						</>
					)}
				</button>
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
				<fieldset class="client-preview__choices" disabled={!live} data-disabled-without-js>
					<legend class="sr-only">Escolha o cliente, o evento e a tarefa</legend>
					{/* Labels apart from their selects: a wrapping label would take in the selected option's text. */}
					<div class="client-preview__field">
						<label for={`${id}-client`}>Cliente</label>
						<select id={`${id}-client`} value={clientId} onChange={(e) => updateView({ client: e.currentTarget.value })}>
							{SAMPLE.clients.map((c) => (
								<option value={c.id}>{c.name}</option>
							))}
						</select>
					</div>
					<div class="client-preview__field">
						<label for={`${id}-event`}>Evento</label>
						<select id={`${id}-event`} value={kind} onChange={(e) => updateView({ event: e.currentTarget.value as EventKind })}>
							{EVENT_KINDS.map((k) => (
								<option value={k}>{EVENT_LABELS[k]}</option>
							))}
						</select>
					</div>
					<div class="client-preview__field">
						<label for={`${id}-task`}>Tarefa</label>
						<select
							id={`${id}-task`}
							value={taskId}
							disabled={kind === 'manual-upload'}
							onChange={(e) => updateView({ task: e.currentTarget.value })}
						>
							{SAMPLE.tasks.map((t) => (
								<option value={t.id}>{t.name}</option>
							))}
						</select>
					</div>
				</fieldset>
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
