/**
 * Debian's Chromium driven by playwright-core. There is no fallback: a missing browser fails the
 * suite loudly instead of skipping it.
 *
 * The global setup (below) launches one Chromium per worker; a test file connects to its worker's. The
 * files a worker runs one after the other thus share a browser, which spares each a launch (seconds of CPU
 * on a 2-core machine), and files that run side by side never share one, nor its clipboard.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/bench/chromium.ts';

export { CHROMIUM };

declare module 'vitest' {
	export interface ProvidedContext {
		/** One Chromium per worker: its endpoint is at the worker's VITEST_POOL_ID - 1. */
		browserEndpoints: string[];
	}
}

function requireChromium(): void {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package (see .ci/run).`);
	}
}

/** The browser of a test file: its worker's Chromium. Closing it closes what the file opened, not the browser. */
export async function launch(): Promise<Browser> {
	requireChromium();
	const endpoints = inject('browserEndpoints');
	const worker = Number(process.env['VITEST_POOL_ID'] ?? '1');
	const endpoint = endpoints[worker - 1];
	if (!endpoint) throw new Error(`No browser for worker ${worker} of ${endpoints.length}.`);
	return chromium.connect(endpoint);
}

// Global setup: one Chromium per worker, for the whole run.
export default async function setup(project: TestProject) {
	requireChromium();
	const servers: BrowserServer[] = await Promise.all(
		Array.from({ length: project.globalConfig.maxWorkers }, () => chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })),
	);
	project.provide(
		'browserEndpoints',
		servers.map((s) => s.wsEndpoint()),
	);
	return async () => {
		for (const server of servers) await server.close();
	};
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
		await page.evaluate(() => sessionStorage.clear());
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
