// Types for Pagefind's UI, which pagefind-ui.ts imports and which ships none.

declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown> & { element: string | HTMLElement });
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
