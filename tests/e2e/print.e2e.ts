/**
 * Print gate: the procedure pages and the diagnosis, printed (print media emulated in Chromium, after their
 * islands hydrated, as a reader prints them), are checklists. A procedure shows every step of the
 * catalogue with an empty box to tick, the static outcome table, the page's address and the print date
 * at the top, and no control and nothing that speaks of what print hides. Printed to PDF, no step, table
 * or note is cut by a page break, and no heading is left at the foot of a sheet. The diagnosis prints the settings it read, its findings and the steps
 * to perform, each with a box.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml } from '../../scripts/bench/built-pages.ts';
import { STEPS } from '../../src/lib/catalogue/steps.ts';
import { setSetting, type SettingRef } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { stepPlan } from '../../src/lib/diagnosis/step-plan.ts';
import { encodeState } from '../../src/lib/links/url-state.ts';
import { closeContexts, launch, url, visit } from './support/browser.ts';
import { readPageThrough } from './support/controls.ts';
import {
	headingsAtSheetFoot,
	printedSheetLines,
	printedSheets,
	printedTexts,
	sheetsHolding,
	sheetsHoldingInOrder,
	sheetsHoldingWords,
	squeezeSheets,
} from './support/pdf.ts';

const procedurePages = builtPagePaths().filter((path) => pageHtml(path).includes('class="procedure-step"'));

let browser: Browser;
/** One tab for each printed page in turn (see visit()), back on screen media before each. */
let tab: Page;
beforeAll(async () => {
	browser = await launch();
	tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await closeContexts(browser);
});

/** Controls a reader could operate on screen, as `tag.class "text"`, that print media still shows. */
function visibleControls(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('button, input, select, textarea, summary, [role="button"], [contenteditable="true"]')]
			.filter((e) => e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
			.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
	);
}

/**
 * The tick box of each item: its ::before, drawn as an empty square before the item's words. Returns one
 * line per item that has none, so a failure says which.
 */
function itemsWithoutBox(page: Page, items: string): Promise<string[]> {
	return page.evaluate(
		(items) =>
			[...document.querySelectorAll<HTMLElement>(items)].flatMap((item) => {
				const box = getComputedStyle(item, '::before');
				const size = parseFloat(box.width);
				// Where the item's own content starts: a range holds no pseudo-element and no list marker.
				const range = document.createRange();
				range.selectNodeContents(item);
				const start = Math.min(...[...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.left));
				const square =
					box.content === '""' &&
					size >= 10 &&
					Math.abs(size - parseFloat(box.height)) < 0.5 &&
					box.borderTopStyle === 'solid' &&
					parseFloat(box.borderTopWidth) >= 1 &&
					['rgba(0, 0, 0, 0)', 'transparent'].includes(box.backgroundColor);
				const before = item.getBoundingClientRect().left + parseFloat(box.left || '0') + size <= start;
				return square && before ? [] : [`${item.id || item.textContent!.trim().slice(0, 40)}: ${box.content} ${box.width}×${box.height}`];
			}),
		items,
	);
}

/** What the print header says, and today's date in pt-BR as the reader's browser writes it. */
function printHeader(page: Page): Promise<{ text: string; visible: boolean; top: number; contentTop: number; href: string; today: string }> {
	return page.evaluate(() => {
		const header = document.querySelector<HTMLElement>('.print-header')!;
		// The first thing a reader sees after the header: scripts and styles take no room.
		const first = document.querySelector('.sl-markdown-content > :not(.print-header, script, style, noscript)')!;
		return {
			text: header.innerText,
			visible: header.checkVisibility(),
			top: header.getBoundingClientRect().top,
			contentTop: first.getBoundingClientRect().top,
			href: location.href,
			today: new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long' }).format(new Date()),
		};
	});
}

