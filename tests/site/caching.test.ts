/**
 * Caching over the built site: dist/_headers lets browsers keep every content-named file the build emitted
 * (under _astro/) for a year, and no page, nor any of Pagefind's files (whose names stay when they change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPagePaths, DIST } from '../../scripts/bench/built-pages.ts';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const cacheControl = (path: string) => headersFor(rules, path)['cache-control'];
const filesUnder = (folder: string) => readdirSync(join(DIST, folder), { recursive: true, encoding: 'utf8' }).map((f) => `/${folder}/${f}`);

test('every file under /_astro/ is kept a year, and named by its content', () => {
	const assets = filesUnder('_astro');
	expect(assets.length).toBeGreaterThan(0);
	expect(assets.filter((path) => cacheControl(path) !== 'public, max-age=31536000, immutable')).toEqual([]);
	// A name the content decides (Astro's and Expressive Code's hash): a changed file gets a new one, so a kept copy is never stale.
	expect(assets.filter((path) => !/\.[\w-]{5,}\.[a-z0-9]+$/.test(path))).toEqual([]);
});

test('no page, nor any Pagefind file, is kept without asking', () => {
	const paths = [...builtPagePaths(), ...filesUnder('pagefind')];
	expect(paths.filter((path) => cacheControl(path) !== undefined)).toEqual([]);
});
