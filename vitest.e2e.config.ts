import { defineConfig } from 'vitest/config';

// The browser suite: Chromium (Debian's /usr/bin/chromium) against the built site, served as a static host serves it.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		// The built site's servers.
		globalSetup: ['tests/e2e/support/preview-server.ts'],
		testTimeout: 30_000,
		// A shared 2-core machine can take more than a second to paint an update; a person would wait too.
		expect: { poll: { timeout: 10_000 } },
		hookTimeout: 60_000,
		// Two files at a time, each on its worker's Chromium: together they keep both cores of a 2-core machine busy.
		maxWorkers: 2,
		// A worker keeps its modules from one file to the next, and so its Chromium (support/browser.ts).
		isolate: false,
	},
});
