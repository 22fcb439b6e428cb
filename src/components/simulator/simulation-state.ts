/**
 * The simulated office that every island shares, on this page and across the pages of a visit: the
 * configuration, the issues of the link it was read from, and whether the islands are live.
 *
 * Where it comes from, once per page: the address, when it carries a state (a pasted link); otherwise
 * the state the reader left on the previous page (session storage); otherwise "todas ativas". Every
 * change is written back to both, so the address can always be copied and a reload keeps the office.
 */
import { useEffect } from 'preact/hooks';
import { defaultConfig, setSetting, type Config, type SettingRef } from '../../lib/config.ts';
import { PRESETS, type PresetId } from '../../lib/presets.ts';
import { decodeSearch, encodeState, type StateIssue } from '../../lib/url-state.ts';
import { readSavedState, saveState } from './saved-state.ts';
import { createStore, useStore } from './store.ts';

export const configStore = createStore<Config>(defaultConfig());
const issuesStore = createStore<StateIssue[]>([]);
/** False on the server and until the first island's first effect: controls stay disabled without JavaScript. */
const liveStore = createStore(false);

/** The address of this page in a given state: what "Copiar link desta simulação" copies. */
export function addressOf(config: Config): string {
	const url = new URL(window.location.href);
	url.search = encodeState(config);
	return url.href;
}

function writeBack(config: Config): void {
	const query = encodeState(config);
	saveState(query);
	const url = new URL(window.location.href);
	if (url.search.slice(1) === query) return;
	url.search = query;
	// replaceState: toggling a checkbox must not add a history entry.
	history.replaceState(history.state, '', url);
}

// Read before any island renders, so that an input replayed at hydration lands on the right state.
if (typeof window !== 'undefined') {
	const { search } = window.location;
	const saved = readSavedState();
	if (search.length > 1) {
		// A pasted link wins, and becomes the office of this visit.
		const { config, issues } = decodeSearch(search);
		configStore.set(config);
		issuesStore.set(issues);
		saveState(encodeState(config));
	} else if (saved !== undefined) {
		// Our own earlier write: anything it cannot read is dropped, with no notice. The address shows it.
		configStore.set(decodeSearch(saved).config);
		writeBack(configStore.get());
	}
	// After the next paint: a click shows its result first, and the bookkeeping (a few milliseconds for
	// replaceState) follows. Leaving the page flushes what is still pending.
	let pending = false;
	const flush = () => {
		if (!pending) return;
		pending = false;
		writeBack(configStore.get());
	};
	configStore.subscribe(() => {
		if (pending) return;
		pending = true;
		requestAnimationFrame(() => setTimeout(flush));
	});
	addEventListener('pagehide', flush);
}

/** The shared configuration, for islands. */
export function useSimulationState(): { config: Config; live: boolean; issues: StateIssue[] } {
	useEffect(() => liveStore.set(true), []);
	return { config: useStore(configStore), live: useStore(liveStore), issues: useStore(issuesStore) };
}

export function toggleSetting(ref: SettingRef, value: boolean): void {
	configStore.set(setSetting(configStore.get(), ref, value));
}

export function applyPreset(preset: PresetId): void {
	configStore.set(PRESETS[preset]);
	issuesStore.set([]);
}

export function dismissIssues(): void {
	issuesStore.set([]);
}
