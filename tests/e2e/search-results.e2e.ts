/**
 * What the search finds, in Chromium, as a support agent searches: a label that a step names leads first
 * to the procedure pages, and to the step (or the section) where the label stands; the tools are found by
 * their names and by the words an agent types; the words of a client's complaint offer an answer among the
 * first results; every excerpt is clean text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import { closeContexts, launch, url } from './support/browser.ts';
import { search, type SearchResult } from './support/search.ts';

/** Labels that steps name. */
const LABELS = [
	// The Portal do Cliente screen, named by step 6 of both options.
	'Parâmetros',
	// One of the three ONVIO Gestão channels, in the label 'Notificações via push' of step 4.
	'push',
	// The client flag of Domínio Processos (and, in another case, the task flag).
	SETTINGS['processos.client'].label,
	// The ONVIO Gestão item, named by step 3.
	'Funcionário Adiciona Novo Arquivo',
];

/** Each tool by its name, and by the words of a ticket: what the agent answers, and what the client complains of. */
const TOOLS = [
	['simulador', '/simulador/'],
	['diagnóstico', '/diagnostico/'],
	['chamado', '/diagnostico/'],
	['duplicado', '/diagnostico/'],
] as const;

/** The words a client's complaint is typed in: an option page or the diagnosis among the first three results. */
const COMPLAINTS = ['duplicado', 'duplicidade', 'como parar e-mail duplicado', 'dois e-mails'];
const ANSWERS = ['/opcao-1/', '/opcao-2/', '/diagnostico/'];

