/**
 * The causes of a complaint that no checkbox shows, as data with their sources, like the rules: what the
 * diagnosis offers to check when the office's settings do not explain what the client reports. Their pt-BR
 * words are in messages/diagnosis.ts.
 */
import { settingsExplain, type ComplaintId } from './complaints.ts';
import type { SourceKind } from './rules.ts';
import type { Verdict } from './verdict.ts';

export type HiddenCauseId = 'tarefas-existentes' | 'avisos-anteriores' | 'salvar' | 'gestao-global' | 'cliente-ativo' | 'whatsapp';

export interface HiddenCause {
	id: HiddenCauseId;
	/** The complaints it can account for when the settings do not. */
	complaints: readonly ComplaintId[];
	/**
	 * Where it comes from: the procedure (9100) or another vendor article, with its code; or this guide's
	 * interpretation, which no article states and which is labelled "Interpretação deste guia" instead of a citation.
	 */
	source: { kind: Exclude<SourceKind, 'interpretation'>; codes: readonly [number, ...number[]] } | { kind: 'interpretation' };
}

/**
 * What the vendor's articles state first, in the order an agent checks them (the cheapest and likeliest first);
 * this guide's interpretations last.
 */
export const HIDDEN_CAUSES: readonly HiddenCause[] = [
	{ id: 'salvar', complaints: ['duplicado', 'indesejado', 'nenhum'], source: { kind: 'seed', codes: [9100] } },
	{ id: 'tarefas-existentes', complaints: ['duplicado', 'indesejado', 'nenhum'], source: { kind: 'facts', codes: [7516] } },
	{ id: 'gestao-global', complaints: ['indesejado', 'nenhum'], source: { kind: 'facts', codes: [8342] } },
	{ id: 'cliente-ativo', complaints: ['nenhum'], source: { kind: 'facts', codes: [7516] } },
	{ id: 'whatsapp', complaints: ['duplicado', 'indesejado'], source: { kind: 'facts', codes: [7516] } },
	{ id: 'avisos-anteriores', complaints: ['duplicado', 'indesejado'], source: { kind: 'interpretation' } },
];

/** The causes to check when the settings do not explain the complaint; none when they do. */
export function hiddenCausesFor(complaint: ComplaintId, verdict: Verdict): HiddenCause[] {
	if (settingsExplain(complaint, verdict)) return [];
	return HIDDEN_CAUSES.filter((cause) => cause.complaints.includes(complaint));
}
