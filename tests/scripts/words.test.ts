import { expect, test } from 'vitest';
import { meets } from '../../scripts/bench/table.ts';
import { countWords, WORD_LIMITS, wordRow } from '../../scripts/words/count.ts';

// As Chromium's innerText gives a step of a procedure page: tabs and line breaks between blocks, labels and
// menu paths with their separators, a date, a button written as the article writes it.
const STEP = 'Acesse o ONVIO Gestão e vá para Configuração > Notificações;\n#\nCopiar link\n\tFeito\n';
const NOTE = 'Atenção — o e-mail de uma tarefa concluída não é reenviado. Conferido com a solução 9100 em 29/11/2026. [Salvar] •';

test('counts runs of letters or digits, not punctuation standing alone', () => {
	expect(countWords(STEP)).toBe(12);
	expect(countWords(NOTE)).toBe(18);
	expect(countWords(' \n\t ')).toBe(0);
});

test('holds a page to its limit, and shows a page without one', () => {
	const limit = WORD_LIMITS['/opcao-1/']!.limit;
	expect(meets(wordRow('/opcao-1/', limit))).toBe(true);
	expect(meets(wordRow('/opcao-1/', limit + 1))).toBe(false);
	expect(wordRow('/diagnostico/', 1).targetText).toBe('as loaded');
	expect(meets(wordRow('/404.html', 10_000))).toBe(true);
});
