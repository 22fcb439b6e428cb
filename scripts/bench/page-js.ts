/**
 * The JavaScript of a built page as its HTML and the built files declare it, every island awake: one pure
 * function for the size budget (tests/site/size-budget.test.ts). `npm run bench` measures the same pages in
 * Chromium, as a reader meets them (scripts/bench/weight.ts), which this static reading cannot do for code
 * loaded by `import()` at run time.
 *
 * Definition (no client directive is exempt: an island waiting for input will hydrate at the reader's first
 * tap, so its code is part of the page):
 * - every inline `<script>` body (JavaScript types only; JSON and other data blocks are not code);
 * - every same-site `.js`/`.mjs` file the HTML names in any attribute: `<script src>`, `<link rel=modulepreload>`,
 *   each island's component and renderer, whatever Astro calls those attributes;
 * - the static `import … from "…"` / `export … from "…"` graph of all these files (and of inline module
 *   scripts), transitively. Dynamic `import()` is left out: it is loaded on demand (e.g. the search UI, when
 *   the reader opens the search).
 * Sizes are gzip (zlib, default level 6, as a static host compresses text), each file once per page, each
 * inline script compressed on its own.
 *
 * The reading fails instead of counting zero: an island that names no JavaScript file, and a file the page
 * names that the build does not have, both throw.
 */
import { gzipSync } from 'node:zlib';

interface JsFile {
	/** Site path of the file, e.g. "/_astro/client.CmGwitt5.js"; "inline #n" for inline scripts. */
	url: string;
	bytes: number;
	gzip: number;
}

export interface PageJs {
	files: JsFile[];
	bytes: number;
	gzip: number;
	/** Islands on the page: a page with none is a baseline. */
	islands: number;
}

/** Reads a built file by its site path ("/_astro/x.js"); undefined when there is none. */
export type ReadAsset = (path: string) => Uint8Array | undefined;

/** The island-free baseline: a content page with the same layout (sidebar, table of contents) as the procedures. */
export const BASELINE_PAGE = '/informacoes-complementares/';

/**
 * The size budget: how much more JavaScript (gzip, inline scripts included, every island awake) a procedure
 * page may have than the island-free baseline. It is the benchmark's target, a procedure page at most 0.8 × a
 * stock Starlight page (32.7 KB in Starlight 0.42, pt-BR, every script and inline script counted), less this
 * baseline (7.4 KB in Chromium): about 18.8 KB. The office's situation, the checklist that sets the boxes, its
 * undo and the preview's shortcut added 3.7 KB, the hand-off link ("Continuar em outro aparelho") 0.6 KB and
 * the preview's split into small hooks and views 0.15 KB, and each page's steps written out as data 0.1 KB, which
 * the pages carry until their islands load only when needed; until then the budget holds them where they are
 * (about 0.94 ×), with 0.15 KB for a step or two the vendor may add to the article, so that no code slips in. `npm run bench` checks the target itself,
 * in the same run as the stock site; this reading of the built files fails first, without a browser.
 */
export const PAGE_BUDGET_GZIP = 23.5 * 1024;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const TAG = /<[a-z][\w-]*\b[^>]*>/gi;
const ISLAND = /<astro-island\b[^>]*>/gi;
const ATTRIBUTE = /\s([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const JS_FILE = /\.m?js$/;
// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;

function attributes(tag: string): [name: string, value: string][] {
	return [...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&')]);
}

function size(content: Uint8Array | string): { bytes: number; gzip: number } {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return { bytes: buffer.byteLength, gzip: gzipSync(buffer).byteLength };
}

/** The site paths a JS file imports statically. */
export function staticImports(code: string, from: string): string[] {
	const base = new URL(from, 'http://site.invalid');
	return [...code.matchAll(STATIC_IMPORT)]
		.map((m) => m[2]!)
		.filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
		.map((spec) => new URL(spec, base).pathname);
}

/** The bodies of the page's inline JavaScript (`<script>` without `src`, of a JavaScript type, not empty). */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(SCRIPT)]
		.filter(([, attrs = '', body = '']) => {
			const named = attributes(`<script ${attrs}>`);
			const type = (named.find(([name]) => name === 'type')?.[1] ?? '').toLowerCase();
			return JS_TYPES.has(type) && !named.some(([name]) => name === 'src') && body.trim() !== '';
		})
		.map(([, , body = '']) => body);
}

/**
 * The JavaScript of one page, given its HTML, its site path and a reader of built files.
 * Throws when an island names no script, or the page names a script the build does not have.
 */
export function pageJs(html: string, pagePath: string, read: ReadAsset): PageJs {
	const pageUrl = new URL(pagePath, 'http://site.invalid');
	/** The same-site JavaScript file an attribute value names, if it names one. */
	const jsPath = (value: string): string | undefined => {
		if (value === '' || /\s/.test(value.trim())) return undefined;
		let url: URL;
		try {
			url = new URL(value, pageUrl);
		} catch {
			return undefined;
		}
		return url.origin === pageUrl.origin && JS_FILE.test(url.pathname) ? url.pathname : undefined;
	};

	const files: JsFile[] = [];
	const roots: string[] = [];
	for (const body of inlineScripts(html)) {
		files.push({ url: `inline #${files.length + 1}`, ...size(body) });
		roots.push(...staticImports(body, pagePath));
	}
	// Every tag outside script bodies, so that code is never read as markup.
	const markup = html.replace(SCRIPT, (_, attrs: string) => `<script${attrs}>`);
	for (const [tag] of markup.matchAll(TAG))
		for (const [, value] of attributes(tag)) {
			const path = jsPath(value);
			if (path) roots.push(path);
		}

	let islands = 0;
	for (const [tag] of markup.matchAll(ISLAND)) {
		islands++;
		if (!attributes(tag).some(([, value]) => jsPath(value)))
			throw new Error(`${pagePath}: island #${islands} names no JavaScript file, so its component cannot be counted: ${tag.slice(0, 120)}`);
	}

	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const content = read(path);
		if (!content) throw new Error(`${pagePath} loads ${path}, which is not in the build`);
		files.push({ url: path, ...size(content) });
		queue.push(...staticImports(Buffer.from(content).toString('utf8'), path));
	}
	return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzip: files.reduce((sum, f) => sum + f.gzip, 0), islands };
}
