/**
 * The layout's rules between modules, checked in `npm test` (tests/layout/dependencies.test.ts, which checks
 * the folders itself): no import circle; the site's code imports neither the tests nor the scripts, and the
 * scripts do not import the tests.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{ name: 'no-circular-modules', severity: 'error', from: {}, to: { circular: true } },
		{ name: 'src-stands-alone', severity: 'error', from: { path: '^src/' }, to: { path: '^(tests|scripts)/' } },
		{ name: 'scripts-without-tests', severity: 'error', from: { path: '^scripts/' }, to: { path: '^tests/' } },
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|dist|dist-guia|reports)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
