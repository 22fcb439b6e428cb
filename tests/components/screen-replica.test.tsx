// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { SETTINGS, type ScreenId } from '../../src/lib/catalogue/settings.ts';
import { allSettingRefs, getSetting, settingKey } from '../../src/lib/model/config.ts';
import ScreenReplica from '../../src/components/simulator/ScreenReplica.tsx';
import { replaceOffice, configStore } from '../../src/components/simulator/simulation-state.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';

beforeEach(() => replaceOffice(PRESETS.allOn));
afterEach(cleanup);

describe.each<[ScreenId, string[]]>([
	// ONVIO Gestão: the three channels of "Funcionário Adiciona Novo Arquivo".
	['gestao-notificacoes', ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail']],
	// Portal do Cliente: the one parameter.
	['portal-parametros', [SETTINGS['portal.emailOnProcessosPublication'].label]],
	// Domínio Processos: one 'Notificar cliente' per sample task.
	['processos-tarefas', SAMPLE.tasks.map(() => 'Notificar cliente')],
	// Domínio Processos: one 'Notificar Cliente' per sample client.
	['processos-clientes', SAMPLE.clients.map(() => 'Notificar Cliente')],
])('replica of %s', (id, labels) => {
	test('shows the screen’s checkboxes with their exact labels, all on at first', async () => {
		render(<ScreenReplica screen={id} />);
		const boxes = await screen.findAllByRole('checkbox');
		expect(boxes.map((b) => b.closest('label')?.textContent?.split(' — ')[0])).toEqual(labels);
		for (const box of boxes) expect((box as HTMLInputElement).checked).toBe(true);
	});

	test('writes a toggle to the shared state and to the reader’s office in local storage and to the address bar', async () => {
		render(<ScreenReplica screen={id} />);
		const [first] = await screen.findAllByRole('checkbox');
		await waitFor(() => expect((first as HTMLInputElement).disabled).toBe(false));
		fireEvent.click(first!);
		// The box answers at once; the shared state follows once the box has been painted.
		expect((first as HTMLInputElement).checked).toBe(false);
		const off = () => allSettingRefs().filter((ref) => !getSetting(configStore.get(), ref)).map(settingKey);
		expect(off()).toEqual([]);
		await waitFor(() => expect(off()).toEqual([first!.getAttribute('data-setting')]));
		// The reader's own office is kept in this browser, as a link writes it, and the address follows after the paint.
		expect(localStorage.getItem('notificacoes-sem-duplicidade:escritorio')).toBe(`v=1&${off()[0]}=0`);
		await waitFor(() => expect(window.location.search).toBe(`?v=1&${off()[0]}=0`));
	});
});

test('two replicas of one page share one state', async () => {
	render(
		<>
			<ScreenReplica screen="gestao-notificacoes" />
			<ScreenReplica screen="gestao-notificacoes" />
		</>,
	);
	const boxes = await screen.findAllByRole('checkbox', { name: 'Notificações via push' });
	await waitFor(() => expect((boxes[0] as HTMLInputElement).disabled).toBe(false));
	fireEvent.click(boxes[0]!);
	await waitFor(() => expect((boxes[1] as HTMLInputElement).checked).toBe(false));
});

test('a box ticked just before the page is left is kept: the waiting toggle runs on pagehide', async () => {
	render(<ScreenReplica screen="gestao-notificacoes" />);
	const [box] = await screen.findAllByRole('checkbox', { name: 'Notificações por e-mail' });
	await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
	fireEvent.click(box!);
	// Left in the same task as the click, before any frame: the toggle is not lost.
	window.dispatchEvent(new Event('pagehide'));
	expect(getSetting(configStore.get(), { id: 'gestao.email' })).toBe(false);
	// And the bookkeeping the toggle asked for runs too: the address names the reader's office.
	expect(window.location.search).toBe('?v=1&email=0');
});

