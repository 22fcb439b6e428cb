// Types for the two modules pagefind-ui.ts imports that ship none.

declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown> & { element: string | HTMLElement });
		triggerSearch(term: string): void;
		destroy(): void;
	}
}

/** Starlight's virtual module with its `pagefind` configuration option (what its own search passes to the UI). */
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
