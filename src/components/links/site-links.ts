/**
 * Links as the page serves them: under the base path the site was built with (Astro's `base`), and,
 * for links a reader copies, on the host the page was actually opened from. Never the build-time
 * `site`, which serves only the canonical URL and the sitemap.
 */
import { withBase, type SitePath } from '../../lib/links/links.ts';

const BASE: string = import.meta.env.BASE_URL;

/** The href of a site path, under the base path. */
export function hrefFor(path: SitePath): string {
	return withBase(path, BASE);
}

/** The absolute URL of the site's root where this page is served, e.g. "https://host/guia/". Browser only. */
export function servedRoot(): string {
	return new URL(BASE, window.location.origin).href;
}

