/**
 * Which checkbox instances a product screen shows for the sample office: the islands that replicate
 * a screen and the simulator's groups both read this, so they always list the same boxes.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { PRODUCTS, SCREENS, SETTINGS, SETTING_IDS, type ScreenId } from '../catalogue/settings.ts';
import { refsOfSetting, type SampleLike, type SettingRef } from './config.ts';

export function settingRefsOfScreen(screen: ScreenId, sample: SampleLike = SAMPLE): SettingRef[] {
	return SETTING_IDS.filter((id) => SETTINGS[id].screen === screen).flatMap((id) => refsOfSetting(id, sample));
}

/** The product and the way to the screen's checkboxes, e.g. "ONVIO Gestão: Configuração > Notificações > …". */
export function screenCaption(screen: ScreenId): { product: string; path: string } {
	const first = SETTING_IDS.find((id) => SETTINGS[id].screen === screen)!;
	return { product: PRODUCTS[SCREENS[screen].product].name, path: SETTINGS[first].menuPath.join(' > ') };
}
