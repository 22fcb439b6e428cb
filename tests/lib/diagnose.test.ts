import { describe, expect, test } from 'vitest';
import {
	allConfigs,
	getSetting,
	parseSettingKey,
	setSetting,
	uniformConfig,
	type Config,
	type SettingRef,
} from '../../src/lib/model/config.ts';
import { changesTo, diagnose, type Diagnosis } from '../../src/lib/diagnosis/diagnose.ts';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { OPTIONS } from '../../src/lib/catalogue/options.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { RULE_TABLE, SOURCE_KINDS, restsOnInterpretation } from '../../src/lib/model/rules.ts';
import { allEvents, simulate } from '../../src/lib/model/simulate.ts';

const set = (config: Config, ...changes: [SettingRef, boolean][]) =>
	changes.reduce((c, [ref, value]) => setSetting(c, ref, value), config);
const apply = (config: Config, diagnosis: Diagnosis) =>
	diagnosis.nearest.changes.reduce((c, change) => setSetting(c, change.ref, change.to), config);
const SAMPLE_NAMES = [...SAMPLE.clients, ...SAMPLE.tasks].map((entry) => entry.name);
const all = (d: Diagnosis) => [...d.problems, ...d.notes];
/** Each finding as "type:category:kinds:settings", e.g. "silence:choice:task-completed:processos.client". */
const shapes = (d: Diagnosis) =>
	all(d).map((f) => [f.type, f.category, f.eventKinds.join('+'), f.settings.join('+')].join(':'));

describe('diagnose on the presets', () => {
	test('Opção 1: nada a mudar; hand uploads are one caveat, labelled interpretation', () => {
		const d = diagnose(PRESETS.option1);
		expect(d.ok).toBe(true);
		expect(d.nearest.option).toBe('option1');
		expect(d.nearest.changes).toEqual([]);
		expect(d.summary).toBe('Nada a mudar: a configuração já segue a Opção 1.');
		expect(shapes(d)).toEqual(['silence:caveat:manual-upload:gestao.onvio+gestao.push+gestao.email']);
		expect(d.notes[0]!.events).toHaveLength(SAMPLE.clients.length);
		expect(SOURCE_KINDS[d.notes[0]!.source!]).toBe('interpretation');
	});

	test('Opção 2: nada a mudar; unannounced completed tasks are one expected note', () => {
		const d = diagnose(PRESETS.option2);
		expect(d.ok).toBe(true);
		expect(d.nearest.option).toBe('option2');
		expect(d.summary).toBe('Nada a mudar: a configuração já segue a Opção 2.');
		expect(shapes(d)).toEqual(['silence:expected:task-completed:processos.client']);
		expect(d.notes[0]!.events).toHaveLength(SAMPLE.clients.length * SAMPLE.tasks.length);
	});

	// Where a client or a task has its flag unmarked, its documents come once: the finding says whose come twice.
	test.each<[string, [SettingRef, boolean][], string]>([
		[
			'one client unmarked',
			[[{ id: 'processos.client', entity: 'padaria' }, false]],
			"Os clientes com 'Notificar Cliente' marcada no cadastro recebem duas vezes cada documento do Sistema Domínio: uma pelo ONVIO Portal do Cliente (no ONVIO, via push e por e-mail) e outra pelo Domínio Processos, no e-mail da tarefa concluída.",
		],
		[
			'one task unmarked',
			[[{ id: 'processos.task', entity: 'folha' }, false]],
			"Cada documento que o Sistema Domínio publica nas tarefas com 'Notificar cliente' marcada chega duas vezes: uma pelo ONVIO Portal do Cliente (no ONVIO, via push e por e-mail) e outra pelo Domínio Processos, no e-mail da tarefa concluída.",
		],
		[
			'one client and one task unmarked, ONVIO Gestão by e-mail only',
			[
				[{ id: 'processos.client', entity: 'oficina' }, false],
				[{ id: 'processos.task', entity: 'das' }, false],
				[{ id: 'gestao.onvio' }, false],
				[{ id: 'gestao.push' }, false],
			],
			"Os clientes com 'Notificar Cliente' marcada no cadastro recebem duas vezes cada documento que o Sistema Domínio publica nas tarefas com 'Notificar cliente' marcada: uma pelo ONVIO Portal do Cliente (por e-mail) e outra pelo Domínio Processos, no e-mail da tarefa concluída.",
		],
	])('a duplicate with %s names whose documents come twice', (_, changes, text) => {
		const d = diagnose(set(PRESETS.allOn, ...changes));
		expect(d.problems.filter((f) => f.type === 'duplicate').map((f) => f.text)).toEqual([text]);
	});

	test('todas marcadas: one duplicate, over every document of the sample, stated as settings', () => {
		const d = diagnose(PRESETS.allOn);
		expect(shapes(d)).toEqual([
			'duplicate:problem:document-from-dominio:gestao.onvio+gestao.push+gestao.email+portal.emailOnProcessosPublication+processos.task+processos.client',
		]);
		const [duplicate] = d.problems;
		expect(duplicate!.events).toHaveLength(SAMPLE.clients.length * SAMPLE.tasks.length);
		expect(duplicate!.text).toBe(
			'Cada documento do Sistema Domínio chega duas vezes: uma pelo ONVIO Portal do Cliente (no ONVIO, via push e por e-mail) e outra pelo Domínio Processos, no e-mail da tarefa concluída.',
		);
		expect(d.nearest.changes.map((c) => [c.key, c.from, c.to, c.steps.map((s) => s.href)])).toEqual([
			['onvio', true, false, ['/opcao-1/#onvio-4']],
			['push', true, false, ['/opcao-1/#onvio-4']],
			['email', true, false, ['/opcao-1/#onvio-4']],
		]);
		expect(d.summary).toBe('Um problema encontrado. A Opção 1 o resolve com três mudanças.');
	});

	test('todas marcadas is a tie with two sample clients, a tie goes to Opção 1, and the reason counts per client', () => {
		const d = diagnose(PRESETS.allOn);
		expect(d.options.option1.distance).toBe(3);
		expect(d.options.option2.distance).toBe(3);
		expect(d.nearest.option).toBe('option1');
		// Opção 2 unmarks the Portal parameter, then every client: a count that grows with the office.
		expect(d.reason).toMatch(
			/ É a mais próxima da configuração atual: exige três mudanças; a Opção 2 exigiria uma mudança, mais uma no cadastro de cada cliente com 'Notificar Cliente' marcada\.$/,
		);
	});
});

