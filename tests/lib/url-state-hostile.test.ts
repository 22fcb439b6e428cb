/**
 * Hostile input gate: 1,000 generated query strings through the URL codec, mixing real keys with
 * unicode, huge values, repeated keys, prototype names and script payloads. Decoding must never throw,
 * must leave Object.prototype alone, and must always give a complete state and short, printable pt-BR
 * issues. tests/e2e/hostile-urls.e2e.ts opens such links in Chromium.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allSettingRefs, getSetting } from '../../src/lib/model/config.ts';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { MAX_ISSUES, decodeSearch, decodeState, encodeState, urlKeys } from '../../src/lib/links/url-state.ts';

const RUNS = 1_000;
const refs = allSettingRefs();

const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror=window.__pwned=1>',
	'javascript:window.__pwned=1',
	'<svg/onload=window.__pwned=1>',
	'{{constructor.constructor("window.__pwned=1")()}}',
	'${window.__pwned=1}',
];
const PROTO = ['__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'constructor.prototype.polluted', 'toString', 'hasOwnProperty'];

/** Percent-encodes some of a string, sometimes badly (a lone "%", a cut escape). */
const encoded = (arb: fc.Arbitrary<string>) =>
	fc.tuple(arb, fc.constantFrom('raw', 'encoded', 'broken')).map(([text, how]) =>
		how === 'raw' ? text : how === 'encoded' ? encodeURIComponent(text) : `${encodeURIComponent(text)}%E0%A4%`,
	);

const key = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...urlKeys()) },
	{ weight: 2, arbitrary: fc.constantFrom(...PROTO, 'tarefa.__proto__', 'cliente.constructor', 'tarefa.', 'cliente.') },
	{ weight: 1, arbitrary: encoded(fc.constantFrom(...PAYLOADS)) },
	{ weight: 2, arbitrary: encoded(fc.string({ unit: 'grapheme', maxLength: 30 })) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const value = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom('0', '1', '', '2', '-0', '01', '1e0', 'true', ' 1', '0x1', '%30', '1%00') },
	{ weight: 1, arbitrary: encoded(fc.constantFrom(...PAYLOADS, ...PROTO)) },
	{ weight: 2, arbitrary: encoded(fc.string({ unit: 'grapheme', maxLength: 60 })) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
	// Huge values: past the codec's length limit on their own.
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', 'x', '😀', '%F0%9F', '&'), fc.integer({ min: 500, max: 6000 })).map(([c, n]) => c.repeat(n)) },
);
/** One "key=value", a bare key, or a repeated pair. */
const segment = fc.oneof(
	{ weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) },
	{ weight: 1, arbitrary: key },
	{ weight: 1, arbitrary: fc.tuple(key, value, fc.integer({ min: 2, max: 60 })).map(([k, v, n]) => Array(n).fill(`${k}=${v}`).join('&')) },
);
const query = fc
	.tuple(
		fc.boolean(), // with "v=1" first, as our links are
		fc.array(segment, { maxLength: 30 }),
		fc.constantFrom('&', '&&', '&amp;', ';'),
	)
	.map(([versioned, segments, joiner]) => [...(versioned ? ['v=1'] : []), ...segments].join(joiner));
/** How a page may receive it: bare, as location.search, or in a full link with a fragment. */
const input = fc.tuple(query, fc.constantFrom('', '?', 'https://guia.example/opcao-1/?'), fc.constantFrom('', '#onvio-7', '#<img src=x>')).map(
	([q, before, after]) => ({ query: q, search: `${before}${q}${after}` }),
);

// Portuguese words every issue message is built around.
const PT_BR = /\b(parâmetro|endereço|link|problemas?|ignorad[oa]s?|lid[oa]s?|foi|foram)\b/u;
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

test(`${RUNS.toLocaleString('en')} hostile query strings: no exception, a complete state, short printable pt-BR issues`, () => {
	const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
	let withIssues = 0;
	fc.assert(
		fc.property(input, ({ query: q, search }) => {
			for (const { config, issues } of [decodeState(q), decodeSearch(search)]) {
				// A complete state: every checkbox of the catalogue, as a boolean, and nothing else.
				expect(Object.keys(config.processos.tasks)).toEqual(SAMPLE.tasks.map((t) => t.id));
				expect(Object.keys(config.processos.clients)).toEqual(SAMPLE.clients.map((c) => c.id));
				for (const ref of refs) expect(typeof getSetting(config, ref)).toBe('boolean');
				// What was kept is itself a clean link.
				expect(decodeState(encodeState(config)).issues).toEqual([]);

				expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
				for (const issue of issues) {
					expect(issue.message).toMatch(PT_BR);
					expect(issue.message).toMatch(/[.;]$/);
					expect(issue.message).not.toMatch(UNPRINTABLE);
					expect(issue.message.length).toBeLessThan(400);
				}
				if (issues.length > 0) withIssues++;
			}
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		}),
		{ numRuns: RUNS },
	);
	expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
	// The generator is hostile enough to matter: most inputs do raise an issue.
	expect(withIssues).toBeGreaterThan(RUNS);
}, 120_000);
