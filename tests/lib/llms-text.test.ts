/**
 * The texts of /llms.txt and /llms-full.txt (src/lib/llms/llms-text.ts): every step, as the article numbers and words
 * it, with its permanent link on the root the site is served at; the index's links; the labels of the
 * interpretations; the complementary information; nothing of the MDX's markup.
 */
import { describe, expect, test } from 'vitest';
import { stepPlainText } from '../../src/lib/catalogue/step-text.ts';
import { SECTIONS, STEPS, stepHref } from '../../src/lib/catalogue/steps.ts';
import { frontmatterField, llmsFull, llmsIndex, mdxSections, siteRoot } from '../../src/lib/llms/llms-text.ts';
import { RULES } from '../../src/lib/explain/rule-sources.ts';
import { seedLines } from '../support/seed.ts';

const AT_ROOT = 'https://ajuda.meuescritorio.com.br/';
const UNDER_BASE = 'https://ajuda.meuescritorio.com.br/guia/';

describe.each([AT_ROOT, UNDER_BASE])('served at %s', (root) => {
	const full = llmsFull(root);
	const index = llmsIndex(root);

	test('llms-full.txt has every step of the catalogue with its permanent link, under the root', () => {
		// As many steps as the article numbers lines.
		expect(STEPS).toHaveLength(seedLines().filter((l) => l.anchor).length);
		for (const step of STEPS)
			expect(full).toContain(`${step.number}. ${stepPlainText(step)}\n   Link permanente: ${root}${stepHref(step).slice(1)}\n`);
	});

	test('words and numbers each step as the article does, line for line', () => {
		const numbered = seedLines().filter((l) => l.anchor);
		expect(numbered.length).toBeGreaterThan(0);
		for (const line of numbered) expect(full).toContain(`${line.raw}\n   Link permanente: ${root}${line.page}/#${line.anchor}`);
	});

	test('gives the links support tickets hold, written by hand', () => {
		for (const link of ['opcao-1/#onvio-4', 'opcao-1/#onvio-7', 'opcao-1/#tarefas-3', 'opcao-2/#onvio-1', 'opcao-2/#clientes-3'])
			expect(full).toContain(`Link permanente: ${root}${link}\n`);
		expect(full).toContain(
			`4. Desative as opções '[ ] Notificações no ONVIO', '[ ] Notificações via push' e '[ ] Notificações por e-mail';\n   Link permanente: ${root}opcao-1/#onvio-4\n`,
		);
		expect(full).toContain(`3. Na guia Detalhes, desmarque a opção '[ ] Notificar Cliente';\n   Link permanente: ${root}opcao-2/#clientes-3\n`);
		// Opção 2 has no task steps.
		expect(full).not.toContain('opcao-2/#tarefas-');
	});

	test('heads each option and its sections as the article does', () => {
		const headings = full.split('\n').filter((l) => l.startsWith('#'));
		const option1 = headings.indexOf('## Opção 1: Desativar notificações do ONVIO Portal do Cliente');
		const option2 = headings.indexOf('## Opção 2: Ativar notificações do ONVIO Portal do Cliente');
		expect(headings.slice(option1, option2)).toEqual([
			'## Opção 1: Desativar notificações do ONVIO Portal do Cliente',
			`### ${SECTIONS.onvio.title}`,
			'### Configuração no Domínio Processos',
			'#### Configuração das Tarefas',
			'#### Configuração do Cliente',
		]);
		expect(headings.slice(option2, option2 + 4)).toEqual([
			'## Opção 2: Ativar notificações do ONVIO Portal do Cliente',
			'### Configuração no ONVIO Gestão e Portal do Cliente',
			'### Configuração no Domínio Processos',
			'#### Configuração do Cliente',
		]);
		// The article's own sentences that open each option and its Domínio Processos section.
		expect(full).toContain('Toda a comunicação será feita pelo Domínio Processos.');
		expect(full).toContain('Toda a comunicação será feita pelo ONVIO Portal do Cliente.');
		expect(full).toContain('Após as configurações iniciais, acesse o Domínio Processos para definir quais Tarefas e Clientes receberão as notificações.');
		expect(full).toContain('Desta forma, nenhuma tarefa concluída será notificada a eles.');
	});

	test('carries the complementary information and the consequences, interpretations labelled', () => {
		const seed = seedLines().filter((l) => l.page === 'informacoes-complementares' && l.raw.startsWith('•'));
		expect(seed).toHaveLength(3);
		for (const line of seed) expect(full).toContain(`- ${line.text}`);
		expect(full).toContain('### Consequências');
		// Each consequence with its permanent link, as the diagnosis's summary links it.
		expect(full).toContain(
			`- **A configuração do ONVIO Gestão vale para todos os clientes**, sem exceção por cliente (Central de Soluções, solução 8342).\n   Link permanente: ${root}informacoes-complementares/#gestao-global\n- **Mudar o cadastro do cliente`,
		);
		expect(full).toContain(`(Central de Soluções, solução 7516).\n   Link permanente: ${root}informacoes-complementares/#cadastro-e-tarefas\n\n`);
		expect(full).toContain('O e-mail de uma tarefa já concluída não pode ser reenviado (Central de Soluções, solução 7516).');
		expect(full).toContain(
			`Interpretação deste guia:\n- A Opção 1 deixa sem aviso também os arquivos enviados manualmente (veja a [regra 1](${root}como-o-simulador-decide/#regra-1)).`,
		);
	});

	test('gives every rule its sources, each interpretation labelled and no other', () => {
		for (const rule of RULES) expect(full).toContain(`### Regra ${rule.number}: ${rule.title}\n\nLink permanente: ${root}como-o-simulador-decide/#regra-${rule.number}`);
		const labelled = full.split('\n').filter((l) => l.startsWith('- Interpretação deste guia: '));
		const interpretations = RULES.flatMap((r) => r.sources).filter((s) => s.kind === 'interpretation');
		expect(interpretations.length).toBeGreaterThan(0);
		expect(labelled).toHaveLength(interpretations.length);
		for (const source of interpretations)
			expect(labelled.some((l) => l.toLowerCase().includes(`${source.text} (${source.cite})`.toLowerCase()))).toBe(true);
		for (const source of RULES.flatMap((r) => r.sources).filter((s) => s.kind !== 'interpretation'))
			expect(full).toContain(`\n- ${source.text} (${source.cite})\n`);
		// Written by hand: one of each.
		expect(full).toContain('- Interpretação deste guia: pelo nome do evento, um arquivo enviado manualmente também gera aviso. (Central de Soluções, soluções 8342 e 11563)');
		expect(full).toMatch(/^- A configuração de notificações do ONVIO Gestão vale para todos os clientes.* \(Central de Soluções, solução 8342\)$/m);
	});

	test('llms.txt follows the convention: a title, a summary, then sections of links', () => {
		const lines = index.split('\n');
		expect(lines[0]).toBe('# Notificações sem duplicidade');
		expect(lines[2]).toMatch(/^> .+/);
		expect(index).toMatch(/^## /m);
		for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]+\]\(https:\/\/[^)]+\): \S/);
	});

	test('llms.txt links llms-full.txt and both option pages', () => {
		expect(index).toContain(`](${root}llms-full.txt): `);
		expect(index).toContain(`- [Opção 1: Desativar notificações do ONVIO Portal do Cliente](${root}opcao-1/): `);
		expect(index).toContain(`- [Opção 2: Ativar notificações do ONVIO Portal do Cliente](${root}opcao-2/): `);
		expect(index).toContain(`[passo 4 da Opção 1](${root}opcao-1/#onvio-4)`);
	});

	test('every link of both files is on the root', () => {
		for (const text of [index, full]) {
			const urls = [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
			expect(urls.length).toBeGreaterThan(0);
			expect(urls.filter((url) => !url.startsWith(root))).toEqual([]);
			// A URL that ends in punctuation is read with it by tools.
			expect(urls.filter((url) => /[.,;:!?]$/.test(url))).toEqual([]);
		}
	});

	test('keeps no markup of the MDX', () => {
		for (const text of [index, full]) {
			expect(text).not.toMatch(/<[A-Za-z/]/);
			expect(text).not.toMatch(/[{}]/);
			expect(text).not.toMatch(/^import /m);
		}
	});

	test('follows the glossary, as the pages do (tests/site/wording.test.ts)', () => {
		for (const text of [index, full]) {
			expect(text).not.toMatch(/à mão|[«»]/i);
			expect(text).not.toMatch(/\b(ligad[oa]s?|todas ativas)\b/i);
			const alone = [...text.matchAll(/(.{0,3})\bONVIO\b(?! (Gestão|Portal do Cliente))/g)].filter(([, before]) => !/no $/.test(before!));
			expect(alone.map((m) => m[0])).toEqual([]);
			const headings = text.split('\n').filter((l) => l.startsWith('#'));
			expect(headings.filter((h) => (h.match(/:/g) ?? []).length > 1)).toEqual([]);
		}
	});
});

