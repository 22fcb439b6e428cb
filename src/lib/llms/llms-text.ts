/**
 * The texts of /llms.txt and /llms-full.txt (the llms.txt convention), for the LLM tools of support agents and
 * offices. Built from the same sources as the pages, so they cannot drift apart:
 * - the steps from the catalogue (steps.ts), in the plain text of `stepPlainText`, each with its permanent link;
 * - section headings from `SECTIONS`, option titles from `OPTIONS`, rules and their sources from `RULES`;
 * - page titles, descriptions and prose (the options' opening sentences, the consequences) from the pages'
 *   own MDX, read as text: prose, lists and titled asides are kept; block components (tables, islands) are
 *   left out, since their content is the catalogue's and is written here from it.
 * Links are absolute, on the root the caller gives (Astro's `site` plus the base path): these files are read
 * away from the site, where a relative link leads nowhere.
 */
import { INTERPRETATION_LABEL } from '../messages/words.ts';
import { absoluteUrl, type SitePath } from '../links/links.ts';
import { OPTIONS, type OptionInfo } from '../catalogue/options.ts';
import { stepPlainText } from '../catalogue/step-text.ts';
import { SECTIONS, sectionsOf, stepHref, stepsOf } from '../catalogue/steps.ts';
import { RULES } from '../explain/rule-sources.ts';
import type { Source } from '../model/rules.ts';

/** The site's title, as astro.config.mjs gives it to Starlight. */
const SITE_TITLE = 'Notificações sem duplicidade';

const SUMMARY =
	'Guia, em português do Brasil, para escritórios contábeis cujos clientes recebem dois avisos de cada documento: ' +
	'um do ONVIO Portal do Cliente e outro do Domínio Processos. Reproduz a solução 9100 da Central de Soluções, com ' +
	'suas duas configurações, a Opção 1 e a Opção 2, passo a passo, e um link permanente em cada passo.';


/** The pages' MDX, as written: the pages' own words, without their components. */
const MDX = import.meta.glob<string>('../../content/docs/*.mdx', { query: '?raw', import: 'default', eager: true });

type PageSlug = 'index' | 'opcao-1' | 'opcao-2' | 'informacoes-complementares' | 'simulador' | 'diagnostico' | 'como-o-simulador-decide';

function mdxOf(slug: PageSlug): string {
	const text = MDX[`../../content/docs/${slug}.mdx`];
	if (text === undefined) throw new Error(`llms-text: no page src/content/docs/${slug}.mdx`);
	return text;
}

const pagePath = (slug: PageSlug): SitePath => (slug === 'index' ? '/' : `/${slug}/`);

/** A top-level frontmatter field of a page (one line, plain, 'single' or "double" quoted). */
export function frontmatterField(mdx: string, field: 'title' | 'description'): string {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
	const raw = new RegExp(`^${field}:[ \\t]*(.+)$`, 'm').exec(frontmatter)?.[1]?.trim();
	if (!raw) throw new Error(`llms-text: the page has no one-line "${field}" in its frontmatter`);
	if (raw.startsWith("'")) return raw.slice(1, -1).replaceAll("''", "'");
	if (raw.startsWith('"')) return JSON.parse(raw) as string;
	return raw;
}

/** A page's prose under one heading (undefined: before the first one), its headings one level down. */
export interface MdxSection {
	heading?: string;
	level: number;
	/** Paragraphs, list items ("- …") and aside titles ("Interpretação deste guia:"), in Markdown. */
	blocks: string[];
}

/**
 * The prose of a page's MDX, section by section. Inline `<SiteLink>` and Markdown links become absolute
 * Markdown links; an empty `<span id>` (a permanent anchor) becomes the block's "Link permanente" line, as a
 * step's; block components on a line of their own are left out. Any other markup throws: a page edited into
 * a shape this reader does not know must fail the build, not leak tags into the text.
 */
