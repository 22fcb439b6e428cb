/**
 * The ticket summary's own words: its headings and labels, and the macro form's opening and closing.
 */

/** The macro form's opening and closing, with Zendesk's placeholders for the requester and the agent. */
export const MACRO_TEXTS = {
	greeting: 'Olá, {{ticket.requester.first_name}}. Segue o diagnóstico das notificações do seu escritório.',
	closing: 'Atenciosamente,\n{{current_user.first_name}}',
} as const;

/** The headings and labels of the ticket summary. */
export const SUMMARY_TEXTS = {
	title: 'Diagnóstico das notificações',
	complaint: 'Queixa do cliente',
	today: 'Situação atual',
	settings: 'Configuração atual',
	findings: 'O que acontece',
	causes: 'Causas que a configuração não mostra',
	recommendation: 'Recomendação',
	after: 'Depois dos passos',
	received: 'O que o cliente recebe',
	diagnosisLink: 'Diagnóstico',
} as const;

/** One button per form of the summary, with what it says once copied and, where copying fails, above the text. */
/** The forms the summary is written in: plain text, Markdown, and a helpdesk macro. */
export type SummaryFormat = 'text' | 'markdown' | 'macro';

export const SUMMARY_COPIES: { format: SummaryFormat; label: string; done: string; fallbackLabel: string }[] = [
	{
		format: 'text',
		label: 'Copiar resumo para o chamado',
		done: 'Resumo copiado. Cole-o no chamado.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie o resumo abaixo:',
	},
	{
		format: 'markdown',
		label: 'Copiar em Markdown',
		done: 'Resumo em Markdown copiado, para ferramentas que o formatam.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie o resumo em Markdown abaixo:',
	},
	{
		format: 'macro',
		label: 'Copiar como macro (Zendesk)',
		done: 'Macro copiada, com os campos do Zendesk no lugar do nome de quem abriu o chamado e do seu nome.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie a macro abaixo:',
	},
];
