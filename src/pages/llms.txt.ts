/** /llms.txt: the guide's index for LLM tools (the llms.txt convention). The text: src/lib/llms/llms-text.ts. */
import type { APIRoute } from 'astro';
import { llmsIndex, siteRoot } from '../lib/llms/llms-text.ts';

// A file written at build time, like every page of the site.
export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(llmsIndex(siteRoot(site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
