/**
 * The simulated office that every island shares, on this page and across the pages of a visit: the
 * configuration, what the reader is looking at (the preview's client, event and task, the diagnosis's
 * complaint), the issues of the link it was read from, and whether the islands are live.
 *
 * Where it comes from, once per page: the address, when it carries a state (a pasted link); otherwise
 * the state the reader left on the previous page (session storage); otherwise "todas marcadas". Every
 * change is written back to both, so the address can always be copied and a reload keeps the office.
 */
import { useEffect } from 'preact/hooks';
import { defaultConfig, sameSettings, setSetting, type Config, type SettingRef } from '../../lib/config.ts';
import { decodeSearch, encodeState, type StateIssue, type ViewState } from '../../lib/url-state.ts';
import { readSavedState, saveState } from './saved-state.ts';
import { createStore, useStore } from './store.ts';

export const configStore = createStore<Config>(defaultConfig());
export const viewStore = createStore<ViewState>({});
const issuesStore = createStore<StateIssue[]>([]);
/**
 * Where this page's simulation came from, when not from the reader's own clicks here: a link that carried it,
 * or an earlier page of the visit. The page says so until the reader restores or changes a box.
 */
export type SimulationOrigin = 'link' | 'visit';
const originStore = createStore<SimulationOrigin | undefined>(undefined);
/** False on the server and until the first island's first effect: controls stay disabled without JavaScript. */
const liveStore = createStore(false);

/** The address of this page in a given state: what "Copiar link desta simulação" copies. */
export function addressOf(config: Config, view: ViewState = viewStore.get()): string {
	const url = new URL(window.location.href);
	url.search = encodeState(config, view);
	return url.href;
}

function writeBack(config: Config, view: ViewState): void {
	const query = encodeState(config, view);
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
		const { config, view, issues } = decodeSearch(search);
		configStore.set(config);
		viewStore.set(view);
		issuesStore.set(issues);
		if (!sameSettings(config, defaultConfig())) originStore.set('link');
		saveState(encodeState(config, view));
	} else if (saved !== undefined) {
		// Our own earlier write: anything it cannot read is dropped, with no notice. The address shows it.
		const { config, view } = decodeSearch(saved);
		configStore.set(config);
		viewStore.set(view);
		if (!sameSettings(config, defaultConfig())) originStore.set('visit');
		writeBack(config, view);
	}
	// After the next paint: a click shows its result first, and the bookkeeping (a few milliseconds for
	// replaceState) follows. Leaving the page flushes what is still pending.
	let pending = false;
	const flush = () => {
		if (!pending) return;
		pending = false;
		writeBack(configStore.get(), viewStore.get());
	};
	const schedule = () => {
		if (pending) return;
		pending = true;
		requestAnimationFrame(() => setTimeout(flush));
	};
	configStore.subscribe(schedule);
	viewStore.subscribe(schedule);
	addEventListener('pagehide', flush);
}

/** The shared configuration and view, for islands. */
export function useSimulationState(): {
	config: Config;
	view: ViewState;
	live: boolean;
	issues: StateIssue[];
	origin: SimulationOrigin | undefined;
} {
	useEffect(() => liveStore.set(true), []);
	return {
		config: useStore(configStore),
		view: useStore(viewStore),
		live: useStore(liveStore),
		issues: useStore(issuesStore),
		origin: useStore(originStore),
	};
}


/** Changes part of what the reader looks at; the rest stays. */
export function updateView(change: ViewState): void {
	viewStore.set({ ...viewStore.get(), ...change });
}

/**
 * A box of one client or one task brings that client or task into the preview, so that every box the reader
 * toggles answers there.
 */
export function toggleSetting(ref: SettingRef, value: boolean): void {
	configStore.set(setSetting(configStore.get(), ref, value));
	originStore.set(undefined);
	if (ref.id === 'processos.client') updateView({ client: ref.clientId });
	if (ref.id === 'processos.task') {
		const { event } = viewStore.get();
		// A hand upload belongs to no task: the task's box shows its completion instead.
		updateView({ task: ref.taskId, ...(event === 'manual-upload' ? { event: 'task-completed' as const } : {}) });
	}
}

/**
 * Replaces the simulated office at once, with a preset or "todas marcadas": the notice of a link and the line
 * that says where the boxes came from go with it. The presets are the caller's: they are read from the steps,
 * which the folded preview has no other need to load.
 */
export function replaceOffice(config: Config): void {
	configStore.set(config);
	issuesStore.set([]);
	originStore.set(undefined);
}

export function dismissIssues(): void {
	issuesStore.set([]);
}
