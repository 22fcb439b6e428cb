/**
 * Page weight in Chromium: the JavaScript a page loads as a reader meets it, measured from outside the page,
 * next to a stock Starlight site built in the same run (stock.ts).
 *
 * - "awake": load the page, press the pointer on its first island (islands wake at the reader's first input,
 *   and one wakes all), move the pointer over the content, scroll to the bottom a screen at a time, let the
 *   browser be idle once, and wait until the network is idle;
 * - "first view": load the page and wait until the network is idle, with no input at all.
 *
 * The weight is the sum, over every script response (each URL once: classic and module scripts, module
 * preloads, dynamic imports), of its body gzipped (zlib level 6, as a static host compresses text; the local
 * server does not compress), plus the page's inline scripts, each gzipped on its own; the inline share is
 * also shown beside the figure. The pointer never passes over the
 * header, so the search button's prefetch hint stays untouched, as for a reader who does not search.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveDist } from '../serve/dist-server.ts';
import { builtPagePaths, pageHtml } from './built-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { inlineScripts, type Moment } from './page-js.ts';
import { TARGETS, kindOf } from './targets.ts';
import { buildStock, STOCK_PAGES } from './stock.ts';
import type { Row } from './table.ts';

const KB = 1024;

type Mode = Moment;

interface Weight {
	/** Script responses, site path → gzip bytes. */
	files: Map<string, number>;
	/** What the page loads: the script responses and its inline JavaScript, gzip bytes. */
	gzip: number;
	/** The inline JavaScript of the document alone, gzip bytes (part of `gzip`). */
	inline: number;
}

/** Moves the pointer in the content, then scrolls to the bottom a screen at a time, so every kind of island wakes. */
async function meet(page: Page): Promise<void> {
	// A press on an island that is no control: the first input, which changes nothing in the office.
	await page.evaluate(() => document.querySelector('astro-island')?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
	const { width, height } = page.viewportSize()!;
	await page.mouse.move(width / 2, height / 2);
	await page.mouse.move(width / 2 + 40, height / 2 + 40, { steps: 4 });
	for (let guard = 0; guard < 200; guard++) {
		const atBottom = await page.evaluate(() => {
			scrollBy(0, innerHeight * 0.8);
			return scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
		});
		await page.waitForTimeout(50);
		if (atBottom) return;
	}
	throw new Error(`${page.url()} never reached its bottom while scrolling`);
}

/** One page, in a fresh browser context (empty cache). */
async function pageWeight(browser: Browser, url: string, mode: Mode): Promise<Weight> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	try {
		const page = await context.newPage();
		const bodies = new Map<string, Promise<number>>();
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			const path = new URL(response.url()).pathname;
			if (!bodies.has(path)) bodies.set(path, response.body().then((body) => gzipSync(body).byteLength));
		});
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		if (mode === 'awake') {
			await meet(page);
			// Islands that wait for the browser to be idle start loading then: let it be idle once, after the reader.
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
		}
		await page.waitForLoadState('networkidle');
		const files = new Map<string, number>();
		for (const [path, gzip] of bodies) files.set(path, await gzip);
		// Inline scripts, read from the document as served.
		const inline = inlineScripts(await response.text()).reduce((sum, body) => sum + gzipSync(body).byteLength, 0);
		return { files, gzip: [...files.values()].reduce((sum, n) => sum + n, inline), inline };
	} finally {
		await context.close();
	}
}

const kb = (bytes: number) => bytes / KB;

/**
 * Builds and serves the stock anchor, weighs its pages and every page of dist/ (awake and at first view), and
 * returns the rows: the anchor first, then every page awake with its ratio to the anchor, then first view.
 */
export async function weightRows(): Promise<Row[]> {
	const stock = buildStock();
	const ours = await serveDist();
	const anchorServer = await serveDist({ root: stock.dist });
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	try {
		const rows: Row[] = [];
		const stockWeights = [];
		for (const path of STOCK_PAGES) {
			const weight = await pageWeight(browser, new URL(path, anchorServer.baseUrl).href, 'awake');
			stockWeights.push(weight.gzip);
			rows.push({
				name: `stock Starlight page (${stock.versions}, pt-BR), awake: ${path} (${kb(weight.inline).toFixed(1)} KB of it inline)`,
				value: kb(weight.gzip),
				unit: 'KB',
				digits: 1,
				targetText: 'anchor',
			});
		}
		// The lighter stock page is the anchor: the stricter of the two.
		const anchor = Math.min(...stockWeights);
		const firstView: Row[] = [];
		for (const path of builtPagePaths()) {
			const ratios = TARGETS[kindOf(pageHtml(path))];
			const target = (moment: Mode) => ({ op: '<=' as const, value: kb(anchor * ratios[moment]) });
			const targetText = (moment: Mode) => `≤ ${ratios[moment]} × anchor`;
			const awake = await pageWeight(browser, new URL(path, ours.baseUrl).href, 'awake');
			rows.push({
				name: `page weight, awake: ${path} (${(awake.gzip / anchor).toFixed(2)} × anchor; ${kb(awake.inline).toFixed(1)} KB of it inline)`,
				value: kb(awake.gzip),
				unit: 'KB',
				digits: 1,
				target: target('awake'),
				targetText: targetText('awake'),
			});
			const first = await pageWeight(browser, new URL(path, ours.baseUrl).href, 'first view');
			firstView.push({
				name: `first view (no input): ${path} (${(first.gzip / anchor).toFixed(2)} × anchor)`,
				value: kb(first.gzip),
				unit: 'KB',
				digits: 1,
				target: target('first view'),
				targetText: targetText('first view'),
			});
		}
		return [...rows, ...firstView];
	} finally {
		await browser.close();
		await anchorServer.close();
		await ours.close();
		stock.remove();
	}
}
