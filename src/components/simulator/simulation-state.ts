/**
 * The state every island of a page shares: the simulated configuration, the decoding issues of the
 * link it came from, and whether the islands are live. The address bar mirrors the configuration
 * through the logic module's codec, so any state can be pasted into a ticket.
 */
import { useEffect } from 'preact/hooks';
import { defaultConfig, setSetting, type Config, type SettingRef } from '../../lib/config.ts';
import { PRESETS, type PresetId } from '../../lib/presets.ts';
import { decodeSearch, encodeState, type StateIssue } from '../../lib/url-state.ts';
import { createStore, useStore } from './store.ts';

export const configStore = createStore<Config>(defaultConfig());
export const issuesStore = createStore<StateIssue[]>([]);
/** False on the server and until the first island hydrates: controls stay disabled without JavaScript. */
export const liveStore = createStore(false);

let syncing = false;

/** Reads the state from the address once, then keeps the address up to date. Idempotent. */
function startUrlSync(): void {
	if (syncing) return;
	syncing = true;
	const { search } = window.location;
	if (search.length > 1) {
		const { config, issues } = decodeSearch(search);
		configStore.set(config);
		issuesStore.set(issues);
	}
	configStore.subscribe((config) => {
		const url = new URL(window.location.href);
		url.search = encodeState(config);
		// replaceState: toggling a checkbox must not add a history entry.
		history.replaceState(history.state, '', url);
	});
	liveStore.set(true);
}

/** The shared configuration, for islands. */
export function useSimulationState(): { config: Config; live: boolean; issues: StateIssue[] } {
	useEffect(startUrlSync, []);
	return { config: useStore(configStore), live: useStore(liveStore), issues: useStore(issuesStore) };
}

export function toggleSetting(ref: SettingRef, value: boolean): void {
	// Starts the click-to-update clock of `npm run bench` (scripts/bench/click.ts). One mark at a time, so
	// the timeline never grows; microseconds, and harmless in production.
	performance.clearMarks('simulator:toggle');
	performance.mark('simulator:toggle');
	configStore.set(setSetting(configStore.get(), ref, value));
}

export function applyPreset(preset: PresetId): void {
	configStore.set(PRESETS[preset]);
	issuesStore.set([]);
}

export function dismissIssues(): void {
	issuesStore.set([]);
}
