/**
 * What the client receives, in words: who announces an event and on which channels, the preview's event line,
 * the simulator's table in one sentence, and what each kind of event brings the client (the diagnosis and the
 * ticket summary). Each is a whole sentence with named slots; the logic returns facts.
 */
import type { EventKind } from '../model/config.ts';
import { CHANNEL_LABELS, SYSTEM_LABELS, capitalize, countWord, eventLabel, joinPt } from './words.ts';
import type { Sender } from '../model/simulate.ts';

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
 * `task` names the event's task, where the client's other tasks fare otherwise.
 */
export function eventLineText(kind: EventKind, senders: readonly Sender[], task?: string): string {
	const event = eventLabel(kind, task);
	const each = senders.map((sender) => `${SYSTEM_LABELS[sender.system]} (${senderChannels(kind, sender)})`);
	if (each.length === 0) return `${event}: nenhum aviso.`;
	if (each.length === 1) return `${event}: só o ${each[0]}.`;
	return `${event}: o ${each.join(' e o ')}.`;
}

/** The simulator's table in one sentence: how many events come twice, and how many bring no notice. */
export function matrixSummaryText(duplicates: number, silences: number): string {
	// Counts in words (countWord), the first one capitalized: it starts the sentence.
	const duplicatesInWords = capitalize(countWord(duplicates, 'm'));
	if (duplicates === 0 && silences === 0) return 'Nenhum evento com aviso duplicado e nenhum sem aviso.';
	if (silences === 0) return duplicates === 1 ? 'Um evento com aviso duplicado.' : `${duplicatesInWords} eventos com aviso duplicado.`;
	if (duplicates === 0) return silences === 1 ? 'Um evento sem aviso.' : `${capitalize(countWord(silences, 'm'))} eventos sem aviso.`;
	return duplicates === 1
		? `Um evento com aviso duplicado e ${countWord(silences, 'm')} sem aviso.`
		: `${duplicatesInWords} eventos com aviso duplicado e ${countWord(silences, 'm')} sem aviso.`;
}

/**
 * What reaches a client for one kind of event, counted as rule 4 counts: a system's channels make one aviso.
 * A document that Domínio Processos announces travels in its task's e-mail, the same e-mail that reports the
 * completion (this guide's reading), so the client never gets two e-mails for one task.
 */
export function receivedText(kind: EventKind, senders: readonly Sender[]): string {
	const portal = senders.find((s) => s.system === 'onvio-portal');
	const processos = senders.some((s) => s.system === 'dominio-processos');
	const channels = portal ? joinPt(portal.channels.map((c) => CHANNEL_LABELS[c])) : '';
	switch (kind) {
		case 'document-from-dominio':
			if (portal && processos)
				return `Documentos do Sistema Domínio: dois avisos, um do ONVIO Portal do Cliente (${channels}) e outro do Domínio Processos, no e-mail da tarefa concluída.`;
			if (portal) return `Documentos do Sistema Domínio: um aviso do ONVIO Portal do Cliente (${channels}).`;
			if (processos) return 'Documentos do Sistema Domínio: um aviso do Domínio Processos, no e-mail da tarefa concluída.';
			return 'Documentos do Sistema Domínio: nenhum aviso.';
		case 'task-completed':
			return processos ? 'Tarefas concluídas: um e-mail do Domínio Processos por tarefa.' : 'Tarefas concluídas: nenhum aviso.';
		case 'manual-upload':
			return portal
				? `Arquivos enviados manualmente: um aviso do ONVIO Portal do Cliente (${channels}).`
				: 'Arquivos enviados manualmente: nenhum aviso.';
	}
}
