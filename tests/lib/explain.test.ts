import { describe, expect, test } from 'vitest';
import { allSettingRefs, settingKey, type SettingKey } from '../../src/lib/model/config.ts';
import {
	describeEvent,
	explainCandidate,
	explainSetting,
	joinPt,
	sentence,
	stepLinksOf,
} from '../../src/lib/explain/explain.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { simulate } from '../../src/lib/model/simulate.ts';

describe('explainSetting', () => {
	test.each<[SettingKey, string, string[]]>([
		// An ONVIO Gestão checkbox says it is global (solução 8342), and links to step 4 of both options.
		[
			'push',
			"'Notificações via push' do ONVIO Gestão (vale para todos os clientes)",
			['/opcao-1/#onvio-4', '/opcao-2/#onvio-4'],
		],
		// The Portal parameter: step 7 of both options. No source states its scope, so nothing is claimed.
		[
			'aviso',
			"'Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos' do ONVIO Portal do Cliente",
			['/opcao-1/#onvio-7', '/opcao-2/#onvio-7'],
		],
		// A task flag names the task; only Opção 1 has task steps.
		[
			'tarefa.folha',
			"'Notificar cliente' da tarefa Folha de pagamento mensal no Domínio Processos",
			['/opcao-1/#tarefas-3'],
		],
		// A client flag names the client.
		[
			'cliente.oficina',
			"'Notificar Cliente' do cliente Oficina Mecânica Irmãos Souza ME no Domínio Processos",
			['/opcao-1/#clientes-3', '/opcao-2/#clientes-3'],
		],
	])('%s', (key, text, hrefs) => {
		const explained = explainSetting(key);
		expect(explained.text).toBe(text);
		expect(explained.steps.map((s) => s.href)).toEqual(hrefs);
		expect(explained.key).toBe(key);
	});

	test('accepts a SettingRef too', () => {
		expect(explainSetting({ id: 'processos.task', entity: 'das' }).target).toEqual({
			scope: 'per-task',
			id: 'das',
			name: 'Apuração do Simples Nacional (DAS)',
		});
	});

	test('every checkbox instance has at least one step that changes it', () => {
		for (const ref of allSettingRefs()) expect(explainSetting(settingKey(ref)).steps.length).toBeGreaterThan(0);
	});

	test('stepLinksOf can keep one page', () => {
		expect(stepLinksOf({ id: 'processos.client', entity: 'padaria' }, 'opcao-2')).toEqual([
			{ page: 'opcao-2', anchor: 'clientes-3', href: '/opcao-2/#clientes-3' },
		]);
	});

	test('throws on a string that is not a setting key (a programming error)', () => {
		expect(() => explainSetting('fax' as SettingKey)).toThrow();
	});
});

describe('explainCandidate', () => {
	const sim = simulate(PRESETS.option1, { kind: 'document-from-dominio', clientId: 'padaria', taskId: 'das' });

	test('a delivered candidate names all its checkboxes as marked, and ends with one period', () => {
		const text = explainCandidate(sim.deliveries[0]!, true);
		expect(text).toBe(
			"O Domínio Processos avisa por e-mail porque estão marcadas 'Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos' no ONVIO Portal do Cliente; 'Notificar cliente' na tarefa Apuração do Simples Nacional (DAS) e 'Notificar Cliente' no cadastro do cliente Padaria Pão Dourado Ltda.",
		);
	});

	test('a suppressed candidate names the checkbox that is off', () => {
		expect(explainCandidate(sim.suppressed[1]!, false)).toBe(
			"O ONVIO Portal do Cliente não avisa via push porque 'Notificações via push' está desmarcada no ONVIO Gestão (vale para todos os clientes).",
		);
	});
});

describe('small text helpers', () => {
	test.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a e b'],
		[['a', 'b', 'c'], 'a, b e c'],
	])('joinPt(%j) is %j', (items, text) => {
		expect(joinPt(items)).toBe(text);
	});

	test.each([
		// A name ending in "Ltda." already ends the sentence.
		['Padaria Pão Dourado Ltda.', 'Padaria Pão Dourado Ltda.'],
		['Folha', 'Folha.'],
	])('sentence(%j) is %j', (text, expected) => {
		expect(sentence(text)).toBe(expected);
	});

	test.each<[Parameters<typeof describeEvent>[0], string]>([
		// The task's own parentheses are the only ones.
		[
			{ kind: 'task-completed', clientId: 'oficina', taskId: 'das' },
			'Conclusão da tarefa Apuração do Simples Nacional (DAS) no Domínio Processos, para o cliente Oficina Mecânica Irmãos Souza ME',
		],
		[
			{ kind: 'document-from-dominio', clientId: 'padaria', taskId: 'folha' },
			'Documento da tarefa Folha de pagamento mensal, publicado no Sistema Domínio, para o cliente Padaria Pão Dourado Ltda.',
		],
		[{ kind: 'manual-upload', clientId: 'oficina' }, 'Arquivo enviado manualmente por um funcionário, para o cliente Oficina Mecânica Irmãos Souza ME'],
	])('describeEvent names the event, its task and its client: %j', (event, text) => {
		expect(describeEvent(event)).toBe(text);
	});
});
