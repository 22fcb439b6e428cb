/**
 * The catalogue of the products, screens and checkboxes that the procedure talks about.
 * Labels are quoted exactly as the products show them (source: Central de Soluções, solução 9100).
 * Everything the site says about a setting — step text, island checkboxes, explanations, URL keys —
 * is read from here, so no two places can disagree.
 */

/**
 * Product labels are quoted one way everywhere, in the logic's texts, the components and the pages: as the
 * vendor's article quotes them, between straight single quotes, e.g. 'Notificar Cliente'. Quoted sentences
 * take the Brazilian double quotes, “…”.
 */
export function quote(label: string): string {
	return `'${label}'`;
}

export type ProductId = 'onvio-gestao' | 'portal-do-cliente' | 'dominio-processos';

export const PRODUCTS: Record<ProductId, { name: string }> = {
	'onvio-gestao': { name: 'ONVIO Gestão' },
	'portal-do-cliente': { name: 'ONVIO Portal do Cliente' },
	'dominio-processos': { name: 'Domínio Processos' },
};

export type ScreenId =
	| 'gestao-notificacoes'
	| 'portal-parametros'
	| 'processos-tarefas'
	| 'processos-clientes';

export interface Screen {
	product: ProductId;
	/** Named pieces of the way to the screen, each a list of UI labels shown joined by " > ". */
	parts: Record<string, readonly string[]>;
	/** The parts that, in order, lead from the product's menu to the screen's checkboxes. */
	wayToCheckboxes: readonly string[];
}

export const SCREENS: Record<ScreenId, Screen> = {
	'gestao-notificacoes': {
		product: 'onvio-gestao',
		parts: {
			menu: ['Configuração', 'Notificações'],
			tab: ['Texto'],
			language: ['Português (Brasil)'],
			item: ['Documentos', 'Funcionário Adiciona Novo Arquivo'],
		},
		wayToCheckboxes: ['menu', 'tab', 'language', 'item'],
	},
	'portal-parametros': {
		product: 'portal-do-cliente',
		parts: {
			menu: ['Configurações', 'Parâmetros'],
			productMenu: ['ONVIO Portal do Cliente', 'Configurações', 'Parâmetros'],
		},
		wayToCheckboxes: ['menu'],
	},
	'processos-tarefas': {
		product: 'dominio-processos',
		parts: {
			menu: ['Configure', 'Tarefas Recorrentes', 'Gerenciar'],
			tab: ['Detalhes'],
		},
		wayToCheckboxes: ['menu', 'tab'],
	},
	'processos-clientes': {
		product: 'dominio-processos',
		parts: {
			menu: ['Configure', 'Clientes', 'Gerenciar'],
			tab: ['Detalhes'],
		},
		wayToCheckboxes: ['menu', 'tab'],
	},
};

/** The full way to a screen's checkboxes, from the product's menu, e.g. ['Configure', 'Clientes', 'Gerenciar', 'Detalhes']. */
function wayTo(screen: ScreenId): readonly string[] {
	const { parts, wayToCheckboxes } = SCREENS[screen];
	return wayToCheckboxes.flatMap((part) => parts[part] ?? []);
}

/** Who a setting applies to: every client of the office, one recurring task, or one client. */
export type Scope = 'global' | 'per-task' | 'per-client';
/** The scopes whose setting is one box per task or per client. */
export type EntityScope = Exclude<Scope, 'global'>;
/**
 * Where the tasks or clients of an entity scope are listed, in the sample office and in a configuration
 * alike (`sample.tasks`, `config.processos.tasks`).
 */
export const ENTITY_LIST = { 'per-task': 'tasks', 'per-client': 'clients' } as const satisfies Record<EntityScope, string>;

export type SettingId =
	| 'gestao.onvio'
	| 'gestao.push'
	| 'gestao.email'
	| 'portal.emailOnProcessosPublication'
	| 'processos.task'
	| 'processos.client';

