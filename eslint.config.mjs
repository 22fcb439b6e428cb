// The code's own limits, checked in `npm test` (`npm run lint`): short functions and files, and no unused code.
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/**', 'dist-guia/**', 'reports/**', 'node_modules/**', '.astro/**', '.stryker-tmp/**'] },
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		files: ['src/**/*.{ts,tsx,astro}', 'scripts/**/*.ts'],
		rules: {
			'max-lines-per-function': ['error', { max: 80 }],
			'max-lines': ['error', { max: 300 }],
		},
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
);
