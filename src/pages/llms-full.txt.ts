/** /llms-full.txt: the guide's full text for LLM tools, every step with its permanent link. The text: src/lib/llms/llms-text.ts. */
import type { APIRoute } from 'astro';
import { llmsFull, siteRoot } from '../lib/llms/llms-text.ts';

// A file written at build time, like every page of the site.
export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(llmsFull(siteRoot(site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
