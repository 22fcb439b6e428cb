import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import * as lib from '../../src/lib/index.ts';
import type { Channel, Config, Diagnosis, SimEvent, Simulation, System } from '../../src/lib/index.ts';

const indexUrl = new URL('../../src/lib/index.ts', import.meta.url);
const modules = [...readFileSync(indexUrl, 'utf8').matchAll(/from '(\.\/[^']+)'/g)].map((m) => new URL(m[1]!, indexUrl));

describe('the public contract of src/lib/index.ts', () => {
	test.each([
		'simulate',
		'diagnose',
		'encodeState',
		'decodeState',
		'decodeSearch',
		'explainSetting',
		'explainCandidate',
		'settingKey',
		'parseSettingKey',
		'getSetting',
		'setSetting',
		'allSettingRefs',
		'allEvents',
		'changesTo',
		'stepHref',
		'stepsSetting',
	] as const)('exports the function %s', (name) => {
		expect(typeof lib[name]).toBe('function');
	});

	test.each(['SAMPLE', 'PRESETS', 'RULES', 'RULE_TABLE', 'SETTINGS', 'STEPS'] as const)('exports %s', (name) => {
		expect(lib[name]).toBeDefined();
	});

	// expectTypeOf is checked by the type checker (npm run check), not at run time.
	test('keeps the agreed shapes', () => {
		expectTypeOf<Config['gestao']>().toEqualTypeOf<{ onvio: boolean; push: boolean; email: boolean }>();
		expectTypeOf<Config['processos']>().toEqualTypeOf<{ tasks: Record<string, boolean>; clients: Record<string, boolean> }>();
		expectTypeOf<SimEvent>().toEqualTypeOf<{ kind: lib.EventKind; clientId: string; taskId?: string }>();
		expectTypeOf(lib.simulate).toEqualTypeOf<(config: Config, event: SimEvent) => Simulation>();
		expectTypeOf<Simulation['deliveries'][number]>().toExtend<{ system: System; channel: Channel; decidedBy: string[] }>();
		expectTypeOf<Simulation['silent']>().toEqualTypeOf<boolean>();
		expectTypeOf(lib.PRESETS).toEqualTypeOf<{ option1: Config; option2: Config; allOn: Config }>();
		expectTypeOf(lib.decodeState).returns.toExtend<{ config: Config; issues: { key: string; message: string }[] }>();
		expectTypeOf(lib.diagnose).returns.toEqualTypeOf<Diagnosis>();
	});

	test.each(modules.map((url) => [url.pathname.split('/src/lib/')[1], url] as const))(
		'%s is pure: no DOM, Astro or runtime package imports',
		(_, url) => {
			const source = readFileSync(url, 'utf8');
			for (const [, spec] of source.matchAll(/from '([^']+)'/g)) expect(spec).toMatch(/^\.{1,2}\//);
			expect(source).not.toMatch(/\b(document|window|localStorage|navigator)\./);
		},
	);
});