describe('diagnose on edited configs', () => {
	test.each<[string, Config, string[], string[]]>([
		[
			// Opção 1 with one client unmarked: the office's choice, nothing to change.
			'Opção 1, padaria unmarked',
			set(PRESETS.option1, [{ id: 'processos.client', entity: 'padaria' }, false]),
			[
				'silence:choice:document-from-dominio+task-completed:processos.client',
				'silence:caveat:manual-upload:gestao.onvio+gestao.push+gestao.email',
			],
			[],
		],
		[
			// One client and another task unmarked: still one choice, worded as either flag.
			'Opção 1, padaria and folha unmarked',
			set(PRESETS.option1, [{ id: 'processos.client', entity: 'padaria' }, false], [{ id: 'processos.task', entity: 'folha' }, false]),
			[
				'silence:choice:document-from-dominio+task-completed:processos.task+processos.client',
				'silence:caveat:manual-upload:gestao.onvio+gestao.push+gestao.email',
			],
			[],
		],
		[
			// Opção 1 with every client unmarked would announce nothing: re-marking them is the fix.
			'Opção 1, every client unmarked',
			set(
				PRESETS.option1,
				[{ id: 'processos.client', entity: 'padaria' }, false],
				[{ id: 'processos.client', entity: 'oficina' }, false],
			),
			[
				'silence:problem:document-from-dominio+task-completed:processos.client',
				'silence:caveat:manual-upload:gestao.onvio+gestao.push+gestao.email',
			],
			['cliente.padaria', 'cliente.oficina'],
		],
		[
			// Opção 1 without the Portal parameter: documents go unannounced, a problem fixed at onvio-7.
			'Opção 1, Portal parameter off',
			set(PRESETS.option1, [{ id: 'portal.emailOnProcessosPublication' }, false]),
			[
				'silence:problem:document-from-dominio:portal.emailOnProcessosPublication',
				'silence:caveat:manual-upload:gestao.onvio+gestao.push+gestao.email',
			],
			['aviso'],
		],
		[
			// Opção 2 with one client still marked: that client still hears from Domínio Processos of its completed
			// tasks, so no option is complete.
			'Opção 2, oficina still marked',
			set(PRESETS.option2, [{ id: 'processos.client', entity: 'oficina' }, true]),
			[
				'two-systems:problem:document-from-dominio+task-completed+manual-upload:processos.task+processos.client',
				'silence:expected:task-completed:processos.client',
			],
			['cliente.oficina'],
		],
		[
			// Everything off: nearer to Opção 2 (3 changes against 5). Documents and uploads have the same cause,
			// one finding, labelled as an interpretation since uploads rest on one.
			'everything off',
			uniformConfig(false),
			[
				'silence:problem:document-from-dominio+manual-upload:gestao.onvio+gestao.push+gestao.email',
				'silence:expected:task-completed:processos.client',
			],
			['onvio', 'push', 'email'],
		],
	])('%s', (_, config, expected, changeKeys) => {
		const d = diagnose(config);
		expect(shapes(d)).toEqual(expected);
		expect(d.nearest.changes.map((c) => c.key)).toEqual(changeKeys);
		expect(d.ok).toBe(changeKeys.length === 0 && d.problems.length === 0);
	});

	test.each<[string, Config, RegExp]>([
		// A global cause is named with its product; no client or task is singled out.
		[
			'Portal parameter off',
			set(PRESETS.option1, [{ id: 'portal.emailOnProcessosPublication' }, false]),
			/^Nenhum aviso de documentos do Sistema Domínio chega aos clientes: 'Enviar avisos por e-mail ao cliente…' está desmarcada no ONVIO Portal do Cliente\.$/,
		],
		// Per-task and per-client flags read as conditions on the office's clients and tasks.
		[
			'a client and a task unmarked',
			set(PRESETS.option1, [{ id: 'processos.client', entity: 'padaria' }, false], [{ id: 'processos.task', entity: 'folha' }, false]),
			/^Os clientes com 'Notificar Cliente' desmarcada não recebem avisos de documentos do Sistema Domínio nem de tarefas concluídas, e as tarefas com 'Notificar cliente' desmarcada não geram esses avisos\. Na Opção 1, cabe ao escritório definir quais tarefas e clientes receberão as notificações\.$/,
		],
	])('a silence is worded in settings: %s', (_, config, text) => {
		expect(all(diagnose(config))[0]!.text).toMatch(text);
	});
});

