/**
 * `npm run csp:snippet -- nginx|caddy`: prints the server configuration that sends the headers of the
 * built site's `dist/_headers` (the Content-Security-Policy the build computed, and the caching of the
 * content-named files), for hosts that do not read
 * that file. Generated from the build, so run it after every build instead of typing or editing the policy.
 * Runs on Node 24 with type stripping (`node scripts/csp-snippet.ts`), hence the `.ts` import paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caddySnippet, nginxSnippet, parseHeaders } from '../src/integrations/headers-file.ts';

const SERVERS = { nginx: nginxSnippet, caddy: caddySnippet };
const server = process.argv[2];
if (server !== 'nginx' && server !== 'caddy') {
	process.stderr.write('usage: npm run csp:snippet -- nginx|caddy\n');
	process.exit(2);
}
const file = join(import.meta.dirname, '..', 'dist', '_headers');
if (!existsSync(file)) {
	process.stderr.write('No dist/_headers: run "npm run build" first.\n');
	process.exit(1);
}
process.stdout.write(SERVERS[server](parseHeaders(readFileSync(file, 'utf8'))));
