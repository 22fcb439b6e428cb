/**
 * Print gate: a procedure page printed (print media emulated in Chromium, after its islands hydrated, as
 * a reader prints it) shows every step of the catalogue and the static outcome table, and no control.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml } from '../../scripts/bench/built-pages.ts';
import { STEPS } from '../../src/lib/catalogue/steps.ts';
import { launch, url } from './support/browser.ts';
import { hydrateIslands } from './support/controls.ts';

const procedurePages = builtPagePaths().filter((path) => pageHtml(path).includes('class="procedure-step"'));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Controls a reader could operate on screen, as `tag.class "text"`, that print media still shows. */
function visibleControls(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('button, input, select, textarea, summary, [role="button"], [contenteditable="true"]')]
			.filter((e) => e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
			.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
	);
}

test('the procedure pages are found', () => {
	expect(procedurePages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
});

describe.each(procedurePages)('printing %s', (path) => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		// Opened at a step, as a ticket's link opens it: the linked step shows its tools on screen.
		const linked = STEPS.find((s) => path === `/${s.page}/`)!;
		await page.goto(url(`${path}#${linked.anchor}`));
		await hydrateIslands(page);
		await page.emulateMedia({ media: 'print' });
	});
	afterAll(async () => {
		await page?.close();
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

	test('shows the static outcome table, every row of it', async () => {
		const table = page.locator('table.outcome-table');
		expect(await table.isVisible()).toBe(true);
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
	});

	test('hides every interactive control: replicas, the client preview, copy and link buttons, the site chrome', async () => {
		expect(await visibleControls(page)).toEqual([]);
		for (const selector of ['.replica', '.preview-dock', '.procedure-step__anchor'])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
	});

	test('the same page on screen does show its controls, so the checks above can fail', async () => {
		await page.emulateMedia({ media: 'screen' });
		expect((await visibleControls(page)).length).toBeGreaterThan(0);
		expect(await page.locator('.replica').first().isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
	});
});
