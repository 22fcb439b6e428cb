/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: a path pattern on
 * its own line, then its headers indented, `Name: value` one a line; `#` starts a comment. In a pattern,
 * `*` (splat) matches anything, `/` included, and `:name` one path segment.
 *
 * The build writes it (src/integrations/csp.ts, src/integrations/immutable-assets.ts); the browser suite's server sends what it says
 * (scripts/serve/dist-server.ts); `npm run csp:snippet` turns it into nginx or Caddy configuration.
 * Plain TypeScript that Node runs with type stripping, hence the explicit types and no enums. The build
 * adds its rules with addRules(); everything else here only reads or formats.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface HeaderRule {
	/** The path pattern, as served (with the site's base). */
	pattern: string;
	headers: [name: string, value: string][];
}

/** The pattern of the paths under a base ("/" or "/guia/"), narrowed by `rest`: underBase('/guia', '_astro/*') is "/guia/_astro/*". */
export function underBase(base: string, rest = '*'): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') + rest;
}

/**
 * Adds rules to a `_headers` file (written if there is none) after the rules it has, copied from public/ or
 * written by another of the build's integrations, which it keeps. Refuses to add a header that a rule of
 * the file already sets.
 */
export function addRules(file: string, rules: HeaderRule[], comment: string[]): void {
	const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const taken = new Set(parseHeaders(existing).flatMap((r) => r.headers.map(([name]) => name.toLowerCase())));
	for (const [name] of rules.flatMap((r) => r.headers))
		if (taken.has(name.toLowerCase())) throw new Error(`_headers sets ${name} already: the build writes it, remove it there`);
	const added = formatHeaders(rules, comment);
	writeFileSync(file, existing.trim() ? `${existing.trimEnd()}\n\n${added}` : added);
}

export function formatHeaders(rules: HeaderRule[], comment: string[] = []): string {
	const lines = comment.map((line) => `# ${line}`);
	for (const { pattern, headers } of rules) {
		if (lines.length > 0) lines.push('');
		lines.push(pattern);
		for (const [name, value] of headers) {
			if (/[\r\n]/.test(value)) throw new Error(`The ${name} header of ${pattern} spans lines`);
			lines.push(`  ${name}: ${value}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a pattern must start with "/": ${line}`);
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const header = /^\s+([^:\s]+)\s*:\s*(.*?)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a pattern: ${line}`);
		rule.headers.push([header[1]!, header[2]!]);
	}
	return rules;
}

/** A pattern as a regular expression source over the path, anchored. */
function patternSource(pattern: string): string {
	return `^${pattern
		.split(/(\*|:[A-Za-z_]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('')}$`;
}

export function matches(pattern: string, pathname: string): boolean {
	return new RegExp(patternSource(pattern)).test(pathname);
}

/**
 * The headers a host sends for a path, names in lower case. Every matching rule applies; where two set the
 * same header, their values are joined with ", " (what Cloudflare Pages documents). The build never writes
 * overlapping rules for one header, because hosts do not agree on this.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const result: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
		}
	}
	return result;
}

/** The regular expression of a pattern for a server that sees `/x/index.html` where the reader asked for `/x/`. */
function serverRegex(pattern: string): string {
	const source = patternSource(pattern);
	return pattern.endsWith('/') ? `${source.slice(0, -1)}(index\\.html)?$` : source;
}

/** A double-quoted nginx string: `\\` and `\"` are its escapes. */
function nginxQuoted(value: string): string {
	return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A double-quoted Caddyfile token: only `\"` is an escape, any other backslash stays as written. */
function caddyQuoted(value: string): string {
	return `"${value.replaceAll('"', '\\"')}"`;
}

const GENERATED = (server: string) => [
	`Generated from dist/_headers by \`npm run csp:snippet -- ${server}\`: regenerate it after every build, never edit it.`,
];

/**
 * nginx: one `map` per header from the path to its value, and one `add_header` that sends it (nginx sends
 * no header whose value is empty, so paths no rule matches get none). Matching the path with a map, not a
 * `location`, leaves the server's own locations alone.
 */
export function nginxSnippet(rules: HeaderRule[]): string {
	// Header names as first written, by their lower-case form.
	const names = new Map<string, string>();
	for (const [name] of rules.flatMap((r) => r.headers)) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
	const out = [
		...GENERATED('nginx'),
		'Include it in the http block. nginx drops inherited add_header lines in any server or location block',
		'that has add_header lines of its own: repeat the add_header lines below in such a block.',
	].map((line) => `# ${line}`);
	for (const [key, name] of names) {
		const variable = `$guia_${key.replace(/[^a-z0-9]/g, '_')}`;
		out.push('', `map $uri ${variable} {`, '\tdefault "";');
		for (const rule of rules)
			for (const [header, value] of rule.headers) {
				if (header.toLowerCase() !== key) continue;
				if (value.includes('$')) throw new Error(`nginx would read "$" in the ${header} header as a variable`);
				out.push(`\t${nginxQuoted(`~${serverRegex(rule.pattern)}`)} ${nginxQuoted(value)};`);
			}
		out.push('}', `add_header ${name} ${variable} always;`);
	}
	return `${out.join('\n')}\n`;
}

/** Caddy: a named path matcher per rule and a `header` line per header; include it in the site block. */
export function caddySnippet(rules: HeaderRule[]): string {
	const out = [...GENERATED('caddy'), 'Include it in the site block that serves dist/.'].map((line) => `# ${line}`);
	rules.forEach((rule, index) => {
		out.push('', `@guia_headers_${index + 1} path_regexp ${caddyQuoted(serverRegex(rule.pattern))}`);
		for (const [name, value] of rule.headers) out.push(`header @guia_headers_${index + 1} ${name} ${caddyQuoted(value)}`);
	});
	return `${out.join('\n')}\n`;
}
