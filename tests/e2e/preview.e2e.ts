/**
 * The docked "Prévia do cliente" as its readers meet it: with the keyboard on a laptop, zoomed to 400 %, through
 * a screen reader's live region, and on a page that opens in a simulation set elsewhere.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, url, visit, watchErrors } from './support/browser.ts';
import { untilEnabled } from './support/controls.ts';
import { LAPTOP, PHONE, ZOOMED } from './support/devices.ts';
import { previewAnnouncement, previewStatus } from './support/preview.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});


const tabs = new Map<BrowserContextOptions, Promise<Page>>();
function tab(device: BrowserContextOptions): Promise<Page> {
	if (!tabs.has(device)) tabs.set(device, browser.newContext(device).then((context) => context.newPage()));
	return tabs.get(device)!;
}

/** Opens the preview's details from the keyboard, once the islands are live. */
async function openWithKeyboard(page: Page): Promise<void> {
	const toggle = page.locator('.client-preview__toggle');
	await untilEnabled(toggle);
	await toggle.focus();
	await page.keyboard.press('Enter');
	await page.getByRole('heading', { name: 'O cliente recebe' }).waitFor();
}

/** Where the focused element is: its box on screen, and whether anything else is drawn over its centre. */
function focusedPlace(page: Page) {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement;
		const box = focused.getBoundingClientRect();
		const inPanel = Boolean(focused.closest('.client-preview'));
		const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			name: `${focused.tagName.toLowerCase()} ${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 30)}`,
			inPanel,
			whole: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
			covered: !(topmost && (topmost === focused || focused.contains(topmost))),
		};
	});
}

test('on a laptop, Tab through the open preview moves nothing behind it, and Escape brings the reader back', async () => {
	const page = await tab(LAPTOP);
	const errors = watchErrors(page);
	await visit(page, url('/opcao-1/'));
	await page.locator('#onvio-4').scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => scrollY);
	await openWithKeyboard(page);
	const seen: number[] = [];
	for (let i = 0; i < 8; i++) {
		await page.keyboard.press('Tab');
		if (!(await focusedPlace(page)).inPanel) break;
		seen.push(await page.evaluate(() => scrollY));
	}
	expect(seen.length).toBeGreaterThan(4);
	expect(new Set(seen)).toEqual(new Set([before]));
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Escape');
	await expect.poll(() => page.locator('.client-preview__toggle').getAttribute('aria-expanded')).toBe('false');
	expect(await page.evaluate(() => document.activeElement?.classList.contains('client-preview__toggle'))).toBe(true);
	expect(await page.evaluate(() => scrollY)).toBe(before);
	expect(errors).toEqual([]);
});

test('on a laptop, Alt+Shift+P reaches the preview from a step, and Escape returns to that step', async () => {
	const page = await tab(LAPTOP);
	const errors = watchErrors(page);
	await visit(page, url('/opcao-1/'));
	const toggle = page.locator('.client-preview__toggle');
	await untilEnabled(toggle);
	expect(await toggle.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+P');
	const mark = page.getByRole('checkbox', { name: 'Passo 4 de “Configuração no ONVIO Gestão e Portal do Cliente” feito', exact: true });
	await mark.focus();
	await page.keyboard.press('Alt+Shift+KeyP');
	await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
	expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
	// The box was not ticked by the keys.
	expect(await mark.isChecked()).toBe(false);
	await page.keyboard.press('Escape');
	await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
	expect(await mark.evaluate((box) => box === document.activeElement)).toBe(true);
	expect(errors).toEqual([]);
});

test('at 400 % zoom (320×256), the open preview is a sheet of its own: every control Tab reaches in it is whole and uncovered', async () => {
	const page = await tab(ZOOMED);
	const errors = watchErrors(page);
	await visit(page, url('/opcao-1/'));
	await openWithKeyboard(page);
	// Its first control, the button that folds it, is in view with the focus on it.
	expect(await focusedPlace(page)).toMatchObject({ inPanel: true, whole: true, covered: false });
	const places = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const place = await focusedPlace(page);
		if (!place.inPanel) break;
		places.push(place);
	}
	expect(places.length).toBeGreaterThan(6);
	expect(places.filter((p) => !p.whole || p.covered)).toEqual([]);
	// The sheet has room to read: more than the folded bar's height below the site's header.
	const sheet = await page.locator('.client-preview').boundingBox();
	expect(sheet!.height).toBeGreaterThan(120);
	expect(errors).toEqual([]);
});

