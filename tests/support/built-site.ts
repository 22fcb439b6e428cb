/** Opens pages of the built site (dist/) as parsed documents, without running their scripts. */
import { Window } from 'happy-dom';
import { pageHtml } from '../../scripts/bench/built-pages.ts';

const window = new Window();

/** A built page's HTML; throws when the build has no such page (run "npm run build" first). */
export const builtFile = pageHtml;

export function builtPage(path: string): Document {
	return new window.DOMParser().parseFromString(builtFile(path), 'text/html') as unknown as Document;
}

/**
 * The prose a sighted reader reads: no screen-reader-only notes, no decorative glyphs, no buttons, and nothing
 * the HTML hides (controls that a script reveals).
 */
export function visibleText(element: Element): string {
	const clone = element.cloneNode(true) as Element;
	clone.querySelectorAll('.sr-only, [aria-hidden="true"], [hidden], button').forEach((e) => e.remove());
	return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
