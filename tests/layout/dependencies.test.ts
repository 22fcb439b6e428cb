/**
 * The layout holds itself: no import circle between modules or between folders, the site's code imports neither
 * the tests nor the scripts, and the scripts do not import the tests. Modules and boundaries are dependency-
 * cruiser's rules (.dependency-cruiser.cjs); folders are read here, over every kind of source, because dependency-
 * cruiser reads no .astro or .mdx file and counts a folder's imports of its own subfolders as internal.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

function filesUnder(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Folder → the folders its files import from, over .ts, .tsx, .astro and .mdx alike. */
function folderImports(root: string): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const file of filesUnder(root).filter((f) => /\.(ts|tsx|astro|mdx|mjs)$/.test(f))) {
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const from = dirname(file);
			const to = dirname(normalize(join(from, spec!)));
			if (from === to) continue;
			if (!edges.has(from)) edges.set(from, new Set());
			edges.get(from)!.add(to);
		}
	}
	return edges;
}

/** Every circle of a graph, each as the path that closes it. */
function circles(edges: Map<string, Set<string>>): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (node: string, path: string[]) => {
		state.set(node, 'open');
		for (const next of [...(edges.get(node) ?? [])].sort()) {
			if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), node, next]);
			else if (!state.has(next)) visit(next, [...path, node]);
		}
		state.set(node, 'done');
	};
	for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node, []);
	return found;
}

describe('folders', () => {
	test('a circle is found where there is one', () => {
		const graph = new Map([
			['a', new Set(['b'])],
			['b', new Set(['c'])],
			['c', new Set(['a'])],
		]);
		expect(circles(graph)).toEqual([['a', 'b', 'c', 'a']]);
		expect(circles(new Map([['a', new Set(['b'])]]))).toEqual([]);
	});

	test('no folder of src imports, through any chain, a folder that imports it back', () => {
		expect(circles(folderImports('src'))).toEqual([]);
	});

	test('src/lib and src/components hold folders only, so that every import between them is between folders', () => {
		for (const root of ['src/lib', 'src/components'])
			expect(readdirSync(root).filter((name) => !statSync(join(root, name)).isDirectory()), root).toEqual([]);
	});
});

test('dependency-cruiser finds no circle between modules and no import across the boundaries', async () => {
	const config = require(join(process.cwd(), '.dependency-cruiser.cjs'));
	const result = await cruise(['src', 'scripts', 'tests'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
	const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
	const violations = output.summary.violations.map(
		(v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${relative('.', v.from)} → ${v.to}`,
	);
	expect(output.summary.totalCruised).toBeGreaterThan(100);
	expect(violations).toEqual([]);
});
