/**
 * The diagnosis of an office, as the diagnosis page and the ticket summary state it: its findings, the changes,
 * the recommendation and the citations. Whole sentences with named slots, filled from facts.
 */
import {
	SCREENS,
	SETTINGS,
	entityScopeOf,
	isEntitySetting,
	quote,
	type EntityScope,
	type EntitySettingId,
	type GlobalSettingId,
	type SettingId,
} from '../catalogue/settings.ts';
import type { Coverage, EventKind, System } from '../model/config.ts';
import type { Sender } from '../model/simulate.ts';
import { entityStateText, globalStatesText } from './office.ts';
import { CHANNEL_LABELS, EVENT_ALL, capitalize, countWord, joinPt, labelOf, sentence } from './words.ts';

/** "Central de Soluções, solução 9100", or "…, soluções 7516 e 12304" for several articles. */
export function cite(...codes: [number, ...number[]]): string {
	const list = codes.length === 1 ? `solução ${codes[0]}` : `soluções ${codes.slice(0, -1).join(', ')} e ${codes[codes.length - 1]}`;
	return `Central de Soluções, ${list}`;
}

/** "solução 7516", where the summary has already said which help center it speaks of. */
export function citeShort(...codes: [number, ...number[]]): string {
	return cite(...codes).replace('Central de Soluções, ', '');
}

/** How many changes an option takes, where the per-client and per-task ones depend on the office. */
export interface Cost {
	/** Changes to the settings that hold for the whole office. */
	global: number;
	/** The per-client or per-task flags the option changes, and to which value. */
	perEntity: { setting: EntitySettingId; to: boolean }[];
}

function changesCount(n: number): string {
	return `${countWord(n, 'f')} ${n === 1 ? 'mudança' : 'mudanças'}`;
}

function perEntityPhrase({ setting, to }: Cost['perEntity'][number]): string {
	const label = quote(SETTINGS[setting].label);
	if (entityScopeOf(setting) === 'per-client') return to ? 'no cadastro de cada cliente que deve ser avisado' : `no cadastro de cada cliente com ${label} marcada`;
	return to ? 'em cada tarefa que deve avisar o cliente' : `em cada tarefa com ${label} marcada`;
}

/**
 * "duas mudanças", "uma mudança, mais uma em cada cliente com 'Notificar Cliente' marcada", "uma mudança em cada
 * tarefa que deve avisar o cliente e outra em cada cliente que deve ser avisado".
 */
function costText(cost: Cost): string {
	const where = cost.perEntity.map(perEntityPhrase).join(' e outra ');
	if (cost.perEntity.length === 0) return changesCount(cost.global);
	return cost.global === 0 ? `uma mudança ${where}` : `${changesCount(cost.global)}, mais uma ${where}`;
}

/** The diagnosis's headline, by what it found. */
export function diagnosisSummary(facts: {
	option: string;
	problems: number;
	cost: Cost;
	ok: boolean;
	explained: boolean;
}): string {
	const { option, problems, cost, ok, explained } = facts;
	if (ok) return `Nada a mudar: a configuração já segue a ${option}.`;
	if (cost.global + cost.perEntity.length === 0)
		return `A configuração já segue a ${option}, mas não explica a queixa do cliente. Confira as causas abaixo.`;
	// The verb agrees with the count it comes before: "falta uma mudança, mais uma…", "faltam duas mudanças".
	const missing = `${cost.global > 1 ? 'faltam' : 'falta'} ${costText(cost)}`;
	const found = problems === 1 ? 'Um problema encontrado. A' : `${capitalize(countWord(problems, 'm'))} problemas encontrados. A`;
	const resolves = problems === 1 ? 'o resolve' : 'os resolve';
	const summary =
		problems === 0
			? `Nenhum problema na configuração atual. Para seguir a ${option}, ${missing}.`
			: `${found} ${option} ${resolves} com ${costText(cost)}.`;
	return explained ? summary : `${summary} A configuração não explica a queixa do cliente. Confira também as causas abaixo.`;
}

