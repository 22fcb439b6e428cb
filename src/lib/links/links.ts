/**
 * Every link the site builds, in one place. Inside the logic module a link is a site path such as
 * "/opcao-1/#onvio-7": rooted at the site, as if it were served at the domain's root. Where the site
 * really is served (a sub-path, another host) is known only to the page, which turns a site path into
 * an href with `withBase` and into an absolute URL with `absoluteUrl`.
 */
import type { SitePath } from '../catalogue/site.ts';
import type { Config } from '../model/config.ts';
import { encodeState, type ViewState } from './url-state.ts';

export type { SitePath };

/** A page's site path, optionally carrying a simulated state and an anchor: "/opcao-1/?v=1&aviso=0#onvio-7". */
export function sitePath(
	page: SitePath,
	options: { state?: Config | undefined; view?: ViewState | undefined; anchor?: string | undefined } = {},
): SitePath {
	const query = options.state ? `?${encodeState(options.state, options.view)}` : '';
	const anchor = options.anchor ? `#${options.anchor}` : '';
	return `${page}${query}${anchor}`;
}

/** The href of a site path on a site served under `base` ("/" or "/guia/"). */
export function withBase(path: SitePath, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return `${root}${path.slice(1)}`;
}

/** The absolute URL of a site path, given the absolute URL of the site's root ("https://host/guia/"). */
export function absoluteUrl(path: SitePath, root: string): string {
	return new URL(path.slice(1), root.endsWith('/') ? root : `${root}/`).href;
}
