/** The simulator's controls: presets and "Copiar link desta simulação" (the docked preview shows a bad link's notice). */
import { sitePath } from '../../lib/links/links.ts';
import { hrefFor } from '../links/site-links.ts';
import CopyButton from '../copy/CopyButton.tsx';
import PresetButtons from './PresetButtons.tsx';
import { addressOf, configStore, useSimulationState } from './simulation-state.ts';

export default function SimulatorToolbar() {
	const { config, live } = useSimulationState();
	return (
		<div class="simulator-toolbar not-content">
			<PresetButtons disabled={!live} />
			<CopyButton
				getText={() => addressOf(configStore.get())}
				label="Copiar link desta simulação"
				done="Link copiado. Cole-o no chamado: ele abre esta mesma simulação."
				fallbackLabel="Não foi possível copiar automaticamente. Copie o link abaixo:"
				disabled={!live}
			/>
			<a class="simulator-toolbar__link" href={hrefFor(sitePath('/diagnostico/', { state: config }))}>
				Diagnosticar esta configuração
			</a>
		</div>
	);
}
