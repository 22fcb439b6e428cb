// @vitest-environment happy-dom
import { seedLines } from '../support/seed.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import ClientPreview from '../../src/components/simulator/ClientPreview.tsx';
import { replaceOffice, toggleSetting, updateView, viewStore } from '../../src/components/simulator/simulation-state.ts';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import { PRESETS, type PresetId } from '../../src/lib/model/presets.ts';

/** The number the article gives, on a page, to the step of the ONVIO Portal do Cliente's parameter. */
const parameterStep = (page: 'opcao-1' | 'opcao-2') =>
	seedLines().find((l) => l.page === page && l.anchor && l.raw.includes('Enviar avisos por e-mail ao cliente'))!.number;

beforeEach(() => {
	replaceOffice(PRESETS.allOn);
	viewStore.set({});
});
afterEach(cleanup);

const liveRegion = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const verdictLine = () => document.querySelector('.client-preview__verdict') as HTMLElement;

async function openDetails() {
	fireEvent.click(await screen.findByRole('button', { name: 'Detalhes e outro cliente' }));
	// The open panel's code arrives on demand.
	await screen.findByRole('heading', { name: 'O cliente recebe' });
}

test('folded, it names the client, the verdict and the event; its one live region is there, silent, from the first render', () => {
	render(<ClientPreview page="opcao-1" />);
	expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(SAMPLE.clients[0].name);
	expect(verdictLine().textContent).toBe('Duplicado Agora: O cliente recebe o mesmo documento dos dois sistemas.');
	// The document's e-mail from Domínio Processos is this guide's reading: the line carries the mark.
	expect(document.querySelector('.client-preview__event')!.textContent).toBe(
		'Documento publicado no Sistema Domínio: o ONVIO Portal do Cliente (no ONVIO, via push e por e-mail) e o Domínio Processos (no e-mail da tarefa concluída). *(interpretação deste guia)',
	);
	expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
	expect(liveRegion().textContent).toBe('');
});

test('where the client’s tasks fare otherwise, the event line names its task beside the headline about every event', async () => {
	render(<ClientPreview page="opcao-1" />);
	// The Folha task unmarked and ONVIO Gestão by e-mail off: the DAS documents still come twice, the Folha ones once.
	replaceOffice(PRESETS.allOn);
	toggleSetting({ id: 'gestao.email' }, false);
	toggleSetting({ id: 'processos.task', entity: 'folha' }, false);
	updateView({ client: 'oficina', event: 'document-from-dominio', task: 'folha' });
	await waitFor(() => expect(verdictLine().textContent).toBe('Duplicado Agora: O cliente ainda recebe o mesmo documento dos dois sistemas.'));
	expect(document.querySelector('.client-preview__event')!.textContent).toBe(
		'Documento da tarefa Folha de pagamento mensal, publicado no Sistema Domínio: só o ONVIO Portal do Cliente (no ONVIO e via push).',
	);
	updateView({ task: 'das' });
	await waitFor(() =>
		expect(document.querySelector('.client-preview__event')!.textContent).toBe(
			'Documento da tarefa Apuração do Simples Nacional (DAS), publicado no Sistema Domínio: o ONVIO Portal do Cliente (no ONVIO e via push) e o Domínio Processos (no e-mail da tarefa concluída). *(interpretação deste guia)',
		),
	);
});

// A document's notices, counted by hand: Opção 1, the task's e-mail alone; Opção 2, the ONVIO Portal do Cliente's
// three channels; todas marcadas, those three and the e-mail.
describe.each<[PresetId, string, number]>([
	['option1', 'Toda a comunicação será feita pelo Domínio Processos.', 1],
	['option2', 'Toda a comunicação será feita pelo ONVIO Portal do Cliente.', 3],
	['allOn', 'O cliente recebe o mesmo documento dos dois sistemas.', 4],
])('after applying %s', (preset, headline, notices) => {
	test('the verdict is the article’s, and the details list each notice of the document', async () => {
		render(<ClientPreview page="opcao-1" />);
		replaceOffice(PRESETS[preset]);
		await waitFor(() => expect(verdictLine().textContent).toContain(headline));
		await openDetails();
		const list = document.querySelector('.outcome-lines--delivered')!;
		expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(notices);
	});
});

