/**
 * Links read out of context (a screen reader's list of links, a tab through the page) say where they lead:
 * on every built page, links with the same name lead to the same place, and a link to a step names the
 * option and the step, a link to a rule names the rule.
 */
import { describe, expect, test } from 'vitest';
import { builtPagePaths } from '../../scripts/bench/built-pages.ts';
import { OPTIONS } from '../../src/lib/catalogue/options.ts';
import { STEPS } from '../../src/lib/catalogue/steps.ts';
import { builtPage } from '../support/built-site.ts';

/** A link's accessible name as a screen reader gives it: aria-label, or its text without what is hidden from it. */
function accessibleName(link: Element): string {
	const label = link.getAttribute('aria-label');
	if (label) return label.trim();
	const clone = link.cloneNode(true) as Element;
	clone.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
	return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The links of a page's content (Starlight's sidebar and pagination name pages by their titles). */
function contentLinks(path: string): { name: string; href: string }[] {
	return [...builtPage(path).querySelectorAll('main a[href]')].map((a) => ({ name: accessibleName(a), href: a.getAttribute('href')! }));
}

describe.each(builtPagePaths())('links of %s', (path) => {
	test('with the same name lead to the same place', () => {
		const places = new Map<string, Set<string>>();
		for (const { name, href } of contentLinks(path)) places.set(name, (places.get(name) ?? new Set()).add(href));
		const ambiguous = [...places].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `"${name}" → ${[...hrefs].join(', ')}`);
		expect(ambiguous).toEqual([]);
	});
});

test('a link to a step, off its own page, names the option and the step number', () => {
	const links = contentLinks('/informacoes-complementares/').filter(({ href }) => STEPS.some((s) => href.endsWith(`/${s.page}/#${s.anchor}`)));
	expect(links.length).toBeGreaterThan(0);
	for (const { name, href } of links) {
		const step = STEPS.find((s) => href.endsWith(`/${s.page}/#${s.anchor}`))!;
		const option = Object.values(OPTIONS).find((o) => o.page === step.page)!;
		expect(name, href).toMatch(new RegExp(`^${option.name}: .*\\bpasso ${step.number} de “`));
	}
});

test('a link to a rule names the rule', () => {
	const links = contentLinks('/como-o-simulador-decide/').filter(({ href }) => /^#regra-\d+$/.test(href));
	expect(links.length).toBeGreaterThan(0);
	for (const { name, href } of links) expect(name, href).toBe(`Regra ${href.slice('#regra-'.length)}`);
});
