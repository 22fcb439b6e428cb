import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import { STEPS, stepAt, stepHref, type PageId } from '../../src/lib/catalogue/steps.ts';
import { setSetting, uniformConfig, type Config, type SettingRef } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { EVENT_ALL } from '../../src/lib/messages/words.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { configAfter, ticketSummary, type SummaryFormat } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeState } from '../../src/lib/links/url-state.ts';

// Served under a sub-path: every link must keep it.
const ROOT = 'https://suporte.example.com.br/guia/';
const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
const set = (config: Config, ...changes: [SettingRef, boolean][]) =>
	changes.reduce((c, [ref, value]) => setSetting(c, ref, value), config);

const STATES: [string, Config][] = [
	['todas marcadas', PRESETS.allOn],
	// Opção 1 half done: one of the three ONVIO Gestão boxes unmarked, the duplicate still there.
	['Opção 1 half done', set(PRESETS.allOn, [{ id: 'gestao.onvio' }, false])],
	// Opção 2 half done: the ONVIO section done, the clients still marked.
	['Opção 2 half done', set(PRESETS.allOn, [{ id: 'portal.emailOnProcessosPublication' }, false])],
	['Opção 1 without the Portal parameter', set(PRESETS.option1, [{ id: 'portal.emailOnProcessosPublication' }, false])],
	['Opção 2 with one client left', set(PRESETS.option2, [{ id: 'processos.client', entity: 'oficina' }, true])],
	['Opção 1 with a client and a task unmarked', set(PRESETS.option1, [{ id: 'processos.client', entity: 'padaria' }, false], [{ id: 'processos.task', entity: 'folha' }, false])],
	['everything off', uniformConfig(false)],
	['Opção 1', PRESETS.option1],
	['Opção 2', PRESETS.option2],
];

const VERDICT_1 = 'Toda a comunicação será feita pelo Domínio Processos.';
const VERDICT_2 = 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.';
const PER_CLIENT_2 = "mais uma no cadastro de cada cliente com 'Notificar Cliente' marcada";
/**
 * Worked out by hand from the steps: Opção 1 unmarks the three ONVIO Gestão boxes and marks the parameter (and
 * marks tasks or clients again only where none is left); Opção 2 marks the three boxes, unmarks the parameter and
 * every client. A tie goes to Opção 1.
 */
const RECOMMENDATIONS: Record<string, string> = {
	'todas marcadas': `Recomendação: Opção 1. ${VERDICT_1} É a mais próxima da configuração atual: exige três mudanças; a Opção 2 exigiria uma mudança, ${PER_CLIENT_2}.`,
	'Opção 1 half done': `Recomendação: Opção 1. ${VERDICT_1} É a mais próxima da configuração atual: exige duas mudanças; a Opção 2 exigiria duas mudanças, ${PER_CLIENT_2}.`,
	'Opção 2 half done': `Recomendação: Opção 2. ${VERDICT_2} É a mais próxima da configuração atual: exige uma mudança no cadastro de cada cliente com 'Notificar Cliente' marcada; a Opção 1 exigiria quatro mudanças.`,
	'Opção 1 without the Portal parameter': `Recomendação: Opção 1. ${VERDICT_1} É a mais próxima da configuração atual: exige uma mudança; a Opção 2 exigiria três mudanças, ${PER_CLIENT_2}.`,
	'Opção 2 with one client left': `Recomendação: Opção 2. ${VERDICT_2} É a mais próxima da configuração atual: exige uma mudança no cadastro de cada cliente com 'Notificar Cliente' marcada; a Opção 1 exigiria quatro mudanças.`,
	'Opção 1 with a client and a task unmarked': 'Recomendação: Nada a mudar. A configuração já segue a Opção 1.',
	'everything off': `Recomendação: Opção 2. ${VERDICT_2} É a mais próxima da configuração atual: exige três mudanças; a Opção 1 exigiria uma mudança, mais uma em cada tarefa que deve avisar o cliente e outra no cadastro de cada cliente que deve ser avisado.`,
	'Opção 1': 'Recomendação: Nada a mudar. A configuração já segue a Opção 1.',
	'Opção 2': 'Recomendação: Nada a mudar. A configuração já segue a Opção 2.',
};

