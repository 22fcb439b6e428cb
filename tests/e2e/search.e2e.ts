/**
 * The search in Chromium: how it loads. Pagefind's UI and its index are fetched only when the reader opens
 * the search, or points at or focuses its button (its styles come with the page, as in Starlight); the dialog
 * opens at once and keeps what is typed before the UI is ready. What it finds is search-results.e2e.ts.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { closeContexts, launch, url, visit, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});

const RESULT_LINKS = 'dialog[open] .pagefind-ui__result-link';

/** The paths the results lead to, once they are listed for the whole query (not for a part typed so far). */
async function resultPaths(page: Page, query: string): Promise<string[]> {
	await page
		.locator('dialog[open] .pagefind-ui__message')
		.filter({ hasText: new RegExp(`resultados? para ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
		.waitFor({ timeout: 10_000 });
	// Each result loads its data on its own: wait until every listed result shows its link.
	await page.waitForFunction(() => {
		const results = document.querySelectorAll('dialog[open] .pagefind-ui__result');
		return results.length > 0 && [...results].every((r) => r.querySelector('.pagefind-ui__result-link'));
	});
	return listedPaths(page);
}

/** The paths the results listed right now lead to. */
function listedPaths(page: Page): Promise<string[]> {
	return page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Pagefind's files, told by what they are rather than by their names: anything under /pagefind/ (the index,
 * its reader and WebAssembly), and any script that carries Pagefind UI's class names.
 */
async function isPagefind(response: Response): Promise<boolean> {
	const { pathname } = new URL(response.url());
	if (pathname.includes('/pagefind/')) return true;
	const type = response.request().resourceType();
	if (type !== 'script') return false;
	// A file the browser kept from an earlier page is revalidated (304) and comes without a body: read it from the server.
	const body = response.status() === 304 ? await (await fetch(response.url())).text() : await response.text();
	return body.includes('pagefind-ui__');
}

/** Every Pagefind file the page receives, as site paths, in order. */
function watchPagefind(page: Page): () => Promise<string[]> {
	const seen: Promise<string | undefined>[] = [];
	page.on('response', (response) =>
		seen.push(isPagefind(response).then((yes) => (yes ? new URL(response.url()).pathname : undefined))),
	);
	return async () => (await Promise.all(seen)).filter((path): path is string => path !== undefined);
}

/** Reads the page as a reader who does not search: pointer over the content, scroll to the bottom, idle network. */
async function readWithoutSearching(page: Page): Promise<void> {
	await page.mouse.move(640, 500);
	await page.mouse.move(700, 560, { steps: 4 });
	await page.evaluate(async () => {
		while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
			scrollBy(0, innerHeight);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
	});
	await page.waitForLoadState('networkidle');
}

describe('loading on demand', () => {
	// One tab for the tests in turn, each on a new document: what a page loads is per document (see visit()).
	let tab: Page;
	beforeAll(async () => {
		tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	});
	beforeEach(async () => {
		// Nothing of an earlier test: its listeners, its routes, its pointer (left on the search button, it
		// would point at the button of the next page as soon as it appears).
		tab.removeAllListeners();
		await tab.unrouteAll();
		await tab.mouse.move(0, 0);
	});

	test.each([
		['pointing at the search button', (page: Page) => page.getByRole('button', { name: 'Pesquisar' }).hover()],
		['focusing the search button', (page: Page) => page.getByRole('button', { name: 'Pesquisar' }).focus()],
	])("Pagefind's files are not requested until the reader opens the search; %s prefetches its UI", async (_, hint) => {
		const page = tab;
		const errors = watchErrors(page);
		const pagefind = watchPagefind(page);
		await visit(page, url('/opcao-1/'));
		await readWithoutSearching(page);
		expect(await pagefind()).toEqual([]);

		await hint(page);
		await expect.poll(async () => (await pagefind()).length).toBeGreaterThanOrEqual(1);
		await page.waitForLoadState('networkidle');
		const prefetched = await pagefind();
		// The UI's script; the index waits for the search to open.
		expect(prefetched.every((path) => !path.includes('/pagefind/')), prefetched.join(', ')).toBe(true);
		expect(prefetched.some((path) => path.endsWith('.js'))).toBe(true);

		await page.keyboard.press('Control+k');
		await page.keyboard.type('push');
		expect(await resultPaths(page, 'push')).toContain('/opcao-1/');
		expect(await pagefind()).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
		expect(errors).toEqual([]);
	});

	test('Ctrl+K right after the page appears, then typing at once: the whole query is kept and searched', async () => {
		const page = tab;
		const errors = watchErrors(page);
		// Holds Pagefind UI's script back, so every keystroke lands before the UI is ready.
		let releaseUi!: () => void;
		const uiHeld = new Promise<void>((resolve) => (releaseUi = resolve));
		let uiRequested = false;
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('pagefind-ui__search-input')) {
				uiRequested = true;
				await uiHeld;
			}
			await route.fulfill({ response, body });
		});
		// As soon as the document is parsed and its scripts have run: no load event, no idle time.
		await visit(page, url('/opcao-1/'), { waitUntil: 'domcontentloaded' });
		const query = 'Notificar Cliente';
		await page.keyboard.press('Control+k');
		await page.keyboard.type(query);

		// The dialog is open, and the reader's text is in the focused input while the UI is still on its way (asked
		// for, held back: on a busy machine its request may be under way only after the last keystroke).
		await expect.poll(() => uiRequested).toBe(true);
		expect(await page.locator('dialog[open] .pagefind-ui__search-input').count()).toBe(0);
		const typed = await page.evaluate(() => {
			const active = document.activeElement;
			return active instanceof HTMLInputElement && active.closest('dialog[open]') ? active.value : null;
		});
		expect(typed).toBe(query);

		releaseUi();
		const input = page.locator('dialog[open] input.pagefind-ui__search-input');
		await input.waitFor();
		expect(await input.inputValue()).toBe(query);
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		// The results of what was typed before the UI was ready.
		const hrefs = await resultPaths(page, query);
		expect(hrefs).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
		// Typing goes on in Pagefind's input, after the text handed over, and is searched in turn.
		await page.keyboard.type('s');
		expect(await input.inputValue()).toBe(`${query}s`);
		await page.keyboard.press('Backspace');
		expect(await input.inputValue()).toBe(query);
		// Pagefind UI redraws the list once per search it ran (the longer query, then this one): the list
		// must come back to the same results.
		await expect.poll(() => listedPaths(page)).toEqual(hrefs);
		await expect.poll(() => page.locator('dialog[open] .pagefind-ui__message').textContent()).toMatch(/resultados? para Notificar Cliente$/);
		expect(errors).toEqual([]);
		// The tab serves the next tests: its scripts are no longer held or routed.
		await page.unroute('**/*.js');
	});

	test('a failed load says so in the dialog; once the page is reloaded the search works', async () => {
		const page = tab;
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('pagefind-ui__search-input')) await route.abort('internetdisconnected');
			else await route.fulfill({ response, body });
		});
		await visit(page, url('/opcao-2/'));
		await page.keyboard.press('Control+k');
		await page.keyboard.type('push');
		const alert = page.getByRole('alert').filter({ hasText: 'Não foi possível carregar a pesquisa. Verifique a conexão e recarregue a página.' });
		await alert.waitFor();
		await page.unroute('**/*.js');
		await page.reload();
		await page.keyboard.press('Control+k');
		await page.keyboard.type('push');
		expect(await resultPaths(page, 'push')).toContain('/opcao-2/');
		expect(await alert.isVisible()).toBe(false);
	});

	test('"/" opens the search outside a text field, Escape closes it, and Ctrl+K works with Caps Lock on', async () => {
		const page = tab;
		await visit(page, url('/'));
		await page.keyboard.press('/');
		const dialog = page.locator('site-search dialog');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		// The "/" opened the search; it was not typed.
		await page.keyboard.type('push');
		const input = page.locator('dialog[open] input.pagefind-ui__search-input');
		await input.waitFor();
		expect(await input.inputValue()).toBe('push');
		expect(await resultPaths(page, 'push')).toContain('/opcao-1/');
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		// With Caps Lock on, Ctrl+K sends "K": it opens and closes the search all the same.
		await page.keyboard.press('Control+K');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await page.keyboard.press('Control+K');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
	});
});
