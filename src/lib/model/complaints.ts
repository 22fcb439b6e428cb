/**
 * What a client reports, and what in the office's verdict accounts for it. A support agent holds the complaint
 * before the settings: the diagnosis starts from it, and the diagnosis link carries it. The causes that no
 * checkbox shows are in hidden-causes.ts; the pt-BR words of both, in messages/complaints.ts.
 *
 * A new complaint is one entry of COMPLAINTS (with its words in messages/complaints.ts): the diagnosis, its link
 * and the summary read the table. Only a new kind of evidence needs code, in EVIDENCE.
 */
import type { Verdict } from './verdict.ts';

/** Where the client says the repeated or unwanted notice arrives; WhatsApp is beyond what this guide simulates. */
export type ReportedChannel = 'email' | 'onvio' | 'push' | 'whatsapp';
export const REPORTED_CHANNELS = ['email', 'onvio', 'push', 'whatsapp'] as const satisfies readonly ReportedChannel[];

/** What the agent hears besides the complaint itself; each part travels in the diagnosis link. */
export interface ComplaintDetails {
	/** Where the notice arrives, for a repeated or unwanted one. */
	channel?: ReportedChannel | undefined;
	/** True when the office changed a client's registration in Domínio Processos recently (solução 7516). */
	registrationChanged?: boolean | undefined;
}

/**
 * What the office's verdict must show for its settings to explain a complaint:
 * - both-systems: the clients hear from both systems (the same event or not);
 * - silent-documents: some document of Sistema Domínio reaches a client through no channel.
 */
type Evidence = 'both-systems' | 'silent-documents';

/** The causes no checkbox shows (hidden-causes.ts, which holds them with their sources). */
export type HiddenCauseId = 'tarefas-existentes' | 'avisos-anteriores' | 'salvar' | 'gestao-global' | 'cliente-ativo' | 'whatsapp';

export interface Complaint {
	/** What the verdict must show for the settings to explain it; null for a check, which any office answers. */
	evidence: Evidence | null;
	/** True where the client speaks of a notice it receives, and so of where it arrives (ReportedChannel). */
	hasChannel: boolean;
	/**
	 * True where the summary lists the notes too (a chosen silence, an intended one, a caveat): where the client
	 * reports missing notices, and in a check.
	 */
	listsNotes: boolean;
	/** The causes no checkbox shows that can account for it when the settings do not (checked in HIDDEN_CAUSES' order). */
	causes: readonly HiddenCauseId[];
}

/** The complaints, keyed by the id a link carries (`queixa=`), in the order the diagnosis offers them. */
export const COMPLAINTS = {
	// Two systems that announce around the same document (its publication, its task's completion) read as a
	// duplicate to a client, even where no single event comes twice.
	duplicado: {
		evidence: 'both-systems',
		hasChannel: true,
		listsNotes: false,
		causes: ['salvar', 'tarefas-existentes', 'whatsapp', 'avisos-anteriores'],
	},
	indesejado: {
		evidence: 'both-systems',
		hasChannel: true,
		listsNotes: false,
		causes: ['salvar', 'tarefas-existentes', 'gestao-global', 'whatsapp', 'avisos-anteriores'],
	},
	nenhum: {
		evidence: 'silent-documents',
		hasChannel: false,
		listsNotes: true,
		causes: ['salvar', 'tarefas-existentes', 'gestao-global', 'cliente-ativo'],
	},
	conferir: { evidence: null, hasChannel: false, listsNotes: true, causes: [] },
} as const satisfies Record<string, Complaint>;

export type ComplaintId = keyof typeof COMPLAINTS;
export const COMPLAINT_IDS = Object.keys(COMPLAINTS) as ComplaintId[];
/** No complaint: a check of the settings. */
export const DEFAULT_COMPLAINT: ComplaintId = 'conferir';

/** The complaints that speak of a notice the client receives, and so of where it arrives. */
export function complaintHasChannel(complaint: ComplaintId): boolean {
	return COMPLAINTS[complaint].hasChannel;
}

const EVIDENCE: Record<Evidence, (verdict: Verdict) => boolean> = {
	'both-systems': (verdict) => verdict.kind === 'both-systems',
	'silent-documents': (verdict) => verdict.silent.includes('document-from-dominio'),
};

/**
 * True when the office's settings account for what the client reports. A notice that arrives by WhatsApp never
 * is: this guide does not simulate that option (solução 7516 names it).
 */
export function settingsExplain(complaint: ComplaintId, verdict: Verdict, details: ComplaintDetails = {}): boolean {
	if (complaintHasChannel(complaint) && details.channel === 'whatsapp') return false;
	const { evidence } = COMPLAINTS[complaint];
	return evidence === null || EVIDENCE[evidence](verdict);
}
