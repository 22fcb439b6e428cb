/**
 * Drives a page the way a reader would, for the gates that must hold after interaction (accessibility,
 * CSP): hydrate every island, then use every control of the content once. Generic on purpose, so a new
 * page or island is exercised without editing the gates.
 */
import type { Locator, Page } from 'playwright-core';
import { readPageThrough } from '../../../scripts/serve/read-page.ts';

export { readPageThrough };


/** Clicks, one at a time, every visible and enabled element the selector finds, re-querying after each click. */
async function clickEach(page: Page, selector: string, limit = 60): Promise<number> {
	let clicked = 0;
	const done: number[] = [];
	for (let round = 0; round < limit; round++) {
		// The first element not clicked yet that a reader could click (drawn, with a size, and enabled, as
		// Playwright's isVisible and isEnabled judge it): one round trip for the whole list.
		const next = await page.locator(selector).evaluateAll(
			(elements, skip) =>
				elements.findIndex((e, i) => {
					if (skip.includes(i) || !e.checkVisibility({ visibilityProperty: true })) return false;
					const box = e.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && !e.matches(':disabled, [aria-disabled="true"]');
				}),
			done,
		);
		if (next < 0) break;
		done.push(next);
		await page.locator(selector).nth(next).click();
		clicked++;
	}
	return clicked;
}

export interface Exercised {
	controls: number;
	disclosures: number;
	details: number;
	checkboxes: number;
	selects: number;
	buttons: number;
}

/**
 * Uses every control in the page's content: opens the disclosures and "Por quê?" details, toggles one
 * checkbox of each fieldset, picks the last option of each select, and presses every other button once
 * (presets, copy buttons, closing a notice), then reopens what those re-rendered closed.
 */
export async function useEveryControl(page: Page): Promise<Exercised> {
	const controls = await readPageThrough(page);
	const disclosures = await clickEach(page, 'main button[aria-expanded="false"]');
	const details = await clickEach(page, 'main details:not([open]) > summary');
	let checkboxes = 0;
	const fieldsets = page.locator('main fieldset:has(input[type="checkbox"])');
	for (let i = 0; i < (await fieldsets.count()); i++) {
		const box = fieldsets.nth(i).locator('input[type="checkbox"]').first();
		if ((await box.isVisible()) && (await box.isEnabled())) {
			await box.click();
			checkboxes++;
		}
	}
	let selects = 0;
	const allSelects = page.locator('main select');
	for (let i = 0; i < (await allSelects.count()); i++) {
		const select = allSelects.nth(i);
		if (!(await select.isVisible()) || !(await select.isEnabled())) continue;
		const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		await select.selectOption(values.at(-1)!);
		selects++;
	}
	const buttons = await clickEach(page, 'main button:not([aria-expanded])');
	await clickEach(page, 'main button[aria-expanded="false"]');
	await clickEach(page, 'main details:not([open]) > summary');
	return { controls, disclosures, details, checkboxes, selects, buttons };
}

/** Waits until a control can be used: the server's HTML disables it for readers without JavaScript. */
export async function untilEnabled(control: Locator): Promise<void> {
	await control.page().waitForFunction((el) => !(el as HTMLInputElement | HTMLButtonElement).disabled, await control.elementHandle());
}
