/**
 * Starlight's search imports Pagefind's UI when the browser first goes idle; this site loads it when the
 * reader opens the search (src/components/search/search-on-open.ts). The build resolves that one import, in
 * Starlight's Search component only, to a stand-in that keeps the options Starlight passes.
 * tests/layout/overrides.test.ts fails if Starlight's component stops importing the UI that way.
 * The stand-in is bundled with the page's search script: loaded with the page, it is no request of its own
 * when the browser goes idle.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { addChunkGroups } from './chunk-groups.ts';

const STAND_IN = fileURLToPath(new URL('../components/search/pagefind-stand-in.ts', import.meta.url));
/** The search's code that every page loads; Pagefind's UI (pagefind-ui.ts) stays apart, loaded on opening. */
const PAGE_SEARCH = /[\\/]src[\\/]components[\\/]search[\\/](search-on-open|starlight-options|pagefind-stand-in)\.ts$/;
const PAGE_SEARCH_CHUNK_NAME = 'search';
/** The module id of a script of Starlight's Search component, e.g. `…/@astrojs/starlight/dist/components/Search.astro?astro&type=script…`. */
export const STARLIGHT_SEARCH_SCRIPT = /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?astro&type=script/;

export function searchOnOpen(): AstroIntegration {
	return {
		name: 'search-on-open',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') addChunkGroups(updateConfig, [{ name: (id) => (PAGE_SEARCH.test(id) ? PAGE_SEARCH_CHUNK_NAME : null) }]);
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
