/**
 * The simulated office of this visit, kept in the tab's session storage as the same query string the
 * address carries ("v=1&onvio=0"), so that it follows the reader from page to page. Storage may be
 * refused (private modes, blocked cookies): the site then simply forgets between pages.
 */
const KEY = 'notificacoes-sem-duplicidade:simulacao';

export function readSavedState(): string | undefined {
	try {
		return sessionStorage.getItem(KEY) ?? undefined;
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

/** True when this page must open in a state other than the server's "todas ativas". */
export function pageCarriesState(): boolean {
	const saved = readSavedState();
	return location.search.length > 1 || (saved !== undefined && saved !== 'v=1');
}
