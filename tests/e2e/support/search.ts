/**
 * The site's search, driven as a reader drives it: the header's "Pesquisar" button opens the dialog, the
 * query is typed, and the results are read once Pagefind UI has listed them for that query. The one place
 * that knows the search UI's markup, so that a change of search component is adapted here alone.
 */
import type { Page } from 'playwright-core';

export interface SearchLink {
	/** The path and anchor the link leads to, e.g. "/opcao-1/#onvio-6". */
	href: string;
	title: string;
	/** The excerpt's text, as the reader sees it (without the highlight's markup). */
	excerpt: string;
}

export interface SearchResult extends SearchLink {
	/** The sections or steps shown under the page, each with its link and excerpt. */
	nested: SearchLink[];
}

/** Searches from the page, which must show the site's header, and returns the results in their order. */
export async function search(page: Page, query: string): Promise<SearchResult[]> {
	await page.getByRole('button', { name: 'Pesquisar' }).first().click();
	const input = page.locator('dialog[open] input.pagefind-ui__search-input');
	await input.waitFor({ timeout: 10_000 });
	await input.fill(query);
	// The message names the query once the results for it are listed, not those of a partial query.
	await page
		.locator('dialog[open] .pagefind-ui__message')
		.filter({ hasText: new RegExp(`resultados? para ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
		.waitFor({ timeout: 10_000 });
	await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
	// Each result loads its data on its own: wait until every listed result shows its link.
	await page.waitForFunction(() => {
		const results = document.querySelectorAll('dialog[open] .pagefind-ui__result');
		return results.length > 0 && [...results].every((r) => r.querySelector('.pagefind-ui__result-link'));
	});
	return page.locator('dialog[open] .pagefind-ui__result').evaluateAll((items) => {
		const link = (scope: Element): SearchLink => {
			const a = scope.querySelector<HTMLAnchorElement>(':scope > .pagefind-ui__result-title > .pagefind-ui__result-link')!;
			const url = new URL(a.href);
			return {
				href: decodeURIComponent(url.pathname + url.hash),
				title: a.textContent!.trim(),
				excerpt: scope.querySelector(':scope > .pagefind-ui__result-excerpt')?.textContent?.trim() ?? '',
			};
		};
		return items.map((item) => {
			const inner = item.querySelector('.pagefind-ui__result-inner')!;
			return { ...link(inner), nested: [...inner.querySelectorAll(':scope > .pagefind-ui__result-nested')].map(link) };
		});
	});
}
