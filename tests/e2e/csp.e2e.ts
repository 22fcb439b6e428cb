/**
 * CSP gate in Chromium: no page of the built site (sitemap + 404) breaks its Content Security Policy,
 * while loading, while a reader uses every control, or while searching. Run twice: with the policy as
 * the build ships it (a <meta>, which covers what follows it in the <head>), and delivered as an HTTP
 * header the way a host should serve it, which covers the whole document.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths } from '../../scripts/bench/built-pages.ts';
import { launch, url, watchErrors } from './support/browser.ts';
import { useEveryControl } from './support/controls.ts';

const DELIVERIES = ['meta', 'header'] as const;
type Delivery = (typeof DELIVERIES)[number];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Sends each HTML document with its own <meta> policy copied into a Content-Security-Policy header. */
async function serveAsHeader(context: BrowserContext): Promise<void> {
	await context.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const body = await response.text();
		const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(body);
		if (!meta) throw new Error(`${route.request().url()} has no policy to serve`);
		const policy = meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
		await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': policy } });
	});
}

async function openContext(delivery: Delivery): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	if (delivery === 'header') await serveAsHeader(context);
	// Installed by the browser, not by the page, so the policy does not apply to it.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
		);
	});
	return context;
}

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe.each(DELIVERIES)('policy delivered as %s', (delivery) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await openContext(delivery);
	});
	afterAll(async () => {
		await context?.close();
	});

	test.each(builtPagePaths())('%s: loading, using every control and searching break nothing', async (path) => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		const response = await page.goto(url(path));
		if (delivery === 'header') expect(response?.headers()['content-security-policy']).toContain('script-src');
		// Starlight's theme script ran (it sits before the <meta>, so the header run is its real test).
		expect(await page.evaluate(() => typeof (window as { StarlightThemeProvider?: unknown }).StarlightThemeProvider)).toBe('object');
		await useEveryControl(page);
		await page.getByRole('button', { name: 'Pesquisar' }).first().click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('cliente');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
		expect(await violationsOf(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the policy is enforced: an injected inline script is refused', async () => {
		const page = await context.newPage();
		await page.goto(url('/opcao-1/'));
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
		// Reported once per policy: by the <meta>, and by the header too where there is one.
		await expect.poll(async () => (await violationsOf(page)).length).toBe(delivery === 'header' ? 2 : 1);
		for (const violation of await violationsOf(page)) expect(violation).toMatch(/^script-src-elem blocked inline/);
		await page.close();
	});
});