test('at 200 % zoom (640×400) with the text-spacing styles of WCAG 1.4.12, the folded preview is on screen from the top of the page', async () => {
	// A reader's own style sheet: the page's policy does not apply to it.
	const context = await browser.newContext({ viewport: { width: 640, height: 400 }, bypassCSP: true });
	const page = await context.newPage();
	await visit(page, url('/opcao-1/'));
	await page.addStyleTag({
		content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
	});
	await untilEnabled(page.locator('.client-preview__toggle'));
	const box = (await page.locator('.client-preview').boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(400 + 1);
	expect(await page.locator('.client-preview__toggle').isVisible()).toBe(true);
	// The end of the page is not hidden under it: the last link can be scrolled above the panel.
	await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
	const last = await page.locator('main a').last().boundingBox();
	expect(last!.y + last!.height).toBeLessThanOrEqual((await page.locator('.client-preview').boundingBox())!.y);
	await context.close();
});

test('a screen reader hears one short sentence once a change settles, even one made before the preview woke, and a box of the other client answers', async () => {
	const page = await (await browser.newContext(PHONE)).newPage();
	// The preview's code arrives only after the reader's first tap, as on a slow connection.
	let wake!: () => void;
	const held = new Promise<void>((resolve) => (wake = resolve));
	await page.route(/\/ClientPreview\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await visit(page, url('/opcao-2/'));
	const box = page.locator('#clientes-3 .replica input[data-setting="cliente.oficina"]');
	await untilEnabled(box);
	await page.locator('#onvio-7 .replica input[data-setting="aviso"]').tap();
	// The preview is still the server's markup: its island has not hydrated.
	expect(await page.locator('astro-island[ssr] .client-preview').count()).toBe(1);
	wake();
	// Halfway through Opção 2, what is still missing: the client hears from Domínio Processos of completed tasks.
	await expect.poll(() => previewAnnouncement(page).textContent()).toBe(
		'O ONVIO Portal do Cliente avisa o cliente sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
	);
	// The second client's box brings that client into the preview, and the verdict follows.
	await box.tap();
	await expect.poll(() => page.locator('.client-preview__title').textContent()).toContain('Oficina Mecânica Irmãos Souza ME');
	await expect.poll(() => previewAnnouncement(page).textContent()).toBe('Toda a comunicação será feita pelo ONVIO Portal do Cliente.');
	const said = (await previewAnnouncement(page).textContent())!;
	expect(said.split(/\s+/).length).toBeLessThanOrEqual(12);
	expect(said).not.toMatch(/[⚠✓∅◐]/u);
	expect(await page.locator('[aria-live]').count()).toBe(1);
});

test('the reader’s boxes follow from page to page as their own office, with no notice', async () => {
	const page = await tab(PHONE);
	await visit(page, url('/opcao-2/'));
	const aviso = page.locator('#onvio-7 .replica input[data-setting="aviso"]');
	await untilEnabled(aviso);
	await aviso.tap();
	// As a reader would, who sees the box change before leaving the page.
	await expect.poll(() => aviso.isChecked()).toBe(false);
	expect(await page.locator('.origin-notice').count()).toBe(0);
	await page.getByRole('link', { name: /Anterior/ }).tap();
	await page.waitForURL(/\/opcao-1\//);
	await expect.poll(() => page.locator('#onvio-7 .replica input[data-setting="aviso"]').isChecked()).toBe(false);
	expect(await page.locator('.origin-notice').count()).toBe(0);
	await expect.poll(() => previewStatus(page).textContent()).toContain(
		'O ONVIO Portal do Cliente avisa o cliente sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
	);
});
