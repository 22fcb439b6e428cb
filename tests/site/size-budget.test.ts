/**
 * Size budget: a procedure page, every island awake whatever its client directive, may carry at most
 * PAGE_BUDGET_GZIP more JavaScript (gzipped) than the island-free page. The measurement is defined in
 * scripts/bench/page-js.ts; `npm run bench` weighs the same pages in Chromium against a stock Starlight site.
 */
import { describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml, readBuilt } from '../../scripts/bench/built-pages.ts';
import { BASELINE_PAGE, PAGE_BUDGET_GZIP, pageJs, staticImports } from '../../scripts/bench/page-js.ts';
import { SIMULATOR_CHUNK_NAME } from '../../src/integrations/simulator-chunk.ts';

const procedurePages = builtPagePaths().filter((path) => pageHtml(path).includes('class="procedure-step"'));
const baseline = pageJs(pageHtml(BASELINE_PAGE), BASELINE_PAGE, readBuilt);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the baseline has no island, and the procedure pages are found', () => {
	expect(baseline.islands).toBe(0);
	expect(procedurePages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
});

test.each(builtPagePaths())('%s: every script it names is in the build, and every island names its component', (path) => {
	// pageJs throws on a script missing from the build and on an island that names no JavaScript file.
	const page = pageJs(pageHtml(path), path, readBuilt);
	expect(page.files.filter((f) => !f.url.startsWith('inline')).length).toBeGreaterThan(0);
});

test('an island-free page loads none of the simulator\'s code', () => {
	// A script every page runs that shared a chunk with the islands would make every page load the simulator,
	// and hide it from the budget below, which weighs the procedure pages against this page.
	const core = new RegExp(`/_astro/${SIMULATOR_CHUNK_NAME}\\.[\\w-]+\\.js$`);
	expect(pageJs(pageHtml('/opcao-1/'), '/opcao-1/', readBuilt).files.some((f) => core.test(f.url))).toBe(true);
	expect(baseline.files.filter((f) => core.test(f.url))).toEqual([]);
});

describe.each(procedurePages)('%s', (path) => {
	const page = pageJs(pageHtml(path), path, readBuilt);

	test('has islands, so the budget measures something', () => {
		expect(page.islands).toBeGreaterThan(0);
		expect(page.gzip).toBeGreaterThan(baseline.gzip);
	});

	test(`carries at most ${kb(PAGE_BUDGET_GZIP)} more JavaScript (gzip, every island awake) than ${BASELINE_PAGE}`, () => {
		const extra = page.gzip - baseline.gzip;
		const largest = page.files
			.filter((f) => !baseline.files.some((b) => b.url === f.url))
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 6)
			.map((f) => `${f.url} ${kb(f.gzip)}`)
			.join(', ');
		expect(extra, `${path}: ${kb(page.gzip)} against ${kb(baseline.gzip)}; largest additions: ${largest}`).toBeLessThanOrEqual(PAGE_BUDGET_GZIP);
	});
});

describe('the measurement', () => {
	const files: Record<string, string> = {
		'/_astro/a.js': 'import{x as y}from"./b.js";import"./c.js";export{z}from"/_astro/d.js";const l=()=>import("./lazy.js");',
		'/_astro/b.js': 'export const x=1;',
		'/_astro/c.js': 'import{x}from"./b.js";',
		'/_astro/d.js': 'export const z=2;',
		'/_astro/island.js': 'export default 1;',
		'/_astro/renderer.js': 'import"./b.js";',
		'/_astro/lazy.js': 'export const never=1;',
	};
	const read = (path: string) => (files[path] === undefined ? undefined : new TextEncoder().encode(files[path]));
	const island = (client: string) =>
		`<astro-island component-url="/_astro/island.js" renderer-url="/_astro/renderer.js" client="${client}"></astro-island>`;
	const urls = (html: string) => pageJs(html, '/x/', read).files.map((f) => f.url);
	const islandFiles = ['/_astro/island.js', '/_astro/renderer.js', '/_astro/b.js'];

	test.each([
		// Static imports and re-exports are followed, relative or absolute; dynamic import() is not.
		['import graph', '<script type="module" src="/_astro/a.js"></script>', ['/_astro/a.js', '/_astro/b.js', '/_astro/c.js', '/_astro/d.js']],
		// An island counts its component, its renderer and their imports, whatever its directive.
		['client:idle island', island('idle'), islandFiles],
		['client:visible island', island('visible'), islandFiles],
		['client:replay island', island('replay'), islandFiles],
		// The files are found by what the attribute names, not by the attribute's name.
		['an island markup Astro might adopt', '<astro-island data-component="/_astro/island.js"></astro-island>', ['/_astro/island.js']],
		// Inline code counts, and so do its static imports; a JSON data block and an empty script do not.
		['inline', '<script>let a=1</script><script type="application/ld+json">{}</script><script></script>', ['inline #1']],
		['inline module', '<script type="module">import "/_astro/d.js";</script>', ['inline #1', '/_astro/d.js']],
		// A modulepreload is loaded with the page too.
		['modulepreload', '<link rel="modulepreload" href="/_astro/d.js">', ['/_astro/d.js']],
		// A script body is code, not markup: a string in it that looks like an attribute is not a file.
		['code is not markup', '<script>const s = \'<a href="/_astro/lazy.js">\';</script>', ['inline #1']],
	])('%s', (_, html, expected) => {
		expect(urls(html)).toEqual(expected);
	});

	test('a script missing from the build fails the measurement instead of counting zero', () => {
		expect(() => pageJs('<script type="module" src="/_astro/gone.js"></script>', '/x/', read)).toThrow(/gone\.js/);
		expect(() => pageJs('<astro-island component-url="/_astro/gone.js" client="replay"></astro-island>', '/x/', read)).toThrow(/gone\.js/);
	});

	test('an island that names no script fails the measurement instead of counting zero', () => {
		expect(() => pageJs('<astro-island client="replay" opts="{}"></astro-island>', '/x/', read)).toThrow(/island #1 names no JavaScript/);
	});

	test('static imports resolve against the importing file', () => {
		expect(staticImports('import{a}from"../b.js";import"./c.js"', '/_astro/sub/x.js')).toEqual(['/_astro/b.js', '/_astro/sub/c.js']);
	});
});