test('the heading check can fail: a heading at the foot of a sheet, alone or with its introducing sentence, is caught', () => {
	const heading = 'Resultado de cada opção';
	const sheets = [
		['Passo 9 feito.', 'Resultado de cada', 'opção'],
		['Passo 9 feito.', heading, 'Calculado pelas regras do simulador, para um cliente', 'e uma tarefa de exemplo.'],
		['Fim.'],
	];
	expect(headingsAtSheetFoot(sheets, [heading])).toEqual([`sheet 1: ${heading}`, `sheet 2: ${heading}`]);
	// A heading with what it introduces below it stays.
	expect(headingsAtSheetFoot([[heading, 'Calculado pelas regras.', '1. Acesse o menu.', '2. Clique em Salvar.'], ['Fim.']], [heading])).toEqual([]);
});

test('the procedure pages are found', () => {
	expect(procedurePages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
});

describe.each(procedurePages)('printing %s', (path) => {
	let page: Page;
	let sheets: string[];
	let sheetLines: string[][];
	beforeAll(async () => {
		page = tab;
		await page.emulateMedia({ media: 'screen' });
		// Opened at a step, as a ticket's link opens it: the linked step shows its tools on screen.
		const linked = STEPS.find((s) => path === `/${s.page}/`)!;
		await visit(page, url(`${path}#${linked.anchor}`));
		await readPageThrough(page);
		await page.emulateMedia({ media: 'print' });
		sheetLines = await printedSheetLines(page);
		sheets = squeezeSheets(sheetLines);
	});

	test('shows every step of the catalogue, with its text', async () => {
		const anchors = STEPS.filter((s) => path === `/${s.page}/`).map((s) => s.anchor);
		expect(anchors.length).toBeGreaterThan(0);
		for (const anchor of anchors) {
			const step = page.locator(`li.procedure-step[id="${anchor}"]`);
			expect(await step.isVisible(), anchor).toBe(true);
			expect((await step.locator('.procedure-step__text').innerText()).trim().length, anchor).toBeGreaterThan(10);
		}
	});

	test('puts an empty box to tick before every step', async () => {
		expect(await page.locator('li.procedure-step').count()).toBeGreaterThan(0);
		expect(await itemsWithoutBox(page, 'li.procedure-step')).toEqual([]);
	});

	test('prints the page’s address and the print date above the content, on the first sheet', async () => {
		const header = await printHeader(page);
		expect(header.visible).toBe(true);
		expect(header.text).toContain(header.href);
		expect(header.text).toContain(header.today);
		expect(header.top).toBeLessThan(header.contentTop);
		expect(sheetsHolding(sheets, header.text)).toEqual([0]);
	});

	test('shows the static outcome table, every row of it', async () => {
		const table = page.locator('table.outcome-table');
		expect(await table.isVisible()).toBe(true);
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
	});

	test('cuts no step, table or note at a page break', async () => {
		expect(sheets.length).toBeGreaterThan(1);
		// A step prints as its number, then its words; the same words may stand at two steps ("Clique no botão [Salvar]").
		const numbers = await page.locator('li.procedure-step').evaluateAll((items) => items.map((li) => [...li.parentElement!.children].indexOf(li) + 1));
		const words = await printedTexts(page.locator('li.procedure-step .procedure-step__text'));
		const steps = words.map((text, i) => `${numbers[i]}. ${text}`);
		for (const step of steps) expect(sheetsHolding(sheets, step).length, step).toBeGreaterThan(0);
		for (const note of await page.locator('main aside').filter({ visible: true }).allInnerTexts())
			expect(sheetsHolding(sheets, note), note).toHaveLength(1);
		for (const table of await page.locator('main table').all()) {
			// A table in one piece: its first and its last cell stand, words in order, on the same one sheet, and
			// every word of every cell stands there too. (Inside a wrapped header cell, the PDF's reading order may
			// put a cell's second line before its first, so only the ends are held to the order of their words.)
			const cells = await printedTexts(table.locator('th, td'));
			const ends = sheetsHoldingInOrder(sheets, cells[0]!).filter((i) => sheetsHoldingInOrder(sheets, cells.at(-1)!).includes(i));
			expect(ends, cells[0]).toHaveLength(1);
			for (const cell of cells) expect(sheetsHoldingWords(sheets, cell), cell).toContain(ends[0]);
		}
		// The same holds as a rule of the page, in print media.
		const breaks = await page.evaluate(() =>
			[...document.querySelectorAll('li.procedure-step, main table, main tr, main aside')].map((e) => getComputedStyle(e).breakInside),
		);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
	});

	test('leaves no heading at the foot of a sheet, parted from what it introduces', async () => {
		const headings = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').filter({ visible: true }).allInnerTexts();
		expect(headings.length).toBeGreaterThan(2);
		expect(headingsAtSheetFoot(sheetLines, headings)).toEqual([]);
	});

	test('prints nothing that speaks of what print hides: replicas, the client preview', async () => {
		const text = await page.locator('main').innerText();
		expect(text).not.toMatch(/réplica|Prévia do cliente|Experimente enquanto lê/i);
	});

	test('hides every interactive control: replicas, the client preview, copy and link buttons, the site chrome', async () => {
		expect(await visibleControls(page)).toEqual([]);
		for (const selector of ['.replica', '.preview-dock', '.procedure-step__anchor'])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
	});

	test('the same page on screen does show its controls and hides the print header, so the checks above can fail', async () => {
		await page.emulateMedia({ media: 'screen' });
		expect((await visibleControls(page)).length).toBeGreaterThan(0);
		expect(await page.locator('.replica').first().isVisible()).toBe(true);
		expect(await page.locator('.print-header').isVisible()).toBe(false);
		expect(await page.locator('main').innerText()).toMatch(/Experimente enquanto lê/);
		await page.emulateMedia({ media: 'print' });
	});
});

describe('printing the diagnosis', () => {
	// Opção 1 with the Portal parameter and every client unmarked: two problems, a note, steps in two sections.
	const unmarked: SettingRef[] = [
		{ id: 'portal.emailOnProcessosPublication' },
		{ id: 'processos.client', entity: 'padaria' },
		{ id: 'processos.client', entity: 'oficina' },
	];
	const config = unmarked.reduce((c, ref) => setSetting(c, ref, false), PRESETS.option1);
	const diagnosis = diagnose(config);
	const plan = stepPlan(diagnosis.nearest.changes);
	let page: Page;
	let sheets: string[];
	beforeAll(async () => {
		page = tab;
		await page.emulateMedia({ media: 'screen' });
		await visit(page, url(`/diagnostico/?${encodeState(config)}`));
		await readPageThrough(page);
		await page.locator('.diagnosis__plan').first().waitFor();
		await page.emulateMedia({ media: 'print' });
		sheets = await printedSheets(page);
	});

	test('prints every finding and every step to perform, each with a box to tick', async () => {
		const findings = diagnosis.problems.length + diagnosis.notes.length;
		expect(findings).toBeGreaterThan(1);
		expect(await page.locator('.diagnosis__findings > li').count()).toBe(findings);
		expect(await page.locator('.diagnosis__plan > li').count()).toBe(plan.length);
		expect(await itemsWithoutBox(page, '.diagnosis__checklist > li')).toEqual([]);
		// Steps keep their number on the procedure page.
		expect(await page.locator('.diagnosis__plan > li').evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value))).toEqual(
			plan.map((p) => p.step.number),
		);
	});

	test('prints the office’s settings as read, since the replicas to mark them are not printed', async () => {
		expect(await page.locator('.diagnosis__settings').isVisible()).toBe(true);
		expect(await page.locator('.replica').first().isVisible()).toBe(false);
		expect(await page.locator('main').innerText()).not.toMatch(/marque abaixo/i);
	});

	test('prints the address, with the state, and the date at the top', async () => {
		const header = await printHeader(page);
		expect(header.href).toContain(`?${encodeState(config)}`);
		expect(header.text).toContain(header.href);
		expect(header.text).toContain(header.today);
		expect(sheetsHolding(sheets, header.text)).toEqual([0]);
	});

	test('cuts no finding or step at a page break, and shows no control', async () => {
		for (const item of await printedTexts(page.locator('.diagnosis li'))) expect(sheetsHolding(sheets, item).length, item).toBeGreaterThan(0);
		expect(await visibleControls(page)).toEqual([]);
	});
});
