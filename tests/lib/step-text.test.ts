import { describe, expect, test } from 'vitest';
import { parseStep, stepPlainText } from '../../src/lib/catalogue/step-text.ts';

describe('parseStep', () => {
	test('fills a menu path token from the screens catalogue', () => {
		const segments = parseStep({ template: 'Vá para {ui:gestao-notificacoes.menu};', sets: [] });
		expect(segments).toEqual([
			{ kind: 'text', text: 'Vá para ' },
			{ kind: 'ui', labels: ['Configuração', 'Notificações'] },
			{ kind: 'text', text: ';' },
		]);
	});
	test('gives a setting token the state the step sets', () => {
		const [segment] = parseStep({ template: '{setting:gestao.push}', sets: [{ setting: 'gestao.push', value: false }] });
		expect(segment).toMatchObject({ kind: 'setting', label: 'Notificações via push', value: false });
	});
	test('takes a checkbox the simulator does not model from the template, with the state the article draws', () => {
		expect(parseStep({ template: '{label:[ ] Notificações por WhatsApp}', sets: [] })).toEqual([
			{ kind: 'label', label: 'Notificações por WhatsApp', value: false },
		]);
		expect(stepPlainText({ template: "Confira se a opção {label:[ ] Notificações por WhatsApp} está desmarcada;", sets: [] })).toBe(
			"Confira se a opção '[ ] Notificações por WhatsApp' está desmarcada;",
		);
		expect(stepPlainText({ template: 'Veja {label:Notificar via WhatsApp}.', sets: [] })).toBe("Veja 'Notificar via WhatsApp'.");
	});
	test.each(['{ui:nope.menu}', '{ui:gestao-notificacoes.nope}', '{setting:nope}'])('throws on the unknown token %s', (template) => {
		expect(() => parseStep({ template, sets: [] })).toThrow(/Unknown/);
	});
});

describe('stepPlainText', () => {
	test('writes labels, their marks and buttons as the article does', () => {
		expect(stepPlainText({ template: 'Veja {setting:processos.client} e clique em {button:Salvar}.', sets: [] })).toBe(
			"Veja 'Notificar Cliente' e clique em [Salvar].",
		);
		const sets = [
			{ setting: 'gestao.onvio', value: false },
			{ setting: 'processos.client', value: true, choice: true },
		] as const;
		expect(stepPlainText({ template: 'Desmarque {setting:gestao.onvio}; marque ou desmarque {setting:processos.client}.', sets })).toBe(
			"Desmarque '[ ] Notificações no ONVIO'; marque ou desmarque '[x] Notificar Cliente'.",
		);
	});
});
