/**
 * The causes that no checkbox shows, checked against what the vendor's articles say (FACTS.md): solução 7516
 * speaks of a change to a client's registration in Domínio Processos, and no article speaks of notices sent
 * before a change, which is therefore this guide's interpretation, labelled and listed last.
 */
import { describe, expect, test } from 'vitest';
import { HIDDEN_CAUSES, hiddenCausesFor } from '../../src/lib/model/hidden-causes.ts';
import { HIDDEN_CAUSE_TEXTS } from '../../src/lib/messages/complaints.ts';
import { officeVerdict } from '../../src/lib/model/verdict.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { COMPLAINTS } from '../../src/lib/model/complaints.ts';

const interpretation = (id: string) => HIDDEN_CAUSES.find((c) => c.id === id)!.source.kind === 'interpretation';

describe('hidden causes', () => {
	test('every cause accounts for some complaint, and every complaint names each cause once', () => {
		const named = Object.values(COMPLAINTS).flatMap((complaint) => complaint.causes as readonly string[]);
		for (const cause of HIDDEN_CAUSES) expect(named, cause.id).toContain(cause.id);
		for (const complaint of Object.values(COMPLAINTS)) expect(new Set(complaint.causes).size).toBe(complaint.causes.length);
	});

	test('what the articles state comes first, this guide’s interpretations last', () => {
		const kinds = HIDDEN_CAUSES.map((c) => c.source.kind === 'interpretation');
		expect(kinds).toEqual([...kinds].sort((a, b) => Number(a) - Number(b)));
		// The same order in every complaint's list.
		const verdict = officeVerdict(PRESETS.option1);
		for (const complaint of ['duplicado', 'indesejado', 'nenhum'] as const) {
			const listed = hiddenCausesFor(complaint, verdict).map((c) => interpretation(c.id));
			expect(listed, complaint).toEqual([...listed].sort((a, b) => Number(a) - Number(b)));
		}
	});

	test('notices sent before the change are an interpretation: no article code, and no citation in its words', () => {
		const cause = HIDDEN_CAUSES.find((c) => c.id === 'avisos-anteriores')!;
		expect(cause.source).toEqual({ kind: 'interpretation' });
		const { what, todo } = HIDDEN_CAUSE_TEXTS['avisos-anteriores'];
		expect(`${what} ${todo}`).not.toMatch(/solução|7516/);
	});

	test('the causes that cite an article keep their codes: 9100 for [Salvar], 8342 for the global scope, 7516 for Domínio Processos', () => {
		const codes = Object.fromEntries(HIDDEN_CAUSES.map((c) => [c.id, 'codes' in c.source ? c.source.codes : []]));
		expect(codes).toEqual({
			salvar: [9100],
			'tarefas-existentes': [7516],
			'gestao-global': [8342],
			'cliente-ativo': [7516],
			whatsapp: [7516],
			'avisos-anteriores': [],
		});
	});

	test('tasks already created: solução 7516 speaks of the client’s registration in Domínio Processos, not of ONVIO Gestão', () => {
		const { what, todo } = HIDDEN_CAUSE_TEXTS['tarefas-existentes'];
		expect(what).toBe('Uma mudança no cadastro do cliente, no Domínio Processos, não vale para as tarefas já geradas.');
		// An open task is created again, or the office waits for the next competência.
		expect(todo).toBe('Gere novamente as tarefas em aberto ou aguarde as da próxima competência.');
	});

	test.each(Object.entries(HIDDEN_CAUSE_TEXTS))('%s: what and what to do are whole sentences', (_, { what, todo }) => {
		for (const sentence of [what, todo]) {
			expect(sentence).toMatch(/^[A-ZÀ-Ú]/);
			expect(sentence).toMatch(/[^.]\.$/);
			// The label that replaces a citation is never repeated in the cause's own words.
			expect(sentence).not.toMatch(/interpretação|leitura deste guia|este guia lê/i);
		}
	});
});
