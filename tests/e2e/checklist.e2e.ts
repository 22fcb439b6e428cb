/**
 * The "Feito" checklist of a procedure page, by touch: "Recomeçar" can be undone for some seconds, and every
 * control of a step is a target a finger can hit (WCAG 2.2 2.5.8 and the project's own rule for touch).
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, url, watchErrors } from './support/browser.ts';
import { doneMark, ticked } from './support/checklist.ts';
import { PHONE, TOUCH_SCREEN } from './support/devices.ts';
import { doneStepsKey } from '../../src/components/state/done-steps.ts';
import { stepsOf } from '../../src/lib/catalogue/steps.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});

const storedTicks = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as string[], doneStepsKey('opcao-1'));
const hasFocus = (control: Locator) => control.evaluate((element) => element === document.activeElement);

test('on a phone, "Recomeçar" offers "Desfazer" for about 10 s: it puts the marks back, a tick withdraws it, and once the time is up the marks stay cleared', { timeout: 90_000 }, async () => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/opcao-1/'));
	const block = page.locator('.checklist-progress');
	// The count's live region, polite: what it says is what a screen reader hears. The block's only other one
	// speaks only once "Continuar em outro aparelho" has copied its link.
	const status = block.locator('.checklist-progress__status').getByRole('status');
	await expect.poll(() => status.textContent()).toBe('Passos feitos: 0 de 16');
	const regions = block.locator('[role="status"], [role="alert"], [role="log"], [aria-live]');
	expect(await regions.count()).toBe(2);
	expect(await regions.first().textContent()).toBe('');
	expect(await status.getAttribute('aria-live')).not.toBe('assertive');
	const restart = block.getByRole('button', { name: 'Recomeçar', exact: true });
	const undo = block.getByRole('button', { name: 'Desfazer', exact: true });

	const steps = stepsOf('opcao-1');
	const chosen = [steps[0]!, steps[5]!, steps.at(-1)!];
	for (const step of chosen) {
		const mark = doneMark(page, step);
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await expect.poll(() => mark.isChecked()).toBe(true);
	}
	await expect.poll(() => status.textContent()).toBe('Passos feitos: 3 de 16');
	expect(await undo.isVisible()).toBe(false);

	await restart.scrollIntoViewIfNeeded();
	await restart.tap();
	await expect.poll(() => ticked(page)).toEqual([]);
	// One line says what happened, in the live region, and the focus is on the button that undoes it.
	expect(await status.textContent()).toBe('Passos feitos: 0 de 16 Marcas apagadas.');
	expect(await undo.isVisible()).toBe(true);
	expect(await restart.isVisible()).toBe(false);
	expect(await hasFocus(undo)).toBe(true);
	expect(await storedTicks(page)).toEqual([]);

	await undo.tap();
	await expect.poll(() => ticked(page)).toEqual(chosen.map((s) => s.anchor));
	expect([...(await storedTicks(page))].sort()).toEqual(chosen.map((s) => s.anchor).sort());
	expect(await status.textContent()).toBe('Passos feitos: 3 de 16');
	expect(await undo.isVisible()).toBe(false);
	// "Desfazer" hides itself: the focus is back on "Recomeçar", not lost.
	expect(await hasFocus(restart)).toBe(true);

	// A tick while "Desfazer" is offered: the offer is withdrawn, and the marks cleared stay cleared.
	await restart.tap();
	await expect.poll(() => hasFocus(undo)).toBe(true);
	const other = steps[2]!;
	const mark = doneMark(page, other);
	await mark.scrollIntoViewIfNeeded();
	await mark.tap();
	await expect.poll(() => mark.isChecked()).toBe(true);
	expect(await undo.isVisible()).toBe(false);
	expect(await status.textContent()).toBe('Passos feitos: 1 de 16');
	expect(await ticked(page)).toEqual([other.anchor]);
	expect(await storedTicks(page)).toEqual([other.anchor]);

	// "Recomeçar" again: while the reader stays on "Desfazer", the offer stays (WCAG 2.2.1)…
	await restart.scrollIntoViewIfNeeded();
	await restart.tap();
	await expect.poll(() => hasFocus(undo)).toBe(true);
	await page.waitForTimeout(11_000);
	expect(await undo.isVisible()).toBe(true);
	// …and once they move on, it runs out.
	await doneMark(page, steps[0]!).focus();
	const offered = Date.now();
	// Still offered after 8 s…
	await page.waitForTimeout(8_000);
	expect(await undo.isVisible()).toBe(true);
	expect(await status.textContent()).toBe('Passos feitos: 0 de 16 Marcas apagadas.');
	// …gone within 10 s more.
	await expect.poll(() => undo.isVisible(), { timeout: 12_000 }).toBe(false);
	expect(Date.now() - offered).toBeLessThan(21_000);
	expect(await status.textContent()).toBe('Passos feitos: 0 de 16');
	expect(await ticked(page)).toEqual([]);
	expect(await storedTicks(page)).toEqual([]);
	expect(await restart.isVisible()).toBe(false);
	// The focus stays where the reader put it.
	expect(await hasFocus(doneMark(page, steps[0]!))).toBe(true);
	expect(errors).toEqual([]);
	await context.close();
});

/** The gap between two boxes: across when they share a line, down when they do not; negative where they overlap. */
function gapBetween(a: { x: number; y: number; width: number; height: number }, b: typeof a): number {
	const across = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
	const down = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
	return Math.max(across, down);
}