/**
 * Why the recommended option: first what it changes for the client (who talks to the client, in the article's
 * verdict), then how near it is, counted per client and per task where they count. The article asks the office to choose by
 * its workflow and its communication preferences: the count only says which option is nearer.
 */
export function diagnosisReason(facts: {
	option: string;
	verdict: string;
	cost: Cost;
	other: string;
	otherCost: Cost;
	ok: boolean;
}): string {
	if (facts.ok) return `A configuração já segue a ${facts.option}.`;
	if (facts.cost.global + facts.cost.perEntity.length === 0)
		return `A configuração já segue a ${facts.option}; a ${facts.other} exigiria ${costText(facts.otherCost)}.`;
	return `${facts.verdict} É a mais próxima da configuração atual: exige ${costText(facts.cost)}; a ${facts.other} exigiria ${costText(facts.otherCost)}.`;
}

/**
 * Beside the recommendation: the other option, by what it changes for the client, and the article's criterion for
 * the choice (solução 9100, Informações complementares) in its own words.
 */
export function otherOptionText(other: string, gist: string): string {
	return `A outra é a ${other}. ${gist} Como diz o artigo: “A escolha entre as opções deve considerar o fluxo de trabalho e as preferências de comunicação do seu escritório.” (${cite(9100)})`;
}

/**
 * The diagnosis's finding for an office halfway to an option, with no document twice, by the system that the
 * nearest option silences and that still talks.
 */
export const TWO_SYSTEMS_FINDING: Record<System, string> = {
	'dominio-processos':
		'A configuração não segue nenhuma das opções por completo: o Domínio Processos ainda envia o e-mail das tarefas concluídas.',
	'onvio-portal':
		'A configuração não segue nenhuma das opções por completo: o ONVIO Portal do Cliente ainda avisa sobre os documentos.',
};

/**
 * The same document reaches the clients twice: "Cada documento do Sistema Domínio chega duas vezes: uma pelo ONVIO
 * Portal do Cliente (…) e outra pelo Domínio Processos, no e-mail da tarefa concluída." Only a document can come
 * twice, and only where the Domínio Processos flags are marked: where some clients or tasks have theirs unmarked,
 * the sentence says whose documents come twice.
 */
export function duplicateFinding(facts: { senders: readonly Sender[]; clients: Coverage; tasks: Coverage }): string {
	const portal = facts.senders.find((sender) => sender.system === 'onvio-portal');
	const twice = `uma pelo ONVIO Portal do Cliente (${joinPt((portal?.channels ?? []).map((c) => CHANNEL_LABELS[c]))}) e outra pelo Domínio Processos, no e-mail da tarefa concluída`;
	const client = labelOf('processos.client');
	const task = labelOf('processos.task');
	const someClients = facts.clients !== 'all';
	const someTasks = facts.tasks !== 'all';
	if (someClients && someTasks)
		return `Os clientes com ${client} marcada no cadastro recebem duas vezes cada documento que o Sistema Domínio publica nas tarefas com ${task} marcada: ${twice}.`;
	if (someClients) return `Os clientes com ${client} marcada no cadastro recebem duas vezes cada documento do Sistema Domínio: ${twice}.`;
	if (someTasks) return `Cada documento que o Sistema Domínio publica nas tarefas com ${task} marcada chega duas vezes: ${twice}.`;
	return `Cada documento do Sistema Domínio chega duas vezes: ${twice}.`;
}

