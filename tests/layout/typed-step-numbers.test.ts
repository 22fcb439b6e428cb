/**
 * Step numbers are never typed: the article's numbering changes when the vendor inserts a step, and the catalogue
 * numbers the steps (src/lib/catalogue/steps.ts). Page prose and components name a step through the catalogue,
 * as NewerScreensNote and the notes do; a number written by hand would stay behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** "passo 3", "Passos 1 a 5", "passos 2 e 3": a step number written out. */
const TYPED = /\bpassos?\s+\d/i;

function sources(dir: string, ext: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => ext.test(file))
		.map((file) => join(dir, file));
}

test('the check can fail: a typed number is caught, a computed one is not', () => {
	expect(TYPED.test('O passo 4, novo no artigo, pede …')).toBe(true);
	expect(TYPED.test('São os Passos 1 a 5, no ONVIO Gestão')).toBe(true);
	expect(TYPED.test('A caixa do <a href={`#${step.anchor}`}>passo {step.number}</a>')).toBe(false);
});

test.each([...sources('src/content/docs', /\.mdx?$/), ...sources('src/components', /\.(astro|tsx)$/)])('%s types no step number', (file) => {
	const lines = readFileSync(file, 'utf8').split('\n');
	expect(lines.filter((line) => TYPED.test(line)).map((line) => line.trim())).toEqual([]);
});
