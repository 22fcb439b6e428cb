/**
 * The Nu Html Checker (vnu-jar, run with the machine's Java 17 or later) over every built page: no HTML error
 * of our own. One message is Starlight's, on every stock Starlight page, and allowed by its exact words.
 */
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST } from '../../scripts/bench/built-pages.ts';

/**
 * Starlight writes `<script aria-hidden="true">` in its sidebar (restoring its scroll position) and its mobile
 * menu; a stock Starlight site has the same two per page. Not ours to fix, and harmless: a script is not rendered.
 */
const STARLIGHT_OWN = 'The “aria-hidden” attribute must not be specified on the “script” element.';

interface VnuMessage {
	type: string;
	url: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** vnu's errors for the given files. It exits non-zero when it finds any, so its exit code says nothing more. */
function vnuErrors(files: string[]): VnuMessage[] {
	const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
	if (run.error) throw new Error(`java could not run (Debian: apt-get install default-jre-headless): ${run.error.message}`);
	// The report goes to standard error.
	const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
	return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

const pages = globSync('**/*.html', { cwd: DIST }).sort();
const describeLine = (m: VnuMessage) => `line ${m.lastLine}: ${m.message} [${(m.extract ?? '').replace(/\s+/g, ' ').trim()}]`;

let byPage: Map<string, VnuMessage[]>;
beforeAll(() => {
	byPage = new Map(pages.map((page) => [page, []]));
	for (const error of vnuErrors(pages.map((page) => join(DIST, page)))) {
		const page = relative(DIST, new URL(error.url).pathname);
		if (!byPage.has(page)) throw new Error(`vnu reported on a file it was not given: ${error.url} (${error.message})`);
		byPage.get(page)!.push(error);
	}
}, 120_000);

test('the build has pages to check', () => {
	expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'opcao-1/index.html', 'simulador/index.html']));
});

describe.each(pages)('%s', (page) => {
	test('has no HTML error of our own', () => {
		expect(byPage.get(page)!.filter((m) => m.message !== STARLIGHT_OWN).map(describeLine)).toEqual([]);
	});
});

test('the checker can fail: it reports the two errors this site once had, a body <style> out of place and an empty <time>', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'page.html');
	writeFileSync(
		file,
		'<!doctype html><html lang="pt-BR"><head><title>t</title></head><body><p>a</p><style>p{color:red}</style><time></time></body></html>',
	);
	const messages = vnuErrors([file]).map((m) => m.message);
	expect(messages).toEqual([
		expect.stringContaining('A “style” element in “body” must be the first child of its parent'),
		expect.stringContaining('The text content of element “time” was not in the required format'),
	]);
}, 60_000);
