/**
 * Runs one event through the rule table: which paths announce it to the client, which stay quiet,
 * and which checkboxes decided each. Runs on every click, so it only walks a few precompiled rows.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { entityScopeOf, isEntitySetting, type EntityScope } from '../catalogue/settings.ts';
import {
	CHANNELS,
	SYSTEMS,
	getSetting,
	settingKey,
	type Channel,
	type Config,
	type SampleLike,
	type SettingKey,
	type SettingRef,
	type SimEvent,
	type System,
	type EventKind,
} from './config.ts';
import { RULE_TABLE, type Requirement, type RuleId, type RuleRow } from './rules.ts';

/** One way the event could reach the client. */
export interface Candidate {
	system: System;
	channel: Channel;
	rule: RuleId;
	/** The RuleRow id, `${event}/${system}/${channel}`. */
	row: string;
	/**
	 * The checkboxes that decided the outcome. Delivered: every required checkbox (all on).
	 * Suppressed: exactly the required checkboxes that are off. See explainCandidate for pt-BR text.
	 */
	decidedBy: SettingKey[];
}

/** The deliveries of one event when more than one system announces it. */
interface DuplicateGroup {
	systems: System[];
	deliveries: Candidate[];
}

export interface Simulation {
	event: SimEvent;
	/** What reaches the client, in site order (system, then channel). */
	deliveries: Candidate[];
	/** Paths that could announce the event but are switched off. */
	suppressed: Candidate[];
	/** At most one group per event; empty when only one system (or none) announces it. */
	duplicates: DuplicateGroup[];
	/** True when the event reaches the client through no channel at all. */
	silent: boolean;
}

export type Simulator = (config: Config, event: SimEvent) => Simulation;

const pathIndex = (r: RuleRow): number => SYSTEMS.indexOf(r.system) * CHANNELS.length + CHANNELS.indexOf(r.channel);

interface CompiledRow {
	row: RuleRow;
	requires: readonly Requirement[];
}

/**
 * Builds a simulator over a rule table. Rows are sorted once by path, so the output order never
 * depends on the table's order. Exposed for tests; the site uses `simulate`.
 */
export function createSimulator(table: readonly RuleRow[] = RULE_TABLE): Simulator {
	const byEvent = new Map<EventKind, CompiledRow[]>();
	const live = table
		.filter((r): r is RuleRow & { requires: readonly Requirement[] } => r.requires !== null)
		.sort((a, b) => pathIndex(a) - pathIndex(b));
	for (const r of live) {
		const rows = byEvent.get(r.event) ?? [];
		rows.push({ row: r, requires: r.requires });
		byEvent.set(r.event, rows);
	}

	return (config, event) => {
		const deliveries: Candidate[] = [];
		const suppressed: Candidate[] = [];
		for (const { row, requires } of byEvent.get(event.kind) ?? []) {
			const keys: SettingKey[] = [];
			let off: SettingKey[] | undefined;
			let applies = true;
			for (const req of requires) {
				const key = requirementKey(req, event);
				// A row that needs the task does not apply to a document that belongs to none.
				if (key === undefined) {
					applies = false;
					break;
				}
				keys.push(key);
				if (!requirementOn(req, config, event)) (off ??= []).push(key);
			}
			if (!applies) continue;
			const candidate: Candidate = {
				system: row.system,
				channel: row.channel,
				rule: row.rule,
				row: row.id,
				decidedBy: off ?? keys,
			};
			(off ? suppressed : deliveries).push(candidate);
		}
		const systems: System[] = [];
		for (const d of deliveries) if (!systems.includes(d.system)) systems.push(d.system);
		return {
			event,
			deliveries,
			suppressed,
			duplicates: systems.length > 1 ? [{ systems, deliveries: deliveries.slice() }] : [],
			silent: deliveries.length === 0,
		};
	};
}

/** The field of an event that names the task or the client of a per-task or per-client setting. */
const EVENT_ENTITY = { 'per-task': 'taskId', 'per-client': 'clientId' } as const satisfies Record<EntityScope, keyof SimEvent>;

/** The box a requirement reads for one event; undefined for a per-task box when the event has no task. */
function requirementRef(req: Requirement, event: SimEvent): SettingRef | undefined {
	if (!isEntitySetting(req)) return { id: req };
	const entity = event[EVENT_ENTITY[entityScopeOf(req)]];
	return entity === undefined ? undefined : { id: req, entity };
}

function requirementKey(req: Requirement, event: SimEvent): SettingKey | undefined {
	const ref = requirementRef(req, event);
	return ref && settingKey(ref);
}

function requirementOn(req: Requirement, config: Config, event: SimEvent): boolean {
	const ref = requirementRef(req, event);
	return ref !== undefined && getSetting(config, ref);
}

const defaultSimulator = createSimulator();

/** Which notifications the client receives for one event under one configuration. */
export function simulate(config: Config, event: SimEvent): Simulation {
	return defaultSimulator(config, event);
}

/** Who sends some deliveries, each sender with its channels: systems and channels in site order. */
export interface Sender {
	system: System;
	channels: Channel[];
}

export function bySystem(deliveries: readonly Pick<Candidate, 'system' | 'channel'>[]): Sender[] {
	return SYSTEMS.filter((system) => deliveries.some((d) => d.system === system)).map((system) => ({
		system,
		channels: CHANNELS.filter((channel) => deliveries.some((d) => d.system === system && d.channel === channel)),
	}));
}

/** An event of a client; a hand upload belongs to no task, so the task is dropped for it. */
export function eventOf(kind: EventKind, clientId: string, taskId: string): SimEvent {
	return kind === 'manual-upload' ? { kind, clientId } : { kind, clientId, taskId };
}

/**
 * Every event of the sample office: each client's document of each task, each completed task,
 * and each client's hand upload. Documents here always belong to a task (the seed's case).
 */
export function allEvents(sample: SampleLike = SAMPLE): SimEvent[] {
	const events: SimEvent[] = [];
	for (const kind of ['document-from-dominio', 'task-completed'] as const)
		for (const client of sample.clients)
			for (const task of sample.tasks) events.push({ kind, clientId: client.id, taskId: task.id });
	for (const client of sample.clients) events.push({ kind: 'manual-upload', clientId: client.id });
	return events;
}

