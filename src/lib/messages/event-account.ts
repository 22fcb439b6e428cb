/**
 * One event's account, in the open preview and the static tables: its status, the "Por quê?" of each notice and
 * the name of each setting it depends on. Whole sentences with named slots, filled from the logic's facts.
 */
import { quote, type EntityScope } from '../catalogue/settings.ts';
import type { Channel, EventKind, System } from '../model/config.ts';
import { CHANNEL_LABELS, SYSTEM_LABELS, eventLabel, joinPt, sentence } from './words.ts';

/** One event's outcome: duplicated, announced by no system, or by one. */
export type OutcomeStatus = 'duplicate' | 'silent' | 'single';

/** Each status's badge, and the sentence that says it for the event in view. */
export const STATUS_TEXTS: Record<OutcomeStatus, { badge: string; text: (system: string) => string }> = {
	duplicate: { badge: 'Duplicado', text: () => 'Os dois sistemas avisam o cliente.' },
	silent: { badge: 'Nenhum aviso', text: () => 'O cliente não é avisado.' },
	single: { badge: 'Um só sistema', text: (system) => `Só o ${system} avisa o cliente.` },
};

/** The facts a setting's name is made of. */
export interface SettingFacts {
	label: string;
	product: string;
	/** True where an article states that the setting holds for every client (solução 8342). */
	global: boolean;
	target?: { scope: EntityScope; name: string } | undefined;
}

/**
 * A setting as a change names it: "'Notificar cliente' da tarefa X no Domínio Processos". No commas of its own:
 * the Portal's label has one, and several are listed with "; ".
 */
export function settingText(setting: SettingFacts): string {
	const label = quote(setting.label);
	if (setting.target) return `${label} ${setting.target.scope === 'per-task' ? 'da tarefa' : 'do cliente'} ${setting.target.name} no ${setting.product}`;
	return setting.global ? `${label} do ${setting.product} (vale para todos os clientes)` : `${label} do ${setting.product}`;
}

/** A setting where the reader finds it: "'Notificar cliente' na tarefa X", "'Notificações no ONVIO' no ONVIO Gestão". */
function whereItIs(setting: SettingFacts): string {
	const label = quote(setting.label);
	if (setting.target?.scope === 'per-task') return `${label} na tarefa ${setting.target.name}`;
	if (setting.target?.scope === 'per-client') return `${label} no cadastro do cliente ${setting.target.name}`;
	return setting.global ? `${label} no ${setting.product} (vale para todos os clientes)` : `${label} no ${setting.product}`;
}

/** The "Por quê?" of one notice: who sends it or not, on which channel, and the boxes that decide it. */
export function candidateWhy(facts: { system: System; channel: Channel; delivered: boolean; settings: readonly SettingFacts[] }): string {
	const who = `O ${SYSTEM_LABELS[facts.system]} ${facts.delivered ? 'avisa' : 'não avisa'} ${CHANNEL_LABELS[facts.channel]}`;
	const where = facts.settings.map(whereItIs);
	const state = facts.delivered ? 'marcada' : 'desmarcada';
	if (where.length === 1) return sentence(`${who} porque ${where[0]!.replace(/^('[^']*')/, `$1 está ${state}`)}`);
	return sentence(`${who} porque estão ${state}s ${joinPt(where, '; ')}`);
}

/** One event of the sample: "Documento da tarefa X, publicado no Sistema Domínio, para o cliente Y". */
export function eventText(facts: { kind: EventKind; task?: string | undefined; client: string }): string {
	return `${eventLabel(facts.kind, facts.task)}, para o cliente ${facts.client}`;
}

/** A notice's line: "ONVIO Portal do Cliente, via push". */
export function noticeLabel(system: System, channel: Channel): string {
	return `${SYSTEM_LABELS[system]}, ${CHANNEL_LABELS[channel]}`;
}
