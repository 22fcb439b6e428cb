/**
 * Astro names every file it emits under `_astro/` after a hash of its content: a changed script or style
 * sheet gets a new name. Browsers may then keep these files for a year without asking the host again, so
 * a reader's next page loads the scripts and styles it already has at once, with no request for each.
 * The build says so in `_headers` (Netlify, Cloudflare Pages; `npm run csp:snippet` for nginx and Caddy),
 * under the site's base. Pages and Pagefind's files keep fixed names, so the host's own caching applies to them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addRules, underBase, type HeaderRule } from './headers-file.ts';

/** The `_headers` rule for the content-named files under the base's assets folder. */
function immutableAssetsRule(base: string, assets: string): HeaderRule {
	return { pattern: underBase(base, `${assets}/*`), headers: [['Cache-Control', 'public, max-age=31536000, immutable']] };
}

export function immutableAssets(): AstroIntegration {
	let rule: HeaderRule;
	return {
		name: 'project:immutable-assets',
		hooks: {
			'astro:config:done': ({ config }) => {
				rule = immutableAssetsRule(config.base, config.build.assets);
			},
			'astro:build:done': ({ dir }) => {
				addRules(join(fileURLToPath(dir), '_headers'), [rule], ['Written by the build (src/integrations/immutable-assets.ts): do not edit.']);
			},
		},
	};
}
