import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitemapPaths } from '../../scripts/bench/built-pages.ts';
import { launch, url, watchErrors } from './support/browser.ts';

// Every page the sitemap announces, as a reader's browser gets it.
const paths = sitemapPaths();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

test('the sitemap lists the public pages', () => {
	expect(paths).toEqual(
		expect.arrayContaining(['/', '/opcao-1/', '/opcao-2/', '/informacoes-complementares/']),
	);
});

describe.each(paths)('%s', (path) => {
	test('opens in pt-BR with a heading and no console error', async () => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		const response = await page.goto(url(path));
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
		await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});

test('an unknown address answers with the Portuguese 404 page', async () => {
	const page = await browser.newPage();
	const response = await page.goto(url('/nao-existe/'));
	expect(response?.status()).toBe(404);
	expect(await page.textContent('main')).toContain('Página não encontrada');
	await page.close();
});
