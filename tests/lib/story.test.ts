/**
 * What the diagnosis and the ticket summary say, checked against expectations written from the article
 * (solução 9100) and the vendor's other articles, not from the code: counts worked out by hand, the article's
 * verdict, and the causes of solução 7516 for a complaint that the settings do not explain.
 */
import { describe, expect, test } from 'vitest';
import type { ComplaintId } from '../../src/lib/model/complaints.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { stepPlan } from '../../src/lib/diagnosis/step-plan.ts';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeState } from '../../src/lib/links/url-state.ts';

const ROOT = 'https://suporte.example.com.br/';
const OPTION_1 = 'v=1&onvio=0&push=0&email=0';
const OPTION_2 = 'v=1&aviso=0&cliente.padaria=0&cliente.oficina=0';
const summary = (query: string, complaint?: ComplaintId) => {
	const { config, view } = decodeState(query);
	return ticketSummary(config, ROOT, 'text', complaint ?? view.complaint, undefined, view);
};
const diagnosisOf = (query: string, complaint?: ComplaintId) => diagnose(decodeState(query).config, complaint);
/** The lines of a summary's section, from its heading to the next blank line. */
function section(text: string, heading: string): string[] {
	const lines = text.split('\n');
	const start = lines.indexOf(heading);
	expect(start, `no "${heading}" in:\n${text}`).toBeGreaterThanOrEqual(0);
	const end = lines.indexOf('', start);
	return lines.slice(start + 1, end);
}

describe('"Meu cliente recebe dois e-mails para cada DAS. Já fiz a Opção 1 ontem e continua chegando duplicado."', () => {
	const text = summary(OPTION_1, 'duplicado');
	const diagnosis = diagnosisOf(OPTION_1, 'duplicado');

	test('the settings follow Opção 1, so the diagnosis never says there is nothing to do', () => {
		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.explained).toBe(false);
		expect(diagnosis.summary).not.toMatch(/nada a mudar/i);
		expect(text).not.toMatch(/nada a mudar/i);
	});

	test('the summary carries the complaint and the article’s verdict; the causes that can apply, this guide’s reading last', () => {
		expect(text).toContain('Queixa do cliente: Recebe o mesmo documento duas vezes.');
		expect(text).toContain('Situação atual: Toda a comunicação será feita pelo Domínio Processos.');
		const causes = section(text, 'Causas que a configuração não mostra:').join('\n');
		expect(causes).toContain('[Salvar]');
		// Nothing was said of WhatsApp, nor of a change to a client's registration: those causes cannot apply.
		expect(causes).not.toContain('WhatsApp');
		expect(causes).not.toContain('7516');
		// No article says that the client may be looking at older notices: the guide's own reading, labelled, and last.
		const lines = causes.split('\n');
		expect(lines.at(-1)).toMatch(/anteriores à mudança na configuração\..*\(Interpretação deste guia\) — https:\/\/\S+#como-conferir$/);
		expect(lines.filter((line) => line.includes('Interpretação deste guia'))).toHaveLength(1);
		expect(text.length).toBeLessThanOrEqual(1800);
	});

	test('by e-mail, after a change to a client’s registration: solução 7516’s cause, and the link keeps what the agent heard', () => {
		const heard = summary(`${OPTION_1}&queixa=duplicado&canal=email&cadastro=1`);
		expect(heard).toContain('Queixa do cliente: Recebe o mesmo documento duas vezes, por e-mail.');
		expect(heard).toContain('O escritório mudou há pouco o cadastro de um cliente no Domínio Processos.');
		// Solução 7516: a change to the client's registration in Domínio Processos leaves the tasks already
		// created as they were; an open task is created again, or the office waits for the next competência.
		expect(section(heard, 'Causas que a configuração não mostra:').join('\n')).toMatch(
			/cadastro do cliente, no Domínio Processos, não vale para as tarefas já geradas\. Gere novamente as tarefas em aberto ou aguarde as da próxima competência\. \(solução 7516\)/,
		);
		expect(heard).not.toContain('WhatsApp');
		expect(heard).toMatch(/diagnostico\/\?v=1&onvio=0&push=0&email=0&queixa=duplicado&canal=email&cadastro=1$/m);
	});

	test('by WhatsApp, which this guide does not simulate: the settings cannot explain it, and its cause comes up', () => {
		const heard = summary(`v=1&queixa=duplicado&canal=whatsapp`);
		expect(heard).toContain('Queixa do cliente: Recebe o mesmo documento duas vezes, pelo WhatsApp.');
		expect(section(heard, 'Causas que a configuração não mostra:').join('\n')).toMatch(/'Notificar via WhatsApp'.*\(solução 7516\)/);
	});

	test('the reason still counts what the other option would take: three boxes and the parameter, then each client', () => {
		expect(diagnosis.reason).toBe(
			"A configuração já segue a Opção 1; a Opção 2 exigiria quatro mudanças, mais uma no cadastro de cada cliente com 'Notificar Cliente' marcada.",
		);
	});

	test('with no complaint, the same settings are simply done', () => {
		expect(diagnosisOf(OPTION_1).summary).toBe('Nada a mudar: a configuração já segue a Opção 1.');
	});
});

