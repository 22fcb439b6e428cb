/** Links a reader copies out of the site, checked the way that reader would: by opening them. */
import type { BrowserContext } from 'playwright-core';

/** Every http(s) URL in a text, without the punctuation that ends a sentence or a Markdown link. */
export function urlsIn(text: string): string[] {
	return [...text.matchAll(/https?:\/\/[^\s)<>\]]+/g)].map(([found]) => found.replace(/[.,;:]+$/, ''));
}

/** Opens a URL in a fresh page and reports what a reader would notice: the status, and whether its anchor exists. */
export async function openCopied(context: BrowserContext, link: string): Promise<{ status: number; anchorFound: boolean }> {
	const page = await context.newPage();
	const response = await page.goto(link);
	const hash = new URL(link).hash.slice(1);
	const anchorFound = hash === '' || (await page.locator(`[id="${decodeURIComponent(hash)}"]`).count()) === 1;
	await page.close();
	return { status: response?.status() ?? 0, anchorFound };
}
