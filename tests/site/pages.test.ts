import { describe, expect, test } from 'vitest';
import { STEPS, STEPS_CHECKED_ON, stepAt } from '../../src/lib/catalogue/steps.ts';
import { sitemapPaths } from '../../scripts/bench/built-pages.ts';
import { builtFile, builtPage, visibleText } from '../support/built-site.ts';
import { seedLines } from '../support/seed.ts';

const PAGES = {
	index: '/',
	'opcao-1': '/opcao-1/',
	'opcao-2': '/opcao-2/',
	'informacoes-complementares': '/informacoes-complementares/',
} as const;

describe.each(Object.entries(PAGES))('page %s', (_, path) => {
	const document = builtPage(path);

	test('is in Brazilian Portuguese', () => {
		expect(document.documentElement.getAttribute('lang')).toBe('pt-BR');
	});

	test('has a title and a description', () => {
		expect(document.querySelector('h1')?.textContent?.trim()).toBeTruthy();
		expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
	});

	test('holds every seed line meant for it', () => {
		const text = visibleText(document.querySelector('main')!);
		const lines = seedLines().filter((l) => PAGES[l.page] === path && !l.anchor);
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(text, line.raw).toContain(line.text);
	});
});

describe.each(['opcao-1', 'opcao-2'] as const)('procedure page %s', (page) => {
	const document = builtPage(`/${page}/`);
	const steps = STEPS.filter((s) => s.page === page);

	test.each(steps.map((s) => [s.anchor, s] as const))('has step %s exactly once, as a list item', (anchor) => {
		const found = document.querySelectorAll(`[id="${anchor}"]`);
		expect(found.length).toBe(1);
		expect(found[0]!.tagName).toBe('LI');
	});

	test('has no step of the other page', () => {
		const own = new Set(steps.map((s) => s.anchor));
		const ids = [...document.querySelectorAll('li.procedure-step')].map((li) => li.id);
		expect(ids.filter((id) => !own.has(id))).toEqual([]);
		expect(ids.length).toBe(steps.length);
	});

	test('words each step, read without its controls, as the article’s own sentence', () => {
		for (const line of seedLines().filter((l) => l.page === page && l.anchor)) {
			const text = document.getElementById(line.anchor!)!.querySelector('.procedure-step__text')!.cloneNode(true) as Element;
			// What a reader does not read as the step: its link tools, its "feito" mark, words only screen readers hear.
			text.querySelectorAll('.procedure-step__anchor, .procedure-step__tools, .procedure-step__done, .sr-only, [hidden]').forEach((e) => e.remove());
			expect((text.textContent ?? '').replace(/\s+/g, ' ').trim(), line.anchor).toBe(line.raw.replace(/^\d+\.\s+/, ''));
		}
	});

	test('says each checkbox’s state once, to screen readers only, where the step gives it one', () => {
		for (const line of seedLines().filter((l) => l.page === page && l.anchor && /\[[x ]\]/.test(l.raw))) {
			// "marque ou desmarque": the step leaves the box to the office, so no state is said.
			const either = stepAt(page, line.anchor!)!.sets.some((change) => change.choice);
			const expected = either ? [] : [...line.raw.matchAll(/'\[([x ])\] /g)].map(([, mark]) => (mark === 'x' ? '(marcada)' : '(desmarcada)'));
			const checkboxes = [...document.querySelectorAll(`#${line.anchor} .procedure-step__text .ui-checkbox`)];
			expect(checkboxes.flatMap((e) => [...e.querySelectorAll('.sr-only')].map((s) => s.textContent!.trim())), line.anchor).toEqual(expected);
			// The mark is the article's glyph, hidden from screen readers: the state is heard once.
			for (const e of checkboxes) expect(e.querySelector('.ui-checkbox__mark')?.getAttribute('aria-hidden'), line.anchor).toBe('true');
		}
	});

	test('gives every step a link to itself', () => {
		for (const step of steps) {
			expect(document.querySelector(`#${step.anchor} a.procedure-step__anchor`)?.getAttribute('href')).toBe(`#${step.anchor}`);
		}
	});

	test('gives every step a "feito" mark, by anchor, hidden until a script can keep it and left out of search', () => {
		for (const step of steps) {
			const marks = document.querySelectorAll(`#${step.anchor} .procedure-step__done`);
			expect(marks.length, step.anchor).toBe(1);
			expect(marks[0]!.matches('label[hidden][data-pagefind-ignore]'), step.anchor).toBe(true);
			expect(marks[0]!.querySelector('input[type="checkbox"]')?.getAttribute('value'), step.anchor).toBe(step.anchor);
		}
	});

	test('has one checklist progress block, under its page’s storage key, hidden until a script fills it and left out of search', () => {
		const blocks = document.querySelectorAll('.checklist-progress');
		expect(blocks.length).toBe(1);
		expect(blocks[0]!.matches('[hidden][data-pagefind-ignore]')).toBe(true);
		expect(blocks[0]!.getAttribute('data-checklist-page')).toBe(page);
	});
});

test('the 404 page speaks Portuguese', () => {
	expect(builtFile('/404.html')).toContain('Página não encontrada');
});

test('the static outcome table labels the rows that rest, even in part, on an interpretation', () => {
	const document = builtPage('/opcao-1/');
	const tagged = [...document.querySelectorAll('.outcome-table tbody tr')]
		.filter((tr) => tr.querySelector('th .interpretation-tag'))
		.map((tr) => tr.getAttribute('data-event'));
	// Documents: the e-mail of Domínio Processos is our reading (rule 2); uploads: the event's name (rule 1).
	expect(tagged).toEqual(['document-from-dominio', 'manual-upload']);
});

// In each option of the article, the steps up to the first [Salvar] are the ONVIO Gestão screen (solução 9100, 1 to
// 5 today); solução 8342 says that screen holds for every client. The note beside them names those steps, as the
// article numbers them.
test.each(['opcao-1', 'opcao-2'] as const)('/%s/: the note on ONVIO Gestão names its steps, as the article numbers them', (page) => {
	const numbered = seedLines().filter((l) => l.page === page && l.anchor);
	const save = numbered.find((l) => l.raw.includes('[Salvar]'))!;
	const text = visibleText(builtPage(`/${page}/`).querySelector('main')!).replace(/\s+/g, ' ');
	// The note's sentence alone, so that a failure shows it rather than the whole page.
	const note = text.match(/Os passos [^.;]*, no ONVIO Gestão[^.]*\./g) ?? [];
	expect(note).toEqual([`Os passos 1 a ${save.number}, no ONVIO Gestão, valem para todos os clientes do escritório; veja as consequências.`]);
	expect(save.number).toBeGreaterThan(1);
});

// The date at each page's foot is the day the steps were compared with the article, set once in the catalogue.
test.each(sitemapPaths())('%s: its foot says when the steps were compared with the article', (path) => {
	const time = builtPage(path).querySelector('footer time');
	expect(time?.getAttribute('datetime')).toBe(`${STEPS_CHECKED_ON}T00:00:00.000Z`);
	expect(time?.parentElement?.textContent).toMatch(/^\s*Conferido com a solução 9100 em/);
});