describe('Opção 2 without its client steps (the Portal parameter unmarked, every client still marked)', () => {
	const diagnosis = diagnosisOf('v=1&aviso=0');

	test('is not done: it names what Domínio Processos still sends and the one change per client', () => {
		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.problems.map((f) => f.type)).toEqual(['two-systems']);
		expect(diagnosis.problems[0]!.text).toBe(
			'A configuração não segue nenhuma das opções por completo: o Domínio Processos ainda envia o e-mail das tarefas concluídas.',
		);
		expect(diagnosis.summary).toBe("Um problema encontrado. A Opção 2 o resolve com uma mudança no cadastro de cada cliente com 'Notificar Cliente' marcada.");
		expect(stepPlan(diagnosis.nearest.changes).map((planned) => planned.href)).toContain('/opcao-2/#clientes-3');
	});
});

describe('the steps, where a summary lists only some', () => {
	test('say where they start: the way to the screen, as steps 1 to 3 of the article give it', () => {
		const lines = summary('v=1').split('\n');
		const at = lines.findIndex((line) => line.startsWith('4. Desative as opções'));
		expect(lines[at - 1]).toBe(
			'Opção 1, no ONVIO Gestão — Configuração > Notificações > Texto > Português (Brasil) > Documentos > Funcionário Adiciona Novo Arquivo:',
		);
		const portal = summary('v=1&onvio=0&push=0&email=0&aviso=0').split('\n');
		expect(portal[portal.findIndex((line) => line.startsWith('7. Marque a opção')) - 1]).toBe(
			'Opção 1, no ONVIO Portal do Cliente — Configurações > Parâmetros:',
		);
	});
});

describe('what the clients receive after the steps', () => {
	test('todas marcadas, once Opção 1 is done: everything by Domínio Processos, by e-mail', () => {
		expect(section(summary('v=1'), 'Depois dos passos:')).toEqual([
			'- Toda a comunicação será feita pelo Domínio Processos.',
			'- Documentos do Sistema Domínio: um aviso do Domínio Processos, no e-mail da tarefa concluída. *',
			'- Tarefas concluídas: um e-mail do Domínio Processos por tarefa.',
			'- Arquivos enviados manualmente: nenhum aviso. *',
		]);
	});

	test('Opção 1 with the first client unmarked: the summary speaks of a client who receives', () => {
		expect(section(summary(`${OPTION_1}&cliente.padaria=0`), 'O que o cliente recebe:')).toEqual([
			'- Documentos do Sistema Domínio: um aviso do Domínio Processos, no e-mail da tarefa concluída. *',
			'- Tarefas concluídas: um e-mail do Domínio Processos por tarefa.',
			'- Arquivos enviados manualmente: nenhum aviso. *',
		]);
	});

	test('Opção 2 done: documents and uploads by ONVIO Portal do Cliente, no completed task', () => {
		expect(section(summary(OPTION_2), 'O que o cliente recebe:')).toEqual([
			'- Documentos do Sistema Domínio: um aviso do ONVIO Portal do Cliente (no ONVIO, via push e por e-mail). *',
			'- Tarefas concluídas: nenhum aviso.',
			'- Arquivos enviados manualmente: um aviso do ONVIO Portal do Cliente (no ONVIO, via push e por e-mail). *',
		]);
	});
});

/** What each option changes for the client, in the article's verdict: the reason leads with it. */
const CHANGES_FOR_THE_CLIENT = {
	'Opção 1': 'Toda a comunicação será feita pelo Domínio Processos.',
	'Opção 2': 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.',
};

describe('counts, worked out by hand from the steps of each option', () => {
	test.each([
		// Opção 1 unmarks the three ONVIO Gestão boxes; Opção 2 unmarks the parameter, then every client.
		['v=1', `${CHANGES_FOR_THE_CLIENT['Opção 1']} É a mais próxima da configuração atual: exige três mudanças; a Opção 2 exigiria uma mudança, mais uma no cadastro de cada cliente com 'Notificar Cliente' marcada.`],
		// One ONVIO Gestão box already unmarked: two left for Opção 1; Opção 2 re-marks it and unmarks the parameter.
		['v=1&onvio=0', `${CHANGES_FOR_THE_CLIENT['Opção 1']} É a mais próxima da configuração atual: exige duas mudanças; a Opção 2 exigiria duas mudanças, mais uma no cadastro de cada cliente com 'Notificar Cliente' marcada.`],
		// The parameter unmarked: Opção 2 needs only its client steps; Opção 1 three boxes and the parameter.
		['v=1&aviso=0', `${CHANGES_FOR_THE_CLIENT['Opção 2']} É a mais próxima da configuração atual: exige uma mudança no cadastro de cada cliente com 'Notificar Cliente' marcada; a Opção 1 exigiria quatro mudanças.`],
	])('%s: the reason', (query, reason) => {
		expect(diagnosisOf(query).reason).toBe(reason);
	});

	test.each([
		// Opção 2 with one ONVIO Gestão box unmarked: nothing goes wrong, one box is missing.
		[`${OPTION_2}&push=0`, 'Nenhum problema na configuração atual. Para seguir a Opção 2, falta uma mudança.'],
		[`${OPTION_2}&push=0&email=0`, 'Nenhum problema na configuração atual. Para seguir a Opção 2, faltam duas mudanças.'],
	])('%s: the summary', (query, text) => {
		expect(diagnosisOf(query).summary).toBe(text);
	});
});
