/**
 * What each option does to every checkbox, read from its steps: the one source for the
 * comparison table and for the presets, so the two can never drift apart.
 */
import { SETTING_IDS, type SettingId } from './settings.ts';
import { STEPS, type PageId, type SettingChange, type Step } from './steps.ts';

export interface OptionSettingState {
	setting: SettingId;
	/** The change the option's steps make, or undefined when the option leaves the checkbox as it is. */
	change: SettingChange | undefined;
	/** The step that makes the change. */
	step: Step | undefined;
}

export function optionSettingStates(page: PageId): OptionSettingState[] {
	return SETTING_IDS.map((setting) => {
		const step = STEPS.find((s) => s.page === page && s.sets.some((c) => c.setting === setting));
		const change = step?.sets.find((c) => c.setting === setting);
		return { setting, change, step };
	});
}
