// @ts-check
/**
 * The Content Security Policy of the built pages, for Astro's `security.csp` (see README, "Quality gates").
 *
 * Astro hashes every script and stylesheet it bundles or inlines, and writes the policy into a
 * `<meta http-equiv="content-security-policy">` of each page. It does not hash `<script is:inline>`
 * bodies, which it emits verbatim, and Starlight has a few: the theme before first paint, the
 * theme pickers, the sidebar state and the search shortcut. Their bodies are read here from the
 * installed components (and from ours, should we ever write one) and hashed, so an upgrade of
 * Starlight brings its new hashes along. tests/site/csp.test.ts fails when a built page carries an
 * inline script its policy does not allow; tests/e2e/csp.e2e.ts checks no page breaks the policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * Every `.astro` file under a folder.
 * @param {string} dir
 */
function astroFiles(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
}

/**
 * SHA-256 hashes of the `is:inline` script bodies of the given components, as Astro's config wants them.
 * @param {string[]} files
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashes(files) {
	/** @type {Set<`sha256-${string}`>} */
	const hashes = new Set();
	for (const file of files)
		for (const [, attributes = '', body = ''] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
			// `define:vars` prepends variables at render time: such a body cannot be hashed here.
			if (!/\bis:inline\b/.test(attributes) || /\bdefine:vars\b/.test(attributes) || /\bsrc=/.test(attributes)) continue;
			hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
		}
	return [...hashes].sort();
}

const starlightDist = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
const ownSources = fileURLToPath(new URL('./src/', import.meta.url));

/** @satisfies {NonNullable<import('astro').AstroUserConfig['security']>} */
export const security = {
	csp: {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			// Starlight's and Pagefind's stylesheets draw a few icons as `data:` SVG images.
			"img-src 'self' data:",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		],
		scriptDirective: {
			// 'wasm-unsafe-eval': the search (Pagefind) compiles its WebAssembly index reader. It allows
			// WebAssembly only, not eval(), and no inline script.
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: inlineScriptHashes([...astroFiles(starlightDist), ...astroFiles(ownSources)]),
		},
		styleDirective: {
			// Style *attributes* only (style-src-attr): Starlight writes `style="--sl-icon-size: 1em"`,
			// `style="--depth: 0"` and the like into its markup. Style elements and sheets stay hashed.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
		},
	},
};
