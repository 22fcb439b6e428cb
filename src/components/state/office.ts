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
 * - On a procedure page, the steps ticked "Feito" belong to the office too. A hand-off link ("Continuar em outro
 *   aparelho") carries them with the boxes: a browser that holds nothing of its own takes both at once; one that
 *   holds an office or ticks is shown the link's as a link's, until the reader keeps them or goes back.
 * - On the diagnosis, the ticket's office: only what its address carries, never the reader's.
 */
import { entityScopeOf } from '../../lib/catalogue/settings.ts';
import { defaultConfig, isEntityRef, sameSettings, setSetting, type Config, type SettingRef } from '../../lib/model/config.ts';
import { decodeSearch, encodeDone, encodeState, type StateIssue, type ViewState } from '../../lib/links/url-state.ts';
import {
	onStoredDoneChange,
	onStoredOfficeChange,
	readStoredDone,
	readStoredOffice,
	readStoredView,
	storeDone,
	storeOffice,
	storeView,
} from './saved-state.ts';
import { afterNextPaint } from './after-paint.ts';
import { createStore } from './store.ts';

export const configStore = createStore<Config>(defaultConfig());
export const viewStore = createStore<ViewState>({});
export const issuesStore = createStore<StateIssue[]>([]);
/**
 * Set while the page shows a link's boxes rather than the reader's own office: 'hand-off' when the link brought
 * the ticks of this page's steps too.
 */
export type SimulationOrigin = 'link' | 'hand-off';
export const originStore = createStore<SimulationOrigin | undefined>(undefined);
/** False on the server and until the first island's first effect: controls stay disabled without JavaScript. */
export const liveStore = createStore(false);

/** The diagnosis marks its page: its office is the ticket's, from the address alone. */
const ticketPage = typeof document !== 'undefined' && document.querySelector('[data-office="ticket"]') !== null;

/** The procedure page whose checklist this page shows (ChecklistProgress marks it), and its steps' anchors. */
const checklist = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-checklist-page]');
const checklistPage = checklist?.dataset.checklistPage;
const checklistAnchors = checklist?.dataset.anchors?.split(' ') ?? [];
/** The steps of this page ticked "Feito", in page order. */
export const doneStore = createStore<readonly string[]>([]);

function storedDone(): string[] {
	return checklistPage ? readStoredDone(checklistPage, checklistAnchors) : [];
}

/** True while the boxes shown are the reader's own office, which writes go to. */
function showsOwnOffice(): boolean {
	return !ticketPage && originStore.get() === undefined;
}

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
	const own = showsOwnOffice();
	// A hand-off's ticks stay in the address until the reader keeps them or goes back, as its boxes do.
	const handOff = originStore.get() === 'hand-off' ? `&${encodeDone(doneStore.get())}` : '';
	const state = encodeState(configStore.get(), viewStore.get()) + handOff;
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
		const ownDone = storedDone();
		configStore.set(own);
		doneStore.set(ownDone);
		if (storedView !== undefined) viewStore.set(decodeSearch(storedView).view);
		if (linked) {
			viewStore.set({ ...viewStore.get(), ...linked.view });
			issuesStore.set(linked.issues);
			const linkedDone = checklistPage && linked.done ? checklistAnchors.filter((a) => linked.done!.includes(a)) : undefined;
			// A link with the reader's own boxes (and ticks) is no other office.
			const otherTicks = linkedDone !== undefined && linkedDone.join() !== ownDone.join();
			if (!sameSettings(linked.config, own) || otherTicks) {
				configStore.set(linked.config);
				if (linkedDone) doneStore.set(linkedDone);
				if (linkedDone && readStoredOffice() === undefined && ownDone.length === 0) {
					// A hand-off to a browser that holds nothing of its own overwrites nothing: it is kept at once.
					storeOffice(encodeState(linked.config));
					storeDone(checklistPage!, linkedDone);
				} else originStore.set(linkedDone ? 'hand-off' : 'link');
			}
		}
		onStoredOfficeChange(() => {
			if (originStore.get() === undefined) configStore.set(storedConfig());
		});
		if (checklistPage)
			onStoredDoneChange(checklistPage, () => {
				if (originStore.get() !== 'hand-off') doneStore.set(storedDone());
			});
	}
	writeAddress();
	// After the next paint, once for any number of changes: a click shows its result first, and the bookkeeping
	// follows (at once if the page is left first).
	const flush = () => {
		writeAddress();
		storeView(encodeState(defaultConfig(), viewStore.get()));
	};
	const schedule = () => afterNextPaint(flush);
	configStore.subscribe(schedule);
	viewStore.subscribe(schedule);
	doneStore.subscribe(schedule);
	// Keeping or leaving a link's boxes changes whose address it is, even where the boxes stay the same.
	originStore.subscribe(schedule);
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
	const own = showsOwnOffice();
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
	if (!isEntityRef(ref)) return;
	if (entityScopeOf(ref.id) === 'per-client') updateView({ client: ref.entity });
	else {
		const { event } = viewStore.get();
		// A hand upload belongs to no task: the task's box shows its completion instead.
		updateView({ task: ref.entity, ...(event === 'manual-upload' ? { event: 'task-completed' as const } : {}) });
	}
}

/**
 * Replaces the simulated office at once, with a preset or "todas marcadas": the notice of a link goes with it.
 * The presets are the caller's: they are read from the steps, which the folded preview has no other need to load.
 */
export function replaceOffice(config: Config): void {
	// A hand-off's ticks go with its boxes: the reader's own come back.
	if (originStore.get() === 'hand-off') doneStore.set(storedDone());
	originStore.set(undefined);
	issuesStore.set([]);
	if (!ticketPage) storeOffice(encodeState(config));
	configStore.set(config);
}

/** The link's boxes, and a hand-off's ticks, become the reader's own. */
export function keepLinkedOffice(): void {
	if (originStore.get() === 'hand-off') storeDone(checklistPage!, doneStore.get());
	originStore.set(undefined);
	replaceOffice(configStore.get());
}

/** Leaves the link's boxes (and ticks) and shows the reader's own office again. */
export function backToOwnOffice(): void {
	originStore.set(undefined);
	issuesStore.set([]);
	configStore.set(storedConfig());
	doneStore.set(storedDone());
}

/**
 * Ticks or unticks steps of this page. In the reader's own checklist each write starts from what is stored now
 * and changes only these steps, so that another tab's ticks are kept; a hand-off's ticks change on the page only.
 */
export function setDone(changes: readonly { anchor: string; done: boolean }[]): void {
	const own = originStore.get() !== 'hand-off';
	const current = own ? storedDone() : doneStore.get();
	const next = checklistAnchors.filter((anchor) => changes.find((c) => c.anchor === anchor)?.done ?? current.includes(anchor));
	if (own && checklistPage) storeDone(checklistPage, next);
	doneStore.set(next);
}

/** The address that carries the boxes and this page's ticks to another device, at a step ("Continuar em outro aparelho"). */
export function handOffAddress(anchor: string | undefined): string {
	const url = new URL(addressOf(configStore.get()));
	url.search += `&${encodeDone(doneStore.get())}`;
	url.hash = anchor ?? '';
	return url.href;
}

export function dismissIssues(): void {
	issuesStore.set([]);
}