/** Why an event reaches the clients through no channel, by what kind of silence it is. */
export function silenceFinding(facts: {
	category: 'problem' | 'expected' | 'choice' | 'caveat';
	settings: readonly SettingId[];
	kinds: readonly EventKind[];
	/** The nearest option's name, e.g. "Opção 1". */
	option: string;
	/** How many tasks or clients have a per-task or per-client flag marked. */
	coverage: (id: EntitySettingId) => Coverage;
}): string {
	const { category, settings, kinds, option, coverage } = facts;
	const events = joinOr(kinds.map((k) => `de ${EVENT_ALL[k]}`));
	const globals = settings.filter((id): id is GlobalSettingId => !isEntitySetting(id));
	const entities = settings.filter(isEntitySetting);
	switch (category) {
		case 'expected':
			return kinds.length === 1 && kinds[0] === 'task-completed'
				? `Como prevê a ${option}, nenhuma tarefa concluída é notificada aos clientes.`
				: `Como prevê a ${option}, nenhum aviso ${events} chega aos clientes.`;
		case 'caveat': {
			const item = SCREENS['gestao-notificacoes'].parts.item!.at(-1)!;
			return `Nenhum aviso ${events} chega aos clientes: a ${option} desativa as notificações do item ${quote(item)}, que, a julgar pelo nome, também abrange esses arquivos (o artigo só fala dos documentos que vêm do Sistema Domínio).`;
		}
		case 'choice':
			return `${entitiesSentence(entities, kinds)} Na ${option}, cabe ao escritório definir quais tarefas e clientes receberão as notificações.`;
		case 'problem': {
			if (globals.length === 0) return entitiesSentence(entities, kinds);
			const reasons = [globalStatesText(globals, false), ...entities.map((id) => entityStateText(id, coverage(id)))];
			return `Nenhum aviso ${events} chega aos clientes: ${joinPt(reasons)}.`;
		}
	}
}

/** What the kinds of event are called after "avisos": "de documentos do Sistema Domínio nem de tarefas concluídas". */
function kindsNeither(kinds: readonly EventKind[]): string {
	return kinds.map((k) => `de ${EVENT_ALL[k]}`).join(' nem ');
}

/**
 * Who the per-client and per-task flags leave without notice, as one whole sentence: "Os clientes com 'Notificar
 * Cliente' desmarcada não recebem avisos de tarefas concluídas."
 */
function entitiesSentence(entities: readonly EntitySettingId[], kinds: readonly EventKind[]): string {
	const client = quote(SETTINGS['processos.client'].label);
	const task = quote(SETTINGS['processos.task'].label);
	const of = kindsNeither(kinds);
	if (entities.includes('processos.client') && entities.includes('processos.task'))
		return `Os clientes com ${client} desmarcada não recebem avisos ${of}, e as tarefas com ${task} desmarcada não geram esses avisos.`;
	if (entities.includes('processos.task')) return `As tarefas com ${task} desmarcada não geram avisos ${of}.`;
	return `Os clientes com ${client} desmarcada não recebem avisos ${of}.`;
}

/** pt-BR list with "ou": "a, b ou c". */
function joinOr(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

/** One change to make: "Desmarque 'Notificações via push' do ONVIO Gestão (vale para todos os clientes)." */
export function changeText(to: boolean, setting: string): string {
	return sentence(`${to ? 'Marque' : 'Desmarque'} ${setting}`);
}

/** Where a per-task or per-client step is done: on which tasks or clients. */
export const STEP_SCOPES: Record<EntityScope, { mark: string; all: string; some: string }> = {
	'per-client': { mark: 'marque nos clientes que devem ser avisados', all: 'em todos os clientes', some: 'nos clientes em que ainda está marcada' },
	'per-task': { mark: 'marque nas tarefas que devem avisar o cliente', all: 'em todas as tarefas', some: 'nas tarefas em que ainda está marcada' },
};

/** Which of a step's boxes are wrong today: "hoje, só 'Notificações via push' está marcada". */
export function currentStateNote(labels: readonly string[], state: string): string {
	return `hoje, só ${joinPt(labels)} ${labels.length > 1 ? 'estão' : 'está'} ${state}`;
}

/** The recommendation and its one reason: "Opção 1. Exige 3 mudanças; a Opção 2 exigiria …". */
export function recommendationText(facts: { option: string; ok: boolean; changes: number; reason: string }): string {
	if (facts.ok) return `Nada a mudar. ${facts.reason}`;
	if (facts.changes === 0) return `Manter a ${facts.option} e conferir as causas acima.`;
	return `${facts.option}. ${facts.reason}`;
}
