import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { setSetting, uniformConfig, type Config, type SettingRef } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { entityStateText, globalStatesText, officeSettings } from '../../src/lib/messages/office.ts';
import { labelOf, labelled } from '../../src/lib/messages/words.ts';
import { coverageOf, type Coverage } from '../../src/lib/model/config.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { stepNote, stepPlan } from '../../src/lib/diagnosis/step-plan.ts';

const set = (config: Config, ...changes: [SettingRef, boolean][]) =>
	changes.reduce((c, [ref, value]) => setSetting(c, ref, value), config);
const padariaOff = set(PRESETS.allOn, [{ id: 'processos.client', entity: 'padaria' }, false]);

describe('coverageOf reads a per-task or per-client flag over the sample', () => {
	test.each<[string, Config, Coverage, Coverage]>([
		['todas marcadas', PRESETS.allOn, 'all', 'all'],
		['one client unmarked', padariaOff, 'all', 'some'],
		['Opção 2', PRESETS.option2, 'all', 'none'],
		['everything off', uniformConfig(false), 'none', 'none'],
	])('%s', (_, config, tasks, clients) => {
		expect(coverageOf(config, 'processos.task')).toBe(tasks);
		expect(coverageOf(config, 'processos.client')).toBe(clients);
	});
});

describe('officeSettings: one line per product, every checkbox in words', () => {
	test.each<[string, Config, string[]]>([
		[
			'todas marcadas',
			PRESETS.allOn,
			[
				"'Notificações no ONVIO', 'Notificações via push' e 'Notificações por e-mail' marcadas.",
				"'Enviar avisos por e-mail ao cliente…' marcada.",
				"'Notificar cliente' marcada em todas as tarefas; 'Notificar Cliente' marcada no cadastro de todos os clientes.",
			],
		],
		[
			// Checkboxes that differ are grouped by state, in the screen's order.
			'one ONVIO Gestão box and one client unmarked',
			set(padariaOff, [{ id: 'gestao.push' }, false]),
			[
				"'Notificações no ONVIO' e 'Notificações por e-mail' marcadas; 'Notificações via push' desmarcada.",
				"'Enviar avisos por e-mail ao cliente…' marcada.",
				"'Notificar cliente' marcada em todas as tarefas; 'Notificar Cliente' marcada no cadastro de alguns clientes e desmarcada nos demais.",
			],
		],
		[
			'Opção 2',
			PRESETS.option2,
			[
				"'Notificações no ONVIO', 'Notificações via push' e 'Notificações por e-mail' marcadas.",
				"'Enviar avisos por e-mail ao cliente…' desmarcada.",
				"'Notificar cliente' marcada em todas as tarefas; 'Notificar Cliente' desmarcada no cadastro de todos os clientes.",
			],
		],
	])('%s', (_, config, texts) => {
		const lines = officeSettings(config);
		expect(lines.map((l) => l.name)).toEqual(['ONVIO Gestão', 'ONVIO Portal do Cliente', 'Domínio Processos']);
		expect(lines.map((l) => l.text)).toEqual(texts);
	});

	test('never names a sample client or task', () => {
		const text = officeSettings(padariaOff).map((l) => l.text).join(' ');
		for (const entry of [...SAMPLE.clients, ...SAMPLE.tasks]) expect(text).not.toContain(entry.name);
	});
});

describe('phrases about settings', () => {
	test('the Portal parameter is cut after its first clause; other labels are whole', () => {
		expect(labelOf('portal.emailOnProcessosPublication')).toBe("'Enviar avisos por e-mail ao cliente…'");
		expect(labelOf('processos.task')).toBe("'Notificar cliente'");
	});

	test.each<[Parameters<typeof globalStatesText>, string]>([
		[[['gestao.push'], false], "'Notificações via push' está desmarcada no ONVIO Gestão"],
		[
			[['gestao.onvio', 'gestao.email', 'portal.emailOnProcessosPublication'], true],
			"'Notificações no ONVIO' e 'Notificações por e-mail' estão marcadas no ONVIO Gestão e 'Enviar avisos por e-mail ao cliente…' está marcada no ONVIO Portal do Cliente",
		],
	])('globalStatesText(%j)', (args, text) => {
		expect(globalStatesText(...args)).toBe(text);
	});

	test.each<[Parameters<typeof entityStateText>, string]>([
		// The words of the office's settings lines: a client's box is in the client's record ("cadastro").
		[['processos.client', 'none'], "'Notificar Cliente' está desmarcada no cadastro de todos os clientes"],
		[['processos.client', 'all'], "'Notificar Cliente' está marcada no cadastro de todos os clientes"],
		// "Os demais" clientes, "as demais" tarefas.
		[['processos.client', 'some'], "'Notificar Cliente' está marcada no cadastro de alguns clientes e desmarcada nos demais"],
		[['processos.task', 'some'], "'Notificar cliente' está marcada em algumas tarefas e desmarcada nas demais"],
	])('entityStateText(%j)', (args, text) => {
		expect(entityStateText(...args)).toBe(text);
	});

	test('an interpretation is marked on its line', () => {
		expect(labelled('Nenhum aviso.', true)).toBe('Nenhum aviso. *');
		expect(labelled('Nenhum aviso.', false)).toBe('Nenhum aviso.');
	});
});

describe('stepNote: what the office must know beyond the step’s words', () => {
	const notes = (config: Config) =>
		stepPlan(diagnose(config).nearest.changes)
			.map((planned) => [planned.step.anchor, stepNote(planned, config)])
			.filter(([, note]) => note !== undefined);

	test.each<[string, Config, [string, string][]]>([
		// The whole step is to do: nothing to add.
		['todas marcadas', PRESETS.allOn, []],
		// Only some of the step's checkboxes are wrong: which ones.
		['one box already unmarked', set(PRESETS.allOn, [{ id: 'gestao.onvio' }, false]), [['onvio-4', "hoje, só 'Notificações via push' e 'Notificações por e-mail' estão marcadas"]]],
		// A per-client step: on which clients.
		['Opção 2 half done', set(PRESETS.allOn, [{ id: 'portal.emailOnProcessosPublication' }, false]), [['clientes-3', 'em todos os clientes']]],
		['Opção 2 with one client left', set(PRESETS.option2, [{ id: 'processos.client', entity: 'oficina' }, true]), [['clientes-3', 'nos clientes em que ainda está marcada']]],
		// Re-marking under Opção 1, which leaves the choice to the office.
		[
			'Opção 1 with every client unmarked',
			set(PRESETS.option1, [{ id: 'processos.client', entity: 'padaria' }, false], [{ id: 'processos.client', entity: 'oficina' }, false]),
			[['clientes-3', 'marque nos clientes que devem ser avisados']],
		],
	])('%s', (_, config, expected) => {
		expect(notes(config)).toEqual(expected);
	});
});
