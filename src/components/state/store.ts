/**
 * A tiny observable value, shared by every island of a page: islands are separate Preact roots,
 * but they import this module once, so one store instance links them.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Store<T> {
	/** The value the server rendered with. */
	readonly initial: T;
	get(): T;
	set(value: T): void;
	subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
	let value = initial;
	const listeners = new Set<(value: T) => void>();
	return {
		initial,
		get: () => value,
		set(next) {
			if (next === value) return;
			value = next;
			for (const listener of listeners) listener(value);
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/**
 * The first render uses the value the server rendered with: Preact's hydration keeps the server's
 * attributes, so a first render that differed (a box unchecked by the link) would never reach the
 * DOM. The effect then moves to the current value, which patches the DOM as a normal update.
 */
export function useStore<T>(store: Store<T>): T {
	const [value, setValue] = useState(store.initial);
	useEffect(() => {
		setValue(store.get());
		return store.subscribe(setValue);
	}, [store]);
	return value;
}
