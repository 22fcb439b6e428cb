// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import OutcomeMatrixView from '../../src/components/simulator/OutcomeMatrixView.tsx';
import SimulatorToolbar from '../../src/components/simulator/SimulatorToolbar.tsx';
import { replaceOffice, configStore } from '../../src/components/simulator/simulation-state.ts';
import { outcomeMatrix } from '../../src/lib/explain/outcome-matrix.ts';
import { sameSettings } from '../../src/lib/model/config.ts';
import { PRESETS } from '../../src/lib/model/presets.ts';
import { decodeSearch } from '../../src/lib/links/url-state.ts';

beforeEach(() => replaceOffice(PRESETS.allOn));
afterEach(cleanup);

test('the matrix has one row per sample client and one column per event, as the logic module counts', async () => {
	const expected = outcomeMatrix(PRESETS.allOn);
	render(<OutcomeMatrixView />);
	expect(screen.getAllByRole('row')).toHaveLength(expected.rows.length + 1);
	expect(document.querySelectorAll('td[data-status="duplicate"]')).toHaveLength(expected.duplicates);
	// Todas marcadas: every document of the sample comes twice (two clients, two tasks), and every event brings some notice.
	expect(expected.silences).toBe(0);
	expect(document.querySelector('.outcome-matrix__summary')!.textContent).toBe('Quatro eventos com aviso duplicado.');
});

test('the matrix follows the shared state', async () => {
	render(<OutcomeMatrixView />);
	replaceOffice(PRESETS.option1);
	await waitFor(() => expect(document.querySelectorAll('td[data-status="duplicate"]')).toHaveLength(0));
});

test('the toolbar applies presets to the shared state', async () => {
	render(<SimulatorToolbar />);
	const button = screen.getByRole('button', { name: 'Aplicar Opção 2' });
	await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
	fireEvent.click(button);
	expect(configStore.get()).toEqual(PRESETS.option2);
});

test('the toolbar copies the current address and says so', async () => {
	const written: string[] = [];
	Object.defineProperty(navigator, 'clipboard', {
		configurable: true,
		value: { writeText: async (text: string) => void written.push(text) },
	});
	render(<SimulatorToolbar />);
	replaceOffice(PRESETS.option1);
	const button = screen.getByRole('button', { name: 'Copiar link desta simulação' });
	await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
	// At once, before the address bar has caught up: the link is built from the state itself.
	fireEvent.click(button);
	await screen.findByText(/Link copiado/);
	expect(written).toHaveLength(1);
	const copied = new URL(written[0]!);
	expect(copied.pathname).toBe(window.location.pathname);
	expect(sameSettings(decodeSearch(copied.search).config, PRESETS.option1)).toBe(true);
});

test('the toolbar links to the diagnosis of the same state', async () => {
	render(<SimulatorToolbar />);
	replaceOffice(PRESETS.option1);
	const link = await screen.findByRole('link', { name: 'Diagnosticar esta configuração' });
	await waitFor(() => expect(link.getAttribute('href')).toBe('/diagnostico/?v=1&onvio=0&push=0&email=0'));
});
