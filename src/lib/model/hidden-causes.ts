/**
 * The causes of a complaint that no checkbox shows, as data with their sources, like the rules: what the
 * diagnosis offers to check when the office's settings do not explain what the client reports. Their pt-BR
 * words are in messages/complaints.ts.
 */
import { COMPLAINTS, complaintHasChannel, settingsExplain, type ComplaintDetails, type ComplaintId, type HiddenCauseId } from './complaints.ts';
import type { SitePath } from '../catalogue/site.ts';
import type { SourceKind } from './rules.ts';
import type { Verdict } from './verdict.ts';

export interface HiddenCause {
	id: HiddenCauseId;
	/**
	 * Where it comes from: the procedure (9100) or another vendor article, with its code; or this guide's
	 * interpretation, which no article states and which is labelled "Interpretação deste guia" instead of a citation.
	 */
	source: { kind: Exclude<SourceKind, 'interpretation'>; codes: readonly [number, ...number[]] } | { kind: 'interpretation' };
	/**
	 * What the agent must have heard for the cause to apply at all: the notice arriving by WhatsApp, or a recent
	 * change to a client's registration (solução 7516 speaks of that change only).
	 */
	onlyWhen?: 'whatsapp' | 'registration-changed';
	/**
	 * Where what to do is done or explained: a page of the site, or a step (or the check) of the recommended
	 * option's page, which the diagnosis knows.
	 */
	link: { path: SitePath } | { onOptionPage: string };
}

/**
 * What the vendor's articles state first, in the order an agent checks them (the cheapest and likeliest first);
 * this guide's interpretations last.
 */
export const HIDDEN_CAUSES: readonly HiddenCause[] = [
	{ id: 'salvar', source: { kind: 'seed', codes: [9100] }, link: { onOptionPage: '' } },
	{ id: 'tarefas-existentes', source: { kind: 'facts', codes: [7516] }, onlyWhen: 'registration-changed', link: { path: '/informacoes-complementares/#cadastro-e-tarefas' } },
	{ id: 'gestao-global', source: { kind: 'facts', codes: [8342] }, link: { path: '/informacoes-complementares/#gestao-global' } },
	{ id: 'cliente-ativo', source: { kind: 'facts', codes: [7516] }, link: { onOptionPage: 'clientes-1' } },
	{ id: 'whatsapp', source: { kind: 'facts', codes: [7516] }, onlyWhen: 'whatsapp', link: { path: '/opcao-1/#tarefas-3' } },
	{ id: 'avisos-anteriores', source: { kind: 'interpretation' }, link: { onOptionPage: 'como-conferir' } },
];

const HEARD: Record<NonNullable<HiddenCause['onlyWhen']>, (complaint: ComplaintId, details: ComplaintDetails) => boolean> = {
	whatsapp: (complaint, details) => complaintHasChannel(complaint) && details.channel === 'whatsapp',
	'registration-changed': (_, details) => details.registrationChanged === true,
};

/** The causes to check when the settings do not explain the complaint, as far as they can apply; none when they do. */
export function hiddenCausesFor(complaint: ComplaintId, verdict: Verdict, details: ComplaintDetails = {}): HiddenCause[] {
	if (settingsExplain(complaint, verdict, details)) return [];
	return HIDDEN_CAUSES.filter(
		(cause) =>
			(COMPLAINTS[complaint].causes as readonly HiddenCauseId[]).includes(cause.id) &&
			(cause.onlyWhen === undefined || HEARD[cause.onlyWhen](complaint, details)),
	);
}

/** The site path of a cause's link, given the recommended option's page. */
export function causeLink(cause: HiddenCause, optionPage: string): SitePath {
	if ('path' in cause.link) return cause.link.path;
	return cause.link.onOptionPage ? `/${optionPage}/#${cause.link.onOptionPage}` : `/${optionPage}/`;
}
