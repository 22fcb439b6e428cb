/**
 * The preview's keyboard shortcut, Alt+Shift+P: no browser, screen reader or Starlight command uses it
 * (Starlight's search takes Ctrl+K and "/"). Heard from the page's first moment, before the preview's island
 * wakes: a press is kept as a request, with the control that had the focus, and the islands are woken; the
 * preview takes the request once live (preview-shortcut.ts). No Preact here: the dock's plain script uses it.
 */
import { createStore } from '../state/store.ts';
import { wakeIslands } from '../state/wake.ts';

export const PREVIEW_SHORTCUT = 'Alt+Shift+P';

/** A press of the shortcut that the preview has not taken yet, and where the focus was. */
export const shortcutRequest = createStore<{ returnTo: HTMLElement | null } | undefined>(undefined);

function isPreviewShortcut(event: KeyboardEvent): boolean {
	return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';
}

export function listenForShortcut(): void {
	document.addEventListener('keydown', (event) => {
		if (!isPreviewShortcut(event)) return;
		event.preventDefault();
		shortcutRequest.set({ returnTo: document.activeElement instanceof HTMLElement ? document.activeElement : null });
		wakeIslands();
	});
}
