import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STEPS, stepHref } from '../../src/lib/catalogue/steps.ts';
import { launch, url } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Where the step sits against the viewport and Starlight's fixed header, and whether it is highlighted. */
function stepPlacement(page: Page, anchor: string) {
	return page.evaluate((id) => {
		const step = document.getElementById(id)!;
		const box = step.getBoundingClientRect();
		const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
		const style = getComputedStyle(step);
		return {
			top: box.top,
			headerBottom: header,
			viewportHeight: innerHeight,
			outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
		};
	}, anchor);
}

// A sample across pages and sections; the built-site tests check every anchor exists.
const cases = ['/opcao-1/#onvio-7', '/opcao-1/#tarefas-3', '/opcao-2/#clientes-3', '/opcao-2/#onvio-4'];

describe.each(cases)('opening %s', (link) => {
	test('lands with the step visible below the header and highlighted', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(url(link));
		const placed = await stepPlacement(page, link.split('#')[1]!);
		expect(placed.top).toBeGreaterThanOrEqual(placed.headerBottom);
		expect(placed.top).toBeLessThan(placed.viewportHeight / 2);
		expect(placed.outlined).toBe(true);
		await page.close();
	});
});

test('every step link of the catalogue resolves on its page', async () => {
	const page = await browser.newPage();
	for (const pagePath of ['/opcao-1/', '/opcao-2/']) {
		await page.goto(url(pagePath));
		const ids = await page.$$eval('li.procedure-step', (items) => items.map((li) => li.id));
		const expected = STEPS.filter((s) => stepHref(s).startsWith(pagePath)).map((s) => s.anchor);
		expect(ids).toEqual(expected);
	}
	await page.close();
});

test('the link affordance appears on keyboard focus and moves the page to the step', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(url('/opcao-2/'));
	const anchor = page.locator('#clientes-3 a.procedure-step__anchor');
	await anchor.focus();
	await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
	await page.keyboard.press('Enter');
	await page.waitForFunction(() => location.hash === '#clientes-3');
	expect((await stepPlacement(page, 'clientes-3')).outlined).toBe(true);
	await page.close();
});
