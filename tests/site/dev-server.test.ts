import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The README's first command serves the site with `astro dev`, which renders pages differently from
// the build (scripts and hydration code are inlined where components render): check it serves them.
// No browser is needed for that, so it runs with `npm test`, beside the other checks of what is served.
let child: ChildProcess;
let base: string;
let output = '';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	// The environment a developer has: without Vitest's variables, which switch Vite into test mode.
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
	child = spawn('node_modules/.bin/astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env,
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const until = Date.now() + 45_000;
	while (Date.now() < until) {
		try {
			if ((await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) })).ok) return;
		} catch (error) {
			// Not listening yet.
			output += `\n(fetch: ${String((error as Error).cause ?? error)})`;
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`astro dev did not start:\n${output}`);
}, 60_000);

afterAll(() => {
	child?.kill();
});

test.each(['/', '/opcao-1/', '/opcao-2/', '/informacoes-complementares/', '/simulador/', '/diagnostico/', '/como-o-simulador-decide/'])(
	'astro dev serves %s without an error',
	// The dev server renders a page the first time it is asked for it.
	{ timeout: 30_000 },
	async (path) => {
		const response = await fetch(base + path);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('<h1');
		expect(output).not.toMatch(/\[ERROR\]/);
	},
);
