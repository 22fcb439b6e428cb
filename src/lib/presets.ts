/**
 * The two options of the procedure and "todas ativas", as configs. The options are derived from
 * the steps catalogue, so a preset sets exactly what its page's steps set and nothing else.
 */
import { SAMPLE } from './catalogue/sample.ts';
import { optionSettingStates } from './catalogue/option-states.ts';
import type { PageId } from './catalogue/steps.ts';
import { defaultConfig, refsOfSetting, setSetting, type Config, type SampleLike } from './config.ts';

export type OptionId = 'option1' | 'option2';
export type PresetId = OptionId | 'allOn';

export interface OptionInfo {
	id: OptionId;
	page: PageId;
	/** pt-BR, as the seed titles the option. */
	title: string;
	/** pt-BR short name, e.g. "Opção 1". */
	name: string;
	/** pt-BR, who talks to the client: shown beside the title wherever the option is offered. */
	channel: string;
	/** pt-BR, one sentence: what the office gets. */
	gist: string;
}

export const OPTIONS: Record<OptionId, OptionInfo> = {
	option1: {
		id: 'option1',
		page: 'opcao-1',
		name: 'Opção 1',
		title: 'Opção 1: Desativar notificações do ONVIO Portal do Cliente',
		channel: 'Comunicação pelo Domínio Processos',
		gist: 'O ONVIO deixa de avisar sobre arquivos novos; o cliente recebe o e-mail do Domínio Processos, e o escritório escolhe por tarefa e por cliente quem é avisado.',
	},
	option2: {
		id: 'option2',
		page: 'opcao-2',
		name: 'Opção 2',
		title: 'Opção 2: Ativar notificações do ONVIO Portal do Cliente',
		channel: 'Comunicação pelo ONVIO Portal do Cliente',
		gist: 'O ONVIO avisa sobre cada arquivo novo, no próprio ONVIO, por push e por e-mail; o Domínio Processos deixa de enviar e-mails de tarefa concluída.',
	},
};

export const OPTION_IDS = ['option1', 'option2'] as const satisfies readonly OptionId[];

/** pt-BR names of every preset, for buttons. */
export const PRESET_NAMES: Record<PresetId, string> = {
	option1: OPTIONS.option1.name,
	option2: OPTIONS.option2.name,
	allOn: 'Todas ativas',
};

/**
 * Starts from "todas ativas" and applies every change the page's steps make. A per-task or
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
