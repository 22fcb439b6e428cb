/**
 * Lighthouse 12.2.3 (the version tested on this machine) on every page of the sitemap, in Debian's Chromium
 * (CHROME_PATH) with the project's flags, default mobile settings: accessibility, best practices and SEO
 * against their targets; performance reported, not held to one (a shared machine makes it noisy).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sitemapPaths } from './built-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import type { Row } from './table.ts';

const CLI = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = [
	{ id: 'accessibility', target: 100 },
	{ id: 'best-practices', target: 100 },
	{ id: 'seo', target: 100 },
	{ id: 'performance', target: undefined },
] as const;

interface Report {
	categories: Record<string, { score: number | null }>;
	runtimeError?: { message: string };
}

function lighthouse(url: string): Promise<Report> {
	const args = [
		CLI,
		url,
		'--quiet',
		'--output=json',
		'--output-path=stdout',
		`--only-categories=${CATEGORIES.map((c) => c.id).join(',')}`,
		`--chrome-flags=--headless ${CHROMIUM_FLAGS.join(' ')}`,
	];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM } });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}:\n${err}`));
			const report = JSON.parse(out) as Report;
			if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`));
			resolve(report);
		});
	});
}

export async function lighthouseRows(baseUrl: string): Promise<Row[]> {
	const rows: Row[] = [];
	for (const path of sitemapPaths()) {
		const report = await lighthouse(new URL(path, baseUrl).href);
		for (const { id, target } of CATEGORIES) {
			const score = report.categories[id]?.score;
			if (score === null || score === undefined) throw new Error(`lighthouse ${path}: no ${id} score`);
			rows.push({
				name: `Lighthouse ${id}: ${path}`,
				value: Math.round(score * 100),
				unit: '',
				digits: 0,
				...(target !== undefined ? { target: { op: '>=' as const, value: target } } : {}),
			});
		}
	}
	return rows;
}
