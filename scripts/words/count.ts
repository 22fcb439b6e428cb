/**
 * What `npm run words` holds each page to: the words of its `main` as a reader reads them (the browser's
 * innerText, every disclosure open unless said otherwise), against an editorial limit per page.
 */
import type { Row } from '../bench/table.ts';

export interface PageLimit {
	/** At most this many words in `main`. */
	limit: number;
	/** Read with every disclosure open (true), or as loaded, nothing opened (false). */
	openDisclosures: boolean;
}

/** The editorial limits, by site path. A built page without one is counted and shown, not held. */
export const WORD_LIMITS: Readonly<Record<string, PageLimit>> = {
	'/': { limit: 350, openDisclosures: true },
	'/opcao-1/': { limit: 700, openDisclosures: true },
	'/opcao-2/': { limit: 700, openDisclosures: true },
	'/informacoes-complementares/': { limit: 500, openDisclosures: true },
	'/simulador/': { limit: 700, openDisclosures: true },
	'/diagnostico/': { limit: 500, openDisclosures: false },
	'/como-o-simulador-decide/': { limit: 800, openDisclosures: true },
};

/**
 * The words of a text as a reader counts them: runs separated by white space that hold at least one letter or
 * digit. "e-mail", "29/11/2026" and "[Salvar]" are one word each; a lone "—", ">" or "•" is none.
 */
export function countWords(text: string): number {
	return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** One row a page, in `printTable`'s shape: the count against the page's limit, when it has one. */
export function wordRow(path: string, words: number): Row {
	const limit = WORD_LIMITS[path];
	return {
		name: path,
		value: words,
		unit: '',
		digits: 0,
		...(limit
			? { target: { op: '<=' as const, value: limit.limit }, targetText: limit.openDisclosures ? 'disclosures open' : 'as loaded' }
			: { targetText: 'no limit' }),
	};
}
