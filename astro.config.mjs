// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import clientDirectives from './src/directives/index.ts';
import csp from './src/integrations/csp.ts';

// Absolute links (copied step links, ticket summaries) are built from `site`.
// A deployment sets SITE_URL to its own address; see README.
const site = process.env.SITE_URL ?? 'https://guia-notificacoes.example.com';

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Notificações sem duplicidade',
			description:
				'Guia interativo para que o cliente não receba avisos duplicados do ONVIO Portal do Cliente e do Domínio Processos.',
			locales: {
				root: { label: 'Português (Brasil)', lang: 'pt-BR' },
			},
			plugins: [
				starlightLinksValidator({
					// Step anchors ("/opcao-1/#onvio-7") are ids of components, which the validator cannot see in
					// the Markdown; tests/site/links.test.ts checks them, and every other link, in the built pages.
					exclude: ({ link }) => /#(onvio|tarefas|clientes)-\d+$/.test(link),
				}),
			],
			customCss: ['./src/styles/procedure.css', './src/styles/simulator.css'],
			sidebar: [
				{ label: 'Início', link: '/' },
				{
					label: 'Procedimento',
					items: [
						{ label: 'Opção 1: comunicação pelo Domínio Processos', link: '/opcao-1/' },
						{ label: 'Opção 2: comunicação pelo Portal do Cliente', link: '/opcao-2/' },
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
		// Last: the Content Security Policy hashes the HTML as finally emitted, into each page and _headers.
		csp(),
	],
});
