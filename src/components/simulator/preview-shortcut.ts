/**
 * The preview's side of its shortcut (shortcut-request.ts): it takes a press, made before or after it woke,
 * and opens, having noted in `returnTo` where the focus was, so that Escape can go back there.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { shortcutRequest } from './shortcut-request.ts';

export { PREVIEW_SHORTCUT } from './shortcut-request.ts';

export function usePreviewShortcut(open: () => void, returnTo: RefObject<HTMLElement | null>): void {
	useEffect(() => {
		const take = (request: { returnTo: HTMLElement | null } | undefined) => {
			if (!request) return;
			returnTo.current = request.returnTo;
			shortcutRequest.set(undefined);
			open();
		};
		take(shortcutRequest.get());
		return shortcutRequest.subscribe(take);
	}, []);
}
