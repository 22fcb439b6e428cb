/**
 * "First-view JavaScript" of a built page: the JavaScript a reader's browser fetches and runs for the page
 * before the reader does anything, in one pure function shared by the size budget
 * (tests/site/size-budget.test.ts) and `npm run bench`.
 *
 * Definition:
 * - every inline `<script>` body (JavaScript types only; JSON and other data blocks are not code);
 * - every `<script src>` and `<link rel="modulepreload">` of the HTML;
 * - the `component-url`, `renderer-url` and `before-hydration-url` of every island that hydrates without
 *   input from the reader: `client:load`, `client:idle`, `client:visible` and `client:media` (the last two
 *   depend on the viewport and are counted as if they matched), and any directive not known to wait;
 * - the static `import … from "…"` / `export … from "…"` graph of all these files, transitively. Dynamic
 *   `import()` is left out: it is what the page loads on demand (e.g. the search UI, when the search opens).
 * Islands whose directive waits for the reader's input (INPUT_DIRECTIVES) are left out of the first view;
 * `withIslands` reports the JavaScript once every island has hydrated, them included.
 * Sizes are gzip (zlib, default level 6, as a static host compresses text), each file once per page, each
 * inline script compressed on its own.
 */
import { gzipSync } from 'node:zlib';

export interface JsFile {
	/** Site path of the file, e.g. "/_astro/client.CmGwitt5.js"; "inline #n" for inline scripts. */
	url: string;
	bytes: number;
	gzip: number;
}

export interface JsLoad {
	files: JsFile[];
	bytes: number;
	gzip: number;
}

export interface PageJs {
	/** Before any input from the reader. */
	firstView: JsLoad;
	/** Once every island has hydrated (after the reader's first input, for the deferred ones). */
	withIslands: JsLoad;
	/** Islands on the page: a page with none is a baseline. */
	islands: number;
	/** Islands whose directive waits for the reader's input. */
	deferredIslands: number;
}

/** Reads a built file by its site path ("/_astro/x.js"); undefined when there is none. */
export type ReadAsset = (path: string) => Uint8Array | undefined;

/**
 * Client directives that wait for the reader's input before hydrating. None now: the project's own
 * `client:replay` (src/directives/replay.ts) hydrates when the browser is idle, so it counts as first view.
 */
export const INPUT_DIRECTIVES: ReadonlySet<string> = new Set([]);

/** The island-free baseline: a content page with the same layout (sidebar, table of contents) as the procedures. */
export const BASELINE_PAGE = '/informacoes-complementares/';

/** The size budget: how far above the island-free baseline a procedure page's first-view JS may go. */
export const FIRST_VIEW_BUDGET_GZIP = 10 * 1024;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b([^>]*)>/gi;
const ISLAND = /<astro-island\b([^>]*)>/gi;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
	const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
	return value?.replaceAll('&amp;', '&');
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

/** The inline scripts plus the files reached from the roots through static imports, each counted once. */
function load(inline: JsFile[], roots: string[], read: ReadAsset, pagePath: string): JsLoad {
	const files = [...inline];
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
	return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * The JavaScript of one page, given its HTML, its site path and a reader of built files.
 * Throws when the page references a script the build does not have: a budget must not pass on a miss.
 */
export function pageJs(html: string, pagePath: string, read: ReadAsset): PageJs {
	const pageUrl = new URL(pagePath, 'http://site.invalid');
	const local = (href: string | undefined): string | undefined => {
		if (!href) return undefined;
		const url = new URL(href, pageUrl);
		return url.origin === pageUrl.origin ? url.pathname : undefined;
	};

	const inline: JsFile[] = [];
	const roots: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		const type = (attribute(attributes, 'type') ?? '').toLowerCase();
		if (!JS_TYPES.has(type)) continue;
		const src = attribute(attributes, 'src');
		if (src !== undefined) {
			const path = local(src);
			if (path) roots.push(path);
		} else if (body.trim() !== '') {
			inline.push({ url: `inline #${inline.length + 1}`, ...size(body) });
		}
	}
	for (const [, attributes = ''] of html.matchAll(LINK)) {
		if ((attribute(attributes, 'rel') ?? '').toLowerCase() !== 'modulepreload') continue;
		const path = local(attribute(attributes, 'href'));
		if (path) roots.push(path);
	}
	const deferredRoots: string[] = [];
	let islands = 0;
	let deferredIslands = 0;
	for (const [, attributes = ''] of html.matchAll(ISLAND)) {
		islands++;
		const deferred = INPUT_DIRECTIVES.has(attribute(attributes, 'client') ?? '');
		if (deferred) deferredIslands++;
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const path = local(attribute(attributes, name));
			if (path) (deferred ? deferredRoots : roots).push(path);
		}
	}

	return {
		firstView: load(inline, roots, read, pagePath),
		withIslands: load(inline, [...roots, ...deferredRoots], read, pagePath),
		islands,
		deferredIslands,
	};
}
