import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, url, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

test('a copied simulator link, opened in a fresh page, restores the same state', async () => {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/simulador/'));
	const push = page.getByRole('checkbox', { name: 'Notificações via push' });
	await page.waitForFunction((el) => !(el as HTMLInputElement).disabled, await push.elementHandle());
	await push.click();
	await page.getByRole('checkbox', { name: /Notificar Cliente — Oficina/ }).click();
	await page.getByRole('button', { name: 'Copiar link desta simulação' }).click();
	await page.getByText('Link copiado').waitFor();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).search).toBe('?v=1&push=0&cliente.oficina=0');
	const summary = await page.locator('.outcome-matrix__summary').textContent();

	const fresh = await (await browser.newContext()).newPage();
	await fresh.goto(copied);
	const freshPush = fresh.getByRole('checkbox', { name: 'Notificações via push' });
	await expect.poll(() => freshPush.isChecked()).toBe(false);
	expect(await fresh.getByRole('checkbox', { name: /Notificar Cliente — Oficina/ }).isChecked()).toBe(false);
	expect(await fresh.locator('.outcome-matrix__summary').textContent()).toBe(summary);
	expect(errors).toEqual([]);
	await context.close();
});

test('where the clipboard is refused, the link is shown selected to copy by hand', async () => {
	const page = await (await browser.newContext()).newPage();
	await page.goto(url('/simulador/?v=1&email=0'));
	await page.evaluate(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
	});
	const button = page.getByRole('button', { name: 'Copiar link desta simulação' });
	await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await button.elementHandle());
	await button.click();
	const field = page.locator('.copy-button__manual input');
	await field.waitFor();
	expect(await field.inputValue()).toBe(url('/simulador/?v=1&email=0'));
	expect(await field.evaluate((el) => (el as HTMLInputElement).selectionEnd! - (el as HTMLInputElement).selectionStart!)).toBeGreaterThan(0);
});

test('the matrix marks duplicates under "todas ativas" and none under Opção 1', async () => {
	const page = await browser.newPage();
	await page.goto(url('/simulador/'));
	await expect.poll(() => page.locator('.outcome-matrix td[data-status="duplicate"]').count()).toBeGreaterThan(0);
	const apply = page.getByRole('button', { name: 'Aplicar Opção 1' }).first();
	await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await apply.elementHandle());
	await apply.click();
	await expect.poll(() => page.locator('.outcome-matrix td[data-status="duplicate"]').count()).toBe(0);
	expect(new URL(page.url()).search).toBe('?v=1&onvio=0&push=0&email=0');
});

test('a garbage simulator link shows the notice and loads the rest', async () => {
	const page = await browser.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/simulador/?v=1&onvio=0&tarefa.inexistente=0&email=%3Cb%3E'));
	const notice = page.locator('.state-notice');
	await notice.waitFor();
	expect(await notice.textContent()).toContain('tarefa.inexistente');
	expect(await page.locator('.state-notice b').count()).toBe(0);
	await expect.poll(() => page.getByRole('checkbox', { name: 'Notificações no ONVIO' }).isChecked()).toBe(false);
	expect(errors).toEqual([]);
});