export function mdxSections(mdx: string, root: string, page: SitePath): MdxSection[] {
	const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
	const sections: { heading?: string; level: number; blocks: { text: string; anchors: string[] }[] }[] = [{ level: 0, blocks: [] }];
	let open = false; // the last block can take a continuation line
	for (const rawLine of body.split(/\r?\n/)) {
		const line = rawLine.trim();
		const section = sections[sections.length - 1]!;
		const heading = /^(#{2,6})\s+(.+)$/.exec(line);
		const aside = /^<Aside\b[^>]*>$/.exec(line);
		if (line === '' || /^import\s/.test(line)) open = false;
		else if (heading) {
			sections.push({ heading: inline(heading[2]!, root).text, level: heading[1]!.length, blocks: [] });
			open = false;
		} else if (aside) {
			const title = /\btitle="([^"]+)"/.exec(line)?.[1];
			if (title) section.blocks.push({ text: `${title}:`, anchors: [] });
			open = false;
		} else if (/^<\/Aside>$|^<\/?div\b[^>]*>$|^<[A-Z][\w.]*\b[^>]*\/>$/.test(line)) open = false;
		else if (line.startsWith('<')) throw new Error(`llms-text: no plain text for the markup "${line}"`);
		else if (line.startsWith('- ') || !open) {
			section.blocks.push(inline(line, root));
			open = true;
		} else {
			const last = section.blocks[section.blocks.length - 1]!;
			const more = inline(line, root);
			section.blocks[section.blocks.length - 1] = { text: `${last.text} ${more.text}`, anchors: [...last.anchors, ...more.anchors] };
		}
	}
	return sections
		.filter((s) => s.heading !== undefined || s.blocks.length > 0)
		.map(({ blocks, ...rest }) => ({
			...rest,
			// An anchor's link goes under its whole block, as a step's does.
			blocks: blocks.map(({ text, anchors }) =>
				[text, ...anchors.map((id) => `   Link permanente: ${absoluteUrl(`${page}#${id}`, root)}`)].join('\n'),
			),
		}));
}

/** One line of MDX prose as Markdown with absolute links, and the ids of the empty anchors it holds. */
function inline(line: string, root: string): { text: string; anchors: string[] } {
	const anchors: string[] = [];
	const text = line
		.replace(/<span\s+id="([^"]+)"\s*><\/span>\s*/g, (_, id: string) => {
			anchors.push(id);
			return '';
		})
		.replace(/<SiteLink\s+href="([^"]+)"\s*>([\s\S]*?)<\/SiteLink>/g, (_, href: string, label: string) => link(label, href, root))
		.replace(/\[([^\]]+)\]\((\/[^)]*)\)/g, (_, label: string, href: string) => link(label, href, root));
	if (/<[A-Za-z/]/.test(text)) throw new Error(`llms-text: no plain text for the markup in "${line}"`);
	return { text, anchors };
}

const link = (label: string, path: string, root: string) => `[${label}](${absoluteUrl(path as SitePath, root)})`;

/** The root as an absolute URL ending in "/", e.g. "https://host/guia/". */
function normalRoot(root: string): string {
	return new URL(root.endsWith('/') ? root : `${root}/`).href;
}

/**
 * The site's root from Astro's `site` and base path. `site` is never unset: astro.config.mjs falls back to its
 * placeholder host when SITE_URL is unset (and the build warns), as the canonical URLs and the sitemap do.
 */
export function siteRoot(site: URL | undefined, base: string): string {
	if (!site) throw new Error('llms-text: Astro has no `site` (astro.config.mjs sets one, from SITE_URL or its placeholder)');
	return new URL(base.endsWith('/') ? base : `${base}/`, site).href;
}

/** The prose under a heading of a page, or before its first heading. */
function proseOf(sections: MdxSection[], heading?: string): string[] {
	return sections.find((s) => s.heading === heading)?.blocks ?? [];
}

function pageLine(slug: PageSlug, root: string): string {
	const mdx = mdxOf(slug);
	return `- [${frontmatterField(mdx, 'title')}](${absoluteUrl(pagePath(slug), root)}): ${frontmatterField(mdx, 'description')}`;
}

/** /llms.txt: the index, in the order of the sidebar. */
export function llmsIndex(rootUrl: string): string {
	const root = normalRoot(rootUrl);
	const example = stepsOf(OPTIONS.option1.page, 'onvio').find((s) => s.anchor === 'onvio-4') ?? stepsOf(OPTIONS.option1.page)[0]!;
	return [
		`# ${SITE_TITLE}`,
		`> ${SUMMARY}`,
		// The link as a Markdown link: a bare URL followed by punctuation is misread by tools.
		`Cada passo tem um endereço que não muda, como o do [passo ${example.number} da ${OPTIONS.option1.name}](${absoluteUrl(stepHref(example), root)}); colado num chamado, ele abre a página no passo exato. ` +
			'Os endereços de todos os passos estão no texto completo.',
		'## Texto completo',
		`- [Texto completo do guia](${absoluteUrl('/llms-full.txt', root)}): os dois procedimentos, cada passo com seu texto e seu link permanente, as informações complementares e as regras do simulador com suas fontes`,
		'## Início',
		pageLine('index', root),
		'## Procedimento',
		[pageLine('opcao-1', root), pageLine('opcao-2', root), pageLine('informacoes-complementares', root)].join('\n'),
		'## Ferramentas',
		[pageLine('simulador', root), pageLine('diagnostico', root), pageLine('como-o-simulador-decide', root)].join('\n'),
	].join('\n\n') + '\n';
}

