/**
 * The pt-BR words of an outcome: channels, systems, kinds of event and the preview's event line. The preview
 * loads this file on every procedure page, so it holds nothing else; the situations' words are in situation.ts,
 * the diagnosis's in diagnosis.ts.
 * Each is a whole sentence with named slots; the logic returns facts and never builds sentences of its own.
 */
import type { Channel, EventKind, System } from '../model/config.ts';
import type { Sender } from '../model/simulate.ts';

export const CHANNEL_LABELS: Record<Channel, string> = {
	onvio: 'no ONVIO',
	push: 'via push',
	email: 'por e-mail',
};

export const SYSTEM_LABELS: Record<System, string> = {
	'onvio-portal': 'ONVIO Portal do Cliente',
	'dominio-processos': 'Domínio Processos',
};

export const EVENT_LABELS: Record<EventKind, string> = {
	'document-from-dominio': 'Documento publicado no Sistema Domínio',
	'task-completed': 'Tarefa concluída no Domínio Processos',
	'manual-upload': 'Arquivo enviado manualmente por um funcionário',
};

/** pt-BR list: "a, b e c"; pass "; " when the items may hold commas. */
export function joinPt(items: readonly string[], separator = ', '): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(separator)} e ${items[items.length - 1]}`;
}

/** Ends a sentence without doubling the period of a name such as "… Ltda.". */
export function sentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}

/** The deliveries of one event by sender: "ONVIO Portal do Cliente: no ONVIO, via push e por e-mail". */
export function sendersText(kind: EventKind, senders: readonly Sender[]): string[] {
	return senders.map((sender) => `${SYSTEM_LABELS[sender.system]}: ${senderChannels(kind, sender)}`);
}

/**
 * How a sender reaches the client with one kind of event: its channels, or, for a document that Domínio
 * Processos announces, the task's e-mail it travels in (this guide's reading, rule 2).
 */
function senderChannels(kind: EventKind, { system, channels }: Sender): string {
	return kind === 'document-from-dominio' && system === 'dominio-processos'
		? 'no e-mail da tarefa concluída'
		: joinPt(channels.map((c) => CHANNEL_LABELS[c]));
}


/**
 * One event, who announces it and on which channels, for the folded preview:
 * "Documento publicado no Sistema Domínio: ONVIO Portal do Cliente (no ONVIO e por e-mail) e Domínio Processos (por e-mail)."
 */
export function eventLineText(kind: EventKind, senders: readonly Sender[]): string {
	const each = senders.map((sender) => `${SYSTEM_LABELS[sender.system]} (${senderChannels(kind, sender)})`);
	if (each.length === 0) return `${EVENT_LABELS[kind]}: nenhum aviso.`;
	if (each.length === 1) return `${EVENT_LABELS[kind]}: só o ${each[0]}.`;
	return `${EVENT_LABELS[kind]}: o ${each.join(' e o ')}.`;
}

/** The simulator's table in one sentence: how many events come twice, and how many bring no notice. */
export function matrixSummaryText(duplicates: number, silences: number): string {
	if (duplicates === 0 && silences === 0) return 'Nenhum evento com aviso duplicado e nenhum sem aviso.';
	if (silences === 0) return duplicates === 1 ? '1 evento com aviso duplicado.' : `${duplicates} eventos com aviso duplicado.`;
	if (duplicates === 0) return silences === 1 ? '1 evento sem aviso.' : `${silences} eventos sem aviso.`;
	return duplicates === 1
		? `1 evento com aviso duplicado e ${silences} sem aviso.`
		: `${duplicates} eventos com aviso duplicado e ${silences} sem aviso.`;
}
