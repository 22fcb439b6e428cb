// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import ClientPreview from '../../src/components/simulator/ClientPreview.tsx';
import { applyPreset, toggleSetting } from '../../src/components/simulator/simulation-state.ts';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { SETTINGS } from '../../src/lib/catalogue/settings.ts';
import { PRESETS, type PresetId } from '../../src/lib/presets.ts';
import { simulate } from '../../src/lib/simulate.ts';

beforeEach(() => applyPreset('allOn'));
afterEach(cleanup);

function liveRegion(): HTMLElement {
	return document.querySelector('[aria-live="polite"]') as HTMLElement;
}

async function openDetails() {
	fireEvent.click(await screen.findByRole('button', { name: 'Detalhes e outro cliente' }));
}

test('has its polite live region from the first render', () => {
	render(<ClientPreview page="opcao-1" />);
	expect(liveRegion().textContent).toContain('Duplicado');
});

describe.each<[PresetId, string]>([
	// Opção 1: only Domínio Processos, by e-mail.
	['option1', 'Sem duplicidade'],
	// Opção 2: only the portal, on its three channels.
	['option2', 'Sem duplicidade'],
	// Todas ativas: both systems.
	['allOn', 'Duplicado'],
])('after applying %s', (preset, badge) => {
	test('the status and the delivery list follow the logic module', async () => {
		render(<ClientPreview page="opcao-1" />);
		applyPreset(preset);
		const expected = simulate(PRESETS[preset], {
			kind: 'document-from-dominio',
			clientId: SAMPLE.clients[0].id,
			taskId: SAMPLE.tasks[0].id,
		});
		await waitFor(() => expect(liveRegion().textContent).toContain(badge));
		await openDetails();
		const list = document.querySelector('.outcome-lines--delivered')!;
		expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(expected.deliveries.length);
	});
});

test('silence is announced when the document reaches the client by no channel', async () => {
	render(<ClientPreview page="opcao-1" />);
	applyPreset('option1');
	toggleSetting({ id: 'portal.emailOnProcessosPublication' }, false);
	await waitFor(() => expect(liveRegion().textContent).toContain('Nenhum aviso'));
	await openDetails();
	expect(screen.getByText('Nenhum aviso.')).toBeTruthy();
});

test('"Por quê?" names the deciding checkbox and links its step on this page by anchor', async () => {
	render(<ClientPreview page="opcao-1" />);
	applyPreset('option1');
	await openDetails();
	const why = document.querySelector('.outcome-lines--delivered .outcome-line__why') as HTMLElement;
	expect(why.textContent).toContain(SETTINGS['portal.emailOnProcessosPublication'].label);
	const hrefs = [...why.querySelectorAll('a')].map((a) => a.getAttribute('href'));
	expect(hrefs).toContain('#onvio-7');
});

test('a link to the other page carries the simulated state', async () => {
	render(<ClientPreview page="opcao-2" />);
	applyPreset('option1');
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
	await waitFor(() => expect(liveRegion().textContent).toContain('ONVIO Portal do Cliente: no ONVIO, via push e por e-mail'));
});

test('the event and the client can be changed', async () => {
	render(<ClientPreview page="opcao-2" />);
	applyPreset('option2');
	await openDetails();
	fireEvent.change(screen.getByLabelText('Evento'), { target: { value: 'task-completed' } });
	await waitFor(() => expect(liveRegion().textContent).toContain('Nenhum aviso'));
	fireEvent.change(screen.getByLabelText('Cliente'), { target: { value: SAMPLE.clients[1].id } });
	expect(document.body.textContent).toContain(SAMPLE.clients[1].name);
});
