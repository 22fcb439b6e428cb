/** Apply Opção 1, apply Opção 2, or go back to "todas marcadas", the state that causes the duplicate. */
import { PRESETS, PRESET_NAMES, type PresetId } from '../../lib/model/presets.ts';
import { replaceOffice } from './simulation-state.ts';

const BUTTONS: { preset: PresetId; text: string }[] = [
	{ preset: 'option1', text: `Aplicar ${PRESET_NAMES.option1}` },
	{ preset: 'option2', text: `Aplicar ${PRESET_NAMES.option2}` },
	{ preset: 'allOn', text: `Restaurar: ${PRESET_NAMES.allOn.toLowerCase()}` },
];

export default function PresetButtons({ disabled }: { disabled: boolean }) {
	return (
		<div class="preset-buttons" role="group" aria-label="Configurações prontas">
			{BUTTONS.map(({ preset, text }) => (
				<button type="button" key={preset} disabled={disabled} data-disabled-without-js onClick={() => replaceOffice(PRESETS[preset])}>
					{text}
				</button>
			))}
		</div>
	);
}
