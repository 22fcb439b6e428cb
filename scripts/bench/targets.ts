/**
 * What a page's JavaScript may weigh, as a ratio of a stock pt-BR Starlight page, at first view and once awake.
 * Office staff open the procedure on cheap phones, often on mobile data: its islands load at the first input and
 * stay small. The simulator and the diagnosis are their islands. A page without islands loads what every page
 * does. `npm run bench` prints these beside its figures; the size gate in `npm test` holds them.
 */
import type { Moment } from './page-js.ts';

export type PageKind = 'procedure' | 'tool' | 'reading';

export const TARGETS: Record<PageKind, Record<Moment, number>> = {
	procedure: { 'first view': 0.3, awake: 0.5 },
	tool: { 'first view': 0.3, awake: 0.8 },
	reading: { 'first view': 0.3, awake: 0.3 },
};

/** What a built page is, read from its HTML. */
export function kindOf(html: string): PageKind {
	if (html.includes('class="procedure-step"')) return 'procedure';
	return /<astro-island\b/.test(html) ? 'tool' : 'reading';
}
