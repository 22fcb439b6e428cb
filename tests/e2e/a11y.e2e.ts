/**
 * Accessibility and CSP gates in one pass: every page of the built site (sitemap + 404), served with the
 * headers of dist/_headers as Netlify or Cloudflare Pages serve it, in both themes, as loaded and again
 * after using every control, and with search running.
 * Each page is opened once, in one theme (the two alternate from page to page, so that both are applied by
 * Starlight's script under the policy), and checked in the other too by switching with the theme picker,
 * as a reader does: the controls are then used once, and checked in both themes again. A page that reads
 * its state from the address is opened from a link it can't wholly read, so its notice is checked too,
 * open and then closed.
 * - axe-core: 0 violations of WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is disabled; one rule is
 *   waived for one Starlight element (EXCEPTIONS). In the second theme of a state, the colour rules alone
 *   (COLOUR_RULES), once the page is shown to draw the same elements and controls as in the first.
 * - CSP: no `securitypolicyviolation` event and no console error, with the policy both in the response
 *   header and in the page's <meta> (tests/site/csp.test.ts checks they are the same policy, so this also
 *   covers a host that can only ship the <meta>, such as GitHub Pages); and an injected script is refused.
 * - Every page answers 200 in pt-BR with a visible heading.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPagePaths, sitemapPaths } from '../../scripts/bench/built-pages.ts';
import { axeViolations, installAxe } from './support/axe.ts';
import { closeContexts, launch, url, visit, watchErrors } from './support/browser.ts';
import { useEveryControl } from './support/controls.ts';
import { hasControlsAwaitingJs, pagesWithControls } from './support/pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const pages = builtPagePaths();
const controlPages = pagesWithControls();
/** Each page with the theme it is opened in, alternating. */
const inTurn = (paths: string[]) => paths.map((path, i) => [path, THEMES[i % THEMES.length]!] as const);

let browser: Browser;
/** One tab for every page in turn: a new tab would cost a renderer process each time (see visit()). */
let tab: Page;
let errors: string[];
beforeAll(async () => {
	browser = await launch();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// Copy buttons then take the path a reader's browser takes: the link lands on the clipboard.
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// Every CSP violation of the page, as one line. Installed by the browser, not by the page, so the
	// policy does not apply to this script.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
		);
	});
	await installAxe(context);
	tab = await context.newPage();
	errors = watchErrors(tab);
});
afterAll(async () => {
	await closeContexts(browser);
});

/**
 * The one exception, for one rule on one element. Starlight's search button is named "Pesquisar" by its
 * aria-label, and shows "Pesquisar" plus the keyboard hint "Ctrl K" (as <kbd>). axe's Label in Name rule
 * (WCAG 2.5.3) counts the hint as label text; the label a speech user says is "Pesquisar", which is the
 * name, and the shortcut is exposed by aria-keyshortcuts. The rule stays on for every other element.
 */
const EXCEPTIONS = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/**
 * The rules whose outcome a theme can change. A theme changes colours and nothing else but the theme
 * picker's icon (themeInvariants checks it on every page, in every state), so every other rule, run in the
 * first theme, finds the same in the second. Pages open in the two themes in turn, so each icon gets every rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * What the other rules read that a theme could change: whether each element is drawn, and the size of each
 * control that is not a word in a line of text (the target size). In document order, the theme picker left out.
 * Sizes of text are not compared: they change with time by design (a "Link copiado" that goes away reflows
 * its line), never with the theme.
 */
const themeInvariants = (page: Page) =>
	page.evaluate(() =>
		[...document.body.querySelectorAll('*')].map((e) => {
			if (e.closest('starlight-theme-select')) return 'theme picker';
			if (!e.checkVisibility({ visibilityProperty: true })) return '-';
			if (!e.matches('button, input, select, textarea, summary, [tabindex]') || getComputedStyle(e).display === 'inline') return '+';
			const box = e.getBoundingClientRect();
			return `${Math.round(box.width)}x${Math.round(box.height)}`;
		}),
	);

/** The violations, one readable line each: rule, impact, and the first elements. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
	return (await axeViolations(page, rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS }))
		.map((v) => ({
			...v,
			nodes: v.nodes.filter((n) => !EXCEPTIONS.some((e) => e.rule === v.id && n.target.join(' ') === e.target)),
		}))
		.filter((v) => v.nodes.length > 0)
		.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
	);
}

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);

/** Picks a theme with Starlight's picker in the header, as a reader does, and waits until the page wears it. */
async function pickTheme(page: Page, theme: Theme): Promise<void> {
	await page.getByRole('combobox', { name: 'Selecionar tema' }).selectOption(theme);
	await expect.poll(() => themeOf(page)).toBe(theme);
}

