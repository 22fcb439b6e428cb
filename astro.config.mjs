// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import clientDirectives from './src/directives/index.ts';
import csp from './src/integrations/csp.ts';
import { immutableAssets } from './src/integrations/immutable-assets.ts';
import { searchOnOpen } from './src/integrations/search-on-open.ts';
import { islandChunks } from './src/integrations/island-chunks.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { OPTIONS } from './src/lib/catalogue/options.ts';

// `site` serves only the canonical URLs and the sitemap: every link a reader copies is built in the
// browser from the address the page was opened at. A deployment sets SITE_URL; see README.
const PLACEHOLDER_SITE = 'https://guia-notificacoes.example.com';
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
// A sub-path such as "/guia/" comes from `astro build --base /guia/`. Content links it with <SiteLink>.
const base = process.argv.includes('--base') ? process.argv[process.argv.indexOf('--base') + 1] ?? '/' : '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight prefetches each link a pointer rests on. On a phone, where office staff read, a tap navigates
	// before that helps, and its script weighs on every page (1.1 KB compressed): off.
	prefetch: false,
	// Labels are quoted as the vendor's article quotes them, 'Notificar Cliente': no typographic rewriting of quotes.
	markdown: { smartypants: false },
	integrations: [
		siteUrlNotice(site === PLACEHOLDER_SITE),
		starlight({
			title: 'Notificações sem duplicidade',
			description:
				'Guia interativo para que o cliente não receba avisos duplicados do ONVIO Portal do Cliente e do Domínio Processos.',
			locales: {
				root: { label: 'Português (Brasil)', lang: 'pt-BR' },
			},
			customCss: ['./src/styles/procedure.css', './src/styles/simulator.css'],
			// The date at each page's foot: the day the steps were compared with the article.
			routeMiddleware: './src/route-data.ts',
			components: {
				// Starlight's search, with Pagefind's UI loaded only when the reader opens it (see searchOnOpen).
				Search: './src/components/starlight/Search.astro',
			},
			sidebar: [
				{ label: 'Início', link: '/' },
				{
					label: 'Procedimento',
					items: [
						// One name per option everywhere: the seed's title.
						...Object.values(OPTIONS).map((option) => ({ label: option.title, link: `/${option.page}/` })),
						{ label: 'Informações complementares', link: '/informacoes-complementares/' },
					],
				},
				{
					label: 'Ferramentas',
					items: [
						{ label: 'Simulador', link: '/simulador/' },
						{ label: 'Diagnóstico', link: '/diagnostico/' },
						{ label: 'Como o simulador decide', link: '/como-o-simulador-decide/' },
					],
				},
			],
		}),
		mdx(),
		preact(),
		clientDirectives(),
		searchOnOpen(),
		islandChunks(),
		immutableAssets(),
		// Last: the Content Security Policy hashes the HTML as finally emitted, into each page and _headers.
		csp(),
	],
});
