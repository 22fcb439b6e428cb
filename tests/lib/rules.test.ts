import { describe, expect, test } from 'vitest';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import { CHANNELS, EVENT_KINDS, SYSTEMS } from '../../src/lib/model/config.ts';
import { cite } from '../../src/lib/messages/diagnosis.ts';
import { SITUATION_TEXTS } from '../../src/lib/messages/situation.ts';
import { RULES, sourceOf } from '../../src/lib/explain/rule-sources.ts';
import { RULE_TABLE, rowsOfRule } from '../../src/lib/model/rules.ts';
import { SEED_TEXT } from '../support/seed.ts';

const seed = SEED_TEXT;
const paths = EVENT_KINDS.flatMap((event) =>
	SYSTEMS.flatMap((system) => CHANNELS.map((channel) => ({ event, system, channel }))),
);
const allSources = [...RULE_TABLE.map(sourceOf), ...RULES.flatMap((r) => r.sources)];

describe('the rule table', () => {
	test.each(paths)('has exactly one row for $event × $system × $channel', (path) => {
		const rows = RULE_TABLE.filter(
			(r) => r.event === path.event && r.system === path.system && r.channel === path.channel,
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.id).toBe(`${path.event}/${path.system}/${path.channel}`);
	});

	test('has no row outside the paths', () => {
		expect(RULE_TABLE).toHaveLength(paths.length);
	});

	test.each(RULE_TABLE.map((r) => [r.id, r] as const))('%s requires known settings and belongs to a known rule', (_, row) => {
		for (const req of row.requires ?? []) expect(Object.keys(SETTINGS)).toContain(req);
		expect(RULES.map((r) => r.id)).toContain(row.rule);
		// "sem-caminho" is exactly the set of rows that never announce.
		expect(row.requires === null).toBe(row.rule === 'sem-caminho');
	});

	test.each([
		// Rule 1: only ONVIO Gestão's checkbox of the same channel.
		['document-from-dominio/onvio-portal/push', ['gestao.push']],
		['manual-upload/onvio-portal/email', ['gestao.email']],
		// Rule 2: the Portal parameter and both Domínio Processos flags.
		[
			'document-from-dominio/dominio-processos/email',
			['portal.emailOnProcessosPublication', 'processos.task', 'processos.client'],
		],
		// Rule 3: both flags, and not the Portal parameter.
		['task-completed/dominio-processos/email', ['processos.task', 'processos.client']],
	])('%s requires %j', (id, requires) => {
		expect(RULE_TABLE.find((r) => r.id === id)?.requires).toEqual(requires);
	});

	test('the rule that defines duplicates names each badge of the preview, and no other', () => {
		const named = RULES.find((r) => r.id === 'duplicidade-e-silencio')!.summary.match(/(?<=“)[^”]+(?=”)/g);
		const badges = ['Um só sistema', 'Dois sistemas', 'Duplicado', 'Documentos sem aviso', 'Nenhum sistema'];
		expect(named).toEqual(badges);
		expect(new Set(Object.values(SITUATION_TEXTS).map((t) => t.badge))).toEqual(new Set(badges));
	});

	test('every rule but the definition of duplicates has rows', () => {
		for (const rule of RULES) expect(rowsOfRule(rule.id).length > 0).toBe(rule.id !== 'duplicidade-e-silencio');
	});
});

