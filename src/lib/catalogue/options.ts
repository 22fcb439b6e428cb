/**
 * The procedure's two options, as the seed names them: the one place their names and titles are written.
 * Each option is one page of steps (steps.ts); the sidebar, the home page's cards, step link texts, the
 * presets, the comparison table, the diagnosis and the ticket summary all name an option from here.
 */
import type { PageId, System } from './site.ts';

export type OptionId = 'option1' | 'option2';

export interface OptionInfo {
	id: OptionId;
	page: PageId;
	/** pt-BR, as the seed titles the option. */
	title: string;
	/** pt-BR short name, e.g. "Opção 1". */
	name: string;
	/** pt-BR, who talks to the client, in the article's own sentence: shown wherever the option is offered. */
	verdict: string;
	/** The one system that talks to the client once the option is done: "Toda a comunicação será feita pelo …". */
	system: System;
	/** pt-BR, one sentence: what the office gets. */
	gist: string;
}

export const OPTIONS: Record<OptionId, OptionInfo> = {
	option1: {
		id: 'option1',
		page: 'opcao-1',
		name: 'Opção 1',
		title: 'Opção 1: Desativar notificações do ONVIO Portal do Cliente',
		verdict: 'Toda a comunicação será feita pelo Domínio Processos.',
		system: 'dominio-processos',
		gist: 'O ONVIO Portal do Cliente deixa de avisar o cliente sobre os documentos do Sistema Domínio; o escritório define, no Domínio Processos, quais tarefas e clientes receberão as notificações.',
	},
	option2: {
		id: 'option2',
		page: 'opcao-2',
		name: 'Opção 2',
		title: 'Opção 2: Ativar notificações do ONVIO Portal do Cliente',
		verdict: 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.',
		system: 'onvio-portal',
		gist: 'O ONVIO Portal do Cliente avisa o cliente de cada documento; o Domínio Processos deixa de notificar as tarefas concluídas.',
	},
};

export const OPTION_IDS = ['option1', 'option2'] as const satisfies readonly OptionId[];

/** The option whose steps a page holds. */
export function optionOfPage(page: PageId): OptionInfo {
	return Object.values(OPTIONS).find((option) => option.page === page)!;
}
