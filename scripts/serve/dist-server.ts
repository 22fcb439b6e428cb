/**
 * Serves the built site (dist/) on a free loopback port for the browser suite, the benchmark and the word count, the way a static
 * host would: directory index, trailing-slash redirects, the site's 404 page with status 404, and (an
 * option) the headers dist/_headers sets.
 * A server of our own, rather than `astro preview`, because Astro allows one preview per project
 * and the suite must not depend on, or stop, a preview a developer has running.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';


const ROOT = join(process.cwd(), 'dist');
/** The sub-path the browser suite builds a second copy of the site under (package.json, "test:e2e"). */
export const SUB_PATH = '/guia/';
export const SUB_PATH_ROOT = join(process.cwd(), 'dist-guia');
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

function resolveFile(root: string, pathname: string): string | undefined {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
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
	/** The built site's folder: dist/ unless said otherwise (e.g. the bench's stock Starlight anchor). */
	root?: string;
	/** The sub-path the site was built for, served there as a host would (anything outside is the host's 404). */
	base?: string;
	/** Send the headers the site's _headers gives each path (the Content-Security-Policy), as Netlify or Cloudflare Pages do. */
	headers?: boolean;
	/**
	 * Let the browser keep the files a page loads (scripts, styles, the search index) and revalidate them (ETag,
	 * then 304), as Netlify and Cloudflare Pages do with a file that _headers gives no caching of its own.
	 * Pages themselves are sent whole every time, so that a test reads the status and headers of each page it opens.
	 */
	revalidate?: boolean;
}

/** Serves a built site on a free loopback port; `npm run bench` uses it too. */
export async function serveDist(
	{ root = ROOT, base = '/', headers = false, revalidate = false }: ServeOptions = {},
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
	if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site in ${root}: run "npm run build" first.`);
	const headersFile = join(root, '_headers');
	if (headers && !existsSync(headersFile)) throw new Error(`No _headers in ${root}: the build writes it, run "npm run build".`);
	const rules = headers ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((request, response) => {
		const { pathname: requested } = new URL(request.url ?? '/', 'http://localhost');
		if (!requested.startsWith(base)) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not under the site\'s base path');
			return;
		}
		const pathname = `/${requested.slice(base.length)}`;
		const file = resolveFile(root, pathname);
		if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
			response.writeHead(301, { location: `${requested}/` }).end();
			return;
		}
		const status = file ? 200 : 404;
		const served = file ?? join(root, '404.html');
		const head: Record<string, string> = {
			...headersFor(rules, requested),
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
		};
		// A file _headers gives its own caching (the content-named ones) is kept as it says, never revalidated.
		if (revalidate && file && extname(file) !== '.html' && !head['cache-control']) {
			const { size, mtimeMs } = statSync(file);
			head['etag'] = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
			head['cache-control'] = 'public, max-age=0, must-revalidate';
			if (request.headers['if-none-match'] === head['etag']) {
				response.writeHead(304, head).end();
				return;
			}
		}
		response.writeHead(status, head);
		createReadStream(served).pipe(response);
	});
	const port = await listen(server);
	return {
		baseUrl: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
