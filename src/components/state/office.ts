/**
 * The simulated office that every island and the checklist share on a page: the configuration, what the reader
 * looks at (the preview's client, event and task, the diagnosis's complaint), the issues of the link it was read
 * from, and where it came from. No Preact here: the checklist's plain script uses it too.
 *
 * Whose office it is:
 * - On the procedure pages and the simulator, the reader's own, kept in local storage (saved-state.ts). Another
 *   tab's change arrives through the `storage` event, and a toggle writes only the box it is about, so two tabs
 *   never undo each other. The address always shows the state, so that it can be copied; the tab marks it as
 *   its own in the history entry, so that a reload reads the stored office (which another tab may have changed
 *   meanwhile) and never takes the tab's own address for a pasted link.
 * - A link that carries other boxes is shown as it is, without touching the stored office, until the reader
 *   keeps it or goes back (OriginNotice); meanwhile the address carries it, so a reload shows it again.
 * - On the diagnosis, the ticket's office: only what its address carries, never the reader's.
 */
import { defaultConfig, sameSettings, setSetting, type Config, type SettingRef } from '../../lib/config.ts';
import { decodeSearch, encodeState, type StateIssue, type ViewState } from '../../lib/url-state.ts';
import { onStoredOfficeChange, readStoredOffice, readStoredView, storeOffice, storeView } from './saved-state.ts';
import { createStore } from './store.ts';

export const configStore = createStore<Config>(defaultConfig());
export const viewStore = createStore<ViewState>({});
export const issuesStore = createStore<StateIssue[]>([]);
/** Set while the page shows a link's boxes rather than the reader's own office. */
export type SimulationOrigin = 'link';
export const originStore = createStore<SimulationOrigin | undefined>(undefined);
/** False on the server and until the first island's first effect: controls stay disabled without JavaScript. */
export const liveStore = createStore(false);

/** The diagnosis marks its page: its office is the ticket's, from the address alone. */
const ticketPage = typeof document !== 'undefined' && document.querySelector('[data-office="ticket"]') !== null;

/** The address of this page in a given state: what "Copiar link desta simulação" copies. */
export function addressOf(config: Config, view: ViewState = viewStore.get()): string {
	const url = new URL(window.location.href);
	url.search = encodeState(config, view);
	return url.href;
}

function storedConfig(): Config {
	const stored = readStoredOffice();
	return stored === undefined ? defaultConfig() : decodeSearch(stored).config;
}

/** The history entry's mark: this address was written by the tab from the reader's own office. */
const OWN_ADDRESS = 'notificacoes-sem-duplicidade:escritorio-proprio';

function ownAddress(): boolean {
	const state: unknown = history.state;
	return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[OWN_ADDRESS] === true;
}

function writeAddress(): void {
	const url = new URL(window.location.href);
	const own = !ticketPage && originStore.get() !== 'link';
	const state = encodeState(configStore.get(), viewStore.get());
	// "Todas marcadas" with nothing in view is the page as served: its address stays clean.
	const query = state === encodeState(defaultConfig()) && own ? '' : state;
	if (url.search.slice(1) === query && ownAddress() === own) return;
	url.search = query;
	const entry: unknown = history.state;
	const base = typeof entry === 'object' && entry !== null ? entry : {};
	// replaceState: toggling a checkbox must not add a history entry.
	history.replaceState({ ...base, [OWN_ADDRESS]: own }, '', url);
}

// Read before any island renders, so that an input replayed at hydration lands on the right state.
if (typeof window !== 'undefined') {
	const { search } = window.location;
	// An address this tab wrote from the reader's own office (a reload, back or forward) is no pasted link.
	const linked = search.length > 1 && (ticketPage || !ownAddress()) ? decodeSearch(search) : undefined;
	const storedView = readStoredView();
	if (ticketPage) {
		if (linked) {
			configStore.set(linked.config);
			viewStore.set(linked.view);
			issuesStore.set(linked.issues);
		}
	} else {
		const own = storedConfig();
		configStore.set(own);
		if (storedView !== undefined) viewStore.set(decodeSearch(storedView).view);
		if (linked) {
			viewStore.set({ ...viewStore.get(), ...linked.view });
			issuesStore.set(linked.issues);
			// A link with the reader's own boxes is no other office.
			if (!sameSettings(linked.config, own)) {
				configStore.set(linked.config);
				originStore.set('link');
			}
		}
		onStoredOfficeChange(() => {
			if (originStore.get() !== 'link') configStore.set(storedConfig());
		});
	}
	writeAddress();
	// After the next paint: a click shows its result first, and the bookkeeping follows. Leaving the page
	// flushes what is still pending.
	let pending = false;
	const flush = () => {
		if (!pending) return;
		pending = false;
		writeAddress();
		storeView(encodeState(defaultConfig(), viewStore.get()));
	};
	const schedule = () => {
		if (pending) return;
		pending = true;
		requestAnimationFrame(() => setTimeout(flush));
	};
	configStore.subscribe(schedule);
	viewStore.subscribe(schedule);
	// Keeping or leaving a link's boxes changes whose address it is, even where the boxes stay the same.
	originStore.subscribe(schedule);
	addEventListener('pagehide', flush);
}

/** The office and view this page started from, once read from its address and storage (on the server, the defaults). */
export const startingState: { readonly config: Config; readonly view: ViewState } = {
	config: configStore.get(),
	view: viewStore.get(),
};

/** Changes part of what the reader looks at; the rest stays. */
export function updateView(change: ViewState): void {
	viewStore.set({ ...viewStore.get(), ...change });
}

/**
 * Sets some boxes. In the reader's own office, each write starts from what is stored now and changes only these
 * boxes, so that another tab's changes are kept.
 */
export function setBoxes(changes: readonly { ref: SettingRef; value: boolean }[]): void {
	const own = !ticketPage && originStore.get() !== 'link';
	let config = own ? storedConfig() : configStore.get();
	for (const { ref, value } of changes) config = setSetting(config, ref, value);
	if (own) storeOffice(encodeState(config));
	configStore.set(config);
}

/**
 * One box toggled by the reader. A box of one client or one task brings that client or task into the preview,
 * so that every box the reader toggles answers there.
 */
export function toggleSetting(ref: SettingRef, value: boolean): void {
	setBoxes([{ ref, value }]);
	if (ref.id === 'processos.client') updateView({ client: ref.clientId });
	if (ref.id === 'processos.task') {
		const { event } = viewStore.get();
		// A hand upload belongs to no task: the task's box shows its completion instead.
		updateView({ task: ref.taskId, ...(event === 'manual-upload' ? { event: 'task-completed' as const } : {}) });
	}
}

/**
 * Replaces the simulated office at once, with a preset or "todas marcadas": the notice of a link goes with it.
 * The presets are the caller's: they are read from the steps, which the folded preview has no other need to load.
 */
export function replaceOffice(config: Config): void {
	originStore.set(undefined);
	issuesStore.set([]);
	if (!ticketPage) storeOffice(encodeState(config));
	configStore.set(config);
}

/** The link's boxes become the reader's own office. */
export function keepLinkedOffice(): void {
	replaceOffice(configStore.get());
}

/** Leaves the link's boxes and shows the reader's own office again. */
export function backToOwnOffice(): void {
	originStore.set(undefined);
	issuesStore.set([]);
	configStore.set(storedConfig());
}

export function dismissIssues(): void {
	issuesStore.set([]);
}
