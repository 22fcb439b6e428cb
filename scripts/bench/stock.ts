/**
 * The stock anchor: a minimal Starlight site (pt-BR, two text pages), built in a temporary folder from this
 * project's installed `astro` and `@astrojs/starlight` (`astro build --root <folder>`), so the bench can weigh our pages against what a stock
 * Starlight page of the same versions loads, in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SCRATCH = join(ROOT, '.scratch');

/** The stock pages the bench weighs: the two text pages. */
export const STOCK_PAGES = ['/', '/segunda/'];

const FILES: Record<string, string> = {
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Starlight de fábrica',
			locales: { root: { label: 'Português (Brasil)', lang: 'pt-BR' } },
		}),
	],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	'src/content/docs/index.md': `---
title: Primeira página
---

Uma página de texto, como qualquer guia escrito com o Starlight.

## Uma seção

Parágrafos e uma lista:

- primeiro item;
- segundo item.

## Outra seção

Mais um parágrafo, para que a página tenha um sumário.
`,
	'src/content/docs/segunda.md': `---
title: Segunda página
---

Outra página de texto.

## Uma seção

Um parágrafo.

## Outra seção

Mais um parágrafo.
`,
};

export interface StockSite {
	/** The built site (the folder to serve). */
	dist: string;
	/** `astro` and `@astrojs/starlight` versions it was built from. */
	versions: string;
	remove: () => void;
}

const PACKAGES = ['astro', '@astrojs/starlight'];
const version = (pkg: string) =>
	(JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Writes and builds the stock site; throws with the build's output when it fails. */
export function buildStock(): StockSite {
	// Inside the project (in the git-ignored .scratch/), so that Node finds the installed packages by walking up
	// to node_modules, as it does for the project itself; a symlinked node_modules confuses Astro's build.
	mkdirSync(SCRATCH, { recursive: true });
	const root = mkdtempSync(join(SCRATCH, 'stock-starlight-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		// Astro learns from the dependencies which packages to bundle for the server build (Starlight must be).
		const dependencies = Object.fromEntries(PACKAGES.map((pkg) => [pkg, version(pkg)]));
		const files = { ...FILES, 'package.json': JSON.stringify({ name: 'stock-starlight', private: true, type: 'module', dependencies }) };
		for (const [path, content] of Object.entries(files)) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), content);
		}
		const result = spawnSync(process.execPath, [ASTRO, 'build', '--root', root], { cwd: root, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`the stock Starlight build failed:\n${result.stdout}\n${result.stderr}`);
	} catch (error) {
		remove();
		throw error;
	}
	return {
		dist: join(root, 'dist'),
		versions: PACKAGES.map((pkg) => `${pkg} ${version(pkg)}`).join(', '),
		remove,
	};
}
