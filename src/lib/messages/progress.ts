/**
 * The reader's progress through a procedure page: the progress box, read against the replica's boxes, "Recomeçar"
 * and the hand-off to another device, and the preview's note of the steps an option still lacks.
 */
import { capitalize, countWord } from './words.ts';

/**
 * In the folded preview, beside an outcome that already matches the page's option: the steps whose boxes still
 * read otherwise ("Nas réplicas, as caixas ainda não seguem o passo 7 da Opção 2 (…)."). `first` names the first
 * of them. Said of the replicas, since the progress box beside counts the steps ticked "Feito", another count.
 */
export function stepsLeftText(count: number, first: string): string {
	return count === 1
		? `Nas réplicas, as caixas ainda não seguem o ${first}.`
		: `Nas réplicas, as caixas ainda não seguem ${countWord(count, 'm')} passos desta opção.`;
}

/** The progress box of a procedure page, read against the boxes. */
export const PROGRESS_TEXTS = {
	count: (done: number, total: number) => `Passos feitos: ${done} de ${total}`,
	allDone: (total: number) => `Todos os ${total} passos feitos`,
	/** Said instead of "all done" when a ticked step's boxes read otherwise. */
	contradicted: (count: number) =>
		count === 1
			? 'Um passo marcado “Feito” não confere com as caixas das réplicas:'
			: `${capitalize(countWord(count, 'm'))} passos marcados “Feito” não conferem com as caixas das réplicas:`,
	/** The line inside a ticked step whose boxes read otherwise. */
	stepContradicted: 'Este passo está marcado “Feito”, mas as caixas da réplica não estão como ele pede.',
	/** Said for some seconds after "Recomeçar", beside the button that puts the marks back. */
	cleared: 'Marcas apagadas.',
	undo: 'Desfazer',
	/** The hand-off link: the boxes and the marks, to another device. */
	handOff: 'Continuar em outro aparelho',
	handOffCopied: 'Link copiado. Abra-o no outro aparelho para continuar de onde parou, com as marcas “Feito” e as caixas como estão aqui.',
	handOffManual: 'Link para continuar em outro aparelho: copie com Ctrl+C',
} as const;
