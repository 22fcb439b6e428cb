import { describe, expect, test } from 'vitest';
import {
	allConfigs,
	allSettingRefs,
	configFromBits,
	defaultConfig,
	getSetting,
	normalizeConfig,
	parseSettingKey,
	sameSettings,
	setSetting,
	settingKey,
	type SettingRef,
} from '../../src/lib/model/config.ts';

describe('settingKey / parseSettingKey', () => {
	test.each<[SettingRef, string]>([
		// A global checkbox is its URL key.
		[{ id: 'gestao.push' }, 'push'],
		[{ id: 'portal.emailOnProcessosPublication' }, 'aviso'],
		// Per-task and per-client flags add their sample entry.
		[{ id: 'processos.task', entity: 'das' }, 'tarefa.das'],
		[{ id: 'processos.client', entity: 'padaria' }, 'cliente.padaria'],
		// Any id: the codec does not depend on the sample.
		[{ id: 'processos.client', entity: 'mercado' }, 'cliente.mercado'],
	])('%o ⇄ %s', (ref, key) => {
		expect(settingKey(ref)).toBe(key);
		expect(parseSettingKey(key)).toEqual(ref);
	});

	test.each([
		// Not a URL key.
		'fax',
		'PUSH',
		// A catalogue id is not a key.
		'gestao.push',
		// A per-task flag without its task.
		'tarefa',
		'tarefa.',
		// A global setting cannot carry a target.
		'push.das',
		'',
	])('rejects %j', (key) => {
		expect(parseSettingKey(key)).toBeUndefined();
	});
});

describe('getSetting / setSetting', () => {
	test.each(allSettingRefs().map((ref) => [settingKey(ref), ref] as const))('%s can be turned off and on again', (_, ref) => {
		const off = setSetting(defaultConfig(), ref, false);
		expect(getSetting(off, ref)).toBe(false);
		// Only that checkbox moved.
		for (const other of allSettingRefs()) if (settingKey(other) !== settingKey(ref)) expect(getSetting(off, other)).toBe(true);
		expect(getSetting(setSetting(off, ref, true), ref)).toBe(true);
	});

	test('leaves its input untouched', () => {
		const config = defaultConfig();
		setSetting(config, { id: 'processos.client', entity: 'padaria' }, false);
		expect(config).toEqual(defaultConfig());
	});

	test('reads a task or client missing from the config as on, its default', () => {
		const config = { ...defaultConfig(), processos: { tasks: {}, clients: {} } };
		expect(getSetting(config, { id: 'processos.task', entity: 'das' })).toBe(true);
	});

	test.each(['__proto__', 'constructor', 'toString'])('treats the id %j as a plain id', (id) => {
		// Never read from Object.prototype...
		expect(getSetting(defaultConfig(), { id: 'processos.client', entity: id })).toBe(true);
		const config = setSetting(defaultConfig(), { id: 'processos.client', entity: id }, false);
		// ...and never write to it: the id becomes an own key of the record.
		expect(getSetting(config, { id: 'processos.client', entity: id })).toBe(false);
		expect(Object.keys(config.processos.clients)).toContain(id);
		expect(Object.getPrototypeOf(config.processos.clients)).toBe(Object.prototype);
		expect(Object.hasOwn(Object.prototype, 'processos')).toBe(false);
	});
});

describe('the configuration space', () => {
	const refs = allSettingRefs();

	test('enumerates 2^n distinct configs', () => {
		const configs = [...allConfigs()];
		expect(configs).toHaveLength(2 ** refs.length);
		const signatures = new Set(configs.map((c) => refs.map((r) => (getSetting(c, r) ? 1 : 0)).join('')));
		expect(signatures.size).toBe(configs.length);
	});

	test('configFromBits sets bit i on the i-th ref', () => {
		const config = configFromBits(0b0000_0010, refs);
		expect(refs.filter((r) => getSetting(config, r)).map(settingKey)).toEqual(['push']);
	});

	test('normalizeConfig keeps the values and drops ids outside the sample', () => {
		const stray = setSetting(configFromBits(0b1010_0101, refs), { id: 'processos.task', entity: 'irpf' }, false);
		const normal = normalizeConfig(stray);
		expect(sameSettings(normal, stray)).toBe(true);
		expect(Object.keys(normal.processos.tasks)).toEqual(['das', 'folha']);
	});
});
