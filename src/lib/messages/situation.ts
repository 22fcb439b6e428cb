/**
 * The words of each situation (situation.ts) that the folded preview shows: its badge and its headline for one
 * client (the preview) and for the whole office (the diagnosis and the ticket summary); and the progress box's.
 * The explanations, loaded with the preview's details, are in situation-details.ts. Whole sentences.
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

/**
 * In the folded preview, beside an outcome that already matches the page's option: the steps whose boxes still
 * read otherwise ("Falta o passo 7 da Opção 2 (…)."). `first` names the first of them.
 */
export function stepsLeftText(count: number, first: string): string {
	return count === 1 ? `Falta o ${first}.` : `Faltam ${count} passos desta opção.`;
}

/** The progress box of a procedure page, read against the boxes. */
export const PROGRESS_TEXTS = {
	count: (done: number, total: number) => `Passos feitos: ${done} de ${total}`,
	allDone: (total: number) => `Todos os ${total} passos feitos`,
	/** Said instead of "all done" when a ticked step's boxes read otherwise. */
	contradicted: (count: number) =>
		count === 1
			? 'Um passo marcado como feito não confere com as caixas da réplica:'
			: `${count} passos marcados como feitos não conferem com as caixas da réplica:`,
	/** The line inside a ticked step whose boxes read otherwise. */
	stepContradicted: 'Este passo está marcado como feito, mas as caixas da réplica não estão como ele pede.',
	/** Said for some seconds after "Recomeçar", beside the button that puts the marks back. */
	cleared: 'Marcas apagadas.',
	undo: 'Desfazer',
	/** The hand-off link: the boxes and the marks, to another device. */
	handOff: 'Continuar em outro aparelho',
	handOffCopied: 'Link copiado. Abra-o no outro aparelho para continuar de onde parou, com as marcas “Feito” e as caixas como estão aqui.',
	handOffManual: 'Link para continuar em outro aparelho: copie com Ctrl+C',
} as const;