describe('sources', () => {
	test.each(allSources.map((s) => [s.text.slice(0, 50), s] as const))('%s… cites an article and says something', (_, source) => {
		expect(source.cite).toMatch(/^Central de Soluções, soluç(ão \d+|ões (\d+, )*\d+ e \d+)$/);
		expect(source.text.length).toBeGreaterThan(40);
		// Quoted sentences take Brazilian quotes (“ ”), labels the article's (' '): never « ».
		expect(source.text).not.toMatch(/[«»]/);
	});

	test.each(allSources.filter((s) => s.cite.includes('9100')).map((s) => [s.text.slice(0, 50), s] as const))(
		'%s… quotes the seed verbatim',
		(_, source) => {
			const quotes = [...source.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
			if (source.kind === 'seed') expect(quotes.length).toBeGreaterThan(0);
			// A label inside a quoted sentence keeps the seed's own quotes (' '); quote marks are not compared.
			const words = (text: string) => text.replace(/[“”']/g, '');
			for (const quote of quotes) expect(words(seed)).toContain(words(quote));
		},
	);

	test('the hand-upload rows are labelled as interpretation (FACTS, inference 2)', () => {
		for (const row of RULE_TABLE.filter((r) => r.event === 'manual-upload' && r.requires))
			expect(sourceOf(row).kind).toBe('interpretation');
	});

	test.each<[[number, ...number[]], string]>([
		[[9100], 'Central de Soluções, solução 9100'],
		[[7516, 12304], 'Central de Soluções, soluções 7516 e 12304'],
		[[8342, 11563, 12304], 'Central de Soluções, soluções 8342, 11563 e 12304'],
	])('cite(%j) is "%s"', (codes, text) => {
		expect(cite(...codes)).toBe(text);
	});
});

describe('what each source says of the articles it cites', () => {
	const quoting = (words: string) => allSources.filter((s) => s.text.includes(words));

	test('solução 12304 is cited only where its one statement is given: a task’s documents go to a folder of the portal when it is completed', () => {
		const citing = allSources.filter((s) => s.cite.includes('12304'));
		expect(citing.length).toBeGreaterThan(0);
		for (const source of citing) {
			expect(source.text).toMatch(/solução 12304 diz que os documentos incluídos numa tarefa vão para uma pasta do ONVIO Portal do Cliente quando ela é concluída/);
			expect(source.text).toContain('Fiscal > DAS');
		}
	});

	test('the sentences about where the documents’ notifications go are the article’s Informações complementares, not its Opção 1 or 2 sections', () => {
		// Rule 2 rests on Opção 1's sentence; Opção 2's, where quoted, is attributed the same way.
		expect(quoting('conforme as configurações do Domínio Processos').length).toBeGreaterThan(0);
		for (const words of ['conforme as configurações do Domínio Processos', 'apenas pelo ONVIO Portal do Cliente']) {
			for (const source of quoting(words)) expect(source.text, words).toMatch(/^Nas Informações complementares, com a Opção [12]/);
		}
	});

	test('an interpretation is marked one way, "Interpretação deste guia", never "Na leitura deste guia" or "Este guia lê"', () => {
		const texts = [...allSources.map((s) => s.text), ...RULES.flatMap((r) => [r.title, r.summary])];
		for (const text of texts) expect(text).not.toMatch(/leitura deste guia|guia lê|não deve impedi/i);
		// Inside the aside titled "Interpretação deste guia", a source never says it again.
		for (const source of allSources.filter((s) => s.kind === 'interpretation')) expect(source.text).not.toMatch(/interpretação/i);
	});

	test('rule 2 tells one e-mail per task, which carries the documents when the Portal parameter is marked, once', () => {
		const [rule2, rule3] = [RULES[1]!, RULES[2]!];
		// Rule 2 rests wholly on this guide's reading and points to rule 3's e-mail; rule 3 is solução 7516's statement.
		expect(rule2.summary).toMatch(/^Interpretação deste guia: com o parâmetro do ONVIO Portal do Cliente marcado, /);
		expect(rule2.summary).toContain('um só e-mail por tarefa');
		expect(rule2.summary).toContain('(regra 3)');
		expect(rule3.summary).toBe("Ao concluir uma tarefa recorrente com 'Notificar cliente' marcada, o Domínio Processos envia o e-mail 'Conclusão de tarefa' a cada cliente da tarefa com 'Notificar Cliente' marcada no cadastro.");
		for (const rule of RULES) expect(rule.summary.split('Interpretação deste guia').length, rule.id).toBeLessThanOrEqual(2);
	});

	test('the Portal parameter does not stop the completion e-mail, because Opção 2 also unmarks the clients to stop it', () => {
		const [reading] = RULES[2]!.sources.filter((s) => s.kind === 'interpretation' && s.text.startsWith('O parâmetro'));
		expect(reading?.text).toMatch(/^O parâmetro do ONVIO Portal do Cliente não impede o e-mail da tarefa concluída/);
		expect(reading?.text).toContain('“Desta forma, nenhuma tarefa concluída será notificada a eles.”');
	});
});

describe('rules', () => {
	test('are numbered 1..n with a pt-BR title and summary', () => {
		expect(RULES.map((r) => r.number)).toEqual(RULES.map((_, i) => i + 1));
		for (const rule of RULES) {
			expect(rule.title).not.toBe('');
			expect(rule.summary.length).toBeGreaterThan(80);
			expect(rule.sources.length).toBeGreaterThan(0);
		}
	});
});
