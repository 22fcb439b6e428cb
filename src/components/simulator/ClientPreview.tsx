/**
 * "Prévia do cliente": what a sample client receives for one event under the page's shared state,
 * with a status that never relies on colour alone and a polite live region present from the first render.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import type { PageId } from '../../lib/catalogue/steps.ts';
import { EVENT_KINDS, type EventKind } from '../../lib/config.ts';
import { EVENT_LABELS, type StepLink } from '../../lib/explain.ts';
import { viewSimulation } from '../../lib/outcome-view.ts';
import { eventOf, simulate } from '../../lib/simulate.ts';
import { sitePath } from '../../lib/links.ts';
import { hrefFor } from '../site-links.ts';
import OutcomeLines from './OutcomeLines.tsx';
import StateNotice from './StateNotice.tsx';
import PresetButtons from './PresetButtons.tsx';
import { useSimulationState } from './simulation-state.ts';

interface Props {
	/** The procedure page this panel sits on: its own steps are linked by anchor alone. */
	page?: PageId | undefined;
}

export default function ClientPreview({ page }: Props) {
	const { config, live, issues } = useSimulationState();
	const [clientId, setClientId] = useState<string>(SAMPLE.clients[0].id);
	const [taskId, setTaskId] = useState<string>(SAMPLE.tasks[0].id);
	const [kind, setKind] = useState<EventKind>('document-from-dominio');
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

	function fold(returnFocus: boolean) {
		setOpen(false);
		if (returnFocus) toggle.current?.focus();
	}

	const view = viewSimulation(simulate(config, eventOf(kind, clientId, taskId)), page);
	const hrefOf = (link: StepLink) =>
		link.page === page ? `#${link.anchor}` : hrefFor(sitePath(`/${link.page}/`, { state: config, anchor: link.anchor }));

	return (
		<section
			ref={panel}
			class="client-preview not-content"
			data-status={view.status}
			aria-labelledby={`${id}-title`}
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) fold(true);
			}}
		>
			<StateNotice issues={issues} />
			<div class="client-preview__bar">
				<h2 id={`${id}-title`} class="client-preview__title">
					Prévia do cliente
				</h2>
				<p class="client-preview__status" aria-live="polite">
					<span class="status-badge" data-status={view.status}>
						{view.badge}
					</span>{' '}
					<span class="client-preview__senders">
						{view.senders.length > 0 ? view.senders.join(' · ') : 'Nenhum aviso'}
					</span>
					<span class="sr-only"> ({view.summary})</span>
				</p>
				<button
					ref={toggle}
					type="button"
					class="client-preview__toggle"
					aria-expanded={open}
					aria-controls={`${id}-body`}
					disabled={!live}
					data-disabled-without-js
					onClick={() => setOpen(!open)}
				>
					{open ? 'Ocultar detalhes' : 'Detalhes e outro cliente'}
				</button>
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
					<legend class="sr-only">Escolha o cliente e o evento</legend>
					<label>
						Cliente
						<select value={clientId} onChange={(e) => setClientId(e.currentTarget.value)}>
							{SAMPLE.clients.map((c) => (
								<option value={c.id}>{c.name}</option>
							))}
						</select>
					</label>
					<label>
						Evento
						<select value={kind} onChange={(e) => setKind(e.currentTarget.value as EventKind)}>
							{EVENT_KINDS.map((k) => (
								<option value={k}>{EVENT_LABELS[k]}</option>
							))}
						</select>
					</label>
					<label>
						Tarefa
						<select
							value={taskId}
							disabled={kind === 'manual-upload'}
							onChange={(e) => setTaskId(e.currentTarget.value)}
						>
							{SAMPLE.tasks.map((t) => (
								<option value={t.id}>{t.name}</option>
							))}
						</select>
					</label>
				</fieldset>
				<p class="client-preview__explain">
					{view.summary} {view.statusText}
				</p>
				<h3 class="client-preview__heading">O cliente recebe</h3>
				{view.delivered.length > 0 ? (
					<OutcomeLines lines={view.delivered} delivered hrefOf={hrefOf} />
				) : (
					<p class="client-preview__empty">Nenhum aviso.</p>
				)}
				{view.suppressed.length > 0 && (
					<details class="client-preview__suppressed">
						<summary>Não recebe ({view.suppressed.length})</summary>
						<OutcomeLines lines={view.suppressed} delivered={false} hrefOf={hrefOf} />
					</details>
				)}
				<PresetButtons disabled={!live} />
			</div>
		</section>
	);
}
