import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';
import { immutableAssets } from '../../src/integrations/immutable-assets.ts';

/** Runs the integration's hooks for a base and an assets folder over a folder holding `_headers` (or none). */
function build(base: string, assets: string, headers?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'immutable-assets-'));
	if (headers !== undefined) writeFileSync(join(dir, '_headers'), headers);
	const hooks = immutableAssets().hooks as Record<string, (options: unknown) => void>;
	hooks['astro:config:done']!({ config: { base, build: { assets } } });
	hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`) });
	return readFileSync(join(dir, '_headers'), 'utf8');
}

describe.each([
	['/', '_astro', '/_astro/simulator.sK_B16Vm.js', ['/', '/opcao-1/', '/pagefind/pagefind.js', '/_astro']],
	['/guia/', '_astro', '/guia/_astro/common.IK2HPddH.css', ['/_astro/common.IK2HPddH.css', '/guia/', '/guia/pagefind/pagefind.js']],
	['/guia', 'ativos', '/guia/ativos/page.cNngjUgL.js', ['/guia/_astro/page.cNngjUgL.js']],
])('base %s, assets in %s', (base, assets, hashed, others) => {
	const rules = parseHeaders(build(base, assets));

	test(`lets browsers keep ${hashed} for a year, without asking again`, () => {
		expect(headersFor(rules, hashed)['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test.each(others)('leaves %s to the host', (path) => {
		expect(headersFor(rules, path)['cache-control']).toBeUndefined();
	});
});

test('keeps the rules _headers has, and refuses to set caching it sets already', () => {
	const kept = parseHeaders(build('/', '_astro', '/*\n  X-Frame-Options: DENY\n'));
	expect(kept.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
	expect(() => build('/', '_astro', '/_astro/*\n  Cache-Control: no-store\n')).toThrow(/_headers sets Cache-Control already/);
});
