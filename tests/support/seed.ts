/**
 * Reads the seed article (Central de Soluções, solução 9100, kept as a fixture) into the pieces
 * the site must reproduce: which page each line belongs to, and which step anchor each numbered line is.
 */
import { readFileSync } from 'node:fs';

export type SeedPage = 'index' | 'opcao-1' | 'opcao-2' | 'informacoes-complementares';

export interface SeedLine {
	page: SeedPage;
	/** The text as the site must show it: checkbox markers and quotes are drawn, not written. */
	text: string;
	/** For numbered lines: the step's anchor on its page. */
	anchor?: string;
	raw: string;
}

const SECTION_OF: Record<string, string> = {
	'Configuração no ONVIO Gestão e Portal do Cliente': 'onvio',
	'Configuração das Tarefas': 'tarefas',
	'Configuração do Cliente': 'clientes',
};

export const SEED_TEXT = readFileSync(new URL('../fixtures/seed-9100.txt', import.meta.url), 'utf8');

/** Strips what the site renders as UI instead of characters: "[x] ", "[ ] ", quotes. A button keeps its brackets: "[Salvar]". */
export function asRendered(line: string): string {
	return line
		.replace(/\[[x ]\] /g, '')
		.replace(/'/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export function seedLines(): SeedLine[] {
	let page: SeedPage = 'index';
	let section = '';
	const lines: SeedLine[] = [];
	for (const raw of SEED_TEXT.split('\n').map((l) => l.trim()).filter(Boolean)) {
		if (raw.startsWith('Opção 1:')) page = 'opcao-1';
		else if (raw.startsWith('Opção 2:')) page = 'opcao-2';
		else if (raw === 'Informações complementares') page = 'informacoes-complementares';
		section = SECTION_OF[raw] ?? section;
		const numbered = /^(\d+)\.\s+(.*)$/.exec(raw);
		if (numbered) {
			lines.push({ page, raw, text: asRendered(numbered[2]!), anchor: `${section}-${numbered[1]}` });
		} else {
			lines.push({ page, raw, text: asRendered(raw.replace(/^•\s*/, '')) });
		}
	}
	return lines;
}

/** Every quoted checkbox of the seed with the state it is given: [{ label, checked }]. */
export function seedCheckboxes(): { label: string; checked: boolean }[] {
	return [...SEED_TEXT.matchAll(/'\[([x ])\] ([^']+)'/g)].map((m) => ({ label: m[2]!, checked: m[1] === 'x' }));
}
