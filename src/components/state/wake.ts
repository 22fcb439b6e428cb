/**
 * The islands of a page share the office: when one wakes (the reader's first input, a stored or linked state,
 * the checklist's logic), all do, so that no surface keeps showing the server's state beside one that changed.
 */
const WAKE = 'notificacoes-sem-duplicidade:wake';

export function wakeIslands(): void {
	dispatchEvent(new Event(WAKE));
}

export function onWakeIslands(listener: () => void): void {
	addEventListener(WAKE, listener, { once: true });
}
