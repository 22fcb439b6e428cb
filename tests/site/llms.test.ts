/**
 * /llms.txt and /llms-full.txt as built (src/pages/llms*.txt.ts): the text of src/lib/llms/llms-text.ts on the root
 * the sitemap announces, every step's permanent link, and every link landing on a page and an element of the
 * built site, so a link an LLM hands a support agent opens where it says.
 */
import { seedLines } from '../support/seed.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, distFile, siteOrigin, sitemapPaths } from '../../scripts/bench/built-pages.ts';
import { STEPS, stepHref } from '../../src/lib/catalogue/steps.ts';
import { llmsFull, llmsIndex } from '../../src/lib/llms/llms-text.ts';
import { RULES } from '../../src/lib/explain/rule-sources.ts';
import { builtPage } from '../support/built-site.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const idsCache = new Map<string, Set<string>>();
/** The ids of a built page, parsed once: llms-full.txt links each procedure page a dozen times. */
function idsOf(path: string): Set<string> {
	let ids = idsCache.get(path);
	if (!ids) idsCache.set(path, (ids = new Set([...builtPage(path).querySelectorAll('[id]')].map((e) => e.id))));
	return ids;
}
// The site's root: its origin and base, which the home page's path is (the shortest of the sitemap).
const root = `${siteOrigin()}${sitemapPaths().reduce((a, b) => (a.length <= b.length ? a : b))}`;

describe.each(['llms.txt', 'llms-full.txt'])('%s', (file) => {
	test('is built, outside the sitemap', () => {
		expect(existsSync(join(DIST, file))).toBe(true);
		expect(sitemapPaths().filter((path) => path.endsWith('.txt'))).toEqual([]);
	});

	test('every link is on the site root and lands on a built page, and on an element of it', () => {
		const urls = [...read(file).matchAll(/https?:\/\/[^\s)]+/g)].map((m) => new URL(m[0]));
		expect(urls.length).toBeGreaterThan(0);
		const broken = urls.flatMap((url) => {
			if (!url.href.startsWith(root)) return [`${url.href}: not under ${root}`];
			const page = distFile(url.pathname);
			if (!page) return [`${url.href}: no such page or file`];
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && !idsOf(url.pathname).has(id)) return [`${url.href}: no element with id "${id}"`];
			return [];
		});
		expect(broken).toEqual([]);
	});
});

test('llms.txt is the index of src/lib/llms/llms-text.ts: llms-full.txt, both options and every page of the sitemap', () => {
	const index = read('llms.txt');
	expect(index).toBe(llmsIndex(root));
	expect(index).toContain(`${root}llms-full.txt`);
	expect(index).toContain(`(${root}opcao-1/)`);
	expect(index).toContain(`(${root}opcao-2/)`);
	for (const path of sitemapPaths()) expect(index, path).toContain(`(${siteOrigin()}${path})`);
});

test('llms-full.txt is the full text of src/lib/llms/llms-text.ts, with every step’s permanent link', () => {
	const full = read('llms-full.txt');
	expect(full).toBe(llmsFull(root));
	// As many steps as the article numbers lines.
	expect(STEPS).toHaveLength(seedLines().filter((l) => l.anchor).length);
	for (const step of STEPS) expect(full).toContain(`Link permanente: ${root}${stepHref(step).slice(1)}\n`);
	// Written by hand: links that support tickets hold.
	for (const link of ['opcao-1/#onvio-4', 'opcao-1/#tarefas-3', 'opcao-1/#clientes-4', 'opcao-2/#onvio-7', 'opcao-2/#clientes-3'])
		expect(full).toContain(`Link permanente: ${root}${link}\n`);
});

test('llms-full.txt labels every interpretation among the rules’ sources', () => {
	const full = read('llms-full.txt');
	const count = RULES.flatMap((r) => r.sources).filter((s) => s.kind === 'interpretation').length;
	expect(full.split('\n').filter((l) => l.startsWith('- Interpretação deste guia: '))).toHaveLength(count);
	expect(full).toContain('\nInterpretação deste guia:\n- A Opção 1 deixa sem aviso também os arquivos enviados manualmente');
});