describe('changes', () => {
	test('come in the order of the target option’s steps, each with its anchor on that page', () => {
		const config = set(uniformConfig(false), [{ id: 'gestao.email' }, true]);
		expect(changesTo('option1', config).map((c) => [c.key, c.steps.map((s) => s.anchor)])).toEqual([
			['email', ['onvio-4']],
			['aviso', ['onvio-7']],
			['tarefa.das', ['tarefas-3']],
			['tarefa.folha', ['tarefas-3']],
			['cliente.padaria', ['clientes-3']],
			['cliente.oficina', ['clientes-3']],
		]);
		const toOption2 = changesTo('option2', PRESETS.allOn);
		expect(toOption2.map((c) => [c.key, c.steps.map((s) => s.href)])).toEqual([
			['aviso', ['/opcao-2/#onvio-7']],
			['cliente.padaria', ['/opcao-2/#clientes-3']],
			['cliente.oficina', ['/opcao-2/#clientes-3']],
		]);
		expect(toOption2[1]?.text).toBe("Desmarque 'Notificar Cliente' do cliente Padaria Pão Dourado Ltda. no Domínio Processos.");
	});

	test('Opção 2 never touches task flags', () => {
		const config = set(PRESETS.allOn, [{ id: 'processos.task', entity: 'das' }, false]);
		expect(changesTo('option2', config).some((c) => c.ref.id === 'processos.task')).toBe(false);
	});
});

