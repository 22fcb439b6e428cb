/**
 * Debian's Chromium driven by playwright-core. There is no fallback: a missing browser fails the
 * suite loudly instead of skipping it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/bench/chromium.ts';

export { CHROMIUM };

export async function launch(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package (see .ci/run).`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_FLAGS,
	});
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
