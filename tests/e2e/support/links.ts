/** Links a reader copies out of the site, checked the way that reader would: by opening them. */
import type { Locator, Page } from 'playwright-core';
import { visit } from './browser.ts';

/** Every http(s) URL in a text, without the punctuation that ends a sentence or a Markdown link. */
export function urlsIn(text: string): string[] {
	return [...text.matchAll(/https?:\/\/[^\s)<>\]]+/g)].map(([found]) => found.replace(/[.,;:]+$/, ''));
}

/**
 * Opens a URL as a new visit in the given tab (one tab serves a whole list of links; see visit()) and reports
 * what a reader would notice: the status, and whether its anchor exists.
 */
export async function openCopied(page: Page, link: string): Promise<{ status: number; anchorFound: boolean }> {
	const response = await visit(page, link);
	const hash = new URL(link).hash.slice(1);
	const anchorFound = hash === '' || (await page.locator(`[id="${decodeURIComponent(hash)}"]`).count()) === 1;
	return { status: response?.status() ?? 0, anchorFound };
}

/**
 * Copies as a reader does: clicks the copy button, waits for the confirmation the page shows (e.g. its
 * "Link copiado"), and returns what the page put on the clipboard.
 */
export async function copyWith(button: Locator, confirmation: Locator): Promise<string> {
	await button.click();
	await confirmation.waitFor();
	return button.page().evaluate(() => navigator.clipboard.readText());
}
