import { expect, test } from 'vitest';
import { RULES } from '../../src/lib/rule-sources.ts';
import { RULE_TABLE } from '../../src/lib/rules.ts';
import { builtPage, visibleText } from '../support/built-site.ts';

const document = builtPage('/como-o-simulador-decide/');

test('shows every rule of the logic module with its summary', () => {
	const text = visibleText(document.querySelector('main')!);
	for (const rule of RULES) {
		expect(document.getElementById(`regra-${rule.number}`), rule.id).not.toBeNull();
		expect(text).toContain(rule.summary);
	}
});

test('labels every interpretation it relies on', () => {
	const interpretations = RULES.flatMap((r) => r.sources).filter((s) => s.kind === 'interpretation');
	const asides = [...document.querySelectorAll('aside')].filter((a) => a.textContent?.includes('Interpretação'));
	expect(asides.length).toBe(interpretations.length);
});

test('lists every row of the rule table once', () => {
	const rows = [...document.querySelectorAll('tr[data-row]')].map((tr) => tr.getAttribute('data-row'));
	expect(rows).toEqual(RULE_TABLE.map((r) => r.id));
});
