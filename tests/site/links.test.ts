/**
 * Links: every internal link and `#anchor` of the built pages resolves, including the ids that components
 * render (which starlight-links-validator, reading the Markdown, cannot see), and so does every link the
 * pages build at run time from the logic module (step links in explanations, diagnoses and ticket
 * summaries). Pages come from the sitemap, plus the 404 page.
 */
import { COMPLAINT_IDS } from '../../src/lib/model/complaints.ts';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, distFile, siteOrigin } from '../../scripts/bench/built-pages.ts';
import { STEPS, stepHref, type PageId } from '../../src/lib/catalogue/steps.ts';
import { allConfigs, allSettingRefs } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { explainSetting } from '../../src/lib/explain/explain.ts';
import { viewSimulation } from '../../src/lib/explain/outcome-view.ts';
import { allEvents, simulate } from '../../src/lib/model/simulate.ts';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeSearch } from '../../src/lib/links/url-state.ts';
import { builtPage } from '../support/built-site.ts';

const origin = siteOrigin();
const pages = builtPagePaths();
const idsCache = new Map<string, Set<string>>();

/** The ids a built page carries (and `a[name]`, which a fragment also reaches). */
function idsOf(path: string): Set<string> {
	let ids = idsCache.get(path);
	if (!ids) {
		const document = builtPage(path);
		ids = new Set(
			[...document.querySelectorAll('[id], a[name]')].map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? ''),
		);
		idsCache.set(path, ids);
	}
	return ids;
}

/** Why a link does not resolve in the built site, or undefined when it does. External links are not ours to check. */
function brokenReason(href: string, from: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href, new URL(from, origin));
	} catch {
		return 'not a URL';
	}
	if (url.protocol === 'javascript:') return 'javascript: link';
	if (url.origin !== origin) return undefined;
	const file = distFile(url.pathname);
	if (!file) return distFile(`${url.pathname}/`) ? 'no trailing slash (a redirect on the host)' : 'no such page or file';
	const fragment = url.hash.slice(1);
	if (fragment === '' || !file.endsWith('.html')) return undefined;
	let id: string;
	try {
		id = decodeURIComponent(fragment);
	} catch {
		return `malformed #${fragment}`;
	}
	return idsOf(url.pathname).has(id) ? undefined : `no element with id "${id}"`;
}

describe.each(pages)('%s', (path) => {
	test('every internal link, anchor and asset resolves', () => {
		const document = builtPage(path);
		// Starlight gives the 404 page the canonical address "/404/", which is the 404 page again (any missing
		// address is): not a link a reader or a crawler follows to content, so it is the one link left out.
		const leftOut = path === '/404.html' ? 'link[rel="canonical"]' : undefined;
		const references = [
			...[...document.querySelectorAll('a[href], area[href], link[href]')]
				.filter((e) => leftOut === undefined || !e.matches(leftOut))
				.map((e) => e.getAttribute('href')!),
			...[...document.querySelectorAll('script[src], img[src], source[src], iframe[src]')].map((e) => e.getAttribute('src')!),
		];
		expect(references.length).toBeGreaterThan(0);
		const broken = references.flatMap((href) => {
			const reason = brokenReason(href, path);
			return reason ? [`${href}: ${reason}`] : [];
		});
		expect(broken).toEqual([]);
	});
});

/** Links the pages build at run time, from the logic module's data, for the whole configuration space. */
function runtimeLinks(): Map<string, string> {
	const links = new Map<string, string>(); // href → where it comes from
	const add = (href: string, source: string) => {
		if (!links.has(href)) links.set(href, source);
	};
	for (const step of STEPS) add(stepHref(step), 'stepHref');
	for (const ref of allSettingRefs()) for (const link of explainSetting(ref).steps) add(link.href, 'explainSetting');
	const pageIds: (PageId | undefined)[] = [undefined, ...new Set(STEPS.map((s) => s.page))];
	for (const config of allConfigs()) {
		for (const event of allEvents())
			for (const page of pageIds) {
				const view = viewSimulation(simulate(config, event), page);
				for (const line of [...view.delivered, ...view.suppressed]) for (const link of line.links) add(link.href, 'viewSimulation');
			}
		const diagnosis = diagnose(config);
		for (const option of Object.values(diagnosis.options))
			for (const change of option.changes) for (const link of change.steps) add(link.href, 'diagnose');
		for (const complaint of COMPLAINT_IDS)
			for (const [url] of ticketSummary(config, origin, 'text', complaint).matchAll(/https?:\/\/[^\s)]+/g))
				add(url.replace(/[.,;:]+$/, ''), 'ticketSummary');
	}
	return links;
}

describe('links built at run time from the logic module', () => {
	const links = runtimeLinks();

	test('cover every step and the support pages', () => {
		const hrefs = [...links.keys()];
		for (const step of STEPS) expect(hrefs).toContain(stepHref(step));
		expect(hrefs.some((h) => h.includes('/diagnostico/?'))).toBe(true);
	});

	test('all resolve in the built site', () => {
		const broken = [...links].flatMap(([href, source]) => {
			const reason = brokenReason(href, '/');
			return reason ? [`${source}: ${href}: ${reason}`] : [];
		});
		expect(broken).toEqual([]);
	});

	test('a state they carry decodes without a single issue', () => {
		const withState = [...links.keys()].filter((href) => href.includes('?'));
		expect(withState.length).toBeGreaterThan(0);
		for (const href of withState) expect(decodeSearch(href).issues, href).toEqual([]);
	});
});

describe('the checker itself', () => {
	test.each([
		// A step anchor that exists.
		['/opcao-1/#onvio-7', undefined],
		// A page without its trailing slash: works only through a redirect.
		['/opcao-1', 'no trailing slash (a redirect on the host)'],
		// An anchor nobody renders.
		['/opcao-1/#onvio-99', 'no element with id "onvio-99"'],
		// A page that is not built.
		['/nao-existe/', 'no such page or file'],
		// An absolute link to our own site is internal.
		[`${origin}/opcao-2/#clientes-3`, undefined],
		// Someone else's site is not ours to check.
		['https://example.org/x/#y', undefined],
	])('%s', (href, reason) => {
		expect(brokenReason(href, '/')).toBe(reason);
	});
});
