/** The `_headers` format: writing, reading, matching paths as a host does, and the nginx and Caddy translations. */
import { describe, expect, test } from 'vitest';
import {
	caddySnippet,
	formatHeaders,
	headersFor,
	matches,
	nginxSnippet,
	parseHeaders,
	type HeaderRule,
} from '../../src/integrations/headers-file.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-AbC+/=='";
const RULES: HeaderRule[] = [
	{ pattern: '/guia/*', headers: [['Content-Security-Policy', POLICY]] },
	{ pattern: '/guia/opcao-1/', headers: [['X-Frame-Options', 'DENY']] },
];

test('formatHeaders writes what parseHeaders reads back', () => {
	const text = formatHeaders(RULES, ['a comment']);
	expect(text).toBe(
		`# a comment\n\n/guia/*\n  Content-Security-Policy: ${POLICY}\n\n/guia/opcao-1/\n  X-Frame-Options: DENY\n`,
	);
	expect(parseHeaders(text)).toEqual(RULES);
});

test('parseHeaders takes any indentation and refuses a header outside a rule', () => {
	expect(parseHeaders('/x\n\tA:  b c \n    C:d\n')).toEqual([{ pattern: '/x', headers: [['A', 'b c'], ['C', 'd']] }]);
	expect(() => parseHeaders('  A: b\n')).toThrow(/under a pattern/);
	expect(() => parseHeaders('x/\n  A: b\n')).toThrow(/must start with "\/"/);
});

describe('matches', () => {
	test.each([
		['/*', '/', true],
		['/*', '/opcao-1/', true],
		['/guia/*', '/guia/', true],
		['/guia/*', '/guia/a/b.js', true],
		['/guia/*', '/guia', false],
		['/guia/*', '/outro/guia/', false],
		['/guia/opcao-1/', '/guia/opcao-1/', true],
		['/guia/opcao-1/', '/guia/opcao-10/', false],
		['/:page/', '/opcao-1/', true],
		['/:page/', '/a/b/', false],
		['/a.b/', '/axb/', false],
	])('%s on %s: %s', (pattern, path, expected) => {
		expect(matches(pattern, path)).toBe(expected);
	});
});

test('headersFor applies every matching rule and joins the values of a repeated header', () => {
	expect(headersFor(RULES, '/guia/opcao-1/')).toEqual({ 'content-security-policy': POLICY, 'x-frame-options': 'DENY' });
	expect(headersFor(RULES, '/guia/opcao-2/')).toEqual({ 'content-security-policy': POLICY });
	expect(headersFor(RULES, '/')).toEqual({});
	const twice: HeaderRule[] = [
		{ pattern: '/*', headers: [['A', '1']] },
		{ pattern: '/x/', headers: [['a', '2']] },
	];
	expect(headersFor(twice, '/x/')).toEqual({ a: '1, 2' });
});

test('nginxSnippet maps the path to each header and sends it, directory paths with their index.html', () => {
	expect(nginxSnippet(RULES)).toBe(
		[
			'# Generated from dist/_headers by `npm run csp:snippet -- nginx`: regenerate it after every build, never edit it.',
			'# Include it in the http block. nginx drops inherited add_header lines in any server or location block',
			'# that has add_header lines of its own: repeat the add_header lines below in such a block.',
			'',
			'map $uri $guia_content_security_policy {',
			'\tdefault "";',
			`\t"~^/guia/.*$" "${POLICY}";`,
			'}',
			'add_header Content-Security-Policy $guia_content_security_policy always;',
			'',
			'map $uri $guia_x_frame_options {',
			'\tdefault "";',
			// nginx reads "\\" in a quoted string as one backslash.
			'\t"~^/guia/opcao-1/(index\\\\.html)?$" "DENY";',
			'}',
			'add_header X-Frame-Options $guia_x_frame_options always;',
			'',
		].join('\n'),
	);
	expect(() => nginxSnippet([{ pattern: '/*', headers: [['A', 'x$y']] }])).toThrow(/variable/);
});

test('caddySnippet gives each rule a path matcher and each header a header line', () => {
	expect(caddySnippet([...RULES, { pattern: '/q', headers: [['A', 'say "hi"']] }])).toBe(
		[
			'# Generated from dist/_headers by `npm run csp:snippet -- caddy`: regenerate it after every build, never edit it.',
			'# Include it in the site block that serves dist/.',
			'',
			'@guia_headers_1 path_regexp "^/guia/.*$"',
			`header @guia_headers_1 Content-Security-Policy "${POLICY}"`,
			'',
			'@guia_headers_2 path_regexp "^/guia/opcao-1/(index\\.html)?$"',
			'header @guia_headers_2 X-Frame-Options "DENY"',
			'',
			'@guia_headers_3 path_regexp "^/q$"',
			'header @guia_headers_3 A "say \\"hi\\""',
			'',
		].join('\n'),
	);
});
