import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, url, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function clipboardContext(): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
	return context;
}

/** Where the site is served: copied links name this host, never the build-time `site`. */
const servedOrigin = () => new URL(url('/')).origin;

test('a copied step link opens with the step in view and highlighted', async () => {
	const context = await clipboardContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/opcao-1/'));
	const step = page.locator('#onvio-7');
	await step.hover();
	await step.getByRole('button', { name: /Copiar link do passo 7/ }).click();
	await step.getByText('Link copiado').waitFor();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).origin).toBe(servedOrigin());
	expect(new URL(copied).pathname + new URL(copied).hash).toBe('/opcao-1/#onvio-7');

	const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await fresh.goto(copied);
	const placed = await fresh.locator('#onvio-7').evaluate((li) => ({
		top: li.getBoundingClientRect().top,
		header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
		targeted: li.matches(':target'),
		outline: getComputedStyle(li).outlineStyle,
	}));
	expect(placed.top).toBeGreaterThanOrEqual(placed.header);
	expect(placed.targeted).toBe(true);
	expect(placed.outline).not.toBe('none');
	expect(errors).toEqual([]);
	await context.close();
	await fresh.close();
});

test('the copy button is reachable by keyboard and, where the clipboard is refused, shows the link selected', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(url('/opcao-2/'));
	await page.evaluate(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
	});
	await page.locator('#clientes-3 a.procedure-step__anchor').focus();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Copiar link');
	await page.keyboard.press('Enter');
	const field = page.locator('#clientes-3 .procedure-step__manual');
	await field.waitFor();
	expect(new URL(await field.inputValue()).hash).toBe('#clientes-3');
	expect(await field.evaluate((el) => document.activeElement === el)).toBe(true);
	await page.close();
});

test('the diagnosis of "todas ativas" finds the duplicate, lists the steps, and its summary links resolve', async () => {
	const context = await clipboardContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/diagnostico/'));
	const panel = page.locator('.diagnosis');
	await expect.poll(() => panel.textContent()).toContain('recebe duas vezes');
	const planLinks = await panel.locator('.diagnosis__plan a').evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).hash),
	);
	expect(planLinks).toEqual(['#onvio-1', '#onvio-2', '#onvio-3', '#onvio-4', '#onvio-5']);

	const button = page.getByRole('button', { name: 'Copiar resumo para o chamado' });
	await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await button.elementHandle());
	await button.click();
	await page.getByText('Resumo copiado').waitFor();
	const summary = await page.evaluate(() => navigator.clipboard.readText());
	expect(summary).toContain('Opção 1');
	const links = [...summary.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
	expect(links.length).toBeGreaterThan(5);
	const check = await context.newPage();
	for (const link of links) {
		expect(new URL(link).origin).toBe(servedOrigin());
		await check.goto('about:blank');
		const response = await check.goto(link);
		expect(response?.status(), link).toBe(200);
		const hash = new URL(link).hash.slice(1);
		if (hash) expect(await check.evaluate((id) => document.getElementById(id) !== null, hash), link).toBe(true);
	}
	expect(errors).toEqual([]);
	await context.close();
});

test('a diagnosis link restores its state later; Opção 2 has nothing to change', async () => {
	const page = await browser.newPage();
	await page.goto(url('/diagnostico/?v=1&aviso=0&cliente.padaria=0&cliente.oficina=0'));
	await expect.poll(() => page.locator('.diagnosis__summary').textContent()).toContain('Nada a mudar');
	expect(await page.getByRole('checkbox', { name: /Notificar Cliente — Padaria/ }).isChecked()).toBe(false);
	await page.close();
});

test('a bad diagnosis link shows the notice and nothing crashes', async () => {
	const page = await browser.newPage();
	const errors = watchErrors(page);
	await page.goto(url('/diagnostico/?v=9&aviso=nao&%3Cscript%3E=1'));
	await page.locator('.state-notice').waitFor();
	expect(await page.locator('.diagnosis__summary').textContent()).toBeTruthy();
	expect(errors).toEqual([]);
	await page.close();
});
