/**
 * The Content Security Policy, built from the HTML the build actually emitted (see README, "Publish").
 *
 * At `astro:build:done` (after Starlight's Pagefind indexing, which runs in an earlier integration's hook of
 * the same name) every `.html` file under the output folder is read, 404.html included; the body of every
 * inline `<script>` (no `src`) and every `<style>` element is hashed with SHA-256 exactly as written. One
 * policy for the whole site, with the hashes of all pages, then goes:
 * - into every page, as `<meta http-equiv="content-security-policy">` right after `<meta charset>`, so
 *   it covers every script and style of the page;
 * - into `_headers` (Netlify, Cloudflare Pages) as one rule for every path under the site's base.
 * One policy rather than one per page: a host serves 404.html at any unknown path, which only a catch-all
 * rule reaches, and hosts disagree on how overlapping rules combine (Cloudflare joins the values, so the
 * browser enforces both policies; Netlify keeps one). Every hash is of a script or style the site itself
 * ships, so a page allowing another page's scripts allows nothing an attacker could write.
 *
 * An inline event handler (`onclick=`) or `javascript:` URL cannot be allowed by a hash: the build fails.
 * Nothing here reads package sources: only the emitted pages count, so after an upgrade of Astro or Starlight
 * the next build carries the right hashes, and nobody copies or types the policy. Astro's own `security.csp`
 * stays off (refused at config setup): it would write a second policy `<meta>` into every page.
 * What a `<meta>` cannot carry (`frame-ancestors`, `report-uri`/`report-to`, `sandbox`) the policy does not
 * set, so on a host that sends no headers (GitHub Pages) the `<meta>` alone is the whole policy.
 * Plain TypeScript, as Node runs it with type stripping (scripts/csp-snippet.ts reads the `_headers` side
 * through headers-file.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addRules, underBase, type HeaderRule } from './headers-file.ts';

/** The sources every page gets, besides the hashes. Allow no more than the site needs. */
const FIXED_DIRECTIVES = {
	'default-src': ["'self'"],
	// 'wasm-unsafe-eval': the search (Pagefind) compiles its WebAssembly index reader. It allows
	// WebAssembly only: no eval(), no inline script.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	// Style *attributes* only: Starlight writes `style="--sl-icon-size: 1em"`, `style="--depth: 0"` and the
	// like into its markup. Style elements and sheets stay hashed (style-src).
	'style-src-attr': ["'unsafe-inline'"],
	// Starlight's and Pagefind's stylesheets draw a few icons as `data:` SVG images.
	'img-src': ["'self'", 'data:'],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
} as const;

export interface InlineCode {
	/** Bodies of inline `<script>` elements (no `src`), as written. */
	scripts: string[];
	/** Bodies of `<style>` elements, as written. */
	styles: string[];
	/** What a hash cannot allow: `tag attribute` of every inline event handler and `javascript:` URL. */
	unhashable: string[];
}

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** The inline code of a page: a small tokenizer, enough for markup a build emits (no scripts inside comments). */
export function inlineCode(html: string): InlineCode {
	const found: InlineCode = { scripts: [], styles: [], unhashable: [] };
	TAG.lastIndex = 0;
	for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
		const [, rawName, attributeText = ''] = match;
		if (!rawName) continue; // a comment
		const name = rawName.toLowerCase();
		const attributes = new Map<string, string>();
		for (const [, attribute, ...values] of attributeText.matchAll(ATTRIBUTE))
			attributes.set(attribute!.toLowerCase(), values.find((v) => v !== undefined) ?? '');
		for (const [attribute, value] of attributes)
			if (/^on[a-z]/.test(attribute) || (URL_ATTRIBUTES.has(attribute) && /^\s*javascript:/i.test(value)))
				found.unhashable.push(`<${name} ${attribute}>`);
		if (!RAW_TEXT.has(name)) continue; // (HTML ignores a "/>" on these: their text still follows)
		const end = new RegExp(`</${name}[\\s/>]`, 'ig');
		end.lastIndex = TAG.lastIndex;
		const close = end.exec(html);
		const body = html.slice(TAG.lastIndex, close ? close.index : html.length);
		if (name === 'script' && !attributes.has('src')) found.scripts.push(body);
		if (name === 'style') found.styles.push(body);
		TAG.lastIndex = close ? close.index : html.length;
	}
	return found;
}

/** A CSP hash source: SHA-256 of the text as the browser sees it (the parser turns CR LF into LF). */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** The policy text, directives in a fixed order and hashes sorted, so equal inputs give equal policies. */
export function buildPolicy(code: { scripts: Iterable<string>; styles: Iterable<string> }): string {
	const hashes = (bodies: Iterable<string>) => [...new Set([...bodies].map(hashSource))].sort();
	const directives: Record<string, readonly string[]> = {
		...FIXED_DIRECTIVES,
		'script-src': [...FIXED_DIRECTIVES['script-src'], ...hashes(code.scripts)],
		'style-src': [...FIXED_DIRECTIVES['style-src'], ...hashes(code.styles)],
	};
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

const META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b/i;

/**
 * The page with its policy as a `<meta>` at the top of `<head>`. Only `<meta charset>` stays before it: the
 * encoding must be declared within the first 1,024 bytes, which a policy of this length would push it past;
 * it is neither script nor style, so the policy still covers all of them.
 */
export function withPolicyMeta(html: string, policy: string): string {
	if (META.test(html)) throw new Error('the page already has a Content-Security-Policy <meta>');
	const head = /<head(?:\s[^>]*)?>/i.exec(html);
	if (!head) throw new Error('the page has no <head> tag');
	let at = head.index + head[0].length;
	const charset = /^\s*<meta\s+charset\s*=[^>]*>/i.exec(html.slice(at));
	if (charset) at += charset[0].length;
	const content = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${content}">${html.slice(at)}`;
}

/** The `_headers` rule that sends the policy on every path under the base ("/" or "/guia/"). */
export function policyRule(base: string, policy: string): HeaderRule {
	return { pattern: underBase(base), headers: [['Content-Security-Policy', policy]] };
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => join(dir, file));
}

export default function csp(): AstroIntegration {
	let base = '/';
	return {
		name: 'project:csp',
		hooks: {
			'astro:config:setup': ({ config }) => {
				if (config.security?.csp) throw new Error("Turn Astro's security.csp off: src/integrations/csp.ts writes the policy.");
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = htmlFiles(out).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
				if (pages.length === 0) throw new Error(`No HTML in ${out} to write a policy into`);
				const scripts: string[] = [];
				const styles: string[] = [];
				const unhashable: string[] = [];
				for (const { file, html } of pages) {
					const code = inlineCode(html);
					scripts.push(...code.scripts);
					styles.push(...code.styles);
					unhashable.push(...code.unhashable.map((what) => `${file.slice(out.length)}: ${what}`));
				}
				if (unhashable.length > 0)
					throw new Error(
						`Inline event handlers and javascript: URLs cannot be allowed by the Content Security Policy:\n${unhashable.join('\n')}`,
					);
				const policy = buildPolicy({ scripts, styles });
				for (const { file, html } of pages) writeFileSync(file, withPolicyMeta(html, policy));

				addRules(join(out, '_headers'), [policyRule(base, policy)], [
					'Written by the build (src/integrations/csp.ts) from the pages it emitted: do not edit.',
				]);
				logger.info(
					`Content-Security-Policy of ${pages.length} pages (${new Set(scripts).size} inline scripts, ${new Set(styles).size} style elements) in each <meta> and in _headers`,
				);
			},
		},
	};
}
