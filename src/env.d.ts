declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrate at the reader's first activity on the page; see src/directives/interaction.ts. */
		'client:interaction'?: boolean;
	}
}

export {};
