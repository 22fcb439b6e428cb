/**
 * The stock anchor's weight, recorded: the JavaScript of the lighter page of a stock pt-BR Starlight site
 * (scripts/bench/stock.ts), read from its build as the size gate reads ours (page-js.ts, awake; stock Starlight
 * loads Pagefind's UI when the browser goes idle, so it counts there). The gate in `npm test` compares our pages
 * with this figure instead of building the stock site every run; it fails when the installed packages differ
 * from those the figure was measured with. `npm run anchor` measures it again and writes the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ANCHOR_FILE = join(ROOT, 'scripts/bench/stock-anchor.json');
/** The packages that make a stock Starlight page what it is. */
const ANCHOR_PACKAGES = ['astro', '@astrojs/starlight', '@pagefind/default-ui'] as const;

export interface RecordedAnchor {
	/** The installed version of each of ANCHOR_PACKAGES when it was measured. */
	versions: Record<string, string>;
	/** The stock page it is, e.g. "/". */
	page: string;
	/** Its JavaScript, gzip bytes. */
	gzip: number;
}

export function installedVersions(): Record<string, string> {
	return Object.fromEntries(
		ANCHOR_PACKAGES.map((pkg) => [pkg, (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version]),
	);
}

export function recordedAnchor(): RecordedAnchor {
	return JSON.parse(readFileSync(ANCHOR_FILE, 'utf8')) as RecordedAnchor;
}
