/**
 * Accessibility gate: axe-core in Chromium on every page of the built site (sitemap + 404), in both
 * themes, as loaded and again after using every control of its islands: 0 violations of WCAG 2.0, 2.1
 * and 2.2, levels A and AA. No rule is disabled; one rule is waived for one Starlight element (EXCEPTIONS).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths, pageHtml } from '../../scripts/bench/built-pages.ts';
import { launch, url, watchErrors } from './support/browser.ts';
import { useEveryControl } from './support/controls.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const pages = builtPagePaths();
const islandPages = pages.filter((path) => pageHtml(path).includes('<astro-island'));

let browser: Browser;
const contexts = new Map<Theme, BrowserContext>();
beforeAll(async () => {
	browser = await launch();
	for (const theme of THEMES) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Copy buttons then take the path a reader's browser takes: the link lands on the clipboard.
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		// Starlight's theme picker keeps the choice here and applies it before the first paint.
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		contexts.set(theme, context);
	}
});
afterAll(async () => {
	await browser?.close();
});

/**
 * The one exception, for one rule on one element. Starlight's search button is named "Pesquisar" by its
 * aria-label, and shows "Pesquisar" plus the keyboard hint "Ctrl K" (as <kbd>). axe's Label in Name rule
 * (WCAG 2.5.3) counts the hint as label text; the label a speech user says is "Pesquisar", which is the
 * name, and the shortcut is exposed by aria-keyshortcuts. The rule stays on for every other element.
 */
const EXCEPTIONS = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** The violations, one readable line each: rule, impact, and the first elements. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations
		.map((v) => ({
			...v,
			nodes: v.nodes.filter((n) => !EXCEPTIONS.some((e) => e.rule === v.id && n.target.join(' ') === e.target)),
		}))
		.filter((v) => v.nodes.length > 0)
		.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
	);
}

async function open(theme: Theme, path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await contexts.get(theme)!.newPage();
	const errors = watchErrors(page);
	await page.goto(url(path));
	expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
	return { page, errors };
}

describe.each(THEMES)('%s theme', (theme) => {
	test.each(pages)('%s as loaded: no WCAG A/AA violation', async (path) => {
		const { page, errors } = await open(theme, path);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(islandPages)('%s after using every control of its islands: no violation', async (path) => {
		const { page, errors } = await open(theme, path);
		const used = await useEveryControl(page);
		expect(used.islands).toBeGreaterThan(0);
		expect(used.checkboxes + used.buttons + used.selects).toBeGreaterThan(0);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(islandPages)('%s with a link whose state cannot be read: the notice has no violation', async (path) => {
		const { page, errors } = await open(theme, `${path}?v=1&push=talvez&%3Cb%3Exyz%3C%2Fb%3E=1`);
		await page.locator('.state-notice').first().waitFor();
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the search dialog, open with results: no violation', async () => {
		const { page } = await open(theme, '/');
		await page.getByRole('button', { name: 'Pesquisar' }).first().click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('push');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
		expect(await violations(page)).toEqual([]);
		await page.close();
	});
});
