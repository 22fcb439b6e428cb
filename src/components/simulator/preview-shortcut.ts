/**
 * The keyboard shortcut that reaches the docked preview from anywhere on a procedure page. Alt+Shift+P: no
 * browser, screen reader or Starlight command uses it (Starlight's search takes Ctrl+K and "/").
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export const PREVIEW_SHORTCUT = 'Alt+Shift+P';

/** Calls `open` on the shortcut, after noting in `returnTo` where the focus was, so that Escape can go back there. */
export function usePreviewShortcut(open: () => void, returnTo: RefObject<HTMLElement | null>): void {
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyP') return;
			event.preventDefault();
			returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			open();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);
}
