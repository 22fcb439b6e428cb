/**
 * The office's situation, named once and stated the same on every surface. Expected words are written by hand
 * from the article (solução 9100) and this guide's reading, never read from the code under test.
 */
import { seedLines } from '../support/seed.ts';
import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { allConfigs } from '../../src/lib/model/config.ts';
import { SITUATION_TEXTS } from '../../src/lib/messages/situation.ts';
import { situationExplanation, unnotifiedText } from '../../src/lib/messages/situation-details.ts';
import { SITUATION_IDS, situationOf, type SituationId } from '../../src/lib/model/situation.ts';
import { progressOf, remainingSteps, stepEffect } from '../../src/lib/model/step-progress.ts';
import { STEPS } from '../../src/lib/catalogue/steps.ts';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeSearch } from '../../src/lib/links/url-state.ts';
import { officeVerdict } from '../../src/lib/model/verdict.ts';

const ROOT = 'https://suporte.example.com.br/';
const config = (query: string) => decodeSearch(query).config;
const today = (query: string) => ticketSummary(config(query), ROOT).split('\n').find((line) => line.startsWith('Situação atual: '));

const OPTION_1 = 'onvio=0&push=0&email=0';
const NO_CLIENTS = 'cliente.padaria=0&cliente.oficina=0';