/**
 * The violations in the page's theme, then those of the colour rules in the other one, picked, once it is
 * clear that the theme changed nothing but colours: the page is left in the other theme.
 */
async function violationsInBothThemes(page: Page): Promise<string[]> {
	const current = (await themeOf(page)) as Theme;
	const found = (await violations(page)).map((v) => `${current}: ${v}`);
	const invariants = await themeInvariants(page);
	const other = THEMES.find((t) => t !== current)!;
	await pickTheme(page, other);
	expect(await themeInvariants(page), `the ${other} theme draws the same elements, and the same controls the same size`).toEqual(invariants);
	return [...found, ...(await violations(page, COLOUR_RULES)).map((v) => `${other}: ${v}`)];
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * Opens a page in a theme, and checks it answered in pt-BR with a heading, came with its policy as a
 * header, the same as its <meta>, and that Starlight's theme script ran under it (it comes before every
 * other script of the page).
 */
async function open(theme: Theme, path: string): Promise<{ page: Page; errors: string[] }> {
	const page = tab;
	errors.length = 0;
	// Starlight's theme picker keeps the choice here and applies it before the first paint.
	const stored = await page.addInitScript((t) => {
		if (location.protocol.startsWith('http')) localStorage.setItem('starlight-theme', t);
	}, theme);
	const response = await visit(page, url(path));
	await stored.dispose();
	expect(response?.status()).toBe(200);
	expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
	expect(await page.locator('h1').first().isVisible()).toBe(true);
	const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(meta).toContain('script-src');
	expect(response?.headers()['content-security-policy']).toBe(meta);
	expect(await page.evaluate(() => typeof (window as { StarlightThemeProvider?: unknown }).StarlightThemeProvider)).toBe('object');
	expect(await themeOf(page)).toBe(theme);
	return { page, errors };
}

/** Checks, once the test is done with it, that the page broke no policy and logged no error. */
async function close(page: Page, errors: string[]): Promise<void> {
	expect(await cspViolations(page), 'CSP violations').toEqual([]);
	expect(errors, 'console errors').toEqual([]);
}

test('the pages are found: the sitemap lists the public pages', () => {
	expect(sitemapPaths()).toEqual(expect.arrayContaining(['/', '/opcao-1/', '/opcao-2/', '/informacoes-complementares/']));
	expect(controlPages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/', '/simulador/', '/diagnostico/']));
});

/**
 * A link whose state can't all be read: the page opens in the state it could read, with the notice that
 * says what it could not, which a control then closes.
 */
const UNREADABLE_STATE = '?v=1&push=talvez&%3Cb%3Exyz%3C%2Fb%3E=1';

test.each(inTurn(pages))(
	'%s (opened in the %s theme), in both themes, as loaded and after using every control: no WCAG A/AA or CSP violation',
	async (path, theme) => {
		// A page that reads its state from the address is opened with an unreadable one, so that the
		// notice is checked with the page it sits in.
		const readsState = hasControlsAwaitingJs(path);
		const { page, errors } = await open(theme, readsState ? `${path}${UNREADABLE_STATE}` : path);
		if (readsState) await page.locator('.state-notice').first().waitFor();
		expect(await violationsInBothThemes(page), 'as loaded').toEqual([]);
		const used = await useEveryControl(page);
		if (readsState) {
			expect(used.controls).toBeGreaterThan(0);
			expect(used.checkboxes + used.buttons + used.selects).toBeGreaterThan(0);
			// Its "Fechar aviso" was one of the buttons pressed.
			expect(await page.locator('.state-notice').count()).toBe(0);
		}
		const changed = used.disclosures + used.details + used.checkboxes + used.selects + used.buttons > 0;
		if (changed) expect(await violationsInBothThemes(page), 'after using every control').toEqual([]);
		await close(page, errors);
	},
);

// The dialog covers the theme picker, so each theme is opened on a page of its own.
describe.each([
	['light', '/'],
	['dark', '/opcao-1/'],
] as const)('%s theme', (theme, path) => {
	test(`searching from ${path}: the dialog, open with results, has no violation`, async () => {
		const { page, errors } = await open(theme, path);
		await page.getByRole('button', { name: 'Pesquisar' }).first().click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('push');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
		expect(await violations(page)).toEqual([]);
		await close(page, errors);
	});
});

test('the policy is enforced: an injected inline script is refused, by the header and by the <meta>', async () => {
	const page = tab;
	await visit(page, url('/opcao-1/'));
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
	});
	expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
	// Reported once per policy in force: the header's and the <meta>'s.
	await expect.poll(async () => (await cspViolations(page)).length).toBe(2);
	for (const violation of await cspViolations(page)) expect(violation).toMatch(/^script-src-elem blocked inline/);
});
