/** The screens the journeys are acted out on: a laptop, a touch screen, a phone, a narrow phone and 400 % zoom. */
import type { BrowserContextOptions } from 'playwright-core';

export const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
export const TOUCH_SCREEN: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, hasTouch: true };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const NARROW: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
/** 1280×1024 at 400 %: WCAG 1.4.10's 320 CSS px wide, and as short as such a screen is. */
export const ZOOMED: BrowserContextOptions = { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 };
