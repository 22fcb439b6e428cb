/**
 * `npm run words`: the words of every page's `main`, as a reader reads them, against the editorial limits of
 * scripts/words/count.ts. Builds nothing: run `npm run build` first. Serves dist/ on loopback, opens each page
 * of the sitemap in Debian's Chromium at 1366×768, reads it through until its islands are live, opens every
 * disclosure of the page's text (each `details` in `main`) unless the page's limit is for the page as loaded,
 * then counts the words of `main`'s innerText (what is drawn: hidden elements and narrow-screen variants do not
 * count). The docked "Prévia do cliente" is left out: it is a tool that reports the simulation, not the page's
 * text, and search and print leave it out too. Prints one table and exits with 1 when a page exceeds its limit.
 * Runs on Node 24 with type stripping (`node scripts/words.ts`), hence the `.ts` import paths.
 */
import { chromium, type Page } from 'playwright-core';
import { readPageThrough } from './serve/read-page.ts';
import { serveDist } from './serve/dist-server.ts';
import { sitemapPaths } from './bench/built-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/chromium.ts';
import { meets, printTable } from './bench/table.ts';
import { countWords, WORD_LIMITS, wordRow } from './words/count.ts';

/**
 * Waits until `main` stops changing: an opened panel may load its code, then render, after the network was
 * idle once (and Playwright's "networkidle" does not wait again once reached).
 */
async function settle(page: Page): Promise<void> {
	let last = -1;
	for (let stable = 0, tries = 0; stable < 4; tries++) {
		if (tries > 60) throw new Error(`${page.url()}: main kept changing for 15 s`);
		await page.waitForTimeout(250);
		const length = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText.length);
		stable = length === last ? stable + 1 : 0;
		last = length;
	}
}

/** Opens what a reader can unfold in `main`, again and again, since an opened panel may hold more. */
async function openDisclosures(page: Page): Promise<void> {
	for (let round = 0; round < 10; round++) {
		const opened = await page.evaluate(() => {
			const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')].filter(
				(details) => !details.closest('.preview-dock'),
			);
			for (const details of closed) details.open = true;
			return closed.length;
		});
		await settle(page);
		if (opened === 0) return;
	}
	throw new Error(`${page.url()} still had closed disclosures after 10 rounds`);
}

const paths = sitemapPaths();
for (const path of Object.keys(WORD_LIMITS)) if (!paths.includes(path)) throw new Error(`The sitemap lists no ${path}`);

const server = await serveDist();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const rows = [];
try {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	for (const path of paths) {
		const page = await context.newPage();
		const response = await page.goto(new URL(path.slice(1), server.baseUrl).href, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
		await readPageThrough(page);
		if (WORD_LIMITS[path]?.openDisclosures ?? true) await openDisclosures(page);
		const text = await page.locator('main').evaluate((main) => {
			const dock = main.querySelector<HTMLElement>('.preview-dock');
			if (dock) dock.style.display = 'none';
			return (main as HTMLElement).innerText;
		});
		rows.push(wordRow(path, countWords(text)));
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}

printTable(rows, ['page', 'words', 'limit', 'holds']);
const over = rows.filter((row) => !meets(row));
if (over.length > 0) {
	console.log(`\n${over.length} page(s) over their limit: ${over.map((row) => row.name).join(', ')}`);
	process.exitCode = 1;
}
