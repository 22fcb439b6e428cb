/**
 * The reader's checklist codec: what local storage holds is read defensively (it may be another version's,
 * another site's or a hostile value), and the progress is counted by anchor, never by position.
 */
import { describe, expect, test } from 'vitest';
import { stepsOf } from '../../src/lib/catalogue/steps.ts';
import { doneStepsKey, parseDoneSteps, serializeDoneSteps } from '../../src/components/state/done-steps.ts';

const anchors = stepsOf('opcao-2').map((s) => s.anchor);
const [first, second, third] = anchors as [string, string, string, ...string[]];

test('one key per page, named after the site', () => {
	expect(doneStepsKey('opcao-1')).toBe('notificacoes-sem-duplicidade:feitos:opcao-1');
	expect(doneStepsKey('opcao-2')).toBe('notificacoes-sem-duplicidade:feitos:opcao-2');
});

test('what is saved reads back, in page order whatever the order stored', () => {
	expect(parseDoneSteps(serializeDoneSteps([third, first]), anchors)).toEqual([first, third]);
	expect(parseDoneSteps(serializeDoneSteps([]), anchors)).toEqual([]);
	expect(parseDoneSteps(serializeDoneSteps(anchors), anchors)).toEqual(anchors);
});

describe.each<[string, string | null]>([
	['nothing stored', null],
	['an empty string', ''],
	['not JSON', 'onvio-1,onvio-2'],
	['a cut JSON list', '["onvio-1",'],
	['a JSON string holding an anchor', JSON.stringify('onvio-1 onvio-2')],
	['a number', '42'],
	['null', 'null'],
	['an object keyed by anchor', JSON.stringify({ 'onvio-1': true })],
	['an object posing as a list', '{"length":1,"0":"onvio-1","includes":"x"}'],
	['a __proto__ object', '{"__proto__":{"polluted":true},"0":"onvio-1"}'],
	['positions instead of anchors', '[0,1,2]'],
	['anchors of another page', JSON.stringify(['tarefas-1', 'tarefas-2'])],
	['unknown and prototype names', JSON.stringify(['__proto__', 'constructor', 'toString', 'onvio-99'])],
	['anchors nested in lists and objects', JSON.stringify([['onvio-1'], { anchor: 'onvio-2' }])],
	['a script payload', JSON.stringify(['<img src=x onerror=alert(1)>'])],
	['a huge string of known anchors', JSON.stringify(Array.from({ length: 5_000 }, () => 'onvio-1'))],
	['a huge string', `["${'x'.repeat(1_000_000)}"]`],
])('a hostile or foreign value: %s', (_, stored) => {
	test('counts as nothing done, without throwing', () => {
		expect(parseDoneSteps(stored, anchors)).toEqual([]);
	});
});

describe.each<[string, string, string[]]>([
	['known anchors among unknown ones', JSON.stringify(['onvio-99', first, 7, null, third]), [first, third]],
	['an anchor stored twice', JSON.stringify([second, second]), [second]],
])('a value partly ours: %s', (_, stored, expected) => {
	test('keeps only the page’s anchors, once each', () => {
		expect(parseDoneSteps(stored, anchors)).toEqual(expected);
	});
});