/** A label that names a step in two sections, and where its first link must lead: to a step that sets it. */
const STEP_FIRST: [string, RegExp][] = [[SETTINGS['processos.client'].label, /^\/opcao-[12]\/#(tarefas|clientes)-3$/]];

const EXCERPT_QUERIES = [...new Set(['Parâmetros', 'push', 'Notificar Cliente', 'Funcionário Adiciona Novo Arquivo', 'simulador', 'diagnóstico', 'chamado', 'duplicado', 'opção', 'cliente', ...COMPLAINTS])];

let browser: Browser;
/** One tab: the home page's search dialog for every query first, then the pages the results lead to. */
let tab: Page;
/** The results of each query, typed once: the same index lists the same results every time it is asked. */
const searched = new Map<string, SearchResult[]>();
beforeAll(async () => {
	browser = await launch();
	tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await tab.goto(url('/'));
	for (const query of new Set([...LABELS, ...TOOLS.map(([query]) => query), ...COMPLAINTS, ...EXCERPT_QUERIES])) searched.set(query, await search(tab, query));
});
afterAll(async () => {
	await closeContexts(browser);
});

function searchFromHome(query: string): SearchResult[] {
	const results = searched.get(query);
	if (!results) throw new Error(`"${query}" was not searched: add it to a table above.`);
	return results;
}

const path = (href: string) => href.split('#')[0]!;

/**
 * Where a result's link lands: a step whose words hold the label, or a heading whose section (up to the
 * next heading of the same or a higher level) holds such a step. Read from the page the link opens.
 */
async function landsOnLabel(href: string, label: string): Promise<boolean> {
	const [pathname, anchor] = href.split('#');
	if (!anchor) return false;
	// The links of a result mostly lead to one page: it is read as loaded, so it is loaded once.
	if (new URL(tab.url()).pathname !== pathname) await tab.goto(url(pathname!));
	return tab.evaluate(
		([id, label]) => {
			const holds = (step: Element) =>
				(step.querySelector('.procedure-step__words')?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase().includes(label);
			const element = document.getElementById(id);
			if (!element) return false;
			if (element.matches('li.procedure-step')) return holds(element);
			const heading = element.closest('h1, h2, h3, h4, h5, h6');
			if (!heading) return false;
			const level = Number(heading.tagName[1]);
			// Headings sit in Starlight's wrapper; walk the content that follows it.
			let node = (heading.parentElement?.classList.contains('sl-heading-wrapper') ? heading.parentElement : heading)!.nextElementSibling;
			for (; node; node = node.nextElementSibling) {
				const next = node.matches('h1, h2, h3, h4, h5, h6') ? node : node.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
				if (next && Number(next.tagName[1]) <= level) break;
				if ([...node.querySelectorAll('li.procedure-step')].some(holds)) return true;
			}
			return false;
		},
		[anchor, label.toLowerCase()] as const,
	);
}

describe.each(LABELS)('searching the label "%s"', (label) => {
	let results: SearchResult[];
	beforeAll(() => {
		results = searchFromHome(label);
	});

	test('ranks the two procedure pages first', () => {
		expect(results.slice(0, 2).map((r) => path(r.href)).sort()).toEqual(['/opcao-1/', '/opcao-2/']);
	});

	test('leads, from the first result, to the step or the section where the label stands', async () => {
		const links = [results[0]!, ...results[0]!.nested].map((l) => l.href);
		const landing = [];
		for (const href of links) if (await landsOnLabel(href, label)) landing.push(href);
		expect(landing, links.join(' ')).not.toEqual([]);
	});
});

describe.each(TOOLS)('searching "%s"', (query, tool) => {
	test(`finds ${tool} first`, () => {
		const results = searchFromHome(query);
		expect(path(results[0]!.href)).toBe(tool);
	});
});

describe.each(COMPLAINTS)('searching the complaint "%s"', (query) => {
	test('offers an option page or the diagnosis among the first three results', () => {
		const first = searchFromHome(query)
			.slice(0, 3)
			.map((r) => path(r.href));
		expect(first.filter((p) => ANSWERS.includes(p)), first.join(' ')).not.toEqual([]);
	});
});

describe.each(STEP_FIRST)('searching "%s"', (query, step) => {
	test('lists first, under the first result, a step that sets it, not the page’s top or another step', () => {
		const [result] = searchFromHome(query);
		expect(result!.nested.map((l) => l.href)[0]).toMatch(step);
	});
});

/** Text that is not content: controls, words for screen readers, a checkbox's state, words run together. */
const NOT_CONTENT: [string, RegExp][] = [
	['a copy or link control', /Copiar link|#|Link para o passo|Aplicar Opção|Restaurar|Diagnosticar esta/],
	['a screen reader’s words', /Seção intitulada|do passo \d+ de/],
	['a checkbox state after its label', new RegExp(`(${Object.values(SETTINGS).map((s) => s.label).join('|')}) (marcada|desmarcada)`)],
	// A brand written in camel case ("WhatsApp", which the rules page names) is one word, not two run together.
	['words run together', /[a-zà-ú](?<!Whats)[A-ZÀ-Ú]|\)[A-Za-zÀ-ú]|\d[A-Za-zÀ-ú]{2}/],
];

describe.each(EXCERPT_QUERIES)(
	'the excerpts for "%s"',
	(query) => {
		let excerpts: { href: string; excerpt: string }[];
		beforeAll(() => {
			excerpts = searchFromHome(query).flatMap((r) => [r, ...r.nested]);
		});

		test.each(NOT_CONTENT)('hold no %s', (_, pattern) => {
			expect(excerpts.length).toBeGreaterThan(0);
			expect(excerpts.filter((l) => pattern.test(l.excerpt)).map((l) => `${l.href}: ${l.excerpt}`)).toEqual([]);
		});
	},
);

test('the checks can fail: a run-together word and a control are caught', () => {
	expect(NOT_CONTENT[3]![1].test('Domínio ProcessosONVIO Portal')).toBe(true);
	expect(NOT_CONTENT[0]![1].test('Parâmetros;#Copiar link do passo 6 de')).toBe(true);
	expect(NOT_CONTENT[2]![1].test('Notificações via push desmarcada')).toBe(true);
	expect(NOT_CONTENT[3]![1].test('Domínio Processos: por e-mail. Opção 1: Desativar')).toBe(false);
});
