/** The docked client preview, as the reader reads it: the one place that knows its markup. */
import type { Locator, Page } from 'playwright-core';

/** The preview's live status line: "Duplicado", "Sem duplicidade" and what each channel sends. */
export function previewStatus(page: Page): Locator {
	return page.locator('.client-preview [aria-live="polite"]');
}
