import { describe, expect, test } from 'vitest';
import { setSetting } from '../../src/lib/model/config.ts';
import { viewSimulation } from '../../src/lib/explain/outcome-view.ts';
import { matrixSummaryText } from '../../src/lib/messages/outcome.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { eventRestsOnInterpretation } from '../../src/lib/model/rules.ts';
import { eventOf, simulate } from '../../src/lib/model/simulate.ts';

const doc = eventOf('document-from-dominio', 'padaria', 'das');

describe.each([
	// Todas marcadas: both systems announce the document.
	['todas marcadas', PRESETS.allOn, 'duplicate', 'Duplicado', ['ONVIO Portal do Cliente: no ONVIO, via push e por e-mail', 'Domínio Processos: no e-mail da tarefa concluída']],
	// Opção 1: only the e-mail of Domínio Processos.
	['Opção 1', PRESETS.option1, 'single', 'Um só sistema', ['Domínio Processos: no e-mail da tarefa concluída']],
	// Opção 1 without the Portal parameter: nothing reaches the client.
	['Opção 1 sem o parâmetro', setSetting(PRESETS.option1, { id: 'portal.emailOnProcessosPublication' }, false), 'silent', 'Nenhum aviso', []],
] as const)('a document under %s', (_, config, status, badge, senders) => {
	const view = viewSimulation(simulate(config, doc), 'opcao-1');

	test('has the status, badge and senders the simulation implies', () => {
		expect(view.status).toBe(status);
		expect(view.badge).toBe(badge);
		expect(view.senders).toEqual(senders);
		// The summary states the status in words, never a count that the badge would contradict.
		expect(view.summary).toContain(view.statusText);
		expect(view.summary).not.toMatch(/\d+ avisos?/);
	});

	test('explains every line, delivered or not, with links to steps', () => {
		for (const line of [...view.delivered, ...view.suppressed]) {
			expect(line.why.length).toBeGreaterThan(20);
			expect(line.links.length).toBeGreaterThan(0);
		}
	});
});

test('links to the steps of the page it is on when that page has them', () => {
	const view = viewSimulation(simulate(PRESETS.allOn, doc), 'opcao-2');
	const portal = view.delivered.find((l) => l.system === 'onvio-portal')!;
	expect(portal.links.map((l) => l.page)).toEqual(['opcao-2']);
	// The task flag is set only on Opção 1's page, so its link goes there.
	const processos = view.delivered.find((l) => l.system === 'dominio-processos')!;
	expect(processos.links.some((l) => l.page === 'opcao-1' && l.anchor === 'tarefas-3')).toBe(true);
});

test('flags the paths that rest on an interpretation, and only those', () => {
	const view = viewSimulation(simulate(PRESETS.allOn, doc));
	expect(view.delivered.filter((l) => l.interpretation).map((l) => l.system)).toEqual(['dominio-processos']);
	const upload = viewSimulation(simulate(PRESETS.allOn, eventOf('manual-upload', 'padaria', 'das')));
	expect(upload.delivered.every((l) => l.interpretation)).toBe(true);
});

test.each([
	// Hand uploads are announced only by our reading of the event's name (FACTS inference 2).
	['manual-upload', true],
	// Documents: the ONVIO paths are the seed's own, the e-mail of Domínio Processos is our reading (rule 2).
	['document-from-dominio', true],
	// Completed tasks: solução 7516.
	['task-completed', false],
] as const)('what the guide says of event %s rests in part on an interpretation: %s', (kind, expected) => {
	expect(eventRestsOnInterpretation(kind)).toBe(expected);
});

describe('the simulator table in one sentence', () => {
	test.each([
		[0, 0, 'Nenhum evento com aviso duplicado e nenhum sem aviso.'],
		// Counts up to ten in words; the first one starts the sentence.
		[1, 0, 'Um evento com aviso duplicado.'],
		[3, 0, 'Três eventos com aviso duplicado.'],
		[0, 1, 'Um evento sem aviso.'],
		[0, 2, 'Dois eventos sem aviso.'],
		[1, 2, 'Um evento com aviso duplicado e dois sem aviso.'],
		[2, 1, 'Dois eventos com aviso duplicado e um sem aviso.'],
		[12, 0, '12 eventos com aviso duplicado.'],
	])('%i duplicated, %i silent: %s', (duplicates, silences, text) => {
		expect(matrixSummaryText(duplicates, silences)).toBe(text);
	});
});
