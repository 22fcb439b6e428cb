/**
 * The islands' view of the shared office (../state/office.ts): one hook that follows its stores.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Config } from '../../lib/model/config.ts';
import type { StateIssue, ViewState } from '../../lib/links/url-state.ts';
import {
	configStore,
	issuesStore,
	liveStore,
	originStore,
	viewStore,
	type SimulationOrigin,
} from '../state/office.ts';
import type { Store } from '../state/store.ts';

export * from '../state/office.ts';

/**
 * The first render uses the value the server rendered with: Preact's hydration keeps the server's
 * attributes, so a first render that differed (a box unchecked by the link) would never reach the
 * DOM. The effect then moves to the current value, which patches the DOM as a normal update.
 */
function useStore<T>(store: Store<T>): T {
	const [value, setValue] = useState(store.initial);
	useEffect(() => {
		setValue(store.get());
		return store.subscribe(setValue);
	}, [store]);
	return value;
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
