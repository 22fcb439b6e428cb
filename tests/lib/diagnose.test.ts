import { describe, expect, test } from 'vitest';
import {
	allConfigs,
	getSetting,
	parseSettingKey,
	setSetting,
	uniformConfig,
	type Config,
	type SettingRef,
} from '../../src/lib/config.ts';
import { changesTo, diagnose, type Diagnosis } from '../../src/lib/diagnose.ts';
import { OPTIONS, PRESETS } from '../../src/lib/presets.ts';
import { allEvents, simulate } from '../../src/lib/simulate.ts';

const set = (config: Config, ...changes: [SettingRef, boolean][]) =>
	changes.reduce((c, [ref, value]) => setSetting(c, ref, value), config);
const apply = (config: Config, diagnosis: Diagnosis) =>
	diagnosis.nearest.changes.reduce((c, change) => setSetting(c, change.ref, change.to), config);
const categories = (d: Diagnosis) => [...d.problems, ...d.notes].map((f) => `${f.category}:${f.eventKind}`);
const count = (items: string[]) => Object.fromEntries([...new Set(items)].map((i) => [i, items.filter((x) => x === i).length]));

describe('diagnose on the presets', () => {
	test('Opção 1: nada a mudar; hand uploads are a caveat labelled interpretation', () => {
		const d = diagnose(PRESETS.option1);
		expect(d.ok).toBe(true);
		expect(d.nearest.option).toBe('option1');
		expect(d.nearest.changes).toEqual([]);
		expect(d.summary).toBe('Nada a mudar: a configuração segue a Opção 1.');
		expect(count(categories(d))).toEqual({ 'caveat:manual-upload': 2 });
		for (const note of d.notes) expect(note.source?.kind).toBe('interpretation');
	});

	test('Opção 2: nada a mudar; unannounced completed tasks are what the option intends', () => {
		const d = diagnose(PRESETS.option2);
		expect(d.ok).toBe(true);
		expect(d.nearest.option).toBe('option2');
		expect(d.summary).toBe('Nada a mudar: a configuração segue a Opção 2.');
		expect(count(categories(d))).toEqual({ 'expected:task-completed': 4 });
	});

	test('todas ativas: every document is a duplicate; the three ONVIO Gestão boxes of step onvio-4 fix it', () => {
		const d = diagnose(PRESETS.allOn);
		expect(count(categories(d))).toEqual({ 'problem:document-from-dominio': 4 });
		expect(d.problems.every((p) => p.type === 'duplicate')).toBe(true);
		expect(d.nearest.changes.map((c) => [c.key, c.from, c.to, c.steps.map((s) => s.href)])).toEqual([
			['gestao.onvio', true, false, ['/opcao-1/#onvio-4']],
			['gestao.push', true, false, ['/opcao-1/#onvio-4']],
			['gestao.email', true, false, ['/opcao-1/#onvio-4']],
		]);
		expect(d.summary).toBe('4 problemas encontrados. A opção mais próxima é a Opção 1: 3 mudanças.');
	});

	test('todas ativas is a tie (3 changes each with two sample clients), and a tie goes to Opção 1', () => {
		const d = diagnose(PRESETS.allOn);
		expect(d.options.option1.distance).toBe(3);
		expect(d.options.option2.distance).toBe(3);
		expect(d.nearest.option).toBe('option1');
	});
});

