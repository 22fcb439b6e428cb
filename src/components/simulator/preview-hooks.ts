/**
 * The docked preview's behaviours, each a small hook: the folding with its way back, the details' code loaded on
 * demand, and the live region's one settled sentence. The page's scroll padding under the panel is the dock's
 * own script (dock-padding.ts): it must hold before the island wakes.
 */
import type { ComponentType, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { barOf } from './preview-bar.ts';
import { usePreviewShortcut } from './preview-shortcut.ts';
import { startingState } from './simulation-state.ts';

/**
 * Folded by default: the bar alone says what changed, and the steps stay in view. Escape brings the reader back
 * to where they were when the details opened, with the focus on the button, or, when the shortcut opened them,
 * on the control the reader had left.
 */
export function useFolding(toggle: RefObject<HTMLButtonElement>) {
	const [open, setOpen] = useState(false);
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
	function flip() {
		if (!open) openedAt.current = window.scrollY;
		setOpen(!open);
	}
	usePreviewShortcut(() => {
		openedAt.current = window.scrollY;
		setOpen(true);
		toggle.current?.focus({ preventScroll: true });
	}, returnTo);
	return { open, fold, flip };
}

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

/** The details' component once loaded (`want` starts loading it), or the failure to say. */
export function useLazyDetails(open: boolean) {
	const [Details, setDetails] = useState<Details | undefined>(undefined);
	const [failed, setFailed] = useState(false);
	const want = () =>
		void loadDetails().then(
			(component) => {
				setDetails(() => component);
				setFailed(false);
			},
			() => setFailed(true),
		);
	useEffect(() => {
		if (open) want();
	}, [open]);
	return { Details, failed, want };
}

/** How long a change must stand before the live region speaks: three quick toggles are one message. */
const SETTLE_MS = 700;

/**
 * One short sentence once a change has settled: the client's situation when it changed, otherwise the event's
 * outcome. Measured from the state the page started from, not from this island's first render: a box tapped
 * before the preview woke is a change the reader made, and is told.
 */
export function useSettledAnnouncement(headline: string, eventLine: string, live: boolean): string {
	const [announcement, setAnnouncement] = useState('');
	const spoken = useRef<{ headline: string; eventLine: string } | undefined>(undefined);
	useEffect(() => {
		// On the server's state (no JavaScript yet) there is nothing to tell.
		if (!live) return;
		if (spoken.current === undefined) {
			const start = barOf(startingState.config, startingState.view);
			spoken.current = { headline: start.headline, eventLine: start.eventLine };
		}
		const timer = setTimeout(() => {
			const last = spoken.current!;
			if (last.headline === headline && last.eventLine === eventLine) return;
			setAnnouncement(last.headline !== headline ? headline : eventLine);
			spoken.current = { headline, eventLine };
		}, SETTLE_MS);
		return () => clearTimeout(timer);
	}, [headline, eventLine, live]);
	return announcement;
}
