declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrate when idle, or at the reader's first input, which is replayed; see src/directives/replay.ts. */
		'client:replay'?: boolean;
	}
}

export {};
