/**
 * A tiny observable value, shared by every island of a page: islands are separate Preact roots,
 * but they import this module once, so one store instance links them.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Store<T> {
	get(): T;
	set(value: T): void;
	subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
	let value = initial;
	const listeners = new Set<(value: T) => void>();
	return {
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

export function useStore<T>(store: Store<T>): T {
	const [value, setValue] = useState(store.get);
	useEffect(() => {
		// The store may have moved between the first render and this effect.
		setValue(store.get());
		return store.subscribe(setValue);
	}, [store]);
	return value;
}
