import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import {
	allSettingRefs,
	defaultConfig,
	getSetting,
	setSetting,
	type Config,
	type SettingRef,
} from '../../src/lib/model/config.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import {
	MAX_ISSUES,
	MAX_QUERY_LENGTH,
	decodeSearch,
	decodeState,
	encodeDone,
	encodeState,
	urlKeys,
} from '../../src/lib/links/url-state.ts';

const refs = allSettingRefs();
const configArb: fc.Arbitrary<Config> = fc
	.array(fc.boolean(), { minLength: refs.length, maxLength: refs.length })
	.map((bits) => refs.reduce((config, ref, i) => setSetting(config, ref, bits[i]!), defaultConfig()));
// The fixtures name checkboxes by catalogue id and sample id, apart from the codec under test.
const named = (ref: SettingRef) => ('entity' in ref ? `${ref.id}:${ref.entity}` : ref.id);
const off = (config: Config) => refs.filter((r) => !getSetting(config, r)).map(named);
// A message that is well-formed UTF-16 and free of control or invisible characters is safe to show as text.
const printable = (text: string) => {
	expect(() => encodeURIComponent(text)).not.toThrow();
	expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
};

describe('what the agent heard, carried in the diagnosis link', () => {
	test.each<[string, object]>([
		['v=1&queixa=duplicado&canal=email', { complaint: 'duplicado', channel: 'email' }],
		['v=1&queixa=indesejado&canal=whatsapp&cadastro=1', { complaint: 'indesejado', channel: 'whatsapp', registrationChanged: true }],
		['v=1&queixa=nenhum&cadastro=1', { complaint: 'nenhum', registrationChanged: true }],
	])('%s reads back and writes the same', (query, view) => {
		const decoded = decodeState(query);
		expect(decoded.view).toEqual(view);
		expect(decoded.issues).toEqual([]);
		expect(encodeState(decoded.config, decoded.view)).toBe(query);
	});

	test('a view key given twice is reported, and the first value wins', () => {
		const decoded = decodeState('v=1&ver.cliente=oficina&ver.cliente=padaria');
		expect(decoded.view).toEqual({ client: 'oficina' });
		expect(decoded.issues.map((issue) => issue.message)).toEqual([
			'O parâmetro "ver.cliente" aparece 2 vezes; foi usado o primeiro valor válido ("oficina") e os outros foram ignorados.',
		]);
	});

	test('a channel the guide does not know is reported, not guessed', () => {
		const decoded = decodeState('v=1&queixa=duplicado&canal=sms&cadastro=2');
		expect(decoded.view).toEqual({ complaint: 'duplicado' });
		expect(decoded.issues.map((issue) => issue.key)).toEqual(['canal', 'cadastro']);
	});
});

describe('a hand-off link carries the ticked steps by anchor', () => {
	test('the anchors come back as written, after the office', () => {
		const query = `v=1&onvio=0&push=0&${encodeDone(['onvio-1', 'onvio-2', 'onvio-4'])}`;
		expect(query).toBe('v=1&onvio=0&push=0&feitos=onvio-1.onvio-2.onvio-4');
		const decoded = decodeState(query);
		expect(decoded.done).toEqual(['onvio-1', 'onvio-2', 'onvio-4']);
		expect(off(decoded.config)).toEqual(['gestao.onvio', 'gestao.push']);
		expect(decoded.issues).toEqual([]);
	});

	test('"feitos=" with nothing is a hand-off with no step ticked; a link without the key carries no ticks', () => {
		expect(decodeState('v=1&feitos=').done).toEqual([]);
		expect(decodeState('v=1').done).toBeUndefined();
	});

	test('what is no step anchor is named and left out; the rest are kept once each, for the page to keep its own', () => {
		const decoded = decodeState('v=1&feitos=onvio-1.passo.onvio-1.clientes-3');
		expect(decoded.done).toEqual(['onvio-1', 'clientes-3']);
		expect(decoded.issues.map((issue) => issue.message)).toEqual([
			'O parâmetro "feitos" se refere a um passo ("passo") que não existe neste guia; esse passo foi ignorado.',
		]);
		expect(decodeState('v=1&feitos=x.__proto__').issues.map((issue) => issue.message)).toEqual([
			'O parâmetro "feitos" se refere a passos ("x", "__proto__") que não existem neste guia; esses passos foram ignorados.',
		]);
	});
});