const CONTROLS = { '#': '.procedure-step__anchor', 'Copiar link': '.procedure-step__copy', Feito: '.procedure-step__done' };

for (const [name, device] of [['a 1920×1080 touch screen', TOUCH_SCREEN], ['a phone', PHONE]] as [string, BrowserContextOptions][]) {
	test(`on ${name}, every step's "#", "Copiar link" and "Feito" are at least 24×24 CSS px and at least 8 px apart`, { timeout: 90_000 }, async () => {
		const context = await browser.newContext(device);
		const page = await context.newPage();
		const viewport = device.viewport!;
		for (const path of ['/opcao-1/', '/opcao-2/']) {
			await page.goto(url(path));
			// The scripts show the copy buttons and the marks.
			await expect.poll(() => page.locator('.procedure-step__done').first().isVisible()).toBe(true);
			await expect.poll(() => page.locator('.procedure-step__copy').first().isVisible()).toBe(true);
			const anchors = await page.locator('li.procedure-step').evaluateAll((steps) => steps.map((li) => li.id));
			expect(anchors.length, path).toBeGreaterThanOrEqual(12);
			for (const anchor of anchors) {
				for (const [label, selector] of Object.entries(CONTROLS)) {
					const control = page.locator(`#${anchor} ${selector}`);
					await control.scrollIntoViewIfNeeded();
					const box = (await control.boundingBox())!;
					const where = `${path}#${anchor} ${label}`;
					// Whole on screen, and what a tap at its centre hits (not the docked preview, not the header).
					expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, where).toBe(true);
					const hit = await control.evaluate((element, [x, y]) => element.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
					expect(hit, where).toBe(true);
					expect(box.width, where).toBeGreaterThanOrEqual(24);
					expect(box.height, where).toBeGreaterThanOrEqual(24);
				}
				// The gaps, read at one scroll position.
				const boxes = await Promise.all(
					Object.entries(CONTROLS).map(async ([label, selector]) => ({ label, ...(await page.locator(`#${anchor} ${selector}`).boundingBox())! })),
				);
				for (const [i, a] of boxes.entries())
					for (const b of boxes.slice(i + 1)) expect(gapBetween(a, b), `${path}#${anchor}: ${a.label} – ${b.label}`).toBeGreaterThanOrEqual(8);
			}
			// Nothing scrolls sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
		}
		await context.close();
	});
}
