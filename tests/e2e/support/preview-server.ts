/**
 * The browser suite's global set-up: the built site served at the root and under a sub-path
 * (scripts/serve/dist-server.ts), their addresses given to every test.
 */
import type { TestProject } from 'vitest/node';
import { SUB_PATH, SUB_PATH_ROOT, serveDist } from '../../../scripts/serve/dist-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** The same site built with `--base /guia/` (dist-guia/), served under that sub-path. */
		subPathUrl: string;
	}
}

// The browser suite sees the site as Netlify or Cloudflare Pages serve it: with its _headers (content-named
// files kept for a year), and other files the browser keeps and revalidates (which spares it parsing them
// again on every page).
export default async function setup(project: TestProject) {
	const site = await serveDist({ headers: true, revalidate: true });
	const subPath = await serveDist({ root: SUB_PATH_ROOT, base: SUB_PATH, headers: true, revalidate: true });
	project.provide('baseUrl', site.baseUrl);
	project.provide('subPathUrl', subPath.baseUrl);
	return async () => {
		await site.close();
		await subPath.close();
	};
}
