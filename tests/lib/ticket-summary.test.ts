import { describe, expect, test } from 'vitest';
import { STEPS, stepHref } from '../../src/lib/catalogue/steps.ts';
import { setSetting, type Config } from '../../src/lib/config.ts';
import { diagnose } from '../../src/lib/diagnose.ts';
import { PRESETS } from '../../src/lib/presets.ts';
import { stepPlan } from '../../src/lib/step-plan.ts';
import { configAfter, ticketSummary } from '../../src/lib/ticket-summary.ts';
import { decodeState } from '../../src/lib/url-state.ts';

const SITE = 'https://ajuda.exemplo.com.br';
const allLinks = (text: string) => [...text.matchAll(/https:\/\/\S+/g)].map((m) => new URL(m[0]));

describe.each<[string, Config, { problem: RegExp; option: string; anchors: string[] }]>([
	// Todas ativas: every document is announced twice; Opção 1 needs the three Gestão boxes of onvio-4.
	['todas ativas', PRESETS.allOn, { problem: /recebe duas vezes/, option: 'Opção 1', anchors: ['onvio-1', 'onvio-2', 'onvio-3', 'onvio-4', 'onvio-5'] }],
	// Opção 1 with the Portal parameter unmarked: documents reach the client through no channel.
	[
		'Opção 1 sem o parâmetro do Portal',
		setSetting(PRESETS.option1, { id: 'portal.emailOnProcessosPublication' }, false),
		{ problem: /não recebe nenhum aviso/, option: 'Opção 1', anchors: ['onvio-6', 'onvio-7', 'onvio-8'] },
	],
	// Halfway to Opção 2: no duplicate left, but the clients still get completed-task e-mails.
	[
		'Opção 2 sem desmarcar os clientes',
		setSetting(PRESETS.allOn, { id: 'portal.emailOnProcessosPublication' }, false),
		{ problem: /Nenhum problema encontrado/, option: 'Opção 2', anchors: ['clientes-1', 'clientes-2', 'clientes-3', 'clientes-4'] },
	],
])('summary for %s', (_, config, expected) => {
	const text = ticketSummary(config, SITE);

	test('states the problem and the recommended option', () => {
		expect(text).toMatch(expected.problem);
		expect(text).toContain(`**Recomendação:** ${expected.option}`);
	});

	test('numbers the steps to perform, in procedure order, each with its absolute link', () => {
		const stepLinks = allLinks(text).filter((u) => u.hash);
		expect(stepLinks.map((u) => u.hash.slice(1))).toEqual(expected.anchors);
		for (const [i, anchor] of expected.anchors.entries()) expect(text, anchor).toMatch(new RegExp(`^${i + 1}\\. `, 'm'));
	});

	test('links only to existing steps on the configured site', () => {
		const known = new Set(STEPS.map(stepHref));
		for (const link of allLinks(text)) {
			expect(link.origin).toBe(SITE);
			if (link.hash) expect(known).toContain(link.pathname + link.hash);
		}
	});

	test('links back to this diagnosis and to the simulator with the same state', () => {
		const [diagnosis, simulator] = allLinks(text).filter((u) => !u.hash && u.search);
		expect(diagnosis!.pathname).toBe('/diagnostico/');
		expect(simulator!.pathname).toBe('/simulador/');
		expect(decodeState(diagnosis!.search.slice(1)).config).toEqual(decodeState(simulator!.search.slice(1)).config);
		expect(decodeState(diagnosis!.search.slice(1)).issues).toEqual([]);
	});

	test('says what the client receives after the change, which has no duplicate', () => {
		expect(diagnose(configAfter(config, diagnose(config))).problems).toEqual([]);
		expect(text).toContain('**O cliente passa a receber**');
	});
});

test('already Opção 2: nothing to change, no steps', () => {
	const text = ticketSummary(PRESETS.option2, SITE);
	expect(text).toContain('nada a mudar');
	expect(text).not.toContain('**Passos:**');
	expect(allLinks(text).filter((u) => u.hash)).toEqual([]);
	expect(text).toContain('**O cliente recebe**');
});

test('per-task changes bring the steps that open the task and save it', () => {
	const config = setSetting(
		setSetting(PRESETS.option1, { id: 'processos.task', taskId: 'das' }, false),
		{ id: 'processos.task', taskId: 'folha' },
		false,
	);
	const plan = stepPlan(diagnose(config).nearest.changes);
	expect(plan.map((p) => p.step.anchor)).toEqual(['tarefas-1', 'tarefas-2', 'tarefas-3', 'tarefas-4']);
	expect(plan.find((p) => p.step.anchor === 'tarefas-3')!.changes).toHaveLength(2);
});
