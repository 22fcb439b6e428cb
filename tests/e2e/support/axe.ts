/**
 * axe-core run in the page itself. AxeBuilder.analyze() injects axe again on every call and finishes each
 * run in a new blank page, which costs seconds a run on a 2-core machine; run in the page, a check costs a
 * fraction of a second, so a page can be checked in every state and theme. Running in the page reaches no
 * frame: the check fails if the page has one.
 */
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

// The axe-core that @axe-core/playwright ships, resolved from there so that the two never differ.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const { source } = fromAxePlaywright('axe-core') as { source: string };

type WithAxe = { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/**
 * Puts axe in every page the context opens, before the page's own scripts (it adds nothing but `window.axe`).
 * The browser compiles it once for all of them; injected into each page after it loads, it would cost half a
 * second of CPU a page.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: source });
}

/** The violations axe finds in the page as it is now; `runOnly` as axe takes it (tags or rules). */
export async function axeViolations(page: Page, runOnly: NonNullable<RunOptions['runOnly']>): Promise<Result[]> {
	expect(page.frames().map((f) => f.url()), 'frames, which a run in the page does not enter').toHaveLength(1);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
	// Only violations are collected in full: the passes' details are what makes a run slow, and are not read.
	const results = await page.evaluate(
		(options) => (window as unknown as WithAxe).axe.run(document, options),
		{ runOnly, resultTypes: ['violations'] } satisfies RunOptions,
	);
	return results.violations;
}
