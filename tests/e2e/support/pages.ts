/** The built site's pages, picked by what a reader meets in them rather than by how a framework marks them up. */
import { builtPagePaths, pageHtml } from '../../../scripts/bench/built-pages.ts';

/**
 * Whether the page has controls the server renders disabled until JavaScript runs (the project marks them
 * `data-disabled-without-js`): the simulator's islands, which read the office from the address.
 */
export function hasControlsAwaitingJs(path: string): boolean {
	return /<[^>]+\sdata-disabled-without-js[\s=>]/.test(pageHtml(path));
}

/** The pages (sitemap and 404) with such controls. */
export function pagesWithControls(): string[] {
	return builtPagePaths().filter(hasControlsAwaitingJs);
}