// The Folha task unmarked: the two tasks fare otherwise, so the line names the task in view.
test('the event in view is the chosen task’s, and a change of event alone is spoken as the event line', async () => {
	render(<ClientPreview page="opcao-1" />);
	await waitFor(() => expect((screen.getByRole('button', { name: 'Detalhes e outro cliente' }) as HTMLButtonElement).disabled).toBe(false));
	replaceOffice(PRESETS.option1);
	toggleSetting({ id: 'processos.task', entity: 'folha' }, false);
	await waitFor(() => expect(verdictLine().textContent).toContain('Toda a comunicação será feita pelo Domínio Processos.'));
	await new Promise((resolve) => setTimeout(resolve, 800));
	updateView({ event: 'task-completed', task: 'das' });
	await waitFor(() =>
		expect(document.querySelector('.client-preview__event')!.textContent).toBe(
			'Conclusão da tarefa Apuração do Simples Nacional (DAS) no Domínio Processos: só o Domínio Processos (por e-mail).',
		),
	);
	// Only the event line changed: that is what a screen reader hears.
	await waitFor(() =>
		expect(liveRegion().textContent).toBe('Conclusão da tarefa Apuração do Simples Nacional (DAS) no Domínio Processos: só o Domínio Processos (por e-mail).'),
	);
	updateView({ task: 'folha' });
	await waitFor(() =>
		expect(document.querySelector('.client-preview__event')!.textContent).toBe('Conclusão da tarefa Folha de pagamento mensal no Domínio Processos: nenhum aviso.'),
	);
});

test('a settled change is announced once, in one short sentence: three quick toggles are one message', async () => {
	render(<ClientPreview page="opcao-1" />);
	await waitFor(() => expect((screen.getByRole('button', { name: 'Detalhes e outro cliente' }) as HTMLButtonElement).disabled).toBe(false));
	const said: string[] = [];
	new MutationObserver(() => said.push(liveRegion().textContent ?? '')).observe(liveRegion(), {
		childList: true,
		characterData: true,
		subtree: true,
	});
	for (const id of ['gestao.onvio', 'gestao.push', 'gestao.email'] as const) toggleSetting({ id }, false);
	await waitFor(() => expect(liveRegion().textContent).toBe('Toda a comunicação será feita pelo Domínio Processos.'));
	await new Promise((resolve) => setTimeout(resolve, 800));
	expect(said.filter(Boolean)).toEqual(['Toda a comunicação será feita pelo Domínio Processos.']);
	expect(liveRegion().textContent).not.toMatch(/[⚠✓∅◐]/u);
});

test('Opção 1 without the Portal parameter: the unannounced document shows in the folded bar and in the details', async () => {
	render(<ClientPreview page="opcao-1" />);
	replaceOffice(PRESETS.option1);
	toggleSetting({ id: 'portal.emailOnProcessosPublication' }, false);
	await waitFor(() =>
		expect(document.querySelector('.client-preview__event')!.textContent).toBe('Documento publicado no Sistema Domínio: nenhum aviso.'),
	);
	// Neither option: a half-done Opção 1 never reads as done.
	expect(verdictLine().textContent).toBe('Documentos sem aviso Agora: O cliente não é avisado dos documentos.');
	expect(document.querySelector('.client-preview')!.getAttribute('data-status')).toBe('partial');
	await openDetails();
	expect(screen.getByText('Nenhum aviso deste evento.')).toBeTruthy();
	// The step that reads otherwise is named, with why it matters.
	expect(document.querySelector('.situation__remaining')!.textContent).toBe(
		`Falta o passo ${parameterStep('opcao-1')} da Opção 1 (ONVIO Gestão e ONVIO Portal do Cliente). Com 'Enviar avisos por e-mail ao cliente…' desmarcada, o e-mail do Domínio Processos não leva os documentos da tarefa. *(interpretação deste guia)`,
	);
});

