/**
 * Clicks on a replica checkbox in Chromium, observed from outside the page (nothing in the site exists for
 * the benchmark):
 *
 * - Interaction to next paint: the browser's Event Timing API gives each interaction's duration, from the
 *   input to the next paint after its handlers ran (the longest of its pointerdown, pointerup and click
 *   entries). Measured for the replica's checkbox and, in turn, for a plain native checkbox the bench adds to
 *   the same page (no handler, no island), at normal speed and with the CPU slowed 4× through the Chrome
 *   DevTools Protocol. Event Timing reports durations rounded to 8 ms and only from 16 ms up: an interaction
 *   it does not report was shorter than 16 ms and counts as 8 ms.
 * - Click → updated result list: a click listener the bench adds (capture phase, on window, so it runs before
 *   the page's own) starts the clock; a MutationObserver on the client preview's live region
 *   (`.client-preview [aria-live]`) stops it when the new text is in the DOM. The box answers at once and the
 *   rest of the page follows once it is painted (src/components/state/after-paint.ts), so the figure holds the
 *   wait for that frame, then the store update, every island's re-render and the DOM patch: its target is one
 *   60 Hz frame plus 4 ms.
 */
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { median, quantile, type Row } from './table.ts';

const PAGE = '/opcao-1/';
/** A checkbox whose every click changes who notifies the client, so each click updates the list. */
const BOX = '#onvio-4 .replica input[data-setting="email"]';
const PLAIN = '#bench-plain-checkbox';
const WARMUP = 10;
const CLICKS = 100;
const INTERACTIONS = { 1: 40, 4: 20 } as const;
/** What an interaction Event Timing leaves unreported (under 16 ms) counts as. */
const UNREPORTED_MS = 8;
/** The replica may take at most one frame (at 120 Hz) longer than the plain checkbox. */
const FRAME_MS = 8;
/** A display frame at 60 Hz, which the result list waits for (see above), plus the 4 ms its update may take. */
const UPDATE_TARGET_MS = 1000 / 60 + 4;

interface Probe {
	/** Click → live-region mutation, ms. */
	updates: number[];
	/** Event Timing: interactionId → longest duration, and which checkbox. */
	interactions: Map<number, { duration: number; target: string }>;
}
type Probed = Window & { __bench: Probe };
/** Event Timing's entry with `interactionId`, which TypeScript's DOM types still lack. */
type EventEntry = PerformanceEventTiming & { interactionId: number };

/** Installs the bench's observers and the plain checkbox; none of it is part of the site. */
async function probe(page: Page): Promise<void> {
	await page.evaluate(
		({ box, plainId }) => {
			const state: Probe = { updates: [], interactions: new Map() };
			(window as unknown as Probed).__bench = state;

			let clickedAt: number | undefined;
			addEventListener('click', (event) => {
				if ((event.target as Element).matches(box)) clickedAt = performance.now();
			}, { capture: true });
			const region = document.querySelector('.client-preview [aria-live]');
			if (!region) throw new Error('no live region in the client preview');
			new MutationObserver(() => {
				if (clickedAt === undefined) return;
				state.updates.push(performance.now() - clickedAt);
				clickedAt = undefined;
			}).observe(region, { subtree: true, childList: true, characterData: true });

			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as EventEntry[]) {
					if (!entry.interactionId) continue;
					const target = entry.target instanceof Element && entry.target.id === plainId ? 'plain' : 'replica';
					const known = state.interactions.get(entry.interactionId);
					state.interactions.set(entry.interactionId, { duration: Math.max(known?.duration ?? 0, entry.duration), target });
				}
			}).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);

			// The plain checkbox, next to the replica's, so both share the page's layout and style.
			const label = document.createElement('label');
			const input = Object.assign(document.createElement('input'), { type: 'checkbox', id: plainId });
			label.append(input, ' caixa simples (bancada)');
			document.querySelector(box)!.closest('.replica')!.after(label);
		},
		{ box: BOX, plainId: PLAIN.slice(1) },
	);
}

const interactionIds = (page: Page) => page.evaluate(() => [...(window as unknown as Probed).__bench.interactions.keys()]);
const updateCount = (page: Page) => page.evaluate(() => (window as unknown as Probed).__bench.updates.length);

