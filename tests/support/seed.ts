/**
 * Reads the seed article (Central de Soluções, solução 9100, kept as a fixture) into the pieces
 * the site must reproduce: which page each line belongs to, and which step anchor each numbered line is.
 *
 * The fixture is the article with two kinds of marks, stripped before anything reads it: a first line
 * "#! sha256 <hash of the article as published>", and after each numbered line the anchor of its step,
 * " {#onvio-4}". A writer who pastes a new version of the article marks its numbered lines again and writes
 * the new article's hash; tests/lib/catalogue.test.ts checks that the stripped fixture still has that hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type SeedPage = 'index' | 'opcao-1' | 'opcao-2' | 'informacoes-complementares';

export interface SeedLine {
	page: SeedPage;
	/** The text as the site must show it: checkbox markers and quotes are drawn, not written. */
	text: string;
	/** For numbered lines: the step's anchor on its page, as the fixture marks it, and its number. */
	anchor?: string;
	number?: number;
	raw: string;
}

// A path, not a URL: the browser-like test environments have a URL class of their own, which readFileSync refuses.
const FIXTURE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed-9100.txt'), 'utf8');
const HASH_LINE = /^#! sha256 ([0-9a-f]{64})\n/;
const ANCHOR_MARK = / \{#([a-z][a-z0-9-]*)\}$/;

/** The hash of the article as published, as the fixture's first line states it. */
export const SEED_SHA256 = HASH_LINE.exec(FIXTURE)?.[1];

/** The fixture's lines, marks included. */
const MARKED_LINES = FIXTURE.replace(HASH_LINE, '').split('\n');

/** The article itself: the fixture without its marks. */
export const SEED_TEXT = MARKED_LINES.map((line) => line.replace(ANCHOR_MARK, '')).join('\n');

export function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Strips what the site renders as UI instead of characters: "[x] ", "[ ] ", quotes. A button keeps its brackets: "[Salvar]". */
function asRendered(line: string): string {
	return line
		.replace(/\[[x ]\] /g, '')
		.replace(/'/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export function seedLines(): SeedLine[] {
	let page: SeedPage = 'index';
	const lines: SeedLine[] = [];
	for (const marked of MARKED_LINES.map((l) => l.trim()).filter(Boolean)) {
		const anchor = ANCHOR_MARK.exec(marked)?.[1];
		const raw = marked.replace(ANCHOR_MARK, '');
		if (raw.startsWith('Opção 1:')) page = 'opcao-1';
		else if (raw.startsWith('Opção 2:')) page = 'opcao-2';
		else if (raw === 'Informações complementares') page = 'informacoes-complementares';
		const numbered = /^(\d+)\.\s+(.*)$/.exec(raw);
		if (numbered && !anchor) throw new Error(`seed-9100.txt: the numbered line "${raw}" names no step anchor ({#…})`);
		if (numbered) lines.push({ page, raw, text: asRendered(numbered[2]!), anchor: anchor!, number: Number(numbered[1]) });
		else lines.push({ page, raw, text: asRendered(raw.replace(/^•\s*/, '')) });
	}
	return lines;
}

/** Every quoted checkbox of the seed with the state it is given: [{ label, checked }]. */
export function seedCheckboxes(): { label: string; checked: boolean }[] {
	return [...SEED_TEXT.matchAll(/'\[([x ])\] ([^']+)'/g)].map((m) => ({ label: m[2]!, checked: m[1] === 'x' }));
}
