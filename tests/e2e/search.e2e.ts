/**
 * The search in Chromium: what it finds, and how it loads. Pagefind's UI, its style sheet and its index are
 * fetched only when the reader opens the search, or points at or focuses its button; the dialog opens at
 * once and keeps what is typed before the UI is ready.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const RESULT_LINKS = 'dialog[open] .pagefind-ui__result-link';

async function resultPaths(page: Page): Promise<string[]> {
	const results = page.locator(RESULT_LINKS);
	await results.first().waitFor({ timeout: 10_000 });
	return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

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
		const hrefs = await resultPaths(page);
		for (const expected of pages) expect(hrefs).toContain(expected);
		expect(await page.locator('dialog[open] .pagefind-ui__message').textContent()).toMatch(/resultados? para/);
		await page.close();
	});
});

/**
 * Pagefind's files, told by what they are rather than by their names: anything under /pagefind/ (the index,
 * its reader and WebAssembly), and any script or style sheet that carries Pagefind UI's class names.
 */
async function isPagefind(response: Response): Promise<boolean> {
	const { pathname } = new URL(response.url());
	if (pathname.includes('/pagefind/')) return true;
	const type = response.request().resourceType();
	if (type !== 'script' && type !== 'stylesheet') return false;
	return (await response.text()).includes('pagefind-ui__');
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
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	});
	afterAll(async () => {
		await context?.close();
	});

	test.each([
		['pointing at the search button', (page: Page) => page.getByRole('button', { name: 'Pesquisar' }).hover()],
		['focusing the search button', (page: Page) => page.getByRole('button', { name: 'Pesquisar' }).focus()],
	])("Pagefind's files are not requested until the reader opens the search; %s prefetches its UI", async (_, hint) => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		const pagefind = watchPagefind(page);
		await page.goto(url('/opcao-1/'));
		await readWithoutSearching(page);
		expect(await pagefind()).toEqual([]);

		await hint(page);
		await expect.poll(async () => (await pagefind()).length).toBeGreaterThanOrEqual(2);
		await page.waitForLoadState('networkidle');
		const prefetched = await pagefind();
		// The UI's script and its style sheet; the index waits for the search to open.
		expect(prefetched.every((path) => !path.includes('/pagefind/')), prefetched.join(', ')).toBe(true);
		expect(prefetched.some((path) => path.endsWith('.js'))).toBe(true);
		expect(prefetched.some((path) => path.endsWith('.css'))).toBe(true);

		await page.keyboard.press('Control+K');
		await page.keyboard.type('push');
		expect(await resultPaths(page)).toContain('/opcao-1/');
		expect(await pagefind()).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
		expect(errors).toEqual([]);
		await page.close();
	});

	test('Ctrl+K right after the page appears, then typing at once: the whole query is kept and searched', async () => {
		const page = await context.newPage();
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
		await page.goto(url('/opcao-1/'), { waitUntil: 'domcontentloaded' });
		const query = 'Notificar Cliente';
		await page.keyboard.press('Control+K');
		await page.keyboard.type(query);

		// The dialog is open, and the reader's text is in the focused input while the UI is still on its way.
		expect(uiRequested).toBe(true);
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
		// Typing goes on in Pagefind's input, after the text handed over.
		await page.keyboard.type('s');
		expect(await input.inputValue()).toBe(`${query}s`);
		await page.keyboard.press('Backspace');
		const hrefs = await resultPaths(page);
		expect(hrefs).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/']));
		expect(await page.locator('dialog[open] .pagefind-ui__message').textContent()).toMatch(/resultados? para/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('"/" opens the search outside a text field, and Escape closes it', async () => {
		const page = await context.newPage();
		await page.goto(url('/'));
		await page.keyboard.press('/');
		const dialog = page.locator('site-search dialog');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		// The "/" opened the search; it was not typed.
		await page.keyboard.type('push');
		const input = page.locator('dialog[open] input.pagefind-ui__search-input');
		await input.waitFor();
		expect(await input.inputValue()).toBe('push');
		expect(await resultPaths(page)).toContain('/opcao-1/');
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		await page.close();
	});
});