/** One option's procedure: its opening sentences, then its sections and steps, each step with its link. */
function procedureText(option: OptionInfo, root: string): string[] {
	const prose = mdxSections(mdxOf(option.page), root, pagePath(option.page));
	const out = [`## ${option.title}`, `Página: ${absoluteUrl(pagePath(option.page), root)}`, ...listsJoined(proseOf(prose))];
	let group: string | undefined;
	for (const id of sectionsOf(option.page)) {
		const section = SECTIONS[id];
		if (section.group !== group && section.group) out.push(`### ${section.group}`, ...listsJoined(proseOf(prose, section.group)));
		group = section.group;
		out.push(`${section.group ? '####' : '###'} ${section.title}`);
		out.push(
			stepsOf(option.page, id)
				.map((step) => `${step.number}. ${stepPlainText(step)}\n   Link permanente: ${absoluteUrl(stepHref(step), root)}`)
				.join('\n'),
		);
	}
	return out;
}

/** A page's prose sections under an H2 of the page's title. */
function pageText(slug: PageSlug, root: string): string[] {
	const mdx = mdxOf(slug);
	const out = [`## ${frontmatterField(mdx, 'title')}`, `Página: ${absoluteUrl(pagePath(slug), root)}`];
	for (const section of mdxSections(mdx, root, pagePath(slug))) {
		if (section.blocks.length === 0) continue; // tables and islands only: their content is the catalogue's
		if (section.heading) out.push(`${'#'.repeat(section.level + 1)} ${section.heading}`);
		out.push(...listsJoined(section.blocks));
	}
	return out;
}

/** Consecutive list items as one block, under the title or sentence that opens them: a list reads as one. */
function listsJoined(blocks: string[]): string[] {
	const out: string[] = [];
	let list = false;
	for (const block of blocks) {
		const item = block.startsWith('- ');
		if (item && list) out[out.length - 1] += `\n${block}`;
		else out.push(block);
		list = item || block.endsWith(':');
	}
	return out;
}

/** Words that keep their capital after "Interpretação deste guia:": names, not the start of a sentence. */
const KEEPS_CAPITAL = /^(ONVIO|Domínio|Sistema Domínio|Central|Opção|“)/;

/** A source as one list item; an interpretation says so first, as the rules page does. */
function sourceLine(source: Source): string {
	const cite = `(${source.cite})`;
	if (source.kind !== 'interpretation') return `- ${source.text} ${cite}`;
	const text = KEEPS_CAPITAL.test(source.text) ? source.text : source.text.charAt(0).toLowerCase() + source.text.slice(1);
	return `- ${INTERPRETATION_LABEL}: ${text} ${cite}`;
}

function rulesText(root: string): string[] {
	const mdx = mdxOf('como-o-simulador-decide');
	const out = [
		`## ${frontmatterField(mdx, 'title')}`,
		`Página: ${absoluteUrl(pagePath('como-o-simulador-decide'), root)}`,
		`Cada regra cita o artigo da Central de Soluções em que se apoia. O que nenhum artigo diz vem marcado como “${INTERPRETATION_LABEL}”.`,
	];
	for (const rule of RULES) {
		out.push(
			`### Regra ${rule.number}: ${rule.title}`,
			`Link permanente: ${absoluteUrl(`/como-o-simulador-decide/#regra-${rule.number}`, root)}`,
			rule.summary,
			['Fontes:', ...rule.sources.map(sourceLine)].join('\n'),
		);
	}
	return out;
}

/** /llms-full.txt: both procedures in full, the complementary information and the rules with their sources. */
export function llmsFull(rootUrl: string): string {
	const root = normalRoot(rootUrl);
	return [
		`# ${SITE_TITLE}: texto completo`,
		`> ${SUMMARY}`,
		`Página inicial: ${root}`,
		'Cada passo traz seu link permanente: colado num chamado, ele abre a página no passo exato. ' +
			"Os rótulos das telas vêm entre aspas simples, como o artigo os escreve; '[x]' é uma caixa marcada, '[ ]' uma caixa desmarcada, e [Salvar] é um botão.",
		...Object.values(OPTIONS).flatMap((option) => procedureText(option, root)),
		...pageText('informacoes-complementares', root),
		...rulesText(root),
	].join('\n\n') + '\n';
}
