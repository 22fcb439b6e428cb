/**
 * What Starlight's own search gets when it imports '@pagefind/default-ui' (the build resolves that one import
 * here: src/integrations/search-on-open.ts). Starlight constructs it when the browser first goes idle; it
 * only keeps the options, and Pagefind's UI itself loads when the reader opens the search.
 */
import { provideStarlightOptions, type PagefindOptions } from './starlight-options.ts';

export class PagefindUI {
	constructor(options: PagefindOptions) {
		provideStarlightOptions(options);
	}
}
