/**
 * The writing rules of the glossary in CONTRIBUTING.md, held over every built page: what a careful editor would strike out
 * anywhere on the site. The pages are read as built, islands in the state the server renders them.
 */
import { describe, expect, test } from 'vitest';
import { builtPagePaths } from '../../scripts/bench/built-pages.ts';
import { builtPage, visibleText } from '../support/built-site.ts';

describe.each(builtPagePaths())('%s', (path) => {
	const document = builtPage(path);
	const main = document.querySelector('main')!;
	const text = visibleText(main);

	test('says "enviado manualmente", never "à mão", and quotes no sentence between « »', () => {
		expect(text).not.toMatch(/à mão/i);
		expect(text).not.toMatch(/[«»]/);
	});

	test('calls a checkbox marcada or desmarcada, never ligada or ativa', () => {
		expect(text).not.toMatch(/\b(ligad[oa]s?|todas ativas)\b/i);
	});

	test('names every product in full: ONVIO alone is only the channel, "no ONVIO"', () => {
		const alone = [...text.matchAll(/(.{0,3})\bONVIO\b(?! (Gestão|Portal do Cliente))/g)].filter(([, before]) => !/no $/.test(before!));
		expect(alone.map((m) => m[0])).toEqual([]);
	});

	test('heads no section with two colons', () => {
		const headings = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => visibleText(h));
		expect(headings.filter((h) => (h.match(/:/g) ?? []).length > 1)).toEqual([]);
	});
});
