/** The "Feito" checklist of a procedure page, as the reader reads it: the one place that knows its markup. */
import type { Locator, Page } from 'playwright-core';
import { SECTIONS, type Step } from '../../../src/lib/catalogue/steps.ts';

/** A step's "Feito" mark, found by the name a screen reader gives it. */
export function doneMark(page: Page, step: Step): Locator {
	return page.getByRole('checkbox', { name: `Passo ${step.number} de “${SECTIONS[step.section].title}” feito`, exact: true });
}

/** The anchors of the steps whose mark is ticked, in page order. */
export function ticked(page: Page): Promise<string[]> {
	return page
		.locator('li.procedure-step')
		.evaluateAll((steps) =>
			steps.filter((li) => li.querySelector<HTMLInputElement>('.procedure-step__done input')?.checked).map((li) => li.id),
		);
}