describe('diagnose over the whole configuration space', () => {
	const configs = [...allConfigs()];

	test('following the changes always ends at "nada a mudar" on the same option', () => {
		for (const config of configs) {
			const d = diagnose(config);
			const after = diagnose(apply(config, d));
			expect(after.ok).toBe(true);
			expect(after.nearest.option).toBe(d.nearest.option);
		}
	});

	test('the nearest option needs the fewest changes, Opção 1 on a tie', () => {
		for (const config of configs) {
			const { options, nearest } = diagnose(config);
			expect(nearest.distance).toBe(Math.min(options.option1.distance, options.option2.distance));
			if (options.option1.distance === options.option2.distance) expect(nearest.option).toBe('option1');
			for (const option of [options.option1, options.option2]) {
				expect(option.distance).toBe(option.changes.length);
				for (const change of option.changes) {
					expect(getSetting(config, change.ref)).toBe(change.from);
					expect(change.to).toBe(!change.from);
					expect(change.steps.length).toBeGreaterThan(0);
					for (const step of change.steps) expect(step.page).toBe(OPTIONS[option.option].page);
				}
			}
		}
	});

	test('every duplicate and every silent event of the sample is in exactly one finding, of its type', () => {
		for (const config of configs) {
			const findings = all(diagnose(config)).filter((f) => f.type !== 'two-systems');
			for (const event of allEvents()) {
				const sim = simulate(config, event);
				const found = findings.filter((f) => f.events.some((e) => JSON.stringify(e) === JSON.stringify(event)));
				if (sim.duplicates.length > 0) expect(found.map((f) => `${f.type}:${f.category}`)).toEqual(['duplicate:problem']);
				else if (sim.silent) expect(found.map((f) => f.type)).toEqual(['silence']);
				else expect(found).toEqual([]);
			}
		}
	});

	test('one finding per cause: at most one duplicate, and no two findings alike', () => {
		for (const config of configs) {
			const d = diagnose(config);
			expect(d.problems.filter((f) => f.type === 'duplicate').length).toBeLessThanOrEqual(1);
			// A cause: its type and category, the settings behind it, and whether it rests on an interpretation.
			const causes = all(d).map((f) => [f.type, f.category, f.settings.join('+'), f.source !== undefined].join(':'));
			expect(new Set(causes).size, JSON.stringify(config)).toBe(causes.length);
			expect(new Set(all(d).map((f) => f.text)).size).toBe(all(d).length);
			expect(d.problems.every((f) => f.category === 'problem')).toBe(true);
			expect(d.notes.every((f) => f.category !== 'problem')).toBe(true);
		}
	});

	test('findings speak of the office: no sample name, and the interpretation where any path they speak of rests on one', () => {
		const interpretation = new Set(RULE_TABLE.filter(restsOnInterpretation).map((row) => row.id));
		for (const config of configs)
			for (const f of all(diagnose(config))) {
				for (const name of SAMPLE_NAMES) expect(f.text).not.toContain(name);
				// The paths a finding speaks of: what arrives (a duplicate, both systems) or what stays quiet.
				const paths = f.events.flatMap((event) => {
					const sim = simulate(config, event);
					if (f.type === 'silence') return sim.suppressed;
					// Two systems: the finding speaks of what the system to silence still sends.
					if (f.type === 'two-systems') return sim.deliveries.filter((c) => c.decidedBy.some((key) => f.decidedBy.includes(key)));
					return sim.deliveries;
				});
				expect(f.source !== undefined, f.text).toBe(paths.some((c) => interpretation.has(c.row)));
				if (f.source) expect(SOURCE_KINDS[f.source]).toBe('interpretation');
			}
	});

	test('the verdict judges the office over every event, and "nada a mudar" needs one system or a chosen silence', () => {
		for (const config of configs) {
			const d = diagnose(config);
			const systems = new Set(allEvents().flatMap((event) => simulate(config, event).deliveries.map((c) => c.system)));
			expect(d.verdict.systems.length).toBe(systems.size);
			if (d.ok) expect(d.verdict.kind).toBe('one-system');
			if (d.verdict.kind === 'both-systems') expect(d.problems.length).toBeGreaterThan(0);
		}
	});

	test('a silence is a problem exactly when the changes turn on a checkbox that caused it', () => {
		for (const config of configs) {
			const d = diagnose(config);
			const turnedOn = new Set(d.nearest.changes.filter((c) => c.to).map((c) => c.key));
			for (const f of all(d).filter((f) => f.type === 'silence'))
				for (const event of f.events) {
					const causes = simulate(config, event).suppressed.flatMap((c) => c.decidedBy);
					expect(f.category === 'problem').toBe(causes.some((k) => turnedOn.has(k)));
				}
		}
	});

	test('a finding names settings in the state that causes it, and says what happens in pt-BR', () => {
		for (const config of configs)
			for (const f of all(diagnose(config))) {
				expect(f.settings.length).toBeGreaterThan(0);
				const on = f.type !== 'silence';
				// Each setting is in that state for some instance the finding covers.
				for (const id of f.settings)
					expect(f.decidedBy.some((key) => parseSettingKey(key)!.id === id && getSetting(config, parseSettingKey(key)!) === on)).toBe(true);
				expect(f.text).toMatch(
					f.type === 'duplicate'
						? /(chega duas vezes|recebem duas vezes cada documento [^:]*): uma pelo/
						: f.type === 'two-systems'
							? /não segue nenhuma das opções/
							: /nenhum aviso|nenhuma tarefa concluída é notificada|não recebem avisos|não geram avisos/i,
				);
			}
	});
});
