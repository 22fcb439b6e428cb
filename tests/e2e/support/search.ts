/**
 * The site's search, driven as a reader drives it: the header's "Pesquisar" button opens the dialog, the
 * query is typed, and the results are read once Pagefind UI has listed them for that query. The one place
 * that knows the search UI's markup, so that a change of search component is adapted here alone.
 */
import type { Page } from 'playwright-core';

interface SearchLink {
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

/**
 * Searches from the page, which must show the site's header, and returns the results in their order. The
 * dialog may still be open from an earlier search: the query is then cleared and the new one typed.
 */
export async function search(page: Page, query: string): Promise<SearchResult[]> {
	const input = page.locator('dialog[open] input.pagefind-ui__search-input');
	if ((await input.count()) === 0) {
		await page.getByRole('button', { name: 'Pesquisar' }).first().click();
		await input.waitFor({ timeout: 10_000 });
	} else {
		// Cleared, Pagefind UI drops its results: none of those listed next can be left from the earlier query.
		await input.fill('');
		await page.locator('dialog[open] .pagefind-ui__result').first().waitFor({ state: 'detached' });
	}
	await input.fill(query);
	// Off the field, as the reader reads on: a caret blinking over the dialog's blurred backdrop keeps a
	// software-rendered browser redrawing it, a third of a core while the results load.
	await input.blur();
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
