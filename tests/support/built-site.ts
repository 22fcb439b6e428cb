/** Opens pages of the built site (dist/) as parsed documents, without running their scripts. */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const DIST = new URL('../../dist/', import.meta.url);
const window = new Window();

export function builtFile(path: string): string {
	const file = new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, DIST);
	if (!existsSync(file)) throw new Error(`The built site has no ${path}: run "npm run build" first.`);
	return readFileSync(file, 'utf8');
}

export function builtPage(path: string): Document {
	return new window.DOMParser().parseFromString(builtFile(path), 'text/html') as unknown as Document;
}

/** The prose a sighted reader reads: no screen-reader-only notes, no decorative glyphs, no buttons. */
export function visibleText(element: Element): string {
	const clone = element.cloneNode(true) as Element;
	clone.querySelectorAll('.sr-only, [aria-hidden="true"], button').forEach((e) => e.remove());
	return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
