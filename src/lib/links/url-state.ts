/**
 * The configuration as a shareable query string, e.g. `v=1&onvio=0&push=0&email=0`.
 * Support tickets keep these links for years, so:
 * - keys are the checkboxes' own names (config.ts, settingKey: the catalogue's `urlKey`, plus `.<sample id>`)
 *   and are locked by a test;
 * - `v=1` always comes first; values are `0`/`1`; settings at their default (on) are left out;
 * - decoding never throws: whatever it cannot use becomes a pt-BR issue and the rest is kept.
 * After the checkboxes come what the reader was looking at (ViewState): the complaint on the diagnosis and the
 * preview's client, event and task. They are left out at their defaults, so every older link reads as before.
 * A hand-off link ("Continuar em outro aparelho") adds last the steps ticked "Feito", by permanent anchor.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { ENTITY_LIST, entityScopeOf } from '../catalogue/settings.ts';
import { LINK_NOTICES } from '../messages/link-notices.ts';
import { capIssues, echo, formatInt, type StateIssue } from './link-issues.ts';

export { MAX_ISSUES, type StateIssue } from './link-issues.ts';
import { COMPLAINT_IDS, DEFAULT_COMPLAINT, REPORTED_CHANNELS, type ComplaintId, type ReportedChannel } from '../model/complaints.ts';
import {
	EVENT_KINDS,
	allSettingRefs,
	defaultConfig,
	getSetting,
	isEntityRef,
	parseSettingKey,
	setSetting,
	settingKey,
	type Config,
	type EventKind,
	type SampleLike,
} from '../model/config.ts';

const STATE_VERSION = 1;
/** Longer queries are cut at the last `&` before this length; no link we make comes close. */
export const MAX_QUERY_LENGTH = 2000;

/** What the reader was looking at: each part is left out where it is at its default. */
export interface ViewState {
	/** The client's complaint on the diagnosis; default "conferir". */
	complaint?: ComplaintId;
	/** Where the complained-of notice arrives; default unknown. */
	channel?: ReportedChannel | undefined;
	/** True when the office changed a client's registration recently; default false. */
	registrationChanged?: boolean | undefined;
	/** The preview's client, event and task; default the sample's first client, a document, its first task. */
	client?: string;
	event?: EventKind;
	task?: string;
}

export interface DecodedState {
	config: Config;
	view: ViewState;
	/** A hand-off link's ticks: step anchors, deduplicated; undefined when the link carries none. */
	done?: string[];
	issues: StateIssue[];
}

/** The event kinds as a link writes them. */
const EVENT_KEYS: Record<EventKind, string> = {
	'document-from-dominio': 'documento',
	'task-completed': 'conclusao',
	'manual-upload': 'arquivo',
};

/** The keys of ViewState, in the order encodeState writes them. */
const VIEW_KEYS = {
	complaint: 'queixa',
	channel: 'canal',
	registrationChanged: 'cadastro',
	client: 'ver.cliente',
	event: 'ver.evento',
	task: 'ver.tarefa',
} as const;

/** Every key a link may carry, `v` first, then catalogue order (the order encodeState writes), then the view. */
export function urlKeys(sample: SampleLike = SAMPLE): string[] {
	return ['v', ...allSettingRefs(sample).map(settingKey), ...Object.values(VIEW_KEYS), DONE_KEY];
}

