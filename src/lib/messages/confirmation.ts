/**
 * How the office confirms that an option works, once its steps are done: this guide's suggestion, not the
 * article's. Shown at the end of both option pages (ConfirmationCheck.astro, at #como-conferir) and quoted by
 * the ticket summary, so the words live here once. No imports: any module can quote it.
 */

/** The check's anchor on /opcao-1/ and /opcao-2/: permanent, since tickets link to it. */
export const CONFIRMATION_ANCHOR = 'como-conferir';

export const CONFIRMATION_TITLE = 'Como conferir (sugestão deste guia)';

export const CONFIRMATION_CHECK =
	'Publique no Sistema Domínio um documento de teste para um cliente e veja o que chega a ele, de qual sistema e quando. ' +
	'Uma mudança no cadastro do cliente, no Domínio Processos, não vale para as tarefas já geradas (Central de Soluções, solução 7516): ' +
	'faça o teste numa tarefa gerada depois da mudança ou na próxima competência.';
