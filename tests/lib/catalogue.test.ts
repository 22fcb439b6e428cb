import { describe, expect, test } from 'vitest';
import { SETTINGS, SETTING_IDS } from '../../src/lib/catalogue/settings.ts';
import { parseStep } from '../../src/lib/catalogue/step-text.ts';
import { STEPS, stepAt, type PageId } from '../../src/lib/catalogue/steps.ts';
import { SEED_SHA256, SEED_TEXT, seedCheckboxes, seedLines, sha256 } from '../support/seed.ts';

// The public step links. Support tickets hold these for years: renaming or dropping one
// breaks every ticket that cites it, so this list only ever grows. A step may be inserted anywhere;
// a step whose anchor changes declares the old one among its aliases.
const LOCKED_STEP_LINKS = [
	'/opcao-1/#onvio-1', '/opcao-1/#onvio-2', '/opcao-1/#onvio-3', '/opcao-1/#onvio-4',
	'/opcao-1/#onvio-5', '/opcao-1/#onvio-6', '/opcao-1/#onvio-7', '/opcao-1/#onvio-8',
	'/opcao-1/#tarefas-1', '/opcao-1/#tarefas-2', '/opcao-1/#tarefas-3', '/opcao-1/#tarefas-4',
	'/opcao-1/#clientes-1', '/opcao-1/#clientes-2', '/opcao-1/#clientes-3', '/opcao-1/#clientes-4',
	'/opcao-2/#onvio-1', '/opcao-2/#onvio-2', '/opcao-2/#onvio-3', '/opcao-2/#onvio-4',
	'/opcao-2/#onvio-5', '/opcao-2/#onvio-6', '/opcao-2/#onvio-7', '/opcao-2/#onvio-8',
	'/opcao-2/#clientes-1', '/opcao-2/#clientes-2', '/opcao-2/#clientes-3', '/opcao-2/#clientes-4',
];

describe('steps', () => {
	test.each(LOCKED_STEP_LINKS)('%s still lands on a step', (link) => {
		const [, page, anchor] = /^\/([^/]+)\/#(.+)$/.exec(link)!;
		expect(
			stepAt(page as PageId, anchor!),
			`${link} is in support tickets: keep "${anchor}" as the anchor of its step, or list it in "aliases" of the step that replaces it (src/lib/catalogue/steps.ts)`,
		).toBeDefined();
	});

	test('have ASCII anchors and aliases that are valid, unique ids within their page', () => {
		for (const page of new Set(STEPS.map((s) => s.page))) {
			const ids = STEPS.filter((s) => s.page === page).flatMap((s) => [s.anchor, ...s.aliases]);
			for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
			expect(ids.length, `an id is used twice on ${page}`).toBe(new Set(ids).size);
		}
	});

	test('match the seed one to one, numbered line by numbered line: page, anchor and number', () => {
		const numbered = seedLines().filter((l) => l.anchor);
		// The article is what the catalogue must match: a failure shows the catalogue as received.
		expect(STEPS.map((s) => `/${s.page}/#${s.anchor} ${s.number}`)).toEqual(numbered.map((l) => `/${l.page}/#${l.anchor} ${l.number}`));
	});
});

describe('the article fixture', () => {
	test('is, without its marks, the article as published: the hash its first line states', () => {
		expect(SEED_SHA256).toMatch(/^[0-9a-f]{64}$/);
		expect(sha256(SEED_TEXT)).toBe(SEED_SHA256);
	});

	test('has its checkboxes drawn by the steps, in order, with the state it gives each', () => {
		// A modelled checkbox ({setting:…}) or one the simulator does not model ({label:[ ] …}).
		const drawn = STEPS.flatMap((step) =>
			parseStep(step).flatMap((segment) =>
				(segment.kind === 'setting' || segment.kind === 'label') && segment.value !== undefined
					? [{ label: segment.label, checked: segment.value }]
					: [],
			),
		);
		expect(drawn).toEqual(seedCheckboxes());
	});
});

describe('settings', () => {
	test('are each quoted by the seed', () => {
		const quoted = new Set(seedCheckboxes().map((c) => c.label));
		for (const id of SETTING_IDS) expect(quoted).toContain(SETTINGS[id].label);
	});

	test('are changed only by a step that quotes them', () => {
		for (const step of STEPS)
			for (const change of step.sets) expect(step.template, step.anchor).toContain(`{setting:${change.setting}}`);
	});

	test('have distinct URL keys', () => {
		const keys = SETTING_IDS.map((id) => SETTINGS[id].urlKey);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
