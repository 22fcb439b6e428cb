import { expect, test } from 'vitest';
import { RULES } from '../../src/lib/explain/rule-sources.ts';
import { RULE_TABLE } from '../../src/lib/model/rules.ts';
import { builtPage, visibleText } from '../support/built-site.ts';

const document = builtPage('/como-o-simulador-decide/');

test('shows every rule of the logic module with its summary', () => {
	const text = visibleText(document.querySelector('main')!);
	for (const rule of RULES) {
		expect(document.getElementById(`regra-${rule.number}`), rule.id).not.toBeNull();
		expect(text).toContain(rule.summary);
	}
});

test('labels every interpretation it relies on, once per rule, apart from what the articles state', () => {
	for (const rule of RULES) {
		const section = document.getElementById(`regra-${rule.number}`)!;
		const asides = [...section.querySelectorAll('aside')];
		const inAsides = asides.map((aside) => visibleText(aside)).join(' ');
		const interpretations = rule.sources.filter((s) => s.kind === 'interpretation');
		expect(asides.length, rule.id).toBe(interpretations.length > 0 ? 1 : 0);
		for (const aside of asides) expect(aside.textContent!.trim(), rule.id).toMatch(/^Interpretação deste guia/);
		for (const source of rule.sources) {
			expect(visibleText(section), rule.id).toContain(source.text);
			expect(inAsides.includes(source.text), source.text).toBe(source.kind === 'interpretation');
		}
	}
});

test('marks what no article says one way, "Interpretação deste guia", and no sentence says it again', () => {
	const text = visibleText(document.querySelector('main')!);
	expect(text).toContain('O que nenhum artigo diz vem marcado como Interpretação deste guia');
	expect(text).not.toMatch(/leitura deste guia|este guia lê/i);
	for (const aside of document.querySelectorAll('.rule aside')) {
		// The title says it once; the items under it never repeat it.
		const items = [...aside.querySelectorAll('li')].map((li) => visibleText(li));
		for (const item of items) expect(item).not.toMatch(/interpretação/i);
	}
});

test('lists every row of the rule table once', () => {
	// Grouped by event, then sender, rather than in the logic module's order.
	const rows = [...document.querySelectorAll('tr[data-row]')].map((tr) => tr.getAttribute('data-row'));
	expect(rows.sort()).toEqual(RULE_TABLE.map((r) => r.id).sort());
});
