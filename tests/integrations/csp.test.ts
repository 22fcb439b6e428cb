/**
 * The CSP integration's helpers and its build hook, over small pages of our own: what is hashed, how the
 * policy reads, where the <meta> goes, and what `_headers` says. tests/site/csp.test.ts checks the real build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import csp, { buildPolicy, hashSource, inlineCode, policyRule, withPolicyMeta } from '../../src/integrations/csp.ts';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineCode', () => {
	test('takes inline script and style bodies exactly as written, and leaves external scripts out', () => {
		const html = [
			'<head><script>\n\tgo();\n</script><script type="module">import "x";</script>',
			'<script src="/a.js"></script><script type="module" src="/b.js"></script>',
			'<style>a{color:red}</style><link rel="stylesheet" href="/c.css"></head>',
			'<body><svg><style>.s{fill:red}</style></svg><template><script>later()</script></template>',
			'<script></script></body>',
		].join('');
		const code = inlineCode(html);
		expect(code.scripts).toEqual(['\n\tgo();\n', 'import "x";', 'later()', '']);
		expect(code.styles).toEqual(['a{color:red}', '.s{fill:red}']);
		expect(code.unhashable).toEqual([]);
	});

	test('a script body is text up to its end tag, markup and all', () => {
		const code = inlineCode('<script>const s = "<b onclick=x()>" + "<style>";</script><SCRIPT>b()</SCRIPT >');
		expect(code.scripts).toEqual(['const s = "<b onclick=x()>" + "<style>";', 'b()']);
		expect(code.styles).toEqual([]);
		expect(code.unhashable).toEqual([]);
	});

	test('finds inline event handlers and javascript: URLs, and nothing in text, comments or values', () => {
		const code = inlineCode(
			[
				'<button type="button" onclick="go()">x</button><img src=x ONERROR=y>',
				'<a href=" javascript:void(0)">a</a><form action="javascript:x"></form>',
				'<p title="a > b onclick=c">text onclick=x</p><!-- <i onload=x> --><title><b onclick=x></title>',
				'<a href="/javascript:/">fine</a>',
			].join(''),
		);
		expect(code.unhashable).toEqual(['<button onclick>', '<img onerror>', '<a href>', '<form action>']);
	});
});

describe('buildPolicy', () => {
	test('hashes like the browser (SHA-256 of the UTF-8 text, CR LF as LF), each once, sorted', () => {
		expect(hashSource('ação();')).toBe(sha256('ação();'));
		expect(hashSource('a();\r\nb();\r')).toBe(sha256('a();\nb();\n'));
		const policy = buildPolicy({ scripts: ['b()', 'a()', 'b()'], styles: ['p{}'] });
		const [a, b] = [sha256('a()'), sha256('b()')].sort();
		expect(policy).toBe(
			[
				"default-src 'self'",
				`script-src 'self' 'wasm-unsafe-eval' ${a} ${b}`,
				`style-src 'self' ${sha256('p{}')}`,
				"style-src-attr 'unsafe-inline'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			].join('; '),
		);
	});
});

describe('withPolicyMeta', () => {
	test('goes first in <head>, after <meta charset> only', () => {
		expect(withPolicyMeta('<html><head><meta charset="utf-8"/><title>t</title></head>', "default-src 'self'")).toBe(
			'<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>t</title></head>',
		);
		expect(withPolicyMeta('<head class="x"><script>a()</script></head>', 'p')).toBe(
			'<head class="x"><meta http-equiv="content-security-policy" content="p"><script>a()</script></head>',
		);
	});

	test('refuses a page without <head> and a page that has a policy already', () => {
		expect(() => withPolicyMeta('<p>no head</p>', 'p')).toThrow(/no <head>/);
		expect(() => withPolicyMeta('<head><meta http-equiv="Content-Security-Policy" content="x"></head>', 'p')).toThrow(/already/);
	});
});

test('policyRule covers every path under the base, as served', () => {
	expect(policyRule('/', 'p').pattern).toBe('/*');
	expect(policyRule('/guia', 'p').pattern).toBe('/guia/*');
	expect(policyRule('/guia/', 'p')).toEqual({ pattern: '/guia/*', headers: [['Content-Security-Policy', 'p']] });
});

describe('the build hook', () => {
	const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
	const build = (base: string, files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'csp-build-'));
		for (const [name, html] of Object.entries(files)) {
			mkdirSync(join(dir, name, '..'), { recursive: true });
			writeFileSync(join(dir, name), html);
		}
		const integration = csp();
		const hooks = integration.hooks as Record<string, (options: unknown) => void>;
		hooks['astro:config:done']!({ config: { base } });
		hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });
		return (name: string) => readFileSync(join(dir, name), 'utf8');
	};

	test('writes one policy with the code of every page, 404 and nested pages included, and _headers under the base', () => {
		const read = build('/guia/', {
			'index.html': '<html><head><meta charset="utf-8"><script>home()</script></head></html>',
			'a/b/index.html': '<html><head><style>b{}</style></head></html>',
			'404.html': '<html><head><script>missing()</script></head></html>',
			'_headers': '/_astro/*\n  Cache-Control: immutable\n',
		});
		const policy = buildPolicy({ scripts: ['missing()', 'home()'], styles: ['b{}'] });
		for (const page of ['index.html', 'a/b/index.html', '404.html'])
			expect(read(page)).toContain(`<meta http-equiv="content-security-policy" content="${policy}">`);
		const rules = parseHeaders(read('_headers'));
		expect(rules.map((r) => r.pattern)).toEqual(['/_astro/*', '/guia/*']);
		expect(headersFor(rules, '/guia/nao-existe/')['content-security-policy']).toBe(policy);
		expect(headersFor(rules, '/outro/')['content-security-policy']).toBeUndefined();
	});

	test('fails on an inline event handler, naming the page', () => {
		expect(() => build('/', { 'x/index.html': '<head></head><button onclick="go()">x</button>' })).toThrow(
			/x\/index\.html: <button onclick>/,
		);
	});

	test('refuses to add a second policy to a _headers that sets one', () => {
		expect(() =>
			build('/', { 'index.html': '<head></head>', '_headers': "/*\n  Content-Security-Policy: default-src 'none'\n" }),
		).toThrow(/_headers sets Content-Security-Policy already/);
	});
});
