import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PRESETS } from '../../src/lib/presets.ts';
import { ticketSummary, type SummaryFormat } from '../../src/lib/ticket-summary.ts';
import { launch, url, watchErrors } from './support/browser.ts';
import { readPageThrough } from './support/controls.ts';
import { openCopied, urlsIn } from './support/links.ts';

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
	// Absolute, where the page is served (not the build's `site`).
	expect(new URL(copied).origin).toBe(new URL(page.url()).origin);
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

describe.each<[SummaryFormat, string]>([
	['text', 'Copiar resumo para o chamado'],
	['markdown', 'Copiar em Markdown'],
])('the ticket summary of "todas ativas", copied as %s', (format, label) => {
	test('is the summary of the office’s settings, built where the page is served, and every link in it opens', async () => {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(url('/diagnostico/'));
		const panel = page.locator('.diagnosis');
		await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('recebem dois avisos de cada documento do Sistema Domínio');
		// On screen the plan opens each step of the ONVIO section in order, the office's state in the link.
		const planLinks = await panel.locator('.diagnosis__plan a').evaluateAll((links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).hash),
		);
		expect(planLinks).toEqual(['#onvio-1', '#onvio-2', '#onvio-3', '#onvio-4', '#onvio-5']);

		const button = page.getByRole('button', { name: label });
		await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await button.elementHandle());
		await button.click();
		await page.getByText(/copiado/).first().waitFor();
		const summary = await page.evaluate(() => navigator.clipboard.readText());
		// The page hands the logic module its own root: the copy is that summary, word for word.
		expect(summary).toBe(ticketSummary(PRESETS.allOn, url('/'), format));
		expect(/\*\*|\]\(/.test(summary)).toBe(format === 'markdown');

		const links = urlsIn(summary);
		expect(links.length).toBeGreaterThanOrEqual(4);
		const check = await context.newPage();
		const checkErrors = watchErrors(check);
		for (const link of links) {
			expect(link.startsWith(url('/')), link).toBe(true);
			expect(await openCopied(context, link), link).toEqual({ status: 200, anchorFound: true });
			// A link with a state opens that state, with no notice of anything ignored.
			const { search } = new URL(link);
			if (search) {
				await check.goto(link);
				await readPageThrough(check);
				expect(await check.locator('.state-notice').count(), link).toBe(0);
				expect(new URL(check.url()).search, link).toBe(search);
			}
		}
		expect(errors).toEqual([]);
		expect(checkErrors).toEqual([]);
		await context.close();
	});
});

test('a diagnosis link restores its state later; Opção 2 has nothing to change', async () => {
	const page = await browser.newPage();
	await page.goto(url('/diagnostico/?v=1&aviso=0&cliente.padaria=0&cliente.oficina=0'));
	await expect.poll(() => page.locator('.diagnosis__summary').textContent(), { timeout: 10_000 }).toContain('Nada a mudar');
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
