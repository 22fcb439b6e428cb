/**
 * CSP over the built pages: each carries Astro's Content Security Policy, scripts are allowed by hash
 * only (no 'unsafe-inline', no 'unsafe-eval'), and every inline script of the page is among the hashes,
 * so the policy breaks nothing. tests/e2e/csp.e2e.ts checks the same in Chromium.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml } from '../../scripts/bench/built-pages.ts';
import { inlineScriptHashes } from '../../csp.config.mjs';

/** The policy of a page, directive name → sources. */
function policyOf(html: string): Map<string, string[]> {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!meta) throw new Error('no Content-Security-Policy meta element');
	const text = meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources]),
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(builtPagePaths())('%s', (path) => {
	const html = pageHtml(path);
	const policy = policyOf(html);
	const scriptSrc = policy.get('script-src') ?? [];

	test('has a policy that allows scripts from the site and by hash only', () => {
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc.some((s) => s.startsWith("'sha256-"))).toBe(true);
		for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'])
			expect(scriptSrc).not.toContain(unsafe);
		// The -elem/-attr variants must not reopen what script-src closes.
		for (const name of ['script-src-elem', 'script-src-attr']) expect(policy.get(name) ?? []).not.toContain("'unsafe-inline'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
	});

	test('allows every inline script of the page by its hash', () => {
		const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
			.filter(([, attributes]) => !/\bsrc=/i.test(attributes!))
			.map(([, , body]) => body!);
		expect(inline.length).toBeGreaterThan(0);
		expect(inline.filter((body) => !scriptSrc.includes(sha256(body))).map((b) => b.slice(0, 80))).toEqual([]);
	});

	test('has no inline event handler attribute, which a hash cannot allow', () => {
		expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
	});
});

describe('the hashes of is:inline scripts', () => {
	test.each([
		// A plain is:inline body is hashed exactly as written.
		['<script is:inline>\n\tgo();\n</script>', [sha256('\n\tgo();\n').slice(1, -1)]],
		// A bundled script is Astro's to hash; define:vars changes the body at render time.
		['<script>bundled()</script><script is:inline define:vars={{ a }}>x()</script>', []],
		// An external script needs no hash.
		['<script is:inline src="/x.js"></script>', []],
	])('%s', (source, hashes) => {
		const file = join(mkdtempSync(join(tmpdir(), 'csp-')), 'C.astro');
		writeFileSync(file, source);
		expect(inlineScriptHashes([file])).toEqual(hashes);
	});
});
