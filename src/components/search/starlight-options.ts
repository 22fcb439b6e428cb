/**
 * The options Starlight's search gives Pagefind's UI (its `pagefind` setting, translations, base path, URL
 * formatting), handed from the stand-in that Starlight constructs (pagefind-stand-in.ts) to the code that
 * mounts the real UI when the search opens (search-on-open.ts).
 */
export type PagefindOptions = Record<string, unknown> & {
	element: string | HTMLElement;
	processResult?: (result: never) => unknown;
};

let provide!: (options: PagefindOptions) => void;

/** Resolves once Starlight has constructed its search UI, when the browser first goes idle. */
export const starlightOptions = new Promise<PagefindOptions>((resolve) => (provide = resolve));

export function provideStarlightOptions(options: PagefindOptions): void {
	provide(options);
}
