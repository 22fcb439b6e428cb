/**
 * Office staff on a phone, from the home page: the diagnosis card speaks to them, and once the complaint is
 * chosen one tap brings the answer into view.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, url, watchErrors } from './support/browser.ts';
import { untilEnabled } from './support/controls.ts';
import { PHONE } from './support/devices.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});

test('on a phone, from the home page to the answer: the complaint, then “Ver o diagnóstico” brings it into view', { timeout: 60_000 }, async () => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/'));
	expect(await page.getByText('Para o escritório e para o suporte').count()).toBe(1);
	await page.getByRole('link', { name: 'Diagnóstico' }).first().tap();
	await page.waitForURL(/\/diagnostico\/$/);
	const complaint = page.getByRole('radio', { name: 'Recebe o mesmo documento duas vezes' });
	await untilEnabled(complaint);
	await complaint.tap();
	const jump = page.getByRole('link', { name: 'Ver o diagnóstico' });
	await jump.tap();
	// The answer's first lines are on screen, under the fixed header.
	await expect
		.poll(() =>
			page.locator('.diagnosis__verdict').evaluate((line) => {
				const box = line.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= innerHeight;
			}),
		)
		.toBe(true);
	expect(await page.locator('.diagnosis__summary').getAttribute('aria-live')).toBe('polite');
	expect(errors).toEqual([]);
	await context.close();
});
