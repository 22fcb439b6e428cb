/** The docked client preview, as the reader reads it: the one place that knows its markup. */
import type { Locator, Page } from 'playwright-core';

/** The folded preview's status: the verdict over every event ("Toda a comunicação será feita pelo …") and the event in view. */
export function previewStatus(page: Page): Locator {
	return page.locator('.client-preview__status');
}

/** The preview's one live region: a short sentence once a change has settled. */
export function previewAnnouncement(page: Page): Locator {
	return page.locator('.client-preview [aria-live="polite"]');
}
