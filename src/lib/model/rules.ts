/**
 * The notification rules as data: one row per path (event × system × channel) with the checkboxes
 * that must all be on for that path to announce the event. Rows with `requires: null` are paths
 * that never announce the event; they exist so that every path is accounted for (a test checks it).
 * Every row and rule records where it comes from; the rules page shows these sources. The simulator
 * runs on every click in the browser, so this module holds only the table; the pt-BR texts of the
 * rules and their sources are in rule-sources.ts.
 */
import type { SettingId } from '../catalogue/settings.ts';
import type { Channel, EventKind, System } from './config.ts';

export type SourceKind = 'seed' | 'facts' | 'interpretation';

export interface Source {
	/** `seed`: the procedure itself; `facts`: another vendor article; `interpretation`: our reading, to be labelled as such. */
	kind: SourceKind;
	/** The article it rests on, e.g. "Central de Soluções, solução 9100". */
	cite: string;
	/** pt-BR. Seed sentences are quoted verbatim between “ ”; everything else is in our own words. */
	text: string;
}

/**
 * What each source of a rule is. Kept here, beside the table, so that the islands can label the
 * paths that rest on an interpretation without downloading the texts (rule-sources.ts).
 */
export const SOURCE_KINDS = {
	opcao1Gestao: 'seed',
	gestaoGlobal: 'facts',
	manualUpload: 'interpretation',
	publicacaoProcessos: 'interpretation',
	parametroPortal: 'seed',
	tarefaConcluida: 'facts',
	tarefaSemParametro: 'interpretation',
	duplicidade: 'seed',
	veredito: 'seed',
	mecanismoDuplicidade: 'interpretation',
	convencaoCanais: 'interpretation',
	processosSoEmail: 'interpretation',
	conclusaoSoProcessos: 'interpretation',
	uploadSemProcessos: 'interpretation',
} as const satisfies Record<string, SourceKind>;

export type SourceId = keyof typeof SOURCE_KINDS;
export const SOURCE_IDS = Object.keys(SOURCE_KINDS) as SourceId[];

export type RuleId =
	| 'novo-arquivo'
	| 'publicacao-processos'
	| 'tarefa-concluida'
	| 'duplicidade-e-silencio'
	| 'sem-caminho';

export interface Rule {
	id: RuleId;
	number: number;
	/** pt-BR heading. */
	title: string;
	/** pt-BR, one paragraph, for the page that lists the rules. */
	summary: string;
	sources: readonly Source[];
}

/**
 * A checkbox a path needs. `processos.task` / `processos.client` mean the flag of the event's own
 * task / client; a row that needs the task applies only to events that name one.
 */
export type Requirement = SettingId;

export interface RuleRow {
	/** Stable: `${event}/${system}/${channel}`. */
	id: string;
	rule: RuleId;
	event: EventKind;
	system: System;
	channel: Channel;
	/** All must be on for the path to announce the event; null when the path never does. */
	requires: readonly Requirement[] | null;
	/** Where the row comes from; the texts live in rule-sources.ts, out of the islands' bundle. */
	source: SourceId;
}

function row(
	event: EventKind,
	system: System,
	channel: Channel,
	rule: RuleId,
	requires: readonly Requirement[] | null,
	source: SourceId,
): RuleRow {
	return { id: `${event}/${system}/${channel}`, rule, event, system, channel, requires, source };
}

const DOC = 'document-from-dominio';
const TASK = 'task-completed';
const UPLOAD = 'manual-upload';
const PORTAL = 'onvio-portal';
const PROCESSOS = 'dominio-processos';

export const RULE_TABLE: readonly RuleRow[] = [
	// Rule 1: a new file in the portal, announced per enabled ONVIO Gestão channel.
	row(DOC, PORTAL, 'onvio', 'novo-arquivo', ['gestao.onvio'], 'opcao1Gestao'),
	row(DOC, PORTAL, 'push', 'novo-arquivo', ['gestao.push'], 'opcao1Gestao'),
	row(DOC, PORTAL, 'email', 'novo-arquivo', ['gestao.email'], 'opcao1Gestao'),
	row(UPLOAD, PORTAL, 'onvio', 'novo-arquivo', ['gestao.onvio'], 'manualUpload'),
	row(UPLOAD, PORTAL, 'push', 'novo-arquivo', ['gestao.push'], 'manualUpload'),
	row(UPLOAD, PORTAL, 'email', 'novo-arquivo', ['gestao.email'], 'manualUpload'),
	// Rule 2: the document's own e-mail from Domínio Processos.
	row(
		DOC,
		PROCESSOS,
		'email',
		'publicacao-processos',
		['portal.emailOnProcessosPublication', 'processos.task', 'processos.client'],
		'publicacaoProcessos',
	),
	// Rule 3: the task-completion e-mail; the Portal parameter does not gate it.
	row(TASK, PROCESSOS, 'email', 'tarefa-concluida', ['processos.task', 'processos.client'], 'tarefaConcluida'),
	// Paths that never carry a notice.
	row(DOC, PROCESSOS, 'onvio', 'sem-caminho', null, 'processosSoEmail'),
	row(DOC, PROCESSOS, 'push', 'sem-caminho', null, 'processosSoEmail'),
	row(TASK, PROCESSOS, 'onvio', 'sem-caminho', null, 'processosSoEmail'),
	row(TASK, PROCESSOS, 'push', 'sem-caminho', null, 'processosSoEmail'),
	row(TASK, PORTAL, 'onvio', 'sem-caminho', null, 'conclusaoSoProcessos'),
	row(TASK, PORTAL, 'push', 'sem-caminho', null, 'conclusaoSoProcessos'),
	row(TASK, PORTAL, 'email', 'sem-caminho', null, 'conclusaoSoProcessos'),
	row(UPLOAD, PROCESSOS, 'onvio', 'sem-caminho', null, 'uploadSemProcessos'),
	row(UPLOAD, PROCESSOS, 'push', 'sem-caminho', null, 'uploadSemProcessos'),
	row(UPLOAD, PROCESSOS, 'email', 'sem-caminho', null, 'uploadSemProcessos'),
];

export function rowsOfRule(id: RuleId): RuleRow[] {
	return RULE_TABLE.filter((r) => r.rule === id);
}

/** True when the row rests on our interpretation, not on a vendor article. */
export function restsOnInterpretation(row: Pick<RuleRow, 'source'>): boolean {
	return SOURCE_KINDS[row.source] === 'interpretation';
}

const ROWS = new Map(RULE_TABLE.map((r) => [r.id, r]));

/** The row of the table a path (a candidate's `row`) comes from. */
export function ruleRow(id: string): RuleRow {
	const found = ROWS.get(id);
	if (!found) throw new Error(`No rule row "${id}"`);
	return found;
}

/**
 * The first path that can announce this event and rests on an interpretation, if any: what the guide says of the
 * event then depends, in part, on its own reading (documents, through rule 2; uploads, through rule 1).
 */
export function interpretationRowOf(event: EventKind): RuleRow | undefined {
	return RULE_TABLE.find((r) => r.event === event && r.requires !== null && restsOnInterpretation(r));
}

/** True when what the guide says of this event rests, even in part, on an interpretation. */
export function eventRestsOnInterpretation(event: EventKind): boolean {
	return interpretationRowOf(event) !== undefined;
}