/** [link, situation, the office's headline, Padaria's headline, the steps of /opcao-2/ that still read otherwise] */
const TABLE: [string, SituationId, string, string, string[]][] = [
	['v=1', 'nothing-done', 'O mesmo documento chega aos clientes pelos dois sistemas.', 'O cliente recebe o mesmo documento dos dois sistemas.', ['onvio-7', 'clientes-3']],
	['v=1&push=0', 'gestao-partial', 'O mesmo documento ainda chega aos clientes pelos dois sistemas.', 'O cliente ainda recebe o mesmo documento dos dois sistemas.', ['onvio-4', 'onvio-7', 'clientes-3']],
	[`v=1&${OPTION_1}`, 'processos-only', 'Toda a comunicação será feita pelo Domínio Processos.', 'Toda a comunicação será feita pelo Domínio Processos.', ['onvio-4', 'onvio-7', 'clientes-3']],
	[`v=1&${OPTION_1}&cliente.padaria=0`, 'processos-only', 'Toda a comunicação será feita pelo Domínio Processos.', 'O cliente não recebe avisos.', ['onvio-4', 'onvio-7', 'clientes-3']],
	[`v=1&${OPTION_1}&tarefa.das=0&tarefa.folha=0`, 'nobody-notified', 'Nenhum cliente recebe avisos.', 'O cliente não recebe avisos.', ['onvio-4', 'onvio-7', 'clientes-3']],
	[`v=1&aviso=0&${NO_CLIENTS}`, 'portal-only', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', []],
	[`v=1&${NO_CLIENTS}`, 'portal-only', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', ['onvio-7']],
	['v=1&tarefa.das=0&tarefa.folha=0', 'portal-only', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', ['onvio-7', 'clientes-3']],
	[`v=1&push=0&aviso=0&${NO_CLIENTS}`, 'portal-only', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', ['onvio-4']],
	[
		'v=1&aviso=0',
		'two-systems',
		'O ONVIO Portal do Cliente avisa os clientes sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
		'O ONVIO Portal do Cliente avisa o cliente sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
		['clientes-3'],
	],
	[
		'v=1&aviso=0&cliente.padaria=0',
		'two-systems',
		'O ONVIO Portal do Cliente avisa os clientes sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
		'Toda a comunicação será feita pelo ONVIO Portal do Cliente.',
		['clientes-3'],
	],
	[`v=1&${OPTION_1}&aviso=0`, 'documents-unannounced', 'Os clientes não são avisados dos documentos.', 'O cliente não é avisado dos documentos.', ['onvio-4', 'clientes-3']],
];

describe.each(TABLE)('%s', (query, id, office, padaria, remaining) => {
	test(`is "${id}", with its headline for the office and for each client`, () => {
		expect(situationOf(config(query)).id).toBe(id);
		expect(SITUATION_TEXTS[id].headline.office).toBe(office);
		expect(SITUATION_TEXTS[situationOf(config(query), 'padaria').id].headline.client).toBe(padaria);
	});

	test('the ticket summary says the same today', () => {
		expect(today(query)).toBe(`Situação atual: ${office}`);
	});

	test('the steps of Opção 2 that still read otherwise', () => {
		expect(remainingSteps('opcao-2', config(query)).map((step) => step.anchor)).toEqual(remaining);
	});
});

test('every situation occurs in the table, and no two share a headline', () => {
	expect(new Set(TABLE.map(([, id]) => id))).toEqual(new Set(SITUATION_IDS));
	const headlines = SITUATION_IDS.map((id) => SITUATION_TEXTS[id].headline.office);
	const distinct = new Set(headlines);
	// Opção 1 and Opção 2 complete have their own verdicts; every other situation its own sentence.
	expect(distinct.size).toBe(headlines.length);
});

test('Opção 1 with a client left out: the article’s verdict stands, and one neutral line names the choice', () => {
	const situation = situationOf(config(`v=1&${OPTION_1}&cliente.padaria=0`));
	expect(unnotifiedText(situation)).toBe(
		"Os clientes com 'Notificar Cliente' desmarcada não recebem avisos: é uma escolha que a Opção 1 deixa ao escritório.",
	);
	expect(ticketSummary(config(`v=1&${OPTION_1}&cliente.padaria=0`), ROOT)).toContain(
		"Situação atual: Toda a comunicação será feita pelo Domínio Processos.\n\nOs clientes com 'Notificar Cliente' desmarcada não recebem avisos",
	);
});

describe('over every configuration of the sample office', () => {
	const configs = [...allConfigs()];

	test('the headline agrees with what the simulator delivers, and the office with its clients', () => {
		expect(configs).toHaveLength(256);
		for (const each of configs) {
			const office = situationOf(each);
			const verdict = officeVerdict(each);
			const clients = SAMPLE.clients.map((client) => situationOf(each, client.id).id);
			const line = `${JSON.stringify(each)} → ${office.id}`;
			// The article's verdict only where every notice the simulator delivers comes from that one system.
			if (office.id === 'processos-only') expect(verdict.systems, line).toEqual(['dominio-processos']);
			if (office.id === 'portal-only') expect(verdict.systems, line).toEqual(['onvio-portal']);
			if (office.id === 'nobody-notified') expect(verdict.kind, line).toBe('none');
			// A duplicate for the office is a duplicate for some client, and only then.
			const duplicate = (id: SituationId) => id === 'nothing-done' || id === 'gestao-partial';
			expect(duplicate(office.id), line).toBe(clients.some(duplicate));
			expect(duplicate(office.id), line).toBe(verdict.duplicated.includes('document-from-dominio'));
			// When every client is in one situation, the office is in it too.
			if (new Set(clients).size === 1) expect(office.id, line).toBe(clients[0]);
			// The summary's "Hoje:" is the office's headline.
			expect(ticketSummary(each, ROOT).split('\n').find((l) => l.startsWith('Situação atual: ')), line).toBe(
				`Situação atual: ${SITUATION_TEXTS[office.id].headline.office}`,
			);
		}
	});
});

describe('ticking a step', () => {
	const step = (page: string, anchor: string) => STEPS.find((s) => s.page === page && s.anchor === anchor)!;

	test.each<[string, string, [string, boolean][]]>([
		// "Desative as opções …": the three boxes unmarked.
		['opcao-1', 'onvio-4', [['gestao.onvio', false], ['gestao.push', false], ['gestao.email', false]]],
		// "Marque a opção '[x] Enviar avisos …'".
		['opcao-1', 'onvio-7', [['portal.emailOnProcessosPublication', true]]],
		// "marque ou desmarque": the office's choice, nothing set.
		['opcao-1', 'tarefas-3', []],
		['opcao-1', 'clientes-3', []],
		['opcao-2', 'onvio-4', [['gestao.onvio', true], ['gestao.push', true], ['gestao.email', true]]],
		['opcao-2', 'onvio-7', [['portal.emailOnProcessosPublication', false]]],
		// "desmarque a opção '[ ] Notificar Cliente'": every client.
		['opcao-2', 'clientes-3', [['processos.client', false], ['processos.client', false]]],
		['opcao-1', 'onvio-5', []],
	])('%s #%s sets its boxes as the step says', (page, anchor, expected) => {
		expect(stepEffect(step(page, anchor)).map(({ ref, value }) => [ref.id, value])).toEqual(expected);
	});

	test('all 16 steps of Opção 1 ticked with step 4’s boxes marked again: not "all done", step 4 named', () => {
		const all = STEPS.filter((s) => s.page === 'opcao-1').map((s) => s.anchor);
		const progress = progressOf('opcao-1', all, config(`v=1`));
		expect([progress.done, progress.total]).toEqual([16, 16]);
		expect(progress.contradicted.map((s) => s.anchor)).toEqual(['onvio-4']);
		expect(progressOf('opcao-1', all, config(`v=1&${OPTION_1}&cliente.padaria=0`)).contradicted).toEqual([]);
	});
});

describe('who the office chose not to notify, in words written from the article', () => {
	test.each<[string, string | undefined]>([
		[`v=1&${OPTION_1}`, undefined],
		[`v=1&${OPTION_1}&cliente.oficina=0`, "Os clientes com 'Notificar Cliente' desmarcada não recebem avisos: é uma escolha que a Opção 1 deixa ao escritório."],
		[`v=1&${OPTION_1}&tarefa.folha=0`, "As tarefas com 'Notificar cliente' desmarcada não geram avisos: é uma escolha que a Opção 1 deixa ao escritório."],
		[
			`v=1&${OPTION_1}&tarefa.folha=0&cliente.oficina=0`,
			"Os clientes com 'Notificar Cliente' desmarcada não recebem avisos, e as tarefas com 'Notificar cliente' desmarcada não os geram: é uma escolha que a Opção 1 deixa ao escritório.",
		],
	])('%s', (query, line) => {
		expect(unnotifiedText(situationOf(config(query)))).toBe(line);
	});

	test.each<[string, string]>([
		[`v=1&${OPTION_1}&${NO_CLIENTS}`, "'Notificar Cliente' está desmarcada no cadastro de todos os clientes: nenhum cliente recebe o e-mail do Domínio Processos."],
		[`v=1&${OPTION_1}&tarefa.das=0&tarefa.folha=0`, "'Notificar cliente' está desmarcada em todas as tarefas: nenhuma tarefa gera o e-mail do Domínio Processos."],
	])('nobody notified, %s: why', (query, why) => {
		const situation = situationOf(config(query));
		expect(situation.id).toBe('nobody-notified');
		expect(situationExplanation(situation, 'office')).toBe(why);
	});
});

describe('the reader’s progress', () => {
	test('counts the ticked steps of the page, and goes on at the first step not ticked', () => {
		const progress = progressOf('opcao-2', ['onvio-1', 'onvio-2', 'onvio-4', 'tarefas-1'], config('v=1'));
		// tarefas-1 belongs to Opção 1 only: not a step of this page.
		// Of all the steps the article numbers on Opção 2.
		const total = seedLines().filter((l) => l.page === 'opcao-2' && l.anchor).length;
		expect([progress.done, progress.total]).toEqual([3, total]);
		expect(progress.next?.anchor).toBe('onvio-3');
		expect(progressOf('opcao-2', [], config('v=1')).next?.anchor).toBe('onvio-1');
	});
});
