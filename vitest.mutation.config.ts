import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutation`): only the suites that need no build. tests/site, tests/integrations and
// tests/e2e read a built dist/, which the mutants never reach, and would fail or slow every run.
export default defineConfig({
	test: {
		include: ['tests/lib/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
	},
});
