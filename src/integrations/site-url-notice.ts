/** Warns at build time when SITE_URL is unset: canonical URLs and the sitemap then name a placeholder host. */
import type { AstroIntegration } from 'astro';

export function siteUrlNotice(placeholder: boolean): AstroIntegration {
	return {
		name: 'project:site-url-notice',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!placeholder) return;
				logger.warn(
					'SITE_URL is not set: canonical URLs and the sitemap name a placeholder host. ' +
						'Copied and printed links are not affected (they use the address the page is opened at). ' +
						'Set it for a deployment, e.g. SITE_URL=https://ajuda.example.com.br npm run build',
				);
			},
		},
	};
}
