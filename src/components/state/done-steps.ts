/**
 * The reader's checklist of a procedure page: the steps ticked "feito", kept in the browser's local storage
 * as a JSON list of step anchors (permanent ids, never positions), one key per page. Whatever the storage
 * holds is read defensively: it may be another version's, another site's or a hostile value.
 */

/** The storage key of a page's ticks, e.g. "notificacoes-sem-duplicidade:feitos:opcao-1". */
export function doneStepsKey(page: string): string {
	return `notificacoes-sem-duplicidade:feitos:${page}`;
}

/** Far more than a page's anchors take: anything longer is not ours, and is not parsed. */
const MAX_STORED_LENGTH = 4096;

/** The page's anchors that the stored value lists, in page order; anything unreadable counts as none. */
export function parseDoneSteps(stored: string | null, anchors: readonly string[]): string[] {
	// Nothing stored, too long or not JSON: each throws, and counts as none.
	try {
		const list: unknown = JSON.parse(stored!.length > MAX_STORED_LENGTH ? '' : stored!);
		// Only strings equal to a known anchor match: objects, "__proto__" and unknown ids are left out.
		return Array.isArray(list) ? anchors.filter((anchor) => list.includes(anchor)) : [];
	} catch {
		return [];
	}
}

export function serializeDoneSteps(done: readonly string[]): string {
	return JSON.stringify(done);
}