describe('diagnose on edited configs', () => {
	test.each<[string, Config, Record<string, number>, string[]]>([
		[
			// Opção 1 with one client unmarked: the office's choice, nothing to change.
			'Opção 1, padaria unmarked',
			set(PRESETS.option1, [{ id: 'processos.client', clientId: 'padaria' }, false]),
			{ 'choice:document-from-dominio': 2, 'choice:task-completed': 2, 'caveat:manual-upload': 2 },
			[],
		],
		[
			// Opção 1 with every client unmarked would announce nothing: re-marking them is the fix.
			'Opção 1, every client unmarked',
			set(
				PRESETS.option1,
				[{ id: 'processos.client', clientId: 'padaria' }, false],
				[{ id: 'processos.client', clientId: 'oficina' }, false],
			),
			{ 'problem:document-from-dominio': 4, 'problem:task-completed': 4, 'caveat:manual-upload': 2 },
			['processos.client:padaria', 'processos.client:oficina'],
		],
		[
			// Opção 1 without the Portal parameter: documents go unannounced, a problem fixed at onvio-7.
			'Opção 1, Portal parameter off',
			set(PRESETS.option1, [{ id: 'portal.emailOnProcessosPublication' }, false]),
			{ 'problem:document-from-dominio': 4, 'caveat:manual-upload': 2 },
			['portal.emailOnProcessosPublication'],
		],
		[
			// Opção 2 with one client still marked: no problem, but one change to follow Opção 2.
			'Opção 2, oficina still marked',
			set(PRESETS.option2, [{ id: 'processos.client', clientId: 'oficina' }, true]),
			{ 'expected:task-completed': 2 },
			['processos.client:oficina'],
		],
		[
			// Everything off: nearer to Opção 2 (3 changes against 5); documents and uploads are silent problems.
			'everything off',
			uniformConfig(false),
			{ 'problem:document-from-dominio': 4, 'expected:task-completed': 4, 'problem:manual-upload': 2 },
			['gestao.onvio', 'gestao.push', 'gestao.email'],
		],
	])('%s', (_, config, expected, changeKeys) => {
		const d = diagnose(config);
		expect(count(categories(d))).toEqual(expected);
		expect(d.nearest.changes.map((c) => c.key)).toEqual(changeKeys);
		expect(d.ok).toBe(changeKeys.length === 0 && d.problems.length === 0);
	});

	test('a hand-unmarked task under Opção 1 is reported with its task and client', () => {
		const d = diagnose(set(PRESETS.option1, [{ id: 'processos.task', taskId: 'folha' }, false]));
		expect(d.notes.filter((n) => n.category === 'choice').map((n) => [n.eventKind, n.clientId, n.taskId])).toEqual([
			['document-from-dominio', 'padaria', 'folha'],
			['document-from-dominio', 'oficina', 'folha'],
			['task-completed', 'padaria', 'folha'],
			['task-completed', 'oficina', 'folha'],
		]);
		expect(d.notes[0]?.text).toContain('Folha de pagamento mensal');
		expect(d.notes[0]?.decidedBy).toContain('processos.task:folha');
	});
});

describe('changes', () => {
	test('come in the order of the target option’s steps, each with its anchor on that page', () => {
		const config = set(uniformConfig(false), [{ id: 'gestao.email' }, true]);
		expect(changesTo('option1', config).map((c) => [c.key, c.steps.map((s) => s.anchor)])).toEqual([
			['gestao.email', ['onvio-4']],
			['portal.emailOnProcessosPublication', ['onvio-7']],
			['processos.task:das', ['tarefas-3']],
			['processos.task:folha', ['tarefas-3']],
			['processos.client:padaria', ['clientes-3']],
			['processos.client:oficina', ['clientes-3']],
		]);
		const toOption2 = changesTo('option2', PRESETS.allOn);
		expect(toOption2.map((c) => [c.key, c.steps.map((s) => s.href)])).toEqual([
			['portal.emailOnProcessosPublication', ['/opcao-2/#onvio-7']],
			['processos.client:padaria', ['/opcao-2/#clientes-3']],
			['processos.client:oficina', ['/opcao-2/#clientes-3']],
		]);
		expect(toOption2[1]?.text).toBe('Desmarque “Notificar Cliente” do cliente Padaria Pão Dourado Ltda. no Domínio Processos.');
	});

	test('Opção 2 never touches task flags', () => {
		const config = set(PRESETS.allOn, [{ id: 'processos.task', taskId: 'das' }, false]);
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

	test('every duplicate is a problem, and every finding matches a simulated event', () => {
		for (const config of configs) {
			const d = diagnose(config);
			const findings = [...d.problems, ...d.notes];
			for (const event of allEvents()) {
				const sim = simulate(config, event);
				const found = findings.filter(
					(f) => f.eventKind === event.kind && f.clientId === event.clientId && f.taskId === event.taskId,
				);
				if (sim.duplicates.length > 0) expect(found.map((f) => `${f.type}:${f.category}`)).toEqual(['duplicate:problem']);
				else if (sim.silent) expect(found.map((f) => f.type)).toEqual(['silence']);
				else expect(found).toEqual([]);
			}
			expect(d.problems.every((f) => f.category === 'problem')).toBe(true);
			expect(d.notes.every((f) => f.category !== 'problem')).toBe(true);
		}
	});

	test('a silence is a problem exactly when the changes turn on a checkbox that caused it', () => {
		for (const config of configs) {
			const d = diagnose(config);
			const turnedOn = new Set(d.nearest.changes.filter((c) => c.to).map((c) => c.key));
			for (const f of [...d.problems, ...d.notes].filter((f) => f.type === 'silence'))
				expect(f.category === 'problem').toBe(f.decidedBy.some((k) => turnedOn.has(k)));
		}
	});

	test('a silence names the checkboxes that are off, and says so in pt-BR', () => {
		for (const config of configs)
			for (const f of [...diagnose(config).problems, ...diagnose(config).notes].filter((p) => p.type === 'silence')) {
				expect(f.decidedBy.length).toBeGreaterThan(0);
				for (const key of f.decidedBy) expect(getSetting(config, parseSettingKey(key)!)).toBe(false);
				expect(f.text).toMatch(/não recebe/);
			}
	});
});
