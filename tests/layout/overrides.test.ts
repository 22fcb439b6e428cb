/**
 * The Search override (src/components/starlight/Search.astro) renders Starlight's own component and changes
 * one thing about it: Pagefind's UI loads when the search opens, because the build resolves the UI's import in
 * Starlight's script to a stand-in (src/integrations/search-on-open.ts). These are the parts of Starlight's
 * component that this relies on; a Starlight upgrade that changes one of them fails here, before it lands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STARLIGHT_SEARCH_SCRIPT } from '../../src/integrations/search-on-open.ts';

// The installed package, as the build resolves it (its exports do not include package.json).
const STARLIGHT = join(process.cwd(), 'node_modules/@astrojs/starlight');
const SEARCH = join(STARLIGHT, 'dist/components/Search.astro');
const source = readFileSync(SEARCH, 'utf8');

describe.each([
	['imports Pagefind’s UI in its script, the one import the build resolves to the stand-in', /await import\('@pagefind\/default-ui'\)/],
	['constructs the UI once, with its options and the element to render into', /new PagefindUI\(\{\s*\.\.\.pagefindUserConfig,\s*element: '#starlight__search',/],
	['renders that element in the dialog', /<div id="starlight__search" \/>/],
	['focuses the first input of the search when it opens it (the early input, until the UI is ready)', /this\.querySelector\('input'\)\?\.focus\(\)/],
	['opens on a click of its button', /openBtn\.addEventListener\('click', openModal\)/],
	['reads Ctrl+K as a lower-case "k" (the override adds the upper case, with Caps Lock on)', /e\.key === 'k'/],
	['links Pagefind UI’s style sheet with the page', /@import url\('@pagefind\/default-ui\/css\/ui\.css'\)/],
])('Starlight’s Search component %s', (_, pattern) => {
	test('still', () => {
		expect(source, `compare ${SEARCH} with src/components/search/search-on-open.ts`).toMatch(pattern);
	});
});

test('the build recognises the script of Starlight’s Search component, and no other', () => {
	expect(STARLIGHT_SEARCH_SCRIPT.test(`${SEARCH}?astro&type=script&index=1&lang.ts`)).toBe(true);
	expect(STARLIGHT_SEARCH_SCRIPT.test(`${SEARCH}?astro&type=style&index=0&lang.css`)).toBe(false);
	expect(STARLIGHT_SEARCH_SCRIPT.test(join(process.cwd(), 'src/components/starlight/Search.astro?astro&type=script&index=0&lang.ts'))).toBe(false);
});

test('every string the override shows is in Starlight’s dictionary or the site’s', () => {
	const override = readFileSync('src/components/starlight/Search.astro', 'utf8');
	const site = JSON.parse(readFileSync('src/content/i18n/pt-BR.json', 'utf8')) as Record<string, string>;
	const starlight = readFileSync(join(STARLIGHT, 'dist/translations/en.js'), 'utf8');
	const keys = [...override.matchAll(/t\('([\w.]+)'\)/g)].map((m) => m[1]!);
	expect(keys).toEqual(expect.arrayContaining(['search.label', 'search.loadError']));
	for (const key of keys) expect(key in site || starlight.includes(`"${key}"`), key).toBe(true);
});
