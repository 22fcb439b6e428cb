/**
 * The pages of the built site (dist/), as the gates and the bench see them: every page the sitemap
 * lists, plus the 404 page, so a new page is covered without editing a list.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { ReadAsset } from './page-js.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

function requireBuild(): void {
	if (!existsSync(join(DIST, 'sitemap-0.xml'))) throw new Error('No built site in dist/: run "npm run build" first.');
}

/** Site paths of the sitemap's pages, e.g. "/", "/opcao-1/". */
export function sitemapPaths(): string[] {
	requireBuild();
	return [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(m) => new URL(m[1]!).pathname,
	);
}

/** The sitemap's pages and the 404 page ("/404.html"). */
export function builtPagePaths(): string[] {
	return [...sitemapPaths(), '/404.html'];
}

/** The origin the sitemap announces (the build's `site`). */
export function siteOrigin(): string {
	requireBuild();
	const first = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'));
	if (!first) throw new Error('dist/sitemap-0.xml lists no page');
	return new URL(first[1]!).origin;
}

/** The file that serves a site path in a built site: "/x/" is "/x/index.html"; undefined when there is none. */
export function distFile(path: string, root = DIST): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return undefined;
	}
	const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
	if (!file.startsWith(root + sep)) return undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function pageHtml(path: string, root = DIST): string {
	const file = distFile(path, root);
	if (!file) throw new Error(`The built site has no ${path}`);
	return readFileSync(file, 'utf8');
}

/** Reads the files of a built site by their site paths. */
export function readerOf(root: string): ReadAsset {
	return (path) => {
		const file = distFile(path, root);
		return file ? readFileSync(file) : undefined;
	};
}

export const readBuilt = readerOf(DIST);