export function encodeState(config: Config, view: ViewState = {}, sample: SampleLike = SAMPLE): string {
	const parts = [`v=${STATE_VERSION}`];
	for (const ref of allSettingRefs(sample)) if (!getSetting(config, ref)) parts.push(`${settingKey(ref)}=0`);
	const { complaint, channel, registrationChanged, client, event, task } = view;
	if (complaint !== undefined && complaint !== DEFAULT_COMPLAINT) parts.push(`${VIEW_KEYS.complaint}=${complaint}`);
	if (channel !== undefined) parts.push(`${VIEW_KEYS.channel}=${channel}`);
	if (registrationChanged === true) parts.push(`${VIEW_KEYS.registrationChanged}=1`);
	if (client !== undefined && client !== sample.clients[0]?.id) parts.push(`${VIEW_KEYS.client}=${client}`);
	if (event !== undefined && event !== EVENT_KINDS[0]) parts.push(`${VIEW_KEYS.event}=${EVENT_KEYS[event]}`);
	if (task !== undefined && task !== sample.tasks[0]?.id) parts.push(`${VIEW_KEYS.task}=${task}`);
	return parts.join('&');
}

/** One view key's value, or an issue saying what it accepts. */
function readView(key: string, value: string, view: ViewState, sample: SampleLike): StateIssue | undefined {
	const reject = (accepted: readonly string[]): StateIssue => ({
		key: echo(key),
		message: LINK_NOTICES.rejectedValue(echo(key), echo(value), accepted),
	});
	switch (key) {
		case VIEW_KEYS.complaint: {
			const complaint = COMPLAINT_IDS.find((id) => id === value);
			if (!complaint) return reject(COMPLAINT_IDS);
			view.complaint = complaint;
			return undefined;
		}
		case VIEW_KEYS.channel: {
			const channel = REPORTED_CHANNELS.find((id) => id === value);
			if (!channel) return reject(REPORTED_CHANNELS);
			view.channel = channel;
			return undefined;
		}
		case VIEW_KEYS.registrationChanged: {
			if (value !== '0' && value !== '1') return reject(['0', '1']);
			if (value === '1') view.registrationChanged = true;
			return undefined;
		}
		case VIEW_KEYS.client: {
			const ids = sample.clients.map((c) => c.id);
			if (!ids.includes(value)) return reject(ids);
			view.client = value;
			return undefined;
		}
		case VIEW_KEYS.event: {
			const event = EVENT_KINDS.find((kind) => EVENT_KEYS[kind] === value);
			if (!event) return reject(Object.values(EVENT_KEYS));
			view.event = event;
			return undefined;
		}
		default: {
			const ids = sample.tasks.map((t) => t.id);
			if (!ids.includes(value)) return reject(ids);
			view.task = value;
			return undefined;
		}
	}
}

const VIEW_KEY_SET: ReadonlySet<string> = new Set(Object.values(VIEW_KEYS));

/** A hand-off link's key: the ticked steps' anchors joined by dots (`feitos=onvio-1.onvio-2`); empty for none. */
const DONE_KEY = 'feitos';
/** A step anchor's shape (the catalogue's section key and number); the page keeps those of its own steps. */
const ANCHOR_SHAPE = /^[a-z]+-[1-9]\d?$/;

/** The part of a hand-off link that carries the ticks, to follow encodeState's query. */
export function encodeDone(done: readonly string[]): string {
	return `${DONE_KEY}=${done.join('.')}`;
}

/** The anchors a `feitos` value lists, and an issue naming what is no anchor. */
function readDone(value: string): { done: string[]; issue?: StateIssue } {
	const listed = value === '' ? [] : value.split('.');
	const done = [...new Set(listed.filter((anchor) => ANCHOR_SHAPE.test(anchor)))];
	const unknown = listed.filter((anchor) => !ANCHOR_SHAPE.test(anchor));
	if (unknown.length === 0) return { done };
	return { done, issue: { key: DONE_KEY, message: LINK_NOTICES.unknownSteps(DONE_KEY, unknown.slice(0, 5).map(echo)) } };
}

