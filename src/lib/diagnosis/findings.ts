/**
 * What goes wrong, read event by event: the events of the sample office grouped by cause (the settings that
 * decide them), each group one finding about the office, worded in terms of those settings.
 */

import { SETTING_IDS, type SettingId } from '../catalogue/settings.ts';

import {
	EVENT_KINDS,
	parseSettingKey,
	type Config,
	type EventKind,
	type SampleLike,
	type SettingKey,
	type SimEvent,
} from '../model/config.ts';
import { isEntitySetting } from '../catalogue/settings.ts';
import { coverageOf } from '../model/config.ts';
import { OPTIONS, type OptionId } from '../catalogue/options.ts';
import { duplicateFinding, silenceFinding, TWO_SYSTEMS_FINDING } from '../messages/diagnosis.ts';
import { restsOnInterpretation, ruleRow, type SourceId } from '../model/rules.ts';
import { bySystem, type Candidate, type Sender, type Simulation } from '../model/simulate.ts';
import { type Verdict } from '../model/verdict.ts';

/**
 * - duplicate: the same event reaches the clients through both systems;
 * - two-systems: no event comes twice, yet each system announces something, so no option is complete;
 * - silence: an event reaches the clients through no channel.
 */
type FindingType = 'duplicate' | 'two-systems' | 'silence';

/**
 * - problem: something to fix (every duplicate; a silence the nearest option's changes remove).
 * - expected: what the nearest option intends (completed tasks under Opção 2).
 * - choice: the office unmarked a task or client flag, which Opção 1 allows.
 * - caveat: a consequence of the nearest option that rests on an interpretation.
 */
type FindingCategory = 'problem' | 'expected' | 'choice' | 'caveat';

/** One cause, over every sample event it decides. */
export interface Finding {
	type: FindingType;
	category: FindingCategory;
	/** The kinds of event it is about, in the site's event order. */
	eventKinds: EventKind[];
	/** The sample events it covers, in event order: the simulator shows them one by one. */
	events: SimEvent[];
	/** The cause, as the office's settings: marked for a duplicate, unmarked for a silence. */
	settings: SettingId[];
	/** The checkbox instances behind it, over the sample. */
	decidedBy: SettingKey[];
	/** pt-BR, one or two sentences about the office; never a sample name. */
	text: string;
	/**
	 * Where the finding rests on an interpretation, the source it rests on, to be labelled "Interpretação": its id,
	 * whose text rule-sources.ts keeps out of the pages that only need the label.
	 */
	source?: SourceId;
}

/** One event of the sample office, read: how it went and which settings decided it. */
export interface EventReading {
	event: SimEvent;
	sim: Simulation;
	type: FindingType;
	category: FindingCategory;
	decidedBy: SettingKey[];
	/** The settings that make it happen, as instances: see `causeOf`. */
	cause: SettingKey[];
}

export function twoSystemsOf(verdict: Verdict, simulations: readonly Simulation[], nearest: OptionId): Finding | undefined {
	if (verdict.kind !== 'both-systems' || verdict.duplicated.length > 0) return undefined;
	const silenced = verdict.announces.find((entry) => entry.system !== OPTIONS[nearest].system);
	if (!silenced) return undefined;
	const talking = simulations.filter((sim) => sim.deliveries.length > 0);
	const deliveries = talking.flatMap((sim) => sim.deliveries);
	const decidedBy = unique(deliveries.filter((d) => d.system === silenced.system).flatMap((d) => d.decidedBy));
	// Labelled only where what the silenced system still sends rests on this guide's reading.
	const row = interpretationRow(deliveries.filter((d) => d.system === silenced.system));
	return {
		type: 'two-systems',
		category: 'problem',
		eventKinds: EVENT_KINDS.filter((kind) => verdict.announces.some((entry) => entry.kinds.includes(kind))),
		events: talking.map((sim) => sim.event),
		settings: settingIdsOf(decidedBy),
		decidedBy,
		text: TWO_SYSTEMS_FINDING[silenced.system],
		...(row ? { source: row.source } : {}),
	};
}

/** The first row among some paths that rests on this guide's reading, if any: a finding that uses it says so. */
function interpretationRow(candidates: readonly Candidate[]) {
	return candidates.map((c) => ruleRow(c.row)).find(restsOnInterpretation);
}

