/**
 * The vocabulary and the grammar every sentence of the site is written with: the names of channels, systems
 * and events, a label as prose quotes it, "marcada" agreeing in number, lists in pt-BR, and the mark of this
 * guide's reading ("Interpretação deste guia"). One place, so every surface says them the same way.
 */
import { SETTINGS, quote, type SettingId } from '../catalogue/settings.ts';
import type { Channel, EventKind, System } from '../model/config.ts';

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

/**
 * An event named with its task where it has one: "Documento da tarefa X, publicado no Sistema Domínio", "Conclusão
 * da tarefa X no Domínio Processos". No parentheses of its own: a task's name may hold some, as in "(DAS)".
 */
export function eventLabel(kind: EventKind, task: string | undefined): string {
	if (task === undefined || kind === 'manual-upload') return EVENT_LABELS[kind];
	return kind === 'document-from-dominio' ? `Documento da tarefa ${task}, publicado no Sistema Domínio` : `Conclusão da tarefa ${task} no Domínio Processos`;
}

/** pt-BR list: "a, b e c"; pass "; " when the items may hold commas. */
export function joinPt(items: readonly string[], separator = ', '): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(separator)} e ${items[items.length - 1]}`;
}

/** Ends a sentence without doubling the period of a name such as "… Ltda.". */
export function sentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}

/**
 * The label as prose quotes it: exact, except the Portal parameter, whose label is a whole sentence and
 * is cut after its first words (the steps and the settings screens give it in full).
 */
export function labelOf(id: SettingId): string {
	const { label } = SETTINGS[id];
	return id === 'portal.emailOnProcessosPublication' ? quote(`${label.slice(0, label.indexOf(','))}…`) : quote(label);
}

/** "marcada", "desmarcadas": agrees with the number of labels it follows. */
export function stateWord(on: boolean, count = 1): string {
	return `${on ? 'marcada' : 'desmarcada'}${count > 1 ? 's' : ''}`;
}

/** Every event of a kind, as prose about the office: "documentos do Sistema Domínio". */
export const EVENT_ALL: Record<EventKind, string> = {
	'document-from-dominio': 'documentos do Sistema Domínio',
	'task-completed': 'tarefas concluídas',
	'manual-upload': 'arquivos enviados manualmente',
};

/** Counts up to ten in words, as a careful writer does: "duas mudanças", "um problema". */
const FEMININE = ['nenhuma', 'uma', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'];
const MASCULINE = ['nenhum', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'];
export function countWord(n: number, gender: 'f' | 'm'): string {
	return (gender === 'f' ? FEMININE : MASCULINE)[n] ?? String(n);
}

/** A phrase written to stand inside a sentence, placed at its start: "cada documento" → "Cada documento". */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Marked once per block: each statement that rests on an interpretation ends with INTERPRETATION_MARK, and the
 * block says once what the mark means.
 */
export const INTERPRETATION_MARK = '*';
export const INTERPRETATION_LABEL = 'Interpretação deste guia';
export const INTERPRETATION_NOTE = `${INTERPRETATION_LABEL}: nenhum artigo do fabricante trata disso diretamente.`;

/** A statement, followed by the mark when it rests on an interpretation. */
export function labelled(text: string, interpretation: boolean, mark = INTERPRETATION_MARK): string {
	return interpretation ? `${text} ${mark}` : text;
}
