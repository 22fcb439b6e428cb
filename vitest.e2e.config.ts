import { defineConfig } from 'vitest/config';

// The browser suite: Chromium (Debian's /usr/bin/chromium) against `astro preview` of the built site.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/support/preview-server.ts'],
		testTimeout: 30_000,
		// A shared 2-core machine can take more than a second to paint an update; a person would wait too.
		expect: { poll: { timeout: 10_000 } },
		hookTimeout: 60_000,
		// One browser per file on a 2-core machine is plenty.
		fileParallelism: false,
	},
});
