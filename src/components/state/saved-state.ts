/**
 * The simulated office of this visit, kept in the tab's session storage as the same query string the
 * address carries ("v=1&onvio=0"), so that it follows the reader from page to page. Storage may be
 * refused (private modes, blocked cookies): the site then simply forgets between pages.
 */
const KEY = 'notificacoes-sem-duplicidade:simulacao';
/** "Todas marcadas" as the codec writes it (locked by tests/lib/url-state.test.ts): saved, it is as good as nothing. */
const DEFAULT_QUERY = 'v=1';

/** The office saved earlier in this visit, or undefined when none differs from "todas marcadas". */
export function readSavedState(): string | undefined {
	try {
		const saved = sessionStorage.getItem(KEY) ?? undefined;
		return saved === DEFAULT_QUERY ? undefined : saved;
	} catch {
		return undefined;
	}
}

export function saveState(query: string): void {
	try {
		sessionStorage.setItem(KEY, query);
	} catch {
		// Nothing to do: the address still carries the state.
	}
}

/** True when this page must open in a state other than the server's "todas marcadas". */
export function pageCarriesState(): boolean {
	return location.search.length > 1 || readSavedState() !== undefined;
}
