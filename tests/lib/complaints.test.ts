/**
 * Each complaint in each situation of the office: whether the settings explain it, and which causes that no
 * checkbox shows the diagnosis offers, in order. Written by hand from the articles: a duplicated or unwanted
 * notice is explained when both systems talk to the clients; a missing one when a document of Sistema Domínio
 * reaches some client through no channel; solução 7516's tasks only after a registration change, WhatsApp only
 * when named; what the articles source first, this guide's interpretation last.
 */
import { describe, expect, test } from 'vitest';
import type { ComplaintId } from '../../src/lib/model/complaints.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { situationOf } from '../../src/lib/model/situation.ts';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeState } from '../../src/lib/links/url-state.ts';

const OPTION_1 = 'v=1&onvio=0&push=0&email=0';
const NOT_EXPLAINED = {
	duplicado: ['salvar', 'avisos-anteriores'],
	indesejado: ['salvar', 'gestao-global', 'avisos-anteriores'],
	nenhum: ['salvar', 'gestao-global', 'cliente-ativo'],
} as const;

/** [situation, link, the complaints the settings explain] */
const TABLE: [string, string, ComplaintId[]][] = [
	['nothing-done', 'v=1', ['duplicado', 'indesejado']],
	['gestao-partial', 'v=1&push=0', ['duplicado', 'indesejado']],
	['processos-only', OPTION_1, []],
	['processos-only', `${OPTION_1}&cliente.padaria=0`, ['nenhum']],
	['nobody-notified', `${OPTION_1}&tarefa.das=0&tarefa.folha=0`, ['nenhum']],
	['portal-only', 'v=1&aviso=0&cliente.padaria=0&cliente.oficina=0', []],
	['two-systems', 'v=1&aviso=0', ['duplicado', 'indesejado']],
	['documents-unannounced', `${OPTION_1}&aviso=0`, ['nenhum']],
];

describe.each(TABLE)('%s (%s)', (situation, query, explained) => {
	const { config } = decodeState(query);

	test('is the situation the table names', () => {
		expect(situationOf(config).id).toBe(situation);
	});

	test.each(['duplicado', 'indesejado', 'nenhum'] as const)('%s: explained by the settings, or the causes to check', (complaint) => {
		const diagnosis = diagnose(config, complaint);
		expect(diagnosis.explained).toBe(explained.includes(complaint));
		expect(diagnosis.causes.map((cause) => cause.id)).toEqual(explained.includes(complaint) ? [] : NOT_EXPLAINED[complaint]);
	});
});

test('what the agent heard adds the causes that then apply, in their place', () => {
	const { config } = decodeState(OPTION_1);
	expect(diagnose(config, 'duplicado', undefined, { registrationChanged: true }).causes.map((c) => c.id)).toEqual([
		'salvar',
		'tarefas-existentes',
		'avisos-anteriores',
	]);
	expect(diagnose(config, 'indesejado', undefined, { channel: 'whatsapp' }).causes.map((c) => c.id)).toEqual([
		'salvar',
		'gestao-global',
		'whatsapp',
		'avisos-anteriores',
	]);
	// A WhatsApp notice is never explained by the boxes this guide simulates, even where both systems talk.
	expect(diagnose(decodeState('v=1').config, 'duplicado', undefined, { channel: 'whatsapp' }).explained).toBe(false);
	// A missing notice has no channel: naming one changes nothing.
	expect(diagnose(config, 'nenhum', undefined, { channel: 'whatsapp' }).causes.map((c) => c.id)).toEqual(NOT_EXPLAINED.nenhum);
});

test('"Não recebe aviso nenhum" with no document announced: the summary says why, in the settings’ words', () => {
	const text = ticketSummary(decodeState(`${OPTION_1}&aviso=0`).config, 'https://suporte.example.com.br/', 'text', 'nenhum');
	expect(text).toContain(
		"- Nenhum aviso de documentos do Sistema Domínio chega aos clientes: 'Enviar avisos por e-mail ao cliente…' está desmarcada no ONVIO Portal do Cliente. *",
	);
});

test('two problems are counted in words', () => {
	const query = `${OPTION_1}&aviso=0&tarefa.folha=0&cliente.padaria=0&cliente.oficina=0`;
	expect(diagnose(decodeState(query).config).summary).toMatch(/^Dois problemas encontrados\. A Opção \d os resolve com /);
});

test('"Não recebe aviso nenhum" from a client the office left out under Opção 1: the summary says why, as its choice', () => {
	const text = ticketSummary(decodeState(`${OPTION_1}&cliente.padaria=0`).config, 'https://suporte.example.com.br/', 'text', 'nenhum');
	expect(text).toContain(
		"- Os clientes com 'Notificar Cliente' desmarcada não recebem avisos de documentos do Sistema Domínio nem de tarefas concluídas. Na Opção 1, cabe ao escritório definir quais tarefas e clientes receberão as notificações.",
	);
});
