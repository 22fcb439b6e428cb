/**
 * Debian's Chromium driven by playwright-core. There is no fallback: a missing browser fails the
 * suite loudly instead of skipping it.
 *
 * One Chromium per worker, launched by the first test file that needs it and kept for the files the worker
 * runs next (vitest.e2e.config.ts keeps a worker's modules from file to file): a launch costs seconds of CPU
 * on a 2-core machine. The worker drives it directly, with no server between them. Files that run side by
 * side are on different workers, so they never share a browser, nor its clipboard. The browser ends with
 * its worker.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/bench/chromium.ts';

function requireChromium(): void {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package (see .ci/run).`);
	}
}

let workerBrowser: Promise<Browser> | undefined;

/** The browser of a test file: its worker's Chromium. A file closes what it opened with closeContexts(). */
export function launch(): Promise<Browser> {
	requireChromium();
	workerBrowser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	return workerBrowser;
}

/** Closes the tabs and contexts a test file opened, leaving the browser to the worker's next file. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
	for (const context of browser?.contexts() ?? []) await context.close();
}

/** A site path ("/opcao-1/#onvio-7") on the site served at the server's root. */
export function url(path: string): string {
	return new URL(path, inject('baseUrl')).href;
}

/** The same site path on the copy of the site built for, and served under, a sub-path ("/guia/"). */
export function subPathUrl(path: string): string {
	return new URL(path.replace(/^\//, ''), inject('subPathUrl')).href;
}

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Opens an address as a new visit, in a new document, in a tab that served earlier ones: the office the site
 * keeps for a visit (the tab's session storage) is forgotten first, as in a new tab. A new tab costs the
 * browser a renderer process, seconds of CPU on a 2-core machine. The storage forgotten is that of the site
 * the tab leaves: a tab that goes from site to site only through visit() keeps none of an earlier visit.
 */
export async function visit(page: Page, address: string, options?: Parameters<Page['goto']>[1]): Promise<Response | null> {
	const current = page.url();
	if (/^https?:/.test(current)) {
		// The reader's stored office too: each journey starts from "todas marcadas" (the ticks stay, as they do).
		await page.evaluate(() => {
			sessionStorage.clear();
			localStorage.removeItem('notificacoes-sem-duplicidade:escritorio');
		});
		// The same address but for the anchor would only scroll the current document.
		if (current.split('#')[0] === address.split('#')[0]) await page.goto('about:blank');
	}
	return page.goto(address, options);
}

/** Makes every clipboard write of the page fail, as in a browser that refuses the permission. */
export async function refuseClipboard(page: Page): Promise<void> {
	await page.evaluate(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
	});
}

/** The worker's Chromium and one laptop-sized tab whose clipboard the site may use, for a file's tests in turn. */
export async function clipboardTab(): Promise<{ browser: Browser; tab: Page }> {
	const browser = await launch();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
	return { browser, tab: await context.newPage() };
}
