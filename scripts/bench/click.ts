/**
 * Click-to-update in Chromium: from a checkbox click to the updated result list of the client preview.
 * The page's own performance mark `simulator:toggle` (set by toggleSetting, before the store update) starts
 * the clock; a MutationObserver on the preview's live region (`.client-preview [aria-live]`) stops it when
 * the new text is in the DOM. So the figure covers the store update, every island's re-render and the DOM
 * patch, not style, layout or paint.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { median, quantile, type Row } from './table.ts';

const PAGE = '/opcao-1/';
/** A checkbox whose every click changes who notifies the client, so each click updates the list. */
const BOX = '#onvio-4 .replica input[data-setting="gestao.email"]';
const WARMUP = 10;
const CLICKS = 100;

type Timed = Window & { __updates: number[] };

export async function clickRows(baseUrl: string): Promise<Row[]> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(new URL(PAGE, baseUrl).href);
		const box = page.locator(BOX);
		await page.mouse.move(40, 40); // the reader's first activity hydrates the islands
		await box.scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
		await page.evaluate(() => {
			const updates: number[] = [];
			(window as unknown as Timed).__updates = updates;
			const region = document.querySelector('.client-preview [aria-live]');
			if (!region) throw new Error('no live region in the client preview');
			new MutationObserver(() => {
				const mark = performance.getEntriesByName('simulator:toggle', 'mark').at(-1);
				if (!mark) return;
				updates.push(performance.now() - mark.startTime);
				performance.clearMarks('simulator:toggle');
			}).observe(region, { subtree: true, childList: true, characterData: true });
		});
		const times: number[] = [];
		for (let i = 0; i < WARMUP + CLICKS; i++) {
			const before = await page.evaluate(() => (window as unknown as Timed).__updates.length);
			await box.click();
			await page
				.waitForFunction((n) => (window as unknown as Timed).__updates.length > n, before, { timeout: 5000 })
				.catch(() => {
					throw new Error(`click ${i + 1} on ${BOX} did not update the preview (is the simulator:toggle mark in toggleSetting?)`);
				});
			if (i >= WARMUP) times.push(await page.evaluate(() => (window as unknown as Timed).__updates.at(-1)!));
		}
		return [
			{ name: `click → updated result list, ${PAGE}, median of ${CLICKS}`, value: median(times), unit: 'ms', target: { op: '<=', value: 4 } },
			{ name: `click → updated result list, ${PAGE}, p95 of ${CLICKS}`, value: quantile(times, 0.95), unit: 'ms' },
		];
	} finally {
		await browser.close();
	}
}
