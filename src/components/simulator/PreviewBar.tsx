/**
 * The folded preview's bar, apart from its title: the client's situation with its badge (never colour alone),
 * the event in view, and the button that opens the details.
 */
import type { RefObject } from 'preact';
import type { Status } from '../../lib/model/situation.ts';
import { Mark } from '../situation/Mark.tsx';
import { PREVIEW_SHORTCUT } from './preview-shortcut.ts';

interface StatusProps {
	status: Status;
	badge: string;
	headline: string;
	stepsLeft: string | undefined;
	eventLine: string;
	eventMarked: boolean;
}

export function PreviewStatus({ status, badge, headline, stepsLeft, eventLine, eventMarked }: StatusProps) {
	return (
		<div class="client-preview__status">
			<p class="client-preview__verdict">
				<span class="status-badge" data-status={status}>
					{badge}
				</span>{' '}
				<strong>Agora:</strong> {headline}
				{stepsLeft && <span class="client-preview__remaining"> {stepsLeft}</span>}
			</p>
			<p class="client-preview__event">
				{eventLine}
				<Mark shown={eventMarked} />
			</p>
		</div>
	);
}

interface ToggleProps {
	toggle: RefObject<HTMLButtonElement>;
	bodyId: string;
	open: boolean;
	live: boolean;
	flip: () => void;
	/** Starts loading the details' code as soon as the reader points at or focuses the button. */
	want: () => void;
}

export function PreviewToggle({ toggle, bodyId, open, live, flip, want }: ToggleProps) {
	return (
		<button
			ref={toggle}
			type="button"
			class="client-preview__toggle"
			aria-expanded={open}
			aria-controls={bodyId}
			aria-keyshortcuts={PREVIEW_SHORTCUT}
			title={`Atalho: ${PREVIEW_SHORTCUT}`}
			disabled={!live}
			data-disabled-without-js
			onClick={flip}
			onPointerEnter={want}
			onFocus={want}
		>
			{open ? (
				'Ocultar detalhes'
			) : (
				<>
					Detalhes<span class="client-preview__more"> e outro cliente</span>
				</>
			)}
		</button>
	);
}
