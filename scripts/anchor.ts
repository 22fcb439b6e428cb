/**
 * `npm run anchor`: builds the stock Starlight site from the installed packages, weighs its pages as the size
 * gate weighs ours, and records the lighter one in scripts/bench/stock-anchor.json (see scripts/bench/anchor.ts).
 * Run it after upgrading Astro, Starlight or Pagefind, and commit the file with the upgrade.
 */
import { writeFileSync } from 'node:fs';
import { ANCHOR_FILE, installedVersions, type RecordedAnchor } from './bench/anchor.ts';
import { pageHtml, readerOf } from './bench/built-pages.ts';
import { pageJs } from './bench/page-js.ts';
import { buildStock, STOCK_PAGES } from './bench/stock.ts';

const stock = buildStock();
try {
	const read = readerOf(stock.dist);
	const weighed = STOCK_PAGES.map((page) => ({ page, gzip: pageJs(pageHtml(page, stock.dist), page, read, { moment: 'awake' }).gzip }));
	const lighter = weighed.reduce((a, b) => (b.gzip < a.gzip ? b : a));
	const anchor: RecordedAnchor = { versions: installedVersions(), ...lighter };
	writeFileSync(ANCHOR_FILE, `${JSON.stringify(anchor, null, 2)}\n`);
	for (const { page, gzip } of weighed) console.log(`${page}: ${(gzip / 1024).toFixed(1)} KB`);
	console.log(`Written: ${ANCHOR_FILE}`);
} finally {
	stock.remove();
}
