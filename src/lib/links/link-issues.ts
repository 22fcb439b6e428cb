/**
 * What a link could not give: one issue per key, its message in pt-BR (messages/link-notices.ts), with the
 * link's own text cut and made safe to show.
 */
import { LINK_NOTICES } from '../messages/link-notices.ts';

export interface StateIssue {
	/** The query key the issue is about (cut like the message's echo); '' for the query as a whole. */
	key: string;
	/** pt-BR, plain text. */
	message: string;
}

/** Beyond this many issues, one closing issue counts the rest. */
export const MAX_ISSUES = 20;
/** Echoed keys and values are cut to this many characters. */
const ECHO_LENGTH = 40;

export function capIssues(issues: StateIssue[]): StateIssue[] {
	if (issues.length <= MAX_ISSUES) return issues;
	const rest = issues.length - MAX_ISSUES;
	return [
		...issues.slice(0, MAX_ISSUES),
		{ key: '', message: LINK_NOTICES.moreIssues(rest) },
	];
}

// Safe to show as text: cut by code point (no half emoji) and control or invisible characters made visible.
export function echo(value: string): string {
	const chars = Array.from(value.length > ECHO_LENGTH * 2 + 2 ? value.slice(0, ECHO_LENGTH * 2 + 2) : value);
	const cut = chars.length > ECHO_LENGTH ? `${chars.slice(0, ECHO_LENGTH).join('')}…` : chars.join('');
	return cut.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '\uFFFD');
}

// "2.000": pt-BR digit grouping without depending on the runtime's locale data.
export function formatInt(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+$)/g, '.');
}