/**
 * Clicks `target` and returns the interaction's duration: Event Timing's, once it reports it, or
 * UNREPORTED_MS when it has not within a few frames (it reports nothing under 16 ms).
 */
async function interaction(page: Page, target: Locator, label: 'replica' | 'plain'): Promise<number> {
	const before = await interactionIds(page);
	await target.click();
	return page.evaluate(
		async ({ before, label, unreported }) => {
			const { interactions } = (window as unknown as Probed).__bench;
			const fresh = () => [...interactions].filter(([id, e]) => !before.includes(id) && e.target === label).map(([, e]) => e.duration);
			const deadline = performance.now() + 250;
			// Two frames at least, so the click's own frame is presented and its entries can be delivered.
			for (let frames = 0; frames < 2 || (fresh().length === 0 && performance.now() < deadline); frames++)
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
			const durations = fresh();
			return durations.length > 0 ? Math.max(...durations) : unreported;
		},
		{ before, label, unreported: UNREPORTED_MS },
	);
}

async function interactions(page: Page, count: number): Promise<{ replica: number[]; plain: number[] }> {
	const replica: number[] = [];
	const plain: number[] = [];
	const box = page.locator(BOX);
	const plainBox = page.locator(PLAIN);
	for (let i = 0; i < count; i++) {
		replica.push(await interaction(page, box, 'replica'));
		plain.push(await interaction(page, plainBox, 'plain'));
	}
	return { replica, plain };
}

export async function clickRows(baseUrl: string): Promise<Row[]> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
		await page.goto(new URL(PAGE, baseUrl).href);
		const box = page.locator(BOX);
		await page.mouse.move(40, 400); // the reader's first activity
		await box.scrollIntoViewIfNeeded();
		await probe(page);
		// The first clicks double as the wait for the islands: a click before they are live is held and replayed
		// (client:replay), and the loop waits for each to update the preview, as a reader would see it do.

		// Click → updated result list.
		const times: number[] = [];
		for (let i = 0; i < WARMUP + CLICKS; i++) {
			const before = await updateCount(page);
			await box.click();
			await page
				.waitForFunction((n) => (window as unknown as Probed).__bench.updates.length > n, before, { timeout: 5000 })
				.catch(() => {
					throw new Error(`click ${i + 1} on ${BOX} did not update the client preview`);
				});
			if (i >= WARMUP) times.push(await page.evaluate(() => (window as unknown as Probed).__bench.updates.at(-1)!));
		}

		// Interaction to next paint, replica and plain in turn, at normal speed and 4× slower.
		const normal = await interactions(page, INTERACTIONS[1]);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const slow = await interactions(page, INTERACTIONS[4]);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

		const plainNormal = median(normal.plain);
		const plainSlow = median(slow.plain);
		const inp = (what: string, speed: string, n: number) => `interaction to next paint, ${what}, ${speed}, median of ${n}`;
		return [
			{ name: inp(`replica checkbox (${PAGE} #onvio-4)`, '1× CPU', INTERACTIONS[1]), value: median(normal.replica), unit: 'ms', digits: 0, target: { op: '<=', value: plainNormal + FRAME_MS }, targetText: 'plain + 8 ms' },
			{ name: inp('plain native checkbox, same page', '1× CPU', INTERACTIONS[1]), value: plainNormal, unit: 'ms', digits: 0, targetText: 'reference' },
			{ name: inp('replica checkbox', '4× CPU slowdown', INTERACTIONS[4]), value: median(slow.replica), unit: 'ms', digits: 0, target: { op: '<=', value: plainSlow + FRAME_MS }, targetText: 'plain + 8 ms' },
			{ name: inp('plain native checkbox', '4× CPU slowdown', INTERACTIONS[4]), value: plainSlow, unit: 'ms', digits: 0, targetText: 'reference' },
			{ name: `click → updated result list, ${PAGE}, median of ${CLICKS}`, value: median(times), unit: 'ms', target: { op: '<=', value: UPDATE_TARGET_MS } },
			{ name: `click → updated result list, ${PAGE}, p95 of ${CLICKS}`, value: quantile(times, 0.95), unit: 'ms', targetText: 'reported' },
		];
	} finally {
		await browser.close();
	}
}
