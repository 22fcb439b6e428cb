// Mutation testing of the model and the diagnosis (src/lib). Slow: run by hand with `npm run mutation`, not in CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	mutate: [
		'src/lib/**/*.ts',
		// Pure text: a mutated string is only a different sentence, which no unit test should pin.
		'!src/lib/messages/**',
		'!src/lib/explain/rule-sources.ts',
	],
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	// Each mutant runs only the tests that cover it.
	coverageAnalysis: 'perTest',
	// Most of the model runs at import (the presets, the default simulator, the catalogue's tables), so ~85 % of the
	// mutants are "static": each would rerun all tests in a fresh environment, well over 1.5 h on 2 cores. Those only
	// reached while a module loads are skipped (reported as Ignored); the ones tests also call still run.
	ignoreStatic: true,
	// The machine has 2 cores.
	concurrency: 2,
	// Only what the unit tests read goes into the sandbox: dist/ is large and rebuilt concurrently.
	ignorePatterns: ['/*', '!/src', '!/tests', '!/package.json', '!/tsconfig.json', '!/vitest.mutation.config.ts'],
	// Later runs retest only the mutants whose code or tests changed.
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	reporters: ['clear-text', 'progress', 'html'],
	// The survivors and the score table; the list of 600+ tests would bury them.
	clearTextReporter: { reportTests: false },
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	thresholds: { high: 90, low: 80, break: 80 },
};
