/** Debian's Chromium and the flags every browser run of the project uses (browser suite, bench, Lighthouse). */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