export interface Setting {
	id: SettingId;
	product: ProductId;
	screen: ScreenId;
	/** The checkbox label exactly as the product shows it. */
	label: string;
	/** The full way to the checkbox, from the product's menu to the tab that holds it (from its screen). */
	menuPath: readonly string[];
	scope: Scope;
	/**
	 * The article that states the scope, where one does: ONVIO Gestão's is global (solução 8342). The Portal's
	 * parameter is modelled as one box for the office, but no source says so, so the site does not claim it.
	 */
	scopeStatedIn?: number;
	/**
	 * The query-string key of this setting in shareable links. Locked by a test:
	 * links pasted into tickets must keep opening for years.
	 * Per-task and per-client settings append ".<sample id>".
	 */
	urlKey: string;
}

type SettingEntry = Omit<Setting, 'menuPath'>;

const ENTRIES = {
	'gestao.onvio': {
		id: 'gestao.onvio',
		product: 'onvio-gestao',
		screen: 'gestao-notificacoes',
		label: 'Notificações no ONVIO',
		scope: 'global',
		scopeStatedIn: 8342,
		urlKey: 'onvio',
	},
	'gestao.push': {
		id: 'gestao.push',
		product: 'onvio-gestao',
		screen: 'gestao-notificacoes',
		label: 'Notificações via push',
		scope: 'global',
		scopeStatedIn: 8342,
		urlKey: 'push',
	},
	'gestao.email': {
		id: 'gestao.email',
		product: 'onvio-gestao',
		screen: 'gestao-notificacoes',
		label: 'Notificações por e-mail',
		scope: 'global',
		scopeStatedIn: 8342,
		urlKey: 'email',
	},
	'portal.emailOnProcessosPublication': {
		id: 'portal.emailOnProcessosPublication',
		product: 'portal-do-cliente',
		screen: 'portal-parametros',
		label:
			'Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos',
		scope: 'global',
		urlKey: 'aviso',
	},
	'processos.task': {
		id: 'processos.task',
		product: 'dominio-processos',
		screen: 'processos-tarefas',
		// The seed's label; newer screens say 'Notificar cliente via e-mail' (solução 7516).
		label: 'Notificar cliente',
		scope: 'per-task',
		urlKey: 'tarefa',
	},
	'processos.client': {
		id: 'processos.client',
		product: 'dominio-processos',
		screen: 'processos-clientes',
		label: 'Notificar Cliente',
		scope: 'per-client',
		urlKey: 'cliente',
	},
} as const satisfies Record<SettingId, SettingEntry>;

export const SETTINGS = Object.fromEntries(
	Object.values(ENTRIES).map((entry) => [entry.id, { ...entry, menuPath: wayTo(entry.screen) }]),
) as Record<SettingId, Setting>;

export const SETTING_IDS = Object.keys(SETTINGS) as SettingId[];

/** The settings of a scope, as a type: read from the catalogue's `scope`, never listed again. */
type SettingIdOfScope<S extends Scope> = { [Id in SettingId]: (typeof ENTRIES)[Id]['scope'] extends S ? Id : never }[SettingId];
/** The boxes that hold for the whole office. */
export type GlobalSettingId = SettingIdOfScope<'global'>;
/** The boxes set once per task or once per client. */
export type EntitySettingId = SettingIdOfScope<'per-task' | 'per-client'>;

export function isEntitySetting(id: SettingId): id is EntitySettingId {
	return SETTINGS[id].scope !== 'global';
}

/** The scope of a per-task or per-client setting. */
export function entityScopeOf(id: EntitySettingId): EntityScope {
	return SETTINGS[id].scope as EntityScope;
}

/** The checkboxes of ONVIO Gestão's item, in the order the screen shows them. */
export const GESTAO_CHANNEL_SETTINGS = ['gestao.onvio', 'gestao.push', 'gestao.email'] as const;
