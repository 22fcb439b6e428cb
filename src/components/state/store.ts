/**
 * A tiny observable value, shared by every island of a page: islands are separate Preact roots,
 * but they import this module once, so one store instance links them.
 */

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