/** The summary's sections, by the words that open them, in the order the ticket must give them. */
const SECTION_OPENERS: Record<Exclude<SummaryFormat, 'macro'>, RegExp[]> = {
	text: [/^Situação atual: /, /^Configuração atual:$/, /^O que acontece:$/, /^Recomendação: /, /^(Depois dos passos|O que o cliente recebe):$/, /^Diagnóstico: /],
	markdown: [/^\*\*Situação atual:\*\* /, /^\*\*Configuração atual\*\*$/, /^\*\*O que acontece\*\*$/, /^\*\*Recomendação:\*\* /, /^\*\*(Depois dos passos|O que o cliente recebe)\*\*$/, /^\[Diagnóstico\]\(/],
};
/** Where each part stands in SECTION_OPENERS. */
const [, SETTINGS_AT, FINDINGS_AT, RECOMMENDATION_AT, OUTCOME_AT] = [0, 1, 2, 3, 4];

// The states whose summary stays short: 1,600 characters in issue 10, now 1,800, as the summary states the
// office's situation, leads its recommendation with what the option changes for the client and links the check.
const LIMITED = ['todas marcadas', 'Opção 1 half done', 'Opção 2 half done'];

describe.each(STATES)('the summary of %s', (name, config) => {
	describe.each<'text' | 'markdown'>(['text', 'markdown'])('as %s', (format) => {
		// Computed inside each test, so that mutation testing counts each test that reads the summary.

		// The text as a reader reads it: Markdown's markup (bold markers, escaped brackets, link syntax) is not read.
		test('fits a ticket: at most 1,800 characters read for the states of issue 10, 2,100 for any', () => {
			const text = ticketSummary(config, ROOT, format);
			const read = format === 'markdown' ? text.replace(/\*\*|\\(?=[[\]*])|\]\([^)]*\)|^### |^\d+\. \[/gm, '') : text;
			expect(read.length).toBeLessThanOrEqual(LIMITED.includes(name) ? 1800 : 2100);
		});

		test('gives the verdict, settings, findings, recommendation, steps, outcome and link, in that order', () => {
			const diagnosis = diagnose(config);
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			const positions = SECTION_OPENERS[format].map((opener) => lines.findIndex((line) => opener.test(line)));
			expect(positions.every((p) => p >= 0), positions.join()).toBe(true);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
			const steps = lines.findIndex((line) => /^(\*\*)?Opção \d, no /.test(line));
			if (diagnosis.ok) expect(steps).toBe(-1);
			else expect(steps > positions[RECOMMENDATION_AT]! && steps < positions[OUTCOME_AT]!).toBe(true);
		});

		test('states every checkbox of the office: marcada or desmarcada, per task and per client todas, nenhuma or algumas', () => {
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			const block = lines.slice(
				lines.findIndex((l) => SECTION_OPENERS[format][SETTINGS_AT]!.test(l)) + 1,
				lines.findIndex((l) => SECTION_OPENERS[format][FINDINGS_AT]!.test(l)),
			);
			expect(block.filter(Boolean)).toHaveLength(3);
			for (const id of ['gestao.onvio', 'gestao.push', 'gestao.email'] as const)
				expect(block.join('\n')).toMatch(new RegExp(`'${SETTINGS[id].label}'[^;.]*(marcada|desmarcada)`));
			expect(block.join('\n')).toMatch(/'Enviar avisos por e-mail ao cliente…' (marcada|desmarcada)\./);
			expect(block.join('\n')).toMatch(/'Notificar cliente' (marcada em todas as tarefas|desmarcada em todas as tarefas|marcada em algumas tarefas e desmarcada nas demais)/);
			expect(block.join('\n')).toMatch(/'Notificar Cliente' (marcada no cadastro de todos os clientes|desmarcada no cadastro de todos os clientes|marcada no cadastro de alguns clientes e desmarcada nos demais)/);
		});

		test('gives one line per cause, and never names a sample client or task', () => {
			const diagnosis = diagnose(config);
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			const start = lines.findIndex((l) => SECTION_OPENERS[format][FINDINGS_AT]!.test(l));
			const findings = lines.slice(start + 1, lines.indexOf('', start));
			expect(findings).toHaveLength(Math.max(1, diagnosis.problems.length + diagnosis.notes.length));
			for (const name of [...SAMPLE.clients, ...SAMPLE.tasks].map((entry) => entry.name)) expect(text).not.toContain(name);
		});

		test('recommends the nearest option by what it changes for the client, the count after', () => {
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			const line = lines.find((l) => SECTION_OPENERS[format][RECOMMENDATION_AT]!.test(l))!;
			expect(line.replace(/^\*\*Recomendação:\*\* /, 'Recomendação: ')).toBe(RECOMMENDATIONS[name]);
		});

		test('marks every statement that rests on an interpretation, and says once what the mark means', () => {
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			// Hand uploads are announced, or not, by our reading of the event's name only.
			const about = lines.filter((line) => line.toLowerCase().includes(EVENT_ALL['manual-upload']));
			const mark = format === 'markdown' ? ' \\*' : ' *';
			for (const line of about) expect(line.endsWith(mark), line).toBe(true);
			expect(about.length).toBeGreaterThan(0);
			expect(lines.filter((line) => line === `${mark.trim()} Interpretação deste guia.`)).toHaveLength(1);
		});

		test('builds every link from the address given, and each resolves to a step or a tool with this state', () => {
			const text = ticketSummary(config, ROOT, format);
			const links = urls(text);
			// The steps, and the check at the end of each option's page (how to confirm it worked).
			const known = new Set([...STEPS.map(stepHref), '/opcao-1/#como-conferir', '/opcao-2/#como-conferir']);
			for (const link of links) {
				expect(link.startsWith(ROOT), link).toBe(true);
				const url = new URL(link);
				const path = `/${url.pathname.slice(new URL(ROOT).pathname.length)}`;
				if (url.hash) expect(known).toContain(path + url.hash);
				else {
					expect(path).toBe('/diagnostico/');
					expect(decodeState(url.search.slice(1)).issues).toEqual([]);
					expect(decodeState(url.search.slice(1)).config).toEqual(config);
				}
			}
			expect(links.filter((l) => !new URL(l).hash)).toHaveLength(1);
		});

		test('lists the steps to perform one a line, each with its link, in procedure order', () => {
			const diagnosis = diagnose(config);
			const text = ticketSummary(config, ROOT, format);
			const lines = text.split('\n');
			const stepLines = lines.filter((line) => /^\d+\. /.test(line));
			for (const line of stepLines) expect(urls(line), line).toHaveLength(1);
			const order = stepLines.map((line) => STEPS.findIndex((s) => urls(line)[0]!.endsWith(stepHref(s).slice(1))));
			expect(order).toEqual([...order].sort((a, b) => a - b));
			// Numbered as on the page: the step the link lands on has the line's number.
			for (const line of stepLines) {
				const link = new URL(urls(line)[0]!);
				const page = link.pathname.split('/').filter(Boolean).at(-1) as PageId;
				expect(stepAt(page, link.hash.slice(1))?.number, line).toBe(Number(line.split('.')[0]));
			}
			// Every change the diagnosis asks for is made at one of the listed steps.
			const listed = new Set(stepLines.map((line) => new URL(urls(line)[0]!).hash.slice(1)));
			for (const change of diagnosis.nearest.changes) expect(change.steps.some((s) => listed.has(s.anchor)), change.key).toBe(true);
		});
	});

	test('is plain text by default: no Markdown markup', () => {
		const text = ticketSummary(config, ROOT);
		expect(text).toBe(ticketSummary(config, ROOT, 'text'));
		expect(text).not.toMatch(/\*\*|__|`|\]\(|^#|^>/m);
	});

	test('as Markdown, links every step and tool by its text', () => {
		const text = ticketSummary(config, ROOT, 'markdown');
		expect(text).toMatch(/^### /);
		// Every URL stands inside a Markdown link, and a link text's own brackets are escaped.
		expect(urls(text).length).toBe([...text.matchAll(/\]\((https?:\/\/[^\s)]+)\)/g)].length);
		for (const [, label] of text.matchAll(/^\d+\. \[((?:\\.|[^\]\\])*)\]\(/gm)) expect(label!).not.toMatch(/(?<!\\)[[\]]/);
	});

	test('after the steps, the client receives no duplicate', () => {
		const diagnosis = diagnose(config);
		expect(diagnose(configAfter(config, diagnosis)).problems.filter((f) => f.type === 'duplicate')).toEqual([]);
	});
});

test('"todas marcadas": one finding, the duplicate, then Opção 1 from step 4 of the ONVIO section', () => {
	expect(ticketSummary(PRESETS.allOn, ROOT)).toContain('Situação atual: O mesmo documento chega aos clientes pelos dois sistemas.\n');
	const text = ticketSummary(PRESETS.allOn, ROOT);
	expect(text).toContain(
		'O que acontece:\n- Cada documento do Sistema Domínio chega duas vezes: uma pelo ONVIO Portal do Cliente (no ONVIO, via push e por e-mail) e outra pelo Domínio Processos, no e-mail da tarefa concluída. *',
	);
	expect(urls(text).filter((u) => new URL(u).hash).map((u) => new URL(u).hash)).toEqual(['#onvio-4', '#onvio-5', '#como-conferir']);
	expect(text).toContain("'Notificar Cliente' marcada no cadastro de todos os clientes");
});

test('a per-client step says on which clients to do it', () => {
	expect(ticketSummary(set(PRESETS.allOn, [{ id: 'portal.emailOnProcessosPublication' }, false]), ROOT)).toMatch(
		/^3\. Na guia Detalhes, desmarque a opção '\[ \] Notificar Cliente' \(em todos os clientes\) — /m,
	);
	const oneLeft = ticketSummary(set(PRESETS.option2, [{ id: 'processos.client', entity: 'oficina' }, true]), ROOT);
	expect(oneLeft).toContain('(nos clientes em que ainda está marcada)');
	expect(oneLeft).toContain("'Notificar Cliente' marcada no cadastro de alguns clientes e desmarcada nos demais");
});

test('a root without a trailing slash still keeps its sub-path', () => {
	for (const link of urls(ticketSummary(PRESETS.allOn, 'https://suporte.example.com.br/guia'))) expect(link.startsWith(ROOT)).toBe(true);
});

describe('the macro form, for a helpdesk', () => {
	test('is the text form addressed to the requester and signed by the agent, with Zendesk’s placeholders', () => {
		const text = ticketSummary(PRESETS.allOn, ROOT, 'text');
		const macro = ticketSummary(PRESETS.allOn, ROOT, 'macro');
		expect(macro).toBe(
			`Olá, {{ticket.requester.first_name}}. Segue o diagnóstico das notificações do seu escritório.\n\n${text}\n\nAtenciosamente,\n{{current_user.first_name}}`,
		);
	});
});
