/**
 * Hostile input gate in Chromium: links a ticket could carry, opened on the pages that read their state
 * from the address (every page whose controls the server renders disabled until JavaScript runs: the
 * simulator's islands), one page per link in turn, on a phone as a ticket's link often is. Each page is
 * read once its network is idle, so that every island has woken. No exception, no console error, the pt-BR notice
 * whenever the query has something unreadable, and nothing from the address ever becomes markup or runs:
 * payloads appear, if at all, as text. An unknown address, or one with markup in its path, gets the 404 page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, url, watchErrors } from './support/browser.ts';
import { pagesWithControls } from './support/pages.ts';

const statePages = pagesWithControls();
const NOTICE_TITLE = 'Parte deste link não pôde ser lida';

interface Case {
	/** Appended to the page path: a query, a fragment or both. */
	tail: string;
	/** Whether the query has something the codec cannot use, so the notice must show. */
	notice: boolean;
	/** Text the notice must show literally (a payload echoed as text). */
	echo?: string;
}

const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
const CASES: [string, Case][] = [
	// Markup and scripts in a value, raw and percent-encoded.
	['script in a value', { tail: '?v=1&onvio=<script>window.__pwned=1</script>', notice: true, echo: '<script>' }],
	['img onerror in a value', { tail: `?v=1&push=${encodeURIComponent(XSS_IMG)}`, notice: true, echo: '<img src=x' }],
	['attribute breakout in a value', { tail: '?v=1&email=%22%3E%3Csvg%2Fonload%3Dwindow.__pwned%3D1%3E', notice: true, echo: '"><svg' }],
	['javascript: URL as a value', { tail: '?v=1&onvio=javascript:window.__pwned=1', notice: true, echo: 'javascript:' }],
	['template expression as a value', { tail: '?v=1&onvio=${window.__pwned=1}', notice: true }],
	// Markup as a key.
	['script as a key', { tail: `?v=1&${encodeURIComponent('<script>window.__pwned=1</script>')}=0`, notice: true, echo: '<script>' }],
	['bold tag as a key', { tail: '?v=1&<b>negrito</b>=1', notice: true, echo: '<b>negrito</b>' }],
	['template injection as a key', { tail: `?v=1&${encodeURIComponent("{{constructor.constructor('window.__pwned=1')()}}")}=1`, notice: true }],
	// Prototype names.
	['__proto__', { tail: '?__proto__=1&v=1', notice: true, echo: '__proto__' }],
	['__proto__[polluted]', { tail: '?v=1&__proto__[polluted]=1', notice: true }],
	['constructor.prototype', { tail: '?v=1&constructor[prototype][polluted]=1&constructor=0', notice: true }],
	['Object.prototype methods', { tail: '?v=1&toString=0&hasOwnProperty=1&valueOf=0', notice: true, echo: 'toString' }],
	['task and client named __proto__', { tail: '?v=1&tarefa.__proto__=0&cliente.constructor=0', notice: true }],
	// Repetition and size.
	['a key three times', { tail: '?v=1&onvio=0&onvio=1&onvio=0', notice: true, echo: '3 vezes' }],
	['a key 200 times', { tail: `?v=1${'&push=0'.repeat(200)}`, notice: true, echo: '200 vezes' }],
	['a 5,000-character value', { tail: `?v=1&email=${'x'.repeat(5000)}`, notice: true }],
	// Past the codec's 2,000-character limit (a host refuses far longer request lines before the page sees them).
	['a 6,000-character query', { tail: `?v=1&onvio=0&${'a'.repeat(6000)}`, notice: true, echo: 'caracteres' }],
	['60 unknown keys', { tail: `?v=1&${Array.from({ length: 60 }, (_, i) => `k${i}=1`).join('&')}`, notice: true, echo: 'Há mais' }],
	// Versions.
	['a huge version', { tail: '?v=999999999999&onvio=0', notice: true }],
	['a negative version', { tail: '?v=-1&onvio=0', notice: true }],
	['a newer version', { tail: '?v=2&onvio=0', notice: true, echo: 'versão 2' }],
	// Unicode and encoding accidents.
	['emoji version', { tail: '?v=%F0%9F%98%80', notice: true }],
	['half an emoji as a key', { tail: '?v=1&%F0%9F=1', notice: true }],
	['right-to-left override in a key', { tail: '?v=1&%E2%80%AEonvio=0', notice: true }],
	['NUL and zero-width characters', { tail: '?v=1&onvio=%00&push=%E2%80%8B', notice: true }],
	['broken percent escapes', { tail: '?v=1&push=%E0%A4%A&email=%', notice: true }],
	['non-Latin keys', { tail: '?v=1&уведомление=0&通知=1', notice: true, echo: '通知' }],
	['values that look like booleans', { tail: '?v=1&onvio=true&push=1e0&email=0x0', notice: true }],
	['empty keys and values', { tail: '?&&&=&==&v=1&onvio=', notice: true }],
	['semicolons as separators', { tail: '?v=1;onvio=0;push=0', notice: true }],
	// The fragment: the state is fine, the anchor is not (no notice, and nothing may break).
	['markup in the fragment', { tail: `?v=1&onvio=0#${XSS_IMG}`, notice: false }],
	['encoded script in the fragment', { tail: '#%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E', notice: false }],
	['an anchor that does not exist', { tail: '#onvio-99', notice: false }],
	['a 5,000-character fragment', { tail: `#${'a'.repeat(5000)}`, notice: false }],
];

