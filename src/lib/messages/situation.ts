/**
 * The name of each situation of the office (model/situation.ts): its badge and its headline for one client (the
 * preview) and for the whole office (the diagnosis and the ticket summary). What a situation means and what to do
 * about it are in situation-details.ts. Whole sentences.
 */
import type { SituationId } from '../model/situation.ts';

/** Who a headline speaks of: the client in view (preview) or every client of the office. */
export type Audience = 'client' | 'office';

interface SituationTexts {
	/** A word or two, beside a symbol that colour never replaces: one scale on every surface. */
	badge: string;
	headline: Record<Audience, string>;
	/** True where the explanation rests on this guide's reading of the articles. */
	interpretation: boolean;
}

const OPTION_1_VERDICT = 'Toda a comunicação será feita pelo Domínio Processos.';
const OPTION_2_VERDICT = 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.';

export const SITUATION_TEXTS: Record<SituationId, SituationTexts> = {
	'nothing-done': {
		badge: 'Duplicado',
		headline: {
			client: 'O cliente recebe o mesmo documento dos dois sistemas.',
			office: 'O mesmo documento chega aos clientes pelos dois sistemas.',
		},
		interpretation: true,
	},
	'gestao-partial': {
		badge: 'Duplicado',
		headline: {
			client: 'O cliente ainda recebe o mesmo documento dos dois sistemas.',
			office: 'O mesmo documento ainda chega aos clientes pelos dois sistemas.',
		},
		interpretation: true,
	},
	'processos-only': {
		badge: 'Um só sistema',
		headline: { client: OPTION_1_VERDICT, office: OPTION_1_VERDICT },
		interpretation: true,
	},
	'nobody-notified': {
		badge: 'Nenhum sistema',
		headline: { client: 'O cliente não recebe avisos.', office: 'Nenhum cliente recebe avisos.' },
		interpretation: false,
	},
	'portal-only': {
		badge: 'Um só sistema',
		headline: { client: OPTION_2_VERDICT, office: OPTION_2_VERDICT },
		interpretation: false,
	},
	'two-systems': {
		badge: 'Dois sistemas',
		headline: {
			client: 'O ONVIO Portal do Cliente avisa o cliente sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
			office: 'O ONVIO Portal do Cliente avisa os clientes sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.',
		},
		interpretation: false,
	},
	'documents-unannounced': {
		badge: 'Documentos sem aviso',
		headline: {
			client: 'O cliente não é avisado dos documentos.',
			office: 'Os clientes não são avisados dos documentos.',
		},
		interpretation: true,
	},
};