test('Opção 2’s outcome with the parameter still marked: the verdict, and the step that remains, in the folded bar', async () => {
	render(<ClientPreview page="opcao-2" />);
	replaceOffice(PRESETS.allOn);
	for (const client of SAMPLE.clients) toggleSetting({ id: 'processos.client', entity: client.id }, false);
	await waitFor(() =>
		expect(verdictLine().textContent).toBe(
			`Um só sistema Agora: Toda a comunicação será feita pelo ONVIO Portal do Cliente. Nas réplicas, as caixas ainda não seguem o passo ${parameterStep('opcao-2')} da Opção 2 (ONVIO Gestão e ONVIO Portal do Cliente).`,
		),
	);
});

test('"Por quê?" names the line it explains and the deciding checkbox, and links its step on this page by anchor', async () => {
	render(<ClientPreview page="opcao-1" />);
	replaceOffice(PRESETS.option1);
	await openDetails();
	const why = document.querySelector('.outcome-lines--delivered .outcome-line__why') as HTMLElement;
	expect(why.querySelector('summary')!.textContent).toBe('Por quê? Domínio Processos, por e-mail');
	expect(why.textContent).toContain(SETTINGS['portal.emailOnProcessosPublication'].label);
	const hrefs = [...why.querySelectorAll('a')].map((a) => a.getAttribute('href'));
	expect(hrefs).toContain('#onvio-7');
});

test('a link to the other page carries the simulated state', async () => {
	render(<ClientPreview page="opcao-2" />);
	replaceOffice(PRESETS.option1);
	await openDetails();
	const hrefs = [...document.querySelectorAll('.outcome-line__why a')].map((a) => a.getAttribute('href'));
	expect(hrefs.some((h) => h?.startsWith('/opcao-1/?v=1&') && h.includes('#tarefas-3'))).toBe(true);
});

test('the preset buttons apply each option', async () => {
	render(<ClientPreview page="opcao-2" />);
	await openDetails();
	const button = await screen.findByRole('button', { name: 'Aplicar Opção 2' });
	await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
	fireEvent.click(button);
	await waitFor(() => expect(verdictLine().textContent).toContain('Toda a comunicação será feita pelo ONVIO Portal do Cliente.'));
});

test('the client, the event and the task selects change what is shown, and the shared view keeps them', async () => {
	render(<ClientPreview page="opcao-2" />);
	replaceOffice(PRESETS.option2);
	await openDetails();
	fireEvent.change(screen.getByLabelText('Evento'), { target: { value: 'task-completed' } });
	await waitFor(() => expect(document.querySelector('.client-preview__event')!.textContent).toBe('Tarefa concluída no Domínio Processos: nenhum aviso.'));
	fireEvent.change(screen.getByLabelText('Cliente'), { target: { value: SAMPLE.clients[1].id } });
	fireEvent.change(screen.getByLabelText('Tarefa'), { target: { value: SAMPLE.tasks[1].id } });
	await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(SAMPLE.clients[1].name));
	expect(viewStore.get()).toEqual({ event: 'task-completed', client: SAMPLE.clients[1].id, task: SAMPLE.tasks[1].id });
});

test('a box of another client or task brings it into view, so every box answers', async () => {
	render(<ClientPreview page="opcao-1" />);
	replaceOffice(PRESETS.option1);
	updateView({ event: 'manual-upload' });
	toggleSetting({ id: 'processos.client', entity: SAMPLE.clients[1].id }, false);
	await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(SAMPLE.clients[1].name));
	// The office's choice under Opção 1: said in a neutral tone, never as a fault.
	expect(verdictLine().textContent).toBe('Nenhum sistema Agora: O cliente não recebe avisos.');
	expect(document.querySelector('.client-preview')!.getAttribute('data-status')).toBe('silent');
	toggleSetting({ id: 'processos.task', entity: SAMPLE.tasks[1].id }, false);
	// An upload belongs to no task: the task's box shows that task's completion.
	expect(viewStore.get()).toMatchObject({ task: SAMPLE.tasks[1].id, event: 'task-completed' });
});
