/**
 * The two options of the procedure and "todas marcadas", as configs. The options are derived from
 * the steps catalogue, so a preset sets exactly what its page's steps set and nothing else.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { optionSettingStates } from '../catalogue/option-states.ts';
import { OPTIONS, type OptionId } from '../catalogue/options.ts';
import type { PageId } from '../catalogue/steps.ts';
import { defaultConfig, refsOfSetting, setSetting, type Config, type SampleLike } from './config.ts';

export type PresetId = OptionId | 'allOn';

/** pt-BR names of every preset, for buttons. */
export const PRESET_NAMES: Record<PresetId, string> = {
	option1: OPTIONS.option1.name,
	option2: OPTIONS.option2.name,
	allOn: 'Todas marcadas',
};

/**
 * Starts from "todas marcadas" and applies every change the page's steps make. A per-task or
 * per-client step applies to every sample task or client; where the step leaves the choice to
 * the office ("marque ou desmarque") its value is "marque", which the reader may then undo.
 */
function presetFromSteps(page: PageId, sample: SampleLike = SAMPLE): Config {
	let config = defaultConfig(sample);
	for (const { setting, change } of optionSettingStates(page))
		if (change) for (const ref of refsOfSetting(setting, sample)) config = setSetting(config, ref, change.value);
	return config;
}

// Frozen: islands share these objects, and a stray mutation would change every other island.
function deepFreeze<T extends object>(value: T): T {
	for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
	return Object.freeze(value);
}

export const PRESETS: { option1: Config; option2: Config; allOn: Config } = deepFreeze({
	option1: presetFromSteps('opcao-1'),
	option2: presetFromSteps('opcao-2'),
	allOn: defaultConfig(),
});
