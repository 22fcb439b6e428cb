/**
 * The numbered steps of the procedure (Central de Soluções, solução 9100), as data.
 *
 * Each page lists its steps, section by section, in the article's order (PAGE_STEPS): a step both options word
 * alike is one draft listed on both pages; a step one option words its own way is written out on that page.
 * Step text is a template whose tokens are filled from the settings catalogue:
 *   {ui:<screen>.<part>}  a menu path or tab name, e.g. {ui:gestao-notificacoes.menu}
 *   {setting:<id>}        a checkbox label, shown in the state the step gives it
 *   {label:[ ] <label>}   a checkbox the article quotes but the simulator does not model ([x], [ ] or no state)
 *   {button:<label>}      a button of the product's screen
 * Every step carries its own anchor, a permanent ASCII id written here by hand: it never derives from
 * the text or the position, so rewording a step, or inserting one anywhere, keeps every link that support
 * agents pasted into tickets. A step that replaces another keeps the old id alive as an alias.
 */
import type { PageId, SitePath } from './site.ts';
import { optionOfPage } from './options.ts';
import type { SettingId } from './settings.ts';

export type { PageId };
export type SectionId = 'onvio' | 'tarefas' | 'clientes';

export interface SettingChange {
	setting: SettingId;
	value: boolean;
	/** True where the step leaves the value to the office ("marque ou desmarque"). */
	choice?: boolean;
}

export interface Step {
	page: PageId;
	section: SectionId;
	/** The step's position in its section, as the page numbers it. */
	number: number;
	/** Permanent, unique within its page, e.g. "onvio-7". Never renamed or reused. */
	anchor: string;
	/** Old anchors that still land on this step, so links in old tickets keep working. */
	aliases: readonly string[];
	template: string;
	sets: readonly SettingChange[];
	/** True for the "Clique no botão [Salvar]" steps that commit a screen. */
	saves: boolean;
}

export interface Section {
	id: SectionId;
	title: string;
	/** A few words, for link texts such as "passo 3 da Opção 1 (Tarefas no Domínio Processos)". */
	shortTitle: string;
	/** The heading above this one on the page, where the seed nests sections. */
	group?: string;
}

export const SECTIONS: Record<SectionId, Section> = {
	onvio: {
		id: 'onvio',
		title: 'Configuração no ONVIO Gestão e Portal do Cliente',
		shortTitle: 'ONVIO Gestão e ONVIO Portal do Cliente',
	},
	tarefas: {
		id: 'tarefas',
		title: 'Configuração das Tarefas',
		shortTitle: 'Tarefas no Domínio Processos',
		group: 'Configuração no Domínio Processos',
	},
	clientes: {
		id: 'clientes',
		title: 'Configuração do Cliente',
		shortTitle: 'Clientes no Domínio Processos',
		group: 'Configuração no Domínio Processos',
	},
};

type StepDraft = Pick<Step, 'anchor' | 'template'> & Partial<Pick<Step, 'sets' | 'saves' | 'aliases'>>;

const save = (anchor: string): StepDraft => ({ anchor, template: 'Clique no botão {button:Salvar}.', saves: true });

/** The steps both options word alike: one draft each, listed on both pages. */
const SHARED = {
	gestaoMenu: { anchor: 'onvio-1', template: 'Acesse o ONVIO Gestão e vá para {ui:gestao-notificacoes.menu};' },
	gestaoLanguage: { anchor: 'onvio-2', template: 'Na guia {ui:gestao-notificacoes.tab}, selecione {ui:gestao-notificacoes.language};' },
	gestaoItem: { anchor: 'onvio-3', template: 'Acesse a subguia {ui:gestao-notificacoes.item};' },
	gestaoSave: { anchor: 'onvio-5', template: 'Clique no botão {button:Salvar};', saves: true },
	portalMenu: { anchor: 'onvio-6', template: 'Acesse o {ui:portal-parametros.productMenu};' },
	portalSave: save('onvio-8'),
	clientsMenu: { anchor: 'clientes-1', template: 'No Domínio Processos, acesse {ui:processos-clientes.menu};' },
	clientPick: { anchor: 'clientes-2', template: 'Selecione o cliente;' },
	clientSave: save('clientes-4'),
} satisfies Record<string, StepDraft>;

const gestaoNotifications = (value: boolean): SettingChange[] => [
	{ setting: 'gestao.onvio', value },
	{ setting: 'gestao.push', value },
	{ setting: 'gestao.email', value },
];

/**
 * The day the steps were last compared with the article: every page says so at its foot ("Conferido com a solução
 * 9100 em …", src/route-data.ts). Change it with the steps.
 */
export const STEPS_CHECKED_ON = '2026-11-29';

