/**
 * The office, in words that hold for all of its clients and tasks rather than for the sample's names.
 * The sample stands for the office: a per-task flag marked on every sample task reads "todas", on
 * none "nenhuma", on some "algumas"; the same for the per-client flag. The diagnosis and the ticket
 * summary state settings, causes and changes with these helpers, so they read the same everywhere.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import {
	GESTAO_CHANNEL_SETTINGS,
	PRODUCTS,
	SETTINGS,
	entityScopeOf,
	quote,
	type EntityScope,
	type EntitySettingId,
	type GlobalSettingId,
	type ProductId,
	type Scope,
	type SettingId,
} from '../catalogue/settings.ts';
import { coverageOf, getSetting, type Config, type Coverage, type SampleLike } from '../model/config.ts';
import { joinPt, labelOf, stateWord } from './words.ts';

/** Whose box a setting is, after its label in the rule table: "'Notificar cliente' (da tarefa)". */
const SCOPE_NOTE: Record<Scope, string> = { global: '', 'per-task': ' (da tarefa)', 'per-client': ' (do cliente)' };

/**
 * The boxes a rule table row requires, in one cell; the Portal's parameter, too long for a cell, cut as prose cuts
 * it (rule 2 quotes it in full).
 */
export function requirementsText(requires: readonly SettingId[] | null): string {
	if (requires === null) return 'Nunca avisa';
	const parameter = 'portal.emailOnProcessosPublication';
	const labels = requires.filter((id) => id !== parameter).map((id) => `${quote(SETTINGS[id].label)}${SCOPE_NOTE[SETTINGS[id].scope]}`);
	// Named last, so that the cell opens with a quoted label.
	return joinPt(requires.includes(parameter) ? [...labels, labelOf(parameter)] : labels);
}

export interface OfficeSettingLine {
	product: ProductId;
	/** "ONVIO Gestão". */
	name: string;
	/** pt-BR, e.g. "'Notificações no ONVIO', 'Notificações via push' e 'Notificações por e-mail' marcadas." */
	text: string;
}

/** A per-task or per-client flag across the office: "marcada em todas as tarefas". */
const COVERAGE_TEXT: Record<EntityScope, Record<Coverage, string>> = {
	'per-task': {
		all: 'marcada em todas as tarefas',
		none: 'desmarcada em todas as tarefas',
		some: 'marcada em algumas tarefas e desmarcada nas demais',
	},
	'per-client': {
		all: 'marcada no cadastro de todos os clientes',
		none: 'desmarcada no cadastro de todos os clientes',
		some: 'marcada no cadastro de alguns clientes e desmarcada nos demais',
	},
};

/** Labels that share a state, each group followed by that state: "“A” desmarcada; “B” e “C” marcadas". */
function groupedStates(entries: readonly { id: SettingId; on: boolean }[]): string {
	const groups: { on: boolean; ids: SettingId[] }[] = [];
	for (const { id, on } of entries) {
		const group = groups.find((g) => g.on === on);
		if (group) group.ids.push(id);
		else groups.push({ on, ids: [id] });
	}
	return groups.map((g) => `${joinPt(g.ids.map(labelOf))} ${stateWord(g.on, g.ids.length)}`).join('; ');
}

/** The office's current settings, one line per product, every checkbox marcada or desmarcada. */
export function officeSettings(config: Config, sample: SampleLike = SAMPLE): OfficeSettingLine[] {
	const line = (product: ProductId, text: string): OfficeSettingLine => ({ product, name: PRODUCTS[product].name, text: `${text}.` });
	const state = (id: GlobalSettingId) => ({ id, on: getSetting(config, { id }) });
	const perEntity = (id: EntitySettingId) => `${quote(SETTINGS[id].label)} ${COVERAGE_TEXT[entityScopeOf(id)][coverageOf(config, id, sample)]}`;
	return [
		line('onvio-gestao', groupedStates(GESTAO_CHANNEL_SETTINGS.map(state))),
		line('portal-do-cliente', groupedStates([state('portal.emailOnProcessosPublication')])),
		line('dominio-processos', `${perEntity('processos.task')}; ${perEntity('processos.client')}`),
	];
}

/**
 * Global checkboxes in one state, by product: "'Notificações no ONVIO' e 'Notificações via push' estão
 * desmarcadas no ONVIO Gestão".
 */
export function globalStatesText(ids: readonly GlobalSettingId[], on: boolean): string {
	const products = [...new Set(ids.map((id) => SETTINGS[id].product))];
	return joinPt(
		products.map((product) => {
			const labels = ids.filter((id) => SETTINGS[id].product === product).map(labelOf);
			return `${joinPt(labels)} ${labels.length > 1 ? 'estão' : 'está'} ${stateWord(on, labels.length)} no ${PRODUCTS[product].name}`;
		}),
	);
}

/**
 * What a per-entity flag looks like across the office, for a reason, in the words of the office's settings:
 * "'Notificar Cliente' está desmarcada no cadastro de todos os clientes".
 */
export function entityStateText(id: EntitySettingId, coverage: Coverage): string {
	return `${quote(SETTINGS[id].label)} está ${COVERAGE_TEXT[entityScopeOf(id)][coverage]}`;
}