describe('the URL key map', () => {
	// Links pasted into support tickets must keep opening: never change this list, only add to it.
	test('is locked', () => {
		expect(urlKeys()).toEqual([
			'v',
			'onvio',
			'push',
			'email',
			'aviso',
			'tarefa.das',
			'tarefa.folha',
			'cliente.padaria',
			'cliente.oficina',
			// What the reader was looking at: the diagnosis's complaint and the preview's client, event and task.
			'queixa',
			// Where the complained-of notice arrives, and a recent change to a client's registration.
			'canal',
			'cadastro',
			'ver.cliente',
			'ver.evento',
			'ver.tarefa',
			// A hand-off link's ticks ("Continuar em outro aparelho").
			'feitos',
		]);
		expect(Object.fromEntries(Object.values(SETTINGS).map((s) => [s.id, s.urlKey]))).toEqual({
			'gestao.onvio': 'onvio',
			'gestao.push': 'push',
			'gestao.email': 'email',
			'portal.emailOnProcessosPublication': 'aviso',
			'processos.task': 'tarefa',
			'processos.client': 'cliente',
		});
	});

	test('the view keys keep their values: complaints and events as links write them', () => {
		const decoded = decodeState(
			'v=1&queixa=duplicado&ver.cliente=oficina&ver.evento=conclusao&ver.tarefa=folha',
		);
		expect(decoded).toEqual({
			config: PRESETS.allOn,
			view: { complaint: 'duplicado', client: 'oficina', event: 'task-completed', task: 'folha' },
			issues: [],
		});
		for (const complaint of ['duplicado', 'indesejado', 'nenhum', 'conferir'])
			expect(decodeState(`v=1&queixa=${complaint}`).issues).toEqual([]);
		for (const event of ['documento', 'conclusao', 'arquivo']) expect(decodeState(`v=1&ver.evento=${event}`).issues).toEqual([]);
	});

	test('a view at its defaults writes nothing, so older links and newer ones read alike', () => {
		expect(encodeState(PRESETS.allOn, { complaint: 'conferir', client: 'padaria', event: 'document-from-dominio', task: 'das' })).toBe('v=1');
		expect(encodeState(PRESETS.option1, { complaint: 'nenhum', event: 'manual-upload' })).toBe(
			'v=1&onvio=0&push=0&email=0&queixa=nenhum&ver.evento=arquivo',
		);
	});

	test.each([
		['queixa', 'tudo'],
		['ver.cliente', 'padaria-2'],
		['ver.evento', 'document-from-dominio'],
		['ver.tarefa', ''],
	])('a bad %s ("%s") is ignored with a notice that lists what is accepted, and the rest loads', (key, value) => {
		const { config, view, issues } = decodeState(`v=1&aviso=0&${key}=${value}`);
		expect(config.portal.emailOnProcessosPublication).toBe(false);
		expect(view).toEqual({});
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toMatch(new RegExp(`^O parâmetro "${key.replace('.', '\\.')}" veio .*; foi ignorado\\. Os valores aceitos são: `));
	});

	test('sample ids are safe in a query without escaping', () => {
		for (const entry of [...SAMPLE.tasks, ...SAMPLE.clients]) expect(entry.id).toMatch(/^[a-z0-9-]+$/);
	});
});

describe('encodeState', () => {
	test.each([
		// Todas marcadas: every setting at its default, so only the version.
		['allOn', 'v=1'],
		['option1', 'v=1&onvio=0&push=0&email=0'],
		['option2', 'v=1&aviso=0&cliente.padaria=0&cliente.oficina=0'],
	] as const)('%s → %s', (preset, query) => {
		expect(encodeState(PRESETS[preset])).toBe(query);
	});

	test('writes v first, then keys in catalogue order, values 0 only', () => {
		fc.assert(
			fc.property(configArb, (config) => {
				const query = encodeState(config);
				expect(query).toMatch(/^v=1(&[a-z.]+=0)*$/);
				const keys = query.split('&').map((p) => p.split('=')[0]!);
				expect(keys).toEqual(urlKeys().filter((k) => keys.includes(k)));
			}),
		);
	});
});

