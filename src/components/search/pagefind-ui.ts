/**
 * Pagefind's UI, loaded when the search opens (search-on-open.ts imports this module dynamically), mounted
 * with the options Starlight's search gives it, so results, translations and links are Starlight's.
 */
import { PagefindUI } from '@pagefind/default-ui';
import type { PagefindOptions } from './starlight-options.ts';
import { preferSteps, type SearchResult } from './sub-results.ts';

/** Renders Pagefind's UI into `element` (synchronously) and returns its search input. */
export function mountPagefind(element: HTMLElement, options: PagefindOptions): HTMLInputElement {
	const formatUrls = options.processResult as ((result: SearchResult) => unknown) | undefined;
	new PagefindUI({
		...options,
		element,
		processResult: (result: SearchResult) => {
			formatUrls?.(result);
			return preferSteps(result);
		},
	});
	const input = element.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
	if (!input) throw new Error('Pagefind UI rendered no search input');
	return input;
}