/** Every page's steps, section by section, in the article's order: the catalogue's one list of steps. */
const PAGE_STEPS: Record<PageId, Partial<Record<SectionId, StepDraft[]>>> = {
	'opcao-1': {
		onvio: [
			SHARED.gestaoMenu,
			SHARED.gestaoLanguage,
			SHARED.gestaoItem,
			{
				anchor: 'onvio-4',
				template: 'Desative as opções {setting:gestao.onvio}, {setting:gestao.push} e {setting:gestao.email};',
				sets: gestaoNotifications(false),
			},
			SHARED.gestaoSave,
			SHARED.portalMenu,
			{
				anchor: 'onvio-7',
				template: 'Marque a opção {setting:portal.emailOnProcessosPublication};',
				sets: [{ setting: 'portal.emailOnProcessosPublication', value: true }],
			},
			SHARED.portalSave,
		],
		tarefas: [
			{ anchor: 'tarefas-1', template: 'No Domínio Processos, acesse {ui:processos-tarefas.menu};' },
			{ anchor: 'tarefas-2', template: 'Selecione a tarefa desejada;' },
			{
				anchor: 'tarefas-3',
				template: 'Na guia {ui:processos-tarefas.tab}, marque ou desmarque a opção {setting:processos.task};',
				sets: [{ setting: 'processos.task', value: true, choice: true }],
			},
			save('tarefas-4'),
		],
		clientes: [
			SHARED.clientsMenu,
			SHARED.clientPick,
			{
				anchor: 'clientes-3',
				template: 'Na guia {ui:processos-clientes.tab}, marque ou desmarque a opção {setting:processos.client};',
				sets: [{ setting: 'processos.client', value: true, choice: true }],
			},
			SHARED.clientSave,
		],
	},
	'opcao-2': {
		onvio: [
			SHARED.gestaoMenu,
			SHARED.gestaoLanguage,
			SHARED.gestaoItem,
			{
				anchor: 'onvio-4',
				template: 'Ative as opções {setting:gestao.onvio}, {setting:gestao.push} e {setting:gestao.email};',
				sets: gestaoNotifications(true),
			},
			SHARED.gestaoSave,
			SHARED.portalMenu,
			{
				anchor: 'onvio-7',
				template: 'Desmarque a opção {setting:portal.emailOnProcessosPublication};',
				sets: [{ setting: 'portal.emailOnProcessosPublication', value: false }],
			},
			SHARED.portalSave,
		],
		clientes: [
			SHARED.clientsMenu,
			SHARED.clientPick,
			{
				anchor: 'clientes-3',
				template: 'Na guia {ui:processos-clientes.tab}, desmarque a opção {setting:processos.client};',
				sets: [{ setting: 'processos.client', value: false }],
			},
			SHARED.clientSave,
		],
	},
};

/** Numbers a section's steps by position; anchors stay as written. */
function numbered(page: PageId, section: SectionId, drafts: StepDraft[]): Step[] {
	return drafts.map((draft, index) => ({
		page,
		section,
		number: index + 1,
		anchor: draft.anchor,
		aliases: draft.aliases ?? [],
		template: draft.template,
		sets: draft.sets ?? [],
		saves: draft.saves ?? false,
	}));
}

export const STEPS: readonly Step[] = Object.entries(PAGE_STEPS).flatMap(([page, sections]) =>
	Object.entries(sections).flatMap(([section, drafts]) => numbered(page as PageId, section as SectionId, drafts)),
);

export function stepsOf(page: PageId, section?: SectionId): Step[] {
	return STEPS.filter((s) => s.page === page && (section === undefined || s.section === section));
}

export function sectionsOf(page: PageId): SectionId[] {
	return [...new Set(stepsOf(page).map((s) => s.section))];
}

/** The step an anchor of a page lands on, by its own anchor or by an alias. */
export function stepAt(page: PageId, anchor: string): Step | undefined {
	return STEPS.find((s) => s.page === page && (s.anchor === anchor || s.aliases.includes(anchor)));
}

/** The site path of a step's link, e.g. "/opcao-1/#onvio-7". */
export function stepHref(step: Pick<Step, 'page' | 'anchor'>): SitePath {
	return `/${step.page}/#${step.anchor}`;
}

/**
 * A short pt-BR name for a step link, e.g. "passo 3 da Opção 1 (Tarefas no Domínio Processos)": no comma
 * of its own, so that several read as a list.
 */
export function stepLabel(page: PageId, anchor: string): string {
	const step = stepAt(page, anchor);
	if (!step) throw new Error(`No step ${anchor} on ${page}`);
	return `passo ${step.number} da ${optionOfPage(page).name} (${SECTIONS[step.section].shortTitle})`;
}

/** The steps that change a setting, across both pages. */
export function stepsSetting(setting: SettingId): Step[] {
	return STEPS.filter((s) => s.sets.some((c) => c.setting === setting));
}