describe('decodeState', () => {
	test.each([
		// Old links open to the same state, without issues.
		['v=1&onvio=0&push=0&email=0', ['gestao.onvio', 'gestao.push', 'gestao.email']],
		['v=1&aviso=0&cliente.padaria=0&cliente.oficina=0', ['portal.emailOnProcessosPublication', 'processos.client:padaria', 'processos.client:oficina']],
		// A missing version is read as version 1.
		['tarefa.folha=0', ['processos.task:folha']],
		// An explicit 1 is the default.
		['v=1&push=1', []],
		// Empty segments are harmless.
		['&&v=1&&push=0&', ['gestao.push']],
		// Percent-encoding is undone, as URLSearchParams does.
		['v=1&push=%30', ['gestao.push']],
	])('%s', (query, expectedOff) => {
		const { config, issues } = decodeState(query);
		expect(issues).toEqual([]);
		expect(off(config)).toEqual(expectedOff);
	});

	test.each([
		// A value that is not 0 or 1.
		['v=1&push=sim', ['push'], [], 'O parâmetro "push" deveria ser 0 ou 1, mas veio "sim"; foi ignorado.'],
		['v=1&push=2&email=0', ['push'], ['gestao.email'], 'O parâmetro "push" deveria ser 0 ou 1, mas veio "2"; foi ignorado.'],
		['v=1&push=', ['push'], [], 'O parâmetro "push" deveria ser 0 ou 1, mas veio vazio; foi ignorado.'],
		['v=1&push', ['push'], [], 'O parâmetro "push" deveria ser 0 ou 1, mas veio vazio; foi ignorado.'],
		// A repeated key: the first valid value wins, and the message says so.
		['v=1&push=0&push=1', ['push'], ['gestao.push'], 'O parâmetro "push" aparece 2 vezes; foi usado o primeiro valor válido ("0") e os outros foram ignorados.'],
		['v=1&push=sim&push=0', ['push', 'push'], ['gestao.push'], /aparece 2 vezes; foi usado o primeiro valor válido \("0"\)/],
		// Unknown keys, task ids and client ids.
		['v=1&fax=0&push=0', ['fax'], ['gestao.push'], /^O parâmetro "fax" não é conhecido; foi ignorado\. Os parâmetros aceitos são: v, onvio, push/],
		['v=1&tarefa.irpf=0', ['tarefa.irpf'], [], 'O parâmetro "tarefa.irpf" se refere a uma tarefa ("irpf") que não existe neste guia; foi ignorado. As tarefas existentes são: das, folha.'],
		['v=1&cliente.mercado=0', ['cliente.mercado'], [], /se refere a um cliente \("mercado"\) que não existe neste guia/],
		// Keys are case-sensitive.
		['v=1&PUSH=0', ['PUSH'], [], /"PUSH" não é conhecido/],
		['=1&v=1', [''], [], 'Um parâmetro sem nome foi ignorado.'],
		// A newer version: said so, and the known keys are still read.
		['v=2&push=0', ['v'], ['gestao.push'], /^O link é da versão 2, mais nova que a deste guia \(1\)/],
		['v=abc&push=0', ['v'], ['gestao.push'], 'O parâmetro "v" deveria ser 1, mas veio "abc"; foi lida a versão 1.'],
		// Hostile keys never touch a prototype.
		['__proto__=1&constructor=0&push=0', ['__proto__', 'constructor'], ['gestao.push'], /"__proto__" não é conhecido/],
		['tarefa.__proto__=0&cliente.constructor=0', ['tarefa.__proto__', 'cliente.constructor'], [], /"tarefa.__proto__" se refere a uma tarefa/],
		// A malformed escape: the value is ignored, as it always was; the notice shows what URLSearchParams reads of it.
		['v=1&push=%E0%A4%A', ['push'], [], 'O parâmetro "push" deveria ser 0 ou 1, mas veio "\uFFFD%A"; foi ignorado.'],
	])('%s', (query, keys, expectedOff, message) => {
		const { config, issues } = decodeState(query);
		expect(issues.map((i) => i.key)).toEqual(keys);
		expect(off(config)).toEqual(expectedOff);
		expect(issues.map((i) => i.message).join('\n')).toMatch(message);
		expect(Object.hasOwn(Object.prototype, 'processos')).toBe(false);
	});

	test('cuts an absurdly long query at the last "&" before the limit, keeps what came before, caps the issues', () => {
		const query = `v=1&push=0&${Array.from({ length: 500 }, (_, i) => `x${i}=1&`).join('')}email=0`;
		const { config, issues } = decodeState(query);
		expect(query.length).toBeGreaterThan(MAX_QUERY_LENGTH);
		expect(issues[0]?.key).toBe('');
		expect(issues[0]?.message).toBe(
			`O endereço tem ${String(query.length).replace(/^(\d)(\d{3})$/, '$1.$2')} caracteres, mais que o limite de 2.000; só o começo foi lido.`,
		);
		// The cut dropped "email=0" at the end.
		expect(off(config)).toEqual(['gestao.push']);
		expect(issues).toHaveLength(MAX_ISSUES + 1);
		expect(issues.at(-1)?.message).toMatch(/^Há mais \d+ problemas no endereço que não foram listados\.$/);
	});

	test('a query with no "&" before the limit is dropped whole', () => {
		const { config, issues } = decodeState(`push=${'0'.repeat(5000)}`);
		expect(issues.map((i) => i.key)).toEqual(['']);
		expect(off(config)).toEqual([]);
	});

	test.each([
		// Long ASCII value.
		['a'.repeat(1500), `"${'a'.repeat(40)}…"`],
		// Emoji are cut whole, never in half.
		['😀'.repeat(100), `"${'😀'.repeat(40)}…"`],
		// Control and bidi characters are made visible.
		['%00%1B%E2%80%AE', '"\uFFFD\uFFFD\uFFFD"'],
	])('echoes the value %#: cut to 40 characters and printable', (value, echoed) => {
		const { issues } = decodeState(`v=1&push=${value}`);
		expect(issues[0]?.message).toContain(echoed);
		printable(issues[0]!.message);
	});
});

