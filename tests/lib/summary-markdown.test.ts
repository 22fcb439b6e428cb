/**
 * The summary in Markdown reads as intended once a real CommonMark parser has read it: every line of the text form
 * is a paragraph, a list item or a heading of its own (strict CommonMark runs consecutive lines into one
 * paragraph), and every address is a link, never bare text.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';
import { decodeState } from '../../src/lib/links/url-state.ts';

const ROOT = 'https://suporte.example.com.br/guia/';
const commonmark = new MarkdownIt('commonmark');

describe.each([
	'v=1',
	'v=1&onvio=0&push=0&email=0&queixa=duplicado&canal=email&cadastro=1',
	'v=1&aviso=0&queixa=indesejado&canal=whatsapp',
	'v=1&onvio=0&push=0&email=0&aviso=0&queixa=nenhum',
	'v=1&onvio=0&push=0&email=0&cliente.padaria=0',
])('the summary of %s', (query) => {
	const { config, view } = decodeState(query);
	const summary = (format: 'text' | 'markdown') => ticketSummary(config, ROOT, format, view.complaint, undefined, view);

	test('each line of the text form is its own block in the parsed Markdown', () => {
		const tokens = commonmark.parse(summary('markdown'), {});
		// Blocks a reader sees: headings, list items, and paragraphs outside list items.
		let depth = 0;
		let blocks = 0;
		for (const token of tokens) {
			if (token.type === 'list_item_open') {
				blocks++;
				depth++;
			} else if (token.type === 'list_item_close') depth--;
			else if (token.type === 'heading_open' || (token.type === 'paragraph_open' && depth === 0)) blocks++;
		}
		const lines = summary('text').split('\n').filter((line) => line.trim() !== '');
		expect(blocks).toBe(lines.length);
	});

	test('every address is a link', () => {
		const html = commonmark.render(summary('markdown'));
		const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
		const addresses = [...summary('markdown').matchAll(/https:\/\/[^\s)]+/g)].map((m) => m[0]);
		expect(addresses.length).toBeGreaterThan(0);
		expect(hrefs).toEqual(addresses);
		// Nothing of an address is left as visible text.
		expect(html.replace(/<a [^>]*>/g, '')).not.toContain('https://');
	});
});
