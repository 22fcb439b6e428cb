/**
 * "First-view JavaScript" of a built page: the JavaScript a reader's browser fetches and runs for the page
 * without any click, in one pure function shared by the size budget (tests/site/size-budget.test.ts) and
 * `npm run bench`.
 *
 * Definition:
 * - every inline `<script>` body (JavaScript types only; JSON and other data blocks are not code);
 * - every `<script src>` and `<link rel="modulepreload">` of the HTML;
 * - every island's `component-url`, `renderer-url` and `before-hydration-url`, whatever its `client:`
 *   directive: `client:idle` loads as soon as the page is idle, and `client:visible` as soon as the reader
 *   scrolls to it, which on a procedure page is the reading itself, so both count;
 * - the static `import … from "…"` / `export … from "…"` graph of all these files, transitively. Dynamic
 *   `import()` is left out: it is what the page loads on demand (e.g. the search UI, loaded when the search
 *   opens).
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

export interface FirstViewJs {
	files: JsFile[];
	bytes: number;
	gzip: number;
	/** Islands on the page: a page with none is a baseline. */
	islands: number;
}

/** Reads a built file by its site path ("/_astro/x.js"); undefined when there is none. */
export type ReadAsset = (path: string) => Uint8Array | undefined;

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

/**
 * The first-view JavaScript of one page, given its HTML, its site path and a reader of built files.
 * Throws when the page references a script the build does not have: a budget must not pass on a miss.
 */
export function firstViewJs(html: string, pagePath: string, read: ReadAsset): FirstViewJs {
	const pageUrl = new URL(pagePath, 'http://site.invalid');
	const local = (href: string | undefined): string | undefined => {
		if (!href) return undefined;
		const url = new URL(href, pageUrl);
		return url.origin === pageUrl.origin ? url.pathname : undefined;
	};

	const files: JsFile[] = [];
	const roots: string[] = [];
	let inline = 0;
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		const type = (attribute(attributes, 'type') ?? '').toLowerCase();
		if (!JS_TYPES.has(type)) continue;
		const src = attribute(attributes, 'src');
		if (src !== undefined) {
			const path = local(src);
			if (path) roots.push(path);
		} else if (body.trim() !== '') {
			files.push({ url: `inline #${++inline}`, ...size(body) });
		}
	}
	for (const [, attributes = ''] of html.matchAll(LINK)) {
		if ((attribute(attributes, 'rel') ?? '').toLowerCase() !== 'modulepreload') continue;
		const path = local(attribute(attributes, 'href'));
		if (path) roots.push(path);
	}
	let islands = 0;
	for (const [, attributes = ''] of html.matchAll(ISLAND)) {
		islands++;
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const path = local(attribute(attributes, name));
			if (path) roots.push(path);
		}
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

	return {
		files,
		bytes: files.reduce((sum, f) => sum + f.bytes, 0),
		gzip: files.reduce((sum, f) => sum + f.gzip, 0),
		islands,
	};
}

/** The island-free baseline: a content page with the same layout (sidebar, table of contents) as the procedures. */
export const BASELINE_PAGE = '/informacoes-complementares/';

/** The size budget: how far above the island-free baseline a procedure page's first-view JS may go. */
export const FIRST_VIEW_BUDGET_GZIP = 10 * 1024;
