import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each([
	// The client flag of Domínio Processos, on both procedure pages.
	['Notificar Cliente', ['/opcao-1/', '/opcao-2/']],
	// One of the three ONVIO Gestão channels.
	['push', ['/opcao-1/', '/opcao-2/']],
	// The Portal do Cliente screen.
	['Parâmetros', ['/opcao-1/', '/opcao-2/']],
])('searching "%s"', (query, pages) => {
	test(`finds ${pages.join(' and ')}`, async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(url('/'));
		await page.getByRole('button', { name: 'Pesquisar' }).first().click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
		const results = page.locator('dialog[open] .pagefind-ui__result-link');
		await results.first().waitFor({ timeout: 10_000 });
		const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		for (const expected of pages) expect(hrefs).toContain(expected);
		expect(await page.locator('dialog[open] .pagefind-ui__message').textContent()).toMatch(/resultados? para/);
		await page.close();
	});
});
