/**
 * The reader's progress through a procedure page: the progress box, read against the replica's boxes, "Recomeçar"
 * and the hand-off to another device, and the preview's note of the steps an option still lacks.
 */

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
