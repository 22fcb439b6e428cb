/**
 * Starlight's search imports Pagefind's UI when the browser first goes idle; this site loads it when the
 * reader opens the search (src/components/search/search-on-open.ts). The build resolves that one import, in
 * Starlight's Search component only, to a stand-in that keeps the options Starlight passes.
 * tests/layout/overrides.test.ts fails if Starlight's component stops importing the UI that way.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const STAND_IN = fileURLToPath(new URL('../components/search/pagefind-stand-in.ts', import.meta.url));
/** The module id of a script of Starlight's Search component, e.g. `…/@astrojs/starlight/dist/components/Search.astro?astro&type=script…`. */
export const STARLIGHT_SEARCH_SCRIPT = /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?astro&type=script/;

export function searchOnOpen(): AstroIntegration {
	return {
		name: 'search-on-open',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'search-on-open',
								enforce: 'pre',
								resolveId(source, importer) {
									if (source === '@pagefind/default-ui' && importer && STARLIGHT_SEARCH_SCRIPT.test(importer)) return STAND_IN;
									return null;
								},
							},
						],
					},
				});
			},
		},
	};
}
