/**
 * What a client reports, and what in the office's verdict accounts for it. A support agent holds the complaint
 * before the settings: the diagnosis starts from it, and the diagnosis link carries it. The causes that no
 * checkbox shows are in hidden-causes.ts; the pt-BR words of both, in messages/diagnosis.ts.
 */
import type { Verdict } from './verdict.ts';

export type ComplaintId = 'duplicado' | 'indesejado' | 'nenhum' | 'conferir';

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

/** The complaints that speak of a notice the client receives, and so of where it arrives. */
export function complaintHasChannel(complaint: ComplaintId): boolean {
	return complaint === 'duplicado' || complaint === 'indesejado';
}

/** In the order the diagnosis offers them; `conferir` (no complaint, a check) is the default. */
export const COMPLAINT_IDS = ['duplicado', 'indesejado', 'nenhum', 'conferir'] as const satisfies readonly ComplaintId[];
export const DEFAULT_COMPLAINT: ComplaintId = 'conferir';

/**
 * What the office's verdict must show for its settings to explain the complaint:
 * - both-systems: the clients hear from both systems (the same event or not);
 * - silent-documents: some document of Sistema Domínio reaches a client through no channel;
 * - null: a check, which any configuration answers.
 */
export type Evidence = 'both-systems' | 'silent-documents';

export const COMPLAINT_EVIDENCE: Record<ComplaintId, Evidence | null> = {
	// Two systems that announce around the same document (its publication, its task's completion) read as a
	// duplicate to a client, even where no single event comes twice.
	duplicado: 'both-systems',
	indesejado: 'both-systems',
	nenhum: 'silent-documents',
	conferir: null,
};

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
	const evidence = COMPLAINT_EVIDENCE[complaint];
	return evidence === null || EVIDENCE[evidence](verdict);
}