export function readEvent(
	sim: Simulation,
	nearest: OptionId,
	turnedOn: ReadonlySet<SettingKey>,
	intended: (key: SettingKey) => boolean,
): EventReading | undefined {
	const { event } = sim;
	const group = sim.duplicates[0];
	if (group) {
		const decidedBy = unique(group.deliveries.flatMap((d) => d.decidedBy));
		return { event, sim, type: 'duplicate', category: 'problem', decidedBy, cause: decidedBy };
	}
	if (!sim.silent) return undefined;

	const decidedBy = unique(sim.suppressed.flatMap((c) => c.decidedBy));
	const fixed = decidedBy.filter((key) => turnedOn.has(key));
	const category: FindingCategory =
		fixed.length > 0
			? 'problem'
			: event.kind === 'manual-upload'
				? 'caveat'
				: event.kind === 'task-completed' && nearest === 'option2'
					? 'expected'
					: 'choice';
	// A problem is caused by what the changes turn on; what the option intends, by the option's design;
	// anything else, by what the office chose, leaving out what the option already wants as it is.
	const designed = decidedBy.filter(intended);
	const chosen = decidedBy.filter((key) => !intended(key));
	const cause =
		category === 'problem'
			? fixed
			: category === 'expected'
				? designed.length > 0 ? designed : decidedBy
				: chosen.length > 0 ? chosen : decidedBy;
	return { event, sim, type: 'silence', category, decidedBy, cause };
}

interface CauseGroup {
	type: FindingType;
	category: FindingCategory;
	readings: EventReading[];
}

/**
 * One group per cause: same type and category, and the same global settings behind it. Per-task and per-client flags are merged, since they read as one condition
 * on the office ("aos clientes com … desmarcada, nem nas tarefas com … desmarcada").
 */
export function groupByCause(readings: readonly EventReading[]): CauseGroup[] {
	const groups = new Map<string, CauseGroup>();
	for (const reading of readings) {
		const globals = settingIdsOf(reading.cause).filter((id) => !isEntitySetting(id));
		const key = [reading.type, reading.category, ...globals].join('|');
		const group = groups.get(key) ?? { type: reading.type, category: reading.category, readings: [] };
		group.readings.push(reading);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** The paths a reading is about: what arrives twice, or what stays quiet. */
function pathsOf(reading: EventReading): Candidate[] {
	return reading.type === 'duplicate' ? reading.sim.deliveries : reading.sim.suppressed;
}

/** Who sends a group's duplicate, on which channels: the ONVIO Gestão boxes are global, so one event tells all. */
function sendersOf(group: CauseGroup): Sender[] {
	return bySystem(group.readings[0]!.sim.duplicates[0]!.deliveries);
}

export function toFinding(group: CauseGroup, config: Config, nearest: OptionId, sample: SampleLike): Finding {
	const { type, category, readings } = group;
	const settings = settingIdsOf(readings.flatMap((r) => r.cause));
	const eventKinds = EVENT_KINDS.filter((kind) => readings.some((r) => r.event.kind === kind));
	const text =
		type === 'duplicate'
			? duplicateFinding({
					senders: sendersOf(group),
					clients: coverageOf(config, 'processos.client', sample),
					tasks: coverageOf(config, 'processos.task', sample),
				})
			: silenceFinding({
					category,
					settings,
					kinds: eventKinds,
					option: OPTIONS[nearest].name,
					coverage: (id) => coverageOf(config, id, sample),
				});
	// Labelled where any path it speaks of rests on this guide's reading, not only where all do.
	const row = interpretationRow(readings.flatMap(pathsOf));
	return {
		type,
		category,
		eventKinds,
		events: readings.map((r) => r.event),
		settings,
		decidedBy: unique(readings.flatMap((r) => r.decidedBy)),
		text,
		...(row ? { source: row.source } : {}),
	};
}

/** The setting ids of some instances, in catalogue order. */
function settingIdsOf(keys: readonly SettingKey[]): SettingId[] {
	const ids = new Set(keys.map((key) => parseSettingKey(key)!.id));
	return SETTING_IDS.filter((id) => ids.has(id));
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
