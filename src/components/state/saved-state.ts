/**
 * What the reader's browser keeps between pages and visits:
 * - the reader's own office, in local storage, as the query string a link carries ("v=1&onvio=0"): it survives a
 *   reload, a reopened browser and a second tab, which hears of every change through the `storage` event;
 * - the steps ticked "Feito" on each procedure page, in local storage too (done-steps.ts);
 * - what the preview looks at (client, event, task), in the tab's session storage: another tab looks elsewhere.
 * Storage may be refused (private modes, blocked cookies): the site then simply forgets.
 */
import { doneStepsKey, parseDoneSteps, serializeDoneSteps } from './done-steps.ts';

const OFFICE_KEY = 'notificacoes-sem-duplicidade:escritorio';
const VIEW_KEY = 'notificacoes-sem-duplicidade:simulacao';
/** "Todas marcadas" as the codec writes it (locked by tests/lib/url-state.test.ts): saved, it is as good as nothing. */
const DEFAULT_QUERY = 'v=1';

function read(storage: () => Storage, key: string): string | undefined {
	try {
		const saved = storage().getItem(key) ?? undefined;
		return saved === DEFAULT_QUERY ? undefined : saved;
	} catch {
		return undefined;
	}
}

function write(storage: () => Storage, key: string, query: string): void {
	try {
		storage().setItem(key, query);
	} catch {
		// Nothing to do: the page keeps the state until it is left.
	}
}

/** The reader's office, or undefined when none differs from "todas marcadas". */
export function readStoredOffice(): string | undefined {
	return read(() => localStorage, OFFICE_KEY);
}

export function storeOffice(query: string): void {
	write(() => localStorage, OFFICE_KEY, query);
}

/** Calls back when another tab writes a key, or clears the storage. */
function onStoredKeyChange(key: string, listener: () => void): void {
	addEventListener('storage', (event) => {
		if (event.key === key || event.key === null) listener();
	});
}

export function onStoredOfficeChange(listener: (query: string | undefined) => void): void {
	onStoredKeyChange(OFFICE_KEY, () => listener(readStoredOffice()));
}

/** The page's anchors ticked "Feito" in this browser, in page order. */
export function readStoredDone(page: string, anchors: readonly string[]): string[] {
	try {
		return parseDoneSteps(localStorage.getItem(doneStepsKey(page)), anchors);
	} catch {
		return [];
	}
}

export function storeDone(page: string, done: readonly string[]): void {
	write(() => localStorage, doneStepsKey(page), serializeDoneSteps(done));
}

/** Calls back when another tab changes the page's ticks. */
export function onStoredDoneChange(page: string, listener: () => void): void {
	onStoredKeyChange(doneStepsKey(page), listener);
}

/** What the preview of this tab looks at, as a query string, or undefined. */
export function readStoredView(): string | undefined {
	return read(() => sessionStorage, VIEW_KEY);
}

export function storeView(query: string): void {
	write(() => sessionStorage, VIEW_KEY, query);
}

/** True when this page must open in a state other than the server's "todas marcadas". */
export function pageCarriesState(): boolean {
	return location.search.length > 1 || readStoredOffice() !== undefined || readStoredView() !== undefined;
}
