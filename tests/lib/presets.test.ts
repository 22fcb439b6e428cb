import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import {
	allSettingRefs,
	defaultConfig,
	getSetting,
	setSetting,
	settingKey,
	type Config,
} from '../../src/lib/model/config.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { allEvents, simulate } from '../../src/lib/model/simulate.ts';

const on = (config: Config) => allSettingRefs().filter((r) => getSetting(config, r)).map(settingKey);
const channelsOf = (config: Config, kind: 'document-from-dominio' | 'task-completed' | 'manual-upload') =>
	allEvents()
		.filter((e) => e.kind === kind)
		.map((e) => simulate(config, e).deliveries.map((d) => `${d.system}/${d.channel}`));

describe('PRESETS', () => {
	test.each([
		// Opção 1: ONVIO Gestão off, Portal parameter on, every sample task and client marked.
		[
			'option1',
			[
				'aviso',
				'tarefa.das',
				'tarefa.folha',
				'cliente.padaria',
				'cliente.oficina',
			],
		],
		// Opção 2: ONVIO Gestão on, Portal parameter off, clients unmarked; tasks keep their default.
		['option2', ['onvio', 'push', 'email', 'tarefa.das', 'tarefa.folha']],
		// Todas marcadas.
		['allOn', allSettingRefs().map(settingKey)],
	] as const)('%s has exactly these checkboxes on', (id, expected) => {
		expect(on(PRESETS[id])).toEqual(expected);
	});

	test('are frozen, so one island cannot change another’s preset', () => {
		expect(() => {
			PRESETS.option1.gestao.push = true;
		}).toThrow(TypeError);
		expect(getSetting(PRESETS.option1, { id: 'gestao.push' })).toBe(false);
	});

	test('can still be the start of an edit', () => {
		const edited = setSetting(PRESETS.option1, { id: 'processos.task', entity: 'das' }, false);
		expect(getSetting(edited, { id: 'processos.task', entity: 'das' })).toBe(false);
	});
});

describe('the presets behave as the seed says', () => {
	const email = ['dominio-processos/email'];
	const portal = ['onvio-portal/onvio', 'onvio-portal/push', 'onvio-portal/email'];

	test('Opção 1: every document reaches the client once, by e-mail from Domínio Processos', () => {
		for (const deliveries of channelsOf(PRESETS.option1, 'document-from-dominio')) expect(deliveries).toEqual(email);
	});

	test('Opção 1: every completed task reaches the client once, by e-mail from Domínio Processos', () => {
		for (const deliveries of channelsOf(PRESETS.option1, 'task-completed')) expect(deliveries).toEqual(email);
	});

	test('Opção 2: documents reach the client only through ONVIO Portal do Cliente (in ONVIO, push, e-mail)', () => {
		for (const deliveries of channelsOf(PRESETS.option2, 'document-from-dominio')) expect(deliveries).toEqual(portal);
	});

	test('Opção 2: completed tasks are not notified', () => {
		for (const deliveries of channelsOf(PRESETS.option2, 'task-completed')) expect(deliveries).toEqual([]);
	});

	test('todas marcadas: every document is announced twice', () => {
		for (const event of allEvents().filter((e) => e.kind === 'document-from-dominio'))
			expect(simulate(PRESETS.allOn, event).duplicates).toHaveLength(1);
	});

	test('neither option duplicates any event', () => {
		for (const config of [PRESETS.option1, PRESETS.option2])
			for (const event of allEvents()) expect(simulate(config, event).duplicates).toEqual([]);
	});

	test('Opção 1 lets the office unmark a task: only that task’s notices stop ("marque ou desmarque")', () => {
		const config = setSetting(PRESETS.option1, { id: 'processos.task', entity: 'das' }, false);
		for (const event of allEvents().filter((e) => e.taskId !== undefined))
			expect(simulate(config, event).silent).toBe(event.taskId === 'das');
	});

	test('Opção 1 also silences hand uploads (interpretation: the ONVIO Gestão setting is global)', () => {
		for (const deliveries of channelsOf(PRESETS.option1, 'manual-upload')) expect(deliveries).toEqual([]);
	});

	test('the sample has at least two clients and two tasks', () => {
		expect(SAMPLE.clients.length).toBeGreaterThanOrEqual(2);
		expect(SAMPLE.tasks.length).toBeGreaterThanOrEqual(2);
		expect(defaultConfig()).toEqual(PRESETS.allOn);
	});
});