/** Decodes a query without its '?'. Never throws. */
export function decodeState(query: string, sample: SampleLike = SAMPLE): DecodedState {
	const issues: StateIssue[] = [];
	let config = defaultConfig(sample);
	const view: ViewState = {};
	let done: string[] | undefined;
	// A Map, not an object: keys such as "__proto__" from the link must never reach a prototype.
	const refs = new Map(allSettingRefs(sample).map((ref) => [settingKey(ref), ref] as const));

	let text = typeof query === 'string' ? query : '';
	if (text.length > MAX_QUERY_LENGTH) {
		issues.push({
			key: '',
			message: LINK_NOTICES.tooLong(formatInt(text.length), formatInt(MAX_QUERY_LENGTH)),
		});
		const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
		text = cut >= 0 ? text.slice(0, cut) : '';
	}

	// Per key: how many times it came, and the value used (the first valid one).
	const seen = new Map<string, { count: number; used?: string }>();
	for (const [key, value] of new URLSearchParams(text)) {
		const entry = seen.get(key) ?? { count: 0 };
		entry.count++;
		seen.set(key, entry);
		if (entry.used !== undefined) continue;

		if (key === 'v') {
			const issue = versionIssue(value);
			if (issue) issues.push(issue);
			// A number (even a newer version) settles the version; garbage leaves room for a later "v".
			if (/^\d{1,9}$/.test(value) && Number(value) >= 1) entry.used = value;
			continue;
		}
		if (key === DONE_KEY) {
			const read = readDone(value);
			if (read.issue) issues.push(read.issue);
			done = read.done;
			entry.used = value;
			continue;
		}
		if (VIEW_KEY_SET.has(key)) {
			const issue = readView(key, value, view, sample);
			if (issue) issues.push(issue);
			else entry.used = value;
			continue;
		}
		const ref = refs.get(key);
		if (!ref) {
			if (entry.count === 1) issues.push(unknownKeyIssue(key, sample));
			continue;
		}
		if (value !== '0' && value !== '1') {
			issues.push({
				key: echo(key),
				message: LINK_NOTICES.notZeroOrOne(echo(key), echo(value)),
			});
			continue;
		}
		entry.used = value;
		config = setSetting(config, ref, value === '1');
	}

	for (const [key, entry] of seen)
		if (entry.count > 1 && entry.used !== undefined)
			issues.push({
				key: echo(key),
				message: LINK_NOTICES.repeated(echo(key), entry.count, echo(entry.used)),
			});

	return { config, view, ...(done ? { done } : {}), issues: capIssues(issues) };
}

/**
 * Decodes from what a page has at hand: `location.search` ("?v=1&…"), a full URL
 * ("https://…/simulador/?v=1&…#x") or a bare query. Never throws.
 */
export function decodeSearch(input: string, sample: SampleLike = SAMPLE): DecodedState {
	let text = typeof input === 'string' ? input : '';
	const hash = text.indexOf('#');
	if (hash >= 0) text = text.slice(0, hash);
	const mark = text.indexOf('?');
	if (mark >= 0) text = text.slice(mark + 1);
	return decodeState(text, sample);
}

function versionIssue(value: string): StateIssue | undefined {
	if (value === String(STATE_VERSION)) return undefined;
	if (/^\d{1,9}$/.test(value) && Number(value) > STATE_VERSION)
		return {
			key: 'v',
			message: LINK_NOTICES.newerVersion(Number(value), STATE_VERSION),
		};
	return {
		key: 'v',
		message: LINK_NOTICES.badVersion(echo(value), STATE_VERSION),
	};
}

function unknownKeyIssue(key: string, sample: SampleLike): StateIssue {
	if (key === '') return { key, message: LINK_NOTICES.unnamedKey() };
	const shown = echo(key);
	// A well-formed key of a task or client that the sample does not have.
	const ref = parseSettingKey(key);
	if (ref && isEntityRef(ref)) {
		const scope = entityScopeOf(ref.id);
		const known = sample[ENTITY_LIST[scope]].map((entry) => entry.id);
		return { key: shown, message: LINK_NOTICES.unknownEntity[scope](shown, echo(ref.entity), known) };
	}
	return {
		key: shown,
		message: LINK_NOTICES.unknownKey(shown, urlKeys(sample)),
	};
}
