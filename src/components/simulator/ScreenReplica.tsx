/**
 * A small replica of one product screen, placed beside the step that talks about it: the reader
 * toggles the very checkbox the step names. Every box writes to the page's shared state.
 */
import { SETTINGS, type ScreenId } from '../../lib/catalogue/settings.ts';
import { entityOf, getSetting, isEntityRef, settingKey } from '../../lib/model/config.ts';
import { screenCaption, settingRefsOfScreen } from '../../lib/model/screen-settings.ts';
import { afterNextPaint } from '../state/after-paint.ts';
import { toggleSetting, useSimulationState } from './simulation-state.ts';

interface Props {
	screen: ScreenId;
}

export default function ScreenReplica({ screen }: Props) {
	const { config, live } = useSimulationState();
	const caption = screenCaption(screen);
	const refs = settingRefsOfScreen(screen);
	return (
		// Out of the search index: the steps already hold these labels, as content.
		<fieldset class="replica not-content" disabled={!live} data-disabled-without-js data-pagefind-ignore>
			<legend class="replica__legend">
				<span class="replica__product">{caption.product}</span>
				<span class="replica__path">{caption.path}</span>
			</legend>
			{refs.map((ref) => {
				const key = settingKey(ref);
				const target = isEntityRef(ref) ? entityOf(ref) : undefined;
				return (
					<label class="replica__option" key={key}>
						<input
							type="checkbox"
							checked={getSetting(config, ref)}
							data-setting={key}
							onChange={(event) => {
								const { checked } = event.currentTarget;
								// The box ticks at once; the preview and the other replicas follow a frame later.
								afterNextPaint(() => toggleSetting(ref, checked));
							}}
						/>
						<span>
							{SETTINGS[ref.id].label}
							{target && <span class="replica__target"> — {target.name}</span>}
						</span>
					</label>
				);
			})}
		</fieldset>
	);
}
