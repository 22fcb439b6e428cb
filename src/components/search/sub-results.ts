/**
 * Which places of a page a search result lists under it. Pagefind's UI keeps the three sections with the
 * most matching words and shows them in page order, whatever weight the page gives those words: for
 * "Notificar Cliente", the page's title and intro (where "notificações" and "Cliente" stand) and the ONVIO
 * step that names three "Notificações" came before the steps that set "Notificar Cliente". Here a step (an
 * element of its own with `data-pagefind-title`) comes before a section heading, and places are ordered by
 * Pagefind's own weighted score, so the `data-pagefind-weight` the steps carry decides.
 */
interface SubResult {
	url: string;
	anchor?: { element: string };
	weighted_locations: { balanced_score: number }[];
}

/** One page Pagefind found, with the places under it. */
export interface SearchResult {
	url: string;
	sub_results: SubResult[];
}

/** At most this many places under a result, as Pagefind's UI shows. */
const SHOWN = 3;

const score = (place: SubResult) => place.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
const isStep = (place: SubResult) => place.anchor !== undefined && !/^h\d$/i.test(place.anchor.element);

export function preferSteps<R extends SearchResult>(result: R): R {
	// Matches before the first anchor are the page itself: Pagefind's UI folds that one into the result's own link.
	const [first, ...rest] = result.sub_results;
	const page = first && first.anchor === undefined ? [first] : [];
	const places = (page.length ? rest : result.sub_results)
		.map((place, index) => ({ place, index }))
		.sort((a, b) => Number(isStep(b.place)) - Number(isStep(a.place)) || score(b.place) - score(a.place) || a.index - b.index)
		.slice(0, SHOWN)
		.map(({ place }) => place);
	result.sub_results = [...page, ...places];
	return result;
}
