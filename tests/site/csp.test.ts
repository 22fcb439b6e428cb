/**
 * CSP over the built pages: each carries the policy the build wrote (src/integrations/csp.ts) as the first
 * element of its <head> but <meta charset>, scripts are allowed by hash only (no 'unsafe-inline', no
 * 'unsafe-eval'), every inline script and style element of the page is among the hashes, and dist/_headers
 * sends each page the same policy as its <meta>. The hashes are computed here again, independently of the
 * integration. tests/e2e/a11y.e2e.ts checks in Chromium that nothing breaks the policy.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, DIST, pageHtml, sitemapPaths } from '../../scripts/bench/built-pages.ts';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';

const decode = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The policy text of a page's <meta>. */
function metaPolicy(html: string): string {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
	if (!meta) throw new Error('no Content-Security-Policy meta element');
	return decode(meta[1]!);
}

/** A policy, directive name → sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources]),
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const bodies = (html: string, tag: 'script' | 'style') =>
	[...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
		.filter(([, attributes]) => !/\bsrc=/i.test(attributes!))
		.map(([, , body]) => body!);

const headersPath = join(DIST, '_headers');
const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

test('the build writes dist/_headers with a Content-Security-Policy rule', () => {
	expect(existsSync(headersPath)).toBe(true);
	expect(rules.some((r) => r.headers.some(([name]) => name.toLowerCase() === 'content-security-policy'))).toBe(true);
});

test('a path the site does not have (served its 404 page) gets the policy of 404.html', () => {
	// Under the site's base, which is the home page's path.
	const home = sitemapPaths().reduce((a, b) => (a.length <= b.length ? a : b));
	expect(headersFor(rules, `${home}nao-existe/`)['content-security-policy']).toBe(metaPolicy(pageHtml('/404.html')));
});

describe.each(builtPagePaths())('%s', (path) => {
	const html = pageHtml(path);
	const policy = metaPolicy(html);
	const policyOf = directives(policy);
	const scriptSrc = policyOf.get('script-src') ?? [];

	test('has its policy as the first element of <head>, after <meta charset> only', () => {
		const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)![1]!;
		const before = head.slice(0, head.search(/<meta\s+http-equiv="content-security-policy"/i));
		expect(before).toMatch(/^\s*(<meta charset="utf-8"\s*\/?>)?\s*$/i);
		// The encoding is declared within the first 1,024 bytes, as browsers require.
		expect(Buffer.byteLength(html.slice(0, html.search(/<meta charset=/i)))).toBeLessThan(1024);
		expect(html.match(/http-equiv="content-security-policy"/gi)).toHaveLength(1);
	});

	test('allows scripts from the site and by hash only', () => {
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc.some((s) => s.startsWith("'sha256-"))).toBe(true);
		for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'])
			expect(scriptSrc).not.toContain(unsafe);
		// The -elem/-attr variants must not reopen what script-src closes.
		for (const name of ['script-src-elem', 'script-src-attr']) expect(policyOf.get(name) ?? []).not.toContain("'unsafe-inline'");
		expect(policyOf.get('default-src')).toEqual(["'self'"]);
		expect(policyOf.get('object-src')).toEqual(["'none'"]);
		expect(policyOf.get('base-uri')).toEqual(["'self'"]);
	});

	test('allows every inline script and style element of the page by its hash', () => {
		const scripts = bodies(html, 'script');
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((body) => !scriptSrc.includes(sha256(body))).map((b) => b.slice(0, 80))).toEqual([]);
		const styleSrc = policyOf.get('style-src') ?? [];
		expect(styleSrc).not.toContain("'unsafe-inline'");
		const styles = bodies(html, 'style');
		expect(styles.filter((body) => !styleSrc.includes(sha256(body))).map((b) => b.slice(0, 80))).toEqual([]);
	});

	test('has no inline event handler attribute, which a hash cannot allow', () => {
		const outsideScripts = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
		expect(outsideScripts.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
	});

	test('is sent the same policy by dist/_headers, in a line Cloudflare Pages accepts', () => {
		expect(headersFor(rules, path)['content-security-policy']).toBe(policy);
		// Cloudflare Pages reads at most 2,000 characters of a header line.
		expect(`  Content-Security-Policy: ${policy}`.length).toBeLessThanOrEqual(2000);
	});
});
