/**
 * A printed page as a reader gets it: Chromium prints to PDF (A4), and poppler's pdftotext gives the text
 * of each sheet, so a test can tell which sheet something landed on. There is no fallback: without
 * pdftotext (Debian's "poppler-utils", installed by .ci/run) the print tests fail loudly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Text without whitespace or hyphens: line breaks and wrapping differ between a PDF and the DOM, and pdftotext
 * joins a word the line broke at its hyphen ("e-" + "mail" comes out "email").
 */
function squeeze(text: string): string {
	return text.replace(/[\s-]+/g, '');
}

/** The lines of text of every printed sheet of the page, in order, blank lines left out. */
export async function printedSheetLines(page: Page): Promise<string[][]> {
	const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	// pdftotext ends every sheet with a form feed.
	return text
		.split('\f')
		.slice(0, -1)
		.map((sheet) => sheet.split('\n').filter((line) => line.trim()));
}

/** Sheets' lines as one squeezed text each, as printedSheets() gives them. */
export function squeezeSheets(sheets: readonly string[][]): string[] {
	return sheets.map((lines) => squeeze(lines.join('')));
}

/** The text of every printed sheet of the page, in order, squeezed. */
export async function printedSheets(page: Page): Promise<string[]> {
	return squeezeSheets(await printedSheetLines(page));
}

/** How many lines may follow a heading at the foot of a sheet before it counts as introducing something there. */
const FOOT_LINES = 2;

/**
 * The headings left at the foot of a sheet: a heading's words (one to three lines, where it wraps) followed by
 * at most two lines, an introducing sentence, with what they introduce on the next sheet. The last sheet is
 * left out: nothing follows there to be parted from.
 */
export function headingsAtSheetFoot(sheets: readonly string[][], headings: readonly string[]): string[] {
	return sheets.slice(0, -1).flatMap((lines, i) =>
		headings
			.filter((heading) =>
				[1, 2, 3].some((n) =>
					Array.from({ length: FOOT_LINES + 1 }, (_, after) => lines.slice(Math.max(0, lines.length - after - n), lines.length - after)).some(
						(tail) => tail.length === n && squeeze(tail.join('')) === squeeze(heading),
					),
				),
			)
			.map((heading) => `sheet ${i + 1}: ${heading}`),
	);
}

/** The sheets on which a text stands whole; a text cut by a page break stands whole on none. */
export function sheetsHolding(sheets: readonly string[], text: string): number[] {
	const wanted = squeeze(text);
	return sheets.flatMap((sheet, i) => (sheet.includes(wanted) ? [i] : []));
}

/** The sheets on which every word of a text stands, in any order. */
export function sheetsHoldingWords(sheets: readonly string[], text: string): number[] {
	const words = text.split(/\s+/).map(squeeze).filter(Boolean);
	return sheets.flatMap((sheet, i) => (words.every((word) => sheet.includes(word)) ? [i] : []));
}

/**
 * The sheets on which a table cell's words stand in order. The text of a table comes out of a PDF line by
 * line across its columns, so a cell's words are in order but not side by side.
 */
export function sheetsHoldingInOrder(sheets: readonly string[], text: string): number[] {
	const words = text
		.split(/\s+/)
		.map(squeeze)
		.filter(Boolean)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(words.join('[\\s\\S]*?'));
	return sheets.flatMap((sheet, i) => (pattern.test(sheet) ? [i] : []));
}

/** The text each element prints, as the browser draws it: words meant for screen readers only are left out. */
export function printedTexts(elements: Locator): Promise<string[]> {
	return elements.evaluateAll((items) =>
		items.map((item) => {
			const hidden = [...item.querySelectorAll<HTMLElement>('.sr-only')];
			for (const e of hidden) e.style.display = 'none';
			const text = (item as HTMLElement).innerText;
			for (const e of hidden) e.style.display = '';
			return text;
		}),
	);
}
