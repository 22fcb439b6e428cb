/**
 * Reading a served page through in a browser, for the word count and the browser suite alike.
 */
import type { Page } from 'playwright-core';

/**
 * Reads the page as a person would, pointer moving and scrolling to the end, until the network is idle: every
 * script the page loads by then (its islands' included) has run. A control used earlier works too: its input
 * is replayed (client:replay). Returns the number of interactive fieldsets and buttons in the content.
 */
export async function readPageThrough(page: Page): Promise<number> {
	await page.mouse.move(20, 20);
	await page.mouse.move(40, 40);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.waitForLoadState('networkidle');
	return page.locator('main fieldset, main button').count();
}
