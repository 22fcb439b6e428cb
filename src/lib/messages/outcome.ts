/**
 * The pt-BR sentences of an outcome: the verdict that heads it and the words for kinds of event. The preview
 * loads this file on every procedure page, so it holds nothing else; the diagnosis's words are in diagnosis.ts.
 * Each is a whole sentence with named slots; the logic returns facts and never builds sentences of its own.
 */
import type { Channel, EventKind, System } from '../config.ts';
import { eventRestsOnInterpretation } from '../rules.ts';
import type { Sender } from '../simulate.ts';
import type { Verdict } from '../verdict.ts';

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
export function sendersText(senders: readonly Sender[]): string[] {
	return senders.map(({ system, channels }) => `${SYSTEM_LABELS[system]}: ${joinPt(channels.map((c) => CHANNEL_LABELS[c]))}`);
}


/** Every event of a kind, inside a sentence: "documentos do Sistema Domínio". */
export const EVENTS_OF_KIND: Record<EventKind, string> = {
	'document-from-dominio': 'documentos do Sistema Domínio',
	'task-completed': 'tarefas concluídas',
	'manual-upload': 'arquivos enviados manualmente',
};

/** One event of a kind, at the start of a sentence: "Um mesmo documento do Sistema Domínio". */
const ONE_EVENT: Record<EventKind, string> = {
	'document-from-dominio': 'Um mesmo documento do Sistema Domínio',
	'task-completed': 'Uma mesma tarefa concluída',
	'manual-upload': 'Um mesmo arquivo enviado manualmente',
};

/** Who the verdict is about: the client in view (preview) or every client of the office (diagnosis). */
export type Audience = 'client' | 'office';

/** The verdict's badge: a word or two, shown beside a symbol that colour never replaces. */
export function verdictBadge(verdict: Verdict): string {
	if (verdict.kind === 'one-system') return documentsUnannounced(verdict) ? 'Falta aviso' : 'Um só sistema';
	// Not "Nenhum aviso": the headline beside it says that in a sentence.
	if (verdict.kind === 'none') return 'Nenhum sistema';
	return verdict.duplicated.length > 0 ? 'Duplicado' : 'Dois sistemas';
}

/** The headline of every outcome, in the article's own words where one system talks to the client. */
export function verdictHeadline(verdict: Verdict, audience: Audience): string {
	const system = verdict.systems[0] && SYSTEM_LABELS[verdict.systems[0]];
	// One system that leaves a document unannounced has not done an option: not the article's verdict.
	if (verdict.kind === 'one-system' && documentsUnannounced(verdict))
		return audience === 'client'
			? `Só o ${system} avisa o cliente, mas há documentos do Sistema Domínio sem aviso.`
			: `Só o ${system} avisa os clientes, mas há documentos do Sistema Domínio sem aviso.`;
	if (verdict.kind === 'one-system') return `Toda a comunicação será feita pelo ${system}.`;
	if (verdict.kind === 'none')
		return audience === 'client' ? 'O cliente não recebe nenhum aviso.' : 'Nenhum cliente recebe aviso.';
	return audience === 'client' ? 'O cliente recebe avisos dos dois sistemas.' : 'Os clientes recebem avisos dos dois sistemas.';
}

/**
 * The sentence under the headline: which event comes twice, or which system announces what, or what is not
 * announced under a single system. Undefined where the headline says it all.
 */
export function verdictDetail(verdict: Verdict): string | undefined {
	if (verdict.kind === 'both-systems') {
		const twice = verdict.duplicated[0];
		if (twice) return `${ONE_EVENT[twice]} gera dois avisos: um do ONVIO Portal do Cliente e outro do Domínio Processos.`;
		const [first, second] = verdict.announces;
		return `O ${SYSTEM_LABELS[first!.system]} avisa sobre ${joinPt(first!.kinds.map((k) => EVENTS_OF_KIND[k]))}, e o ${SYSTEM_LABELS[second!.system]}, sobre ${joinPt(second!.kinds.map((k) => EVENTS_OF_KIND[k]))}.`;
	}
	if (verdict.kind === 'one-system' && verdict.silent.length > 0) {
		const unannounced = `Há ${joinPt(verdict.silent.map((k) => EVENTS_OF_KIND[k]))} sem aviso.`;
		// Which events go without notice rests on this guide's reading wherever a path of theirs does.
		return verdict.silent.some(eventRestsOnInterpretation) ? `${unannounced} (Interpretação deste guia.)` : unannounced;
	}
	return undefined;
}


/** On an option's page, what the system that the option silences still announces to a client. */
export function stillAnnounces(entry: Verdict['announces'][number]): string {
	return `O ${SYSTEM_LABELS[entry.system]} ainda avisa sobre ${joinPt(entry.kinds.map((k) => EVENTS_OF_KIND[k]))}.`;
}

/**
 * One event, who announces it and on which channels, for the folded preview:
 * "Documento publicado no Sistema Domínio: ONVIO Portal do Cliente (no ONVIO e por e-mail) e Domínio Processos (por e-mail)."
 */
export function eventLineText(kind: EventKind, senders: readonly Sender[]): string {
	// A document that Domínio Processos announces travels in its task's e-mail (this guide's reading, rule 2).
	const channelsOf = ({ system, channels }: Sender) =>
		kind === 'document-from-dominio' && system === 'dominio-processos'
			? 'no e-mail da tarefa concluída'
			: joinPt(channels.map((c) => CHANNEL_LABELS[c]));
	const each = senders.map((sender) => `${SYSTEM_LABELS[sender.system]} (${channelsOf(sender)})`);
	if (each.length === 0) return `${EVENT_LABELS[kind]}: nenhum aviso.`;
	if (each.length === 1) return `${EVENT_LABELS[kind]}: só o ${each[0]}.`;
	return `${EVENT_LABELS[kind]}: o ${each.join(' e o ')}.`;
}

/** No option means to leave a document of Sistema Domínio unannounced: one system alone is then not done. */
export function documentsUnannounced(verdict: Verdict): boolean {
	return verdict.silent.includes('document-from-dominio');
}
