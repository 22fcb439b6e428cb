/**
 * The JavaScript of a built page as its HTML and the built files declare it, at two moments, read without a
 * browser: one pure function for the size gate (tests/site/size-budget.test.ts). `npm run bench` weighs the same
 * pages in Chromium, as a reader meets them (scripts/bench/weight.ts).
 *
 * - **First view**: every inline `<script>` body (JavaScript types only; JSON and other data blocks are not code),
 *   every same-site `.js`/`.mjs` file the HTML names outside its islands (`<script src>`, `<link rel=modulepreload>`),
 *   and everything these import, with `import … from "…"`, `export … from "…"` or `import("…")`, transitively.
 * - **Awake**, after one input on each island: that, plus each island's component and renderer, whatever its client
 *   directive and whatever Astro calls those attributes, and everything they import, the same way.
 * At each moment the caller may leave out chunks that the moment does not load (`leaveOut`): at first view, those
 * a reader's input loads; awake, those no island loads (opening the search loads Pagefind's UI). They are listed
 * apart, with their sizes.
 * Sizes are gzip (zlib, default level 6, as a static host compresses text), each file once per page, each
 * inline script compressed on its own.
 *
 * The reading fails instead of counting zero: an island that names no JavaScript file, and a file the page
 * names or imports that the build does not have, both throw.
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
	/** Islands on the page. */
	islands: number;
	/** Chunks left out (see `leaveOut`), not counted. */
	leftOut: JsFile[];
}

export type Moment = 'first view' | 'awake';

export interface Reading {
	moment: Moment;
	/** True for a chunk, by its site path, that the page does not load at this moment. */
	leaveOut?: (path: string, moment: Moment) => boolean;
}

/** Reads a built file by its site path ("/_astro/x.js"); undefined when there is none. */
export type ReadAsset = (path: string) => Uint8Array | undefined;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const TAG = /<[a-z][\w-]*\b[^>]*>/gi;
const ATTRIBUTE = /\s([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const JS_FILE = /\.m?js$/;
// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
// `import("./x.js")`, `import(`./x.js`)`, with a literal path; a path built at run time (Pagefind's index) is no chunk.
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g;

function attributes(tag: string): [name: string, value: string][] {
	return [...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&')]);
}

function size(content: Uint8Array | string): { bytes: number; gzip: number } {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return { bytes: buffer.byteLength, gzip: gzipSync(buffer).byteLength };
}

function importsBy(pattern: RegExp, code: string, from: string): string[] {
	const base = new URL(from, 'http://site.invalid');
	return [...code.matchAll(pattern)]
		.map((m) => m[2]!)
		.filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
		.map((spec) => new URL(spec, base).pathname);
}

/** The site paths a JS file imports statically. */
export function staticImports(code: string, from: string): string[] {
	return importsBy(STATIC_IMPORT, code, from);
}

/** The site paths a JS file loads with `import()` of a literal path. */
export function dynamicImports(code: string, from: string): string[] {
	return importsBy(DYNAMIC_IMPORT, code, from);
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
 * The JavaScript of one page at one moment, given its HTML, its site path and a reader of built files.
 * Throws when an island names no script, or the page names a script the build does not have.
 */
export function pageJs(html: string, pagePath: string, read: ReadAsset, { moment, leaveOut = () => false }: Reading): PageJs {
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
	const awake = moment === 'awake';
	for (const body of inlineScripts(html)) {
		files.push({ url: `inline #${files.length + 1}`, ...size(body) });
		roots.push(...staticImports(body, pagePath), ...dynamicImports(body, pagePath));
	}
	// Every tag outside script bodies, so that code is never read as markup.
	const markup = html.replace(SCRIPT, (_, attrs: string) => `<script${attrs}>`);
	let islands = 0;
	for (const [tag] of markup.matchAll(TAG)) {
		const island = /^<astro-island\b/i.test(tag);
		const named = attributes(tag).flatMap(([, value]) => jsPath(value) ?? []);
		if (island) {
			islands++;
			if (named.length === 0)
				throw new Error(`${pagePath}: island #${islands} names no JavaScript file, so its component cannot be counted: ${tag.slice(0, 120)}`);
		}
		if (awake || !island) roots.push(...named);
	}

	const left: JsFile[] = [];
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const content = read(path);
		if (!content) throw new Error(`${pagePath} loads ${path}, which is not in the build`);
		if (leaveOut(path, moment)) {
			left.push({ url: path, ...size(content) });
			continue;
		}
		const code = Buffer.from(content).toString('utf8');
		files.push({ url: path, ...size(content) });
		queue.push(...staticImports(code, path), ...dynamicImports(code, path));
	}
	const total = (list: JsFile[], key: 'bytes' | 'gzip') => list.reduce((sum, f) => sum + f[key], 0);
	return { files, bytes: total(files, 'bytes'), gzip: total(files, 'gzip'), islands, leftOut: left };
}