describe('siteRoot', () => {
	test('joins Astro’s site and the base path', () => {
		expect(siteRoot(new URL('https://ajuda.meuescritorio.com.br'), '/')).toBe(AT_ROOT);
		expect(siteRoot(new URL('https://ajuda.meuescritorio.com.br'), '/guia/')).toBe(UNDER_BASE);
		expect(siteRoot(new URL('https://ajuda.meuescritorio.com.br/'), '/guia')).toBe(UNDER_BASE);
	});
	test('throws without a site', () => {
		expect(() => siteRoot(undefined, '/')).toThrow(/site/);
	});
	test('a root without its slash gives the same text', () => {
		expect(llmsFull('https://ajuda.meuescritorio.com.br/guia')).toBe(llmsFull(UNDER_BASE));
	});
});

describe('reading a page’s MDX', () => {
	const page = [
		'---',
		"title: 'Opção 1: ''a'' b'",
		'description: Uma frase.',
		'---',
		"import X from './X.astro';",
		'',
		'Primeiro parágrafo,',
		'em duas linhas.',
		'',
		'<X page="opcao-1" />',
		'{/* a comment */}',
		'## Seção',
		'- <span id="um-item"></span>Um item com <SiteLink href="/opcao-1/#onvio-4">link</SiteLink>,',
		'  em duas linhas.',
		'- Outro, com [link](/simulador/).',
		'<Aside type="note" title="Interpretação deste guia">',
		'- Lido.',
		'</Aside>',
	].join('\n');

	test('keeps prose, lists and aside titles, with absolute links and anchors’ links, and leaves block components out', () => {
		expect(mdxSections(page, AT_ROOT, '/simulador/')).toEqual([
			{ level: 0, blocks: ['Primeiro parágrafo, em duas linhas.'] },
			{
				heading: 'Seção',
				level: 2,
				blocks: [
					`- Um item com [link](${AT_ROOT}opcao-1/#onvio-4), em duas linhas.\n   Link permanente: ${AT_ROOT}simulador/#um-item`,
					`- Outro, com [link](${AT_ROOT}simulador/).`,
					'Interpretação deste guia:',
					'- Lido.',
				],
			},
		]);
	});

	test('reads the frontmatter’s quoted and plain fields', () => {
		expect(frontmatterField(page, 'title')).toBe("Opção 1: 'a' b");
		expect(frontmatterField(page, 'description')).toBe('Uma frase.');
		expect(() => frontmatterField('---\nx: 1\n---\n', 'title')).toThrow(/title/);
	});

	test.each([
		['a component that wraps content', '<CardGrid>\n<LinkCard title="a" href="/" />\n</CardGrid>'],
		['inline markup other than <SiteLink>', 'Texto com <strong>negrito</strong>.'],
	])('throws on %s rather than leak it', (_, body) => {
		expect(() => mdxSections(`---\ntitle: t\n---\n${body}\n`, AT_ROOT, '/')).toThrow(/no plain text/);
	});
});