/** A tab, with the console errors and uncaught exceptions of the page it shows now. */
interface Tab {
	page: Page;
	errors: string[];
}

let browser: Browser;
/**
 * Two tabs, each opening one link after another: while one page settles (its network idle), the other is
 * read, so a link's wait costs the run no time.
 */
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
beforeAll(async () => {
	browser = await launch();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	for (let i = 0; i < 2; i++) {
		const page = await context.newPage();
		idle.push({ page, errors: watchErrors(page) });
	}
});
afterAll(async () => {
	await closeContexts(browser);
});

/** Runs a check in the first tab free, with its error list emptied. */
async function inTab<T>(check: (tab: Tab) => Promise<T>): Promise<T> {
	const tab = idle.pop() ?? (await new Promise<Tab>((resolve) => waiting.push(resolve)));
	tab.errors.length = 0;
	try {
		return await check(tab);
	} finally {
		const next = waiting.shift();
		if (next) next(tab);
		else idle.push(tab);
	}
}

/** Script elements the document has beyond those of its HTML as the server sends it (parsed, never run). */
function addedScripts(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const sent = new DOMParser().parseFromString(await (await fetch(location.pathname)).text(), 'text/html');
		return document.scripts.length - sent.scripts.length;
	});
}

/** Elements carrying an inline event handler attribute: none exist in the built pages, so any is injected. */
function handlerAttributes(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((e) =>
			[...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}[${a.name}]`),
		),
	);
}

test('the pages that read a state are found', () => {
	expect(statePages).toEqual(expect.arrayContaining(['/opcao-1/', '/opcao-2/', '/simulador/', '/diagnostico/']));
});

// Every case starts at once and waits for one of the two tabs: its time counts the queue before it.
test.concurrent.for(CASES.map(([name, c], i) => [name, statePages[i % statePages.length]!, c] as const))(
	'%s, on %s',
	{ timeout: 120_000 },
	([, path, { tail, notice, echo }], { expect }) =>
		inTab(async ({ page, errors }) => {
			const response = await page.goto(url(`${path}${tail}`));
			expect(response?.status()).toBe(200);
			// A state in the address wakes the page's islands at once; every check below reads them live.
			if (tail.startsWith('?')) await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);

			const notices = page.locator('.state-notice');
			if (notice) {
				await notices.first().waitFor();
				const text = (await notices.first().innerText()).replace(/\s+/g, ' ');
				expect(text).toContain(NOTICE_TITLE);
				if (echo) expect(text).toContain(echo);
				// Each issue is a list item of plain text: no element was made from the address.
				expect(await notices.first().locator('li *').count()).toBe(0);
			} else {
				expect(await notices.count()).toBe(0);
			}

			expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
			expect(await handlerAttributes(page)).toEqual([]);
			expect(await addedScripts(page)).toBe(0);
			expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
			// The page still works: the preview or the diagnosis shows a status.
			expect(await page.locator('.status-badge').filter({ visible: true }).count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
		}),
);

test.each([
	// An address that does not exist.
	['/nao-existe/'],
	// Markup in the path: the Portuguese 404 page, and nothing runs.
	['/opcao-1/<script>window.__pwned=1</script>/'],
	['/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E/'],
])('%s answers with the 404 page', (path) =>
	inTab(async ({ page, errors }) => {
		const response = await page.goto(url(path));
		expect(response?.status()).toBe(404);
		expect(await page.locator('main').innerText()).toContain('Página não encontrada');
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(await handlerAttributes(page)).toEqual([]);
		// The 404 status of the document itself is the one console error a browser reports here.
		expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
	}),
);
