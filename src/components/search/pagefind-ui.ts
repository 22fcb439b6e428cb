/**
 * Pagefind's UI: the script of the search that is loaded on demand (site-search.ts imports this module
 * dynamically, and links its style sheet, pagefind-ui.css, at the same time). Mounted with the options
 * Starlight's own search gives it, so results and translations are the same.
 */
import { PagefindUI } from '@pagefind/default-ui';
// Starlight's `pagefind` option (ranking and index merging), as its own search component reads it.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { preferSteps } from './sub-results.ts';

export interface MountOptions {
	translations: Record<string, string>;
	/** The site's base (import.meta.env.BASE_URL). */
	baseUrl: string;
	/** Where Pagefind's files are: `<base>/pagefind/`. */
	bundlePath: string;
}

/** Renders Pagefind's UI into `element` (synchronously) and returns its search input. */
export function mountPagefind(element: HTMLElement, { translations, baseUrl, bundlePath }: MountOptions): HTMLInputElement {
	new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl,
		bundlePath,
		showImages: false,
		showSubResults: true,
		processResult: preferSteps,
		translations,
	});
	const input = element.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
	if (!input) throw new Error('Pagefind UI rendered no search input');
	return input;
}
