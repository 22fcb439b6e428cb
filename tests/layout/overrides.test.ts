/**
 * The Search override (src/components/starlight/Search.astro) mirrors Starlight's own component: its button,
 * dialog, strings and styles, with Pagefind loaded only when the search opens instead of when the browser goes
 * idle. A Starlight upgrade that changes that component must be read against the override before it lands.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The installed package, as the build resolves it (its exports do not include package.json).
const STARLIGHT = join(process.cwd(), 'node_modules/@astrojs/starlight');

/** Starlight 0.42.4's Search.astro, which the override was last compared with. */
const COMPARED_WITH = { version: '0.42.4', sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062' };

test('Starlight’s Search component is the one the override was compared with', () => {
	const source = readFileSync(join(STARLIGHT, 'dist/components/Search.astro'), 'utf8');
	const version = (JSON.parse(readFileSync(join(STARLIGHT, 'package.json'), 'utf8')) as { version: string }).version;
	expect(
		createHash('sha256').update(source).digest('hex'),
		`Starlight ${version} changed Search.astro since ${COMPARED_WITH.version}: compare it with src/components/starlight/Search.astro (markup, strings, styles, how Pagefind loads), then record its hash here`,
	).toBe(COMPARED_WITH.sha256);
});

test('the strings the override takes from Starlight are still Starlight’s', () => {
	const source = readFileSync(join(STARLIGHT, 'dist/components/Search.astro'), 'utf8');
	const override = readFileSync('src/components/starlight/Search.astro', 'utf8');
	const keys = [...override.matchAll(/t\('([\w.]+)'\)/g)].map((m) => m[1]!);
	expect(keys.length).toBeGreaterThan(3);
	for (const key of new Set(keys)) expect(source, key).toContain(`'${key}'`);
});
