/**
 * Serves the built site (dist/) on a free loopback port for the browser suite, the way a static
 * host would: directory index, trailing-slash redirects, the site's 404 page with status 404, and (an
 * option) the headers dist/_headers sets.
 * A server of our own, rather than `astro preview`, because Astro allows one preview per project
 * and the suite must not depend on, or stop, a preview a developer has running.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { headersFor, parseHeaders } from '../../../src/integrations/headers-file.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const ROOT = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
};

function resolveFile(pathname: string): string | undefined {
	const path = normalize(join(ROOT, decodeURIComponent(pathname)));
	if (path !== ROOT && !path.startsWith(ROOT + sep)) return undefined;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

function listen(server: Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
	});
}

export interface ServeOptions {
	/** Send the headers dist/_headers gives each path (the Content-Security-Policy), as Netlify or Cloudflare Pages do. */
	headers?: boolean;
}

/** Serves dist/ on a free loopback port; `npm run bench` uses it too. */
export async function serveDist(options: ServeOptions = {}): Promise<{ baseUrl: string; close: () => Promise<void> }> {
	if (!existsSync(join(ROOT, 'index.html'))) throw new Error('No built site in dist/: run "npm run build" first.');
	const headersFile = join(ROOT, '_headers');
	if (options.headers && !existsSync(headersFile)) throw new Error('No dist/_headers: the build writes it, run "npm run build".');
	const rules = options.headers ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = resolveFile(pathname);
		if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
			response.writeHead(301, { location: `${pathname}/` }).end();
			return;
		}
		const status = file ? 200 : 404;
		const served = file ?? join(ROOT, '404.html');
		response.writeHead(status, {
			...headersFor(rules, pathname),
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});
	const port = await listen(server);
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

// The browser suite sees the site as Netlify or Cloudflare Pages serve it: with its _headers.
export default async function setup(project: TestProject) {
	const { baseUrl, close } = await serveDist({ headers: true });
	project.provide('baseUrl', baseUrl);
	return close;
}