describe('decodeSearch', () => {
	test.each([
		// location.search, with its '?'.
		['?v=1&push=0', ['gestao.push']],
		// A whole URL pasted from a ticket, fragment included.
		['https://exemplo.com.br/simulador/?v=1&push=0#resultado', ['gestao.push']],
		// A bare query.
		['v=1&push=0', ['gestao.push']],
		// Nothing at all: todas marcadas.
		['', []],
		['?', []],
	])('%s', (input, expectedOff) => {
		const { config, issues } = decodeSearch(input);
		expect(issues).toEqual([]);
		expect(off(config)).toEqual(expectedOff);
	});
});

describe('codec properties', () => {
	const hostileKey = fc.oneof(
		fc.constantFrom(...urlKeys(), '__proto__', 'constructor', 'prototype', 'tarefa.__proto__', 'cliente.toString', '', 'v'),
		fc.string({ unit: 'binary', maxLength: 80 }),
	);
	const hostileValue = fc.oneof(
		fc.constantFrom('0', '1', '2', 'sim', '', '%', '%E0', '%00', '__proto__', '-0', '01'),
		fc.string({ unit: 'binary', maxLength: 3000 }),
	);
	const hostileQuery = fc
		.array(fc.tuple(hostileKey, hostileValue, fc.boolean()), { maxLength: 40 })
		.map((pairs) => pairs.map(([k, v, withEq]) => (withEq ? `${k}=${v}` : k)).join('&'));

	test('decode(encode(c)) is c, with no issues, for any config', () => {
		fc.assert(
			fc.property(configArb, (config) => {
				expect(decodeState(encodeState(config))).toEqual({ config, view: {}, issues: [] });
				expect(decodeSearch(`?${encodeState(config)}`).config).toEqual(config);
			}),
		);
	});

	test.each([
		['binary strings', fc.string({ unit: 'binary', maxLength: 5000 })],
		['web query strings', fc.webQueryParameters()],
		['hostile key/value lists', hostileQuery],
	])('never throws on %s, and always returns a complete config and printable issues', (_, arb) => {
		const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
		fc.assert(
			fc.property(arb, (query) => {
				const { config, issues } = decodeState(query);
				expect(Object.keys(config.processos.tasks)).toEqual(SAMPLE.tasks.map((t) => t.id));
				expect(Object.keys(config.processos.clients)).toEqual(SAMPLE.clients.map((c) => c.id));
				for (const ref of refs) expect(typeof getSetting(config, ref)).toBe('boolean');
				expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
				for (const issue of issues) {
					expect(issue.message).not.toBe('');
					expect(issue.message.length).toBeLessThan(400);
					expect(Array.from(issue.key).length).toBeLessThanOrEqual(41);
					printable(issue.message);
				}
				// What was kept is a valid state of its own, the view included.
				const { view } = decodeState(query);
				const again = decodeState(encodeState(config, view));
				expect(again.config).toEqual(config);
				expect(again.issues).toEqual([]);
				expect(encodeState(again.config, again.view)).toBe(encodeState(config, view));
				expect(() => decodeSearch(query)).not.toThrow();
			}),
			{ numRuns: 300 },
		);
		expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
	});
});
