/**
 * Reads a whole configuration the way a support agent would: runs every event of the sample office,
 * groups what goes wrong by cause, finds the nearest option and lists the changes to reach it.
 *
 * Nearest option (per the seed, the office picks one of two):
 * - Opção 1 counts the three ONVIO Gestão checkboxes and the Portal parameter. Task and client
 *   flags are the office's choice ("marque ou desmarque") and are left alone, except when all
 *   sample tasks, or all sample clients, are unmarked: Opção 1 would then announce nothing, so
 *   re-marking them is part of reaching it.
 * - Opção 2 counts the ONVIO Gestão checkboxes, the Portal parameter and every client still
 *   marked. Task flags do not matter under Opção 2 and are never changed.
 * - On a tie, Opção 1: it is the seed's first option and keeps the office's task and client choices.
 *
 * A silence is a problem when the nearest option's changes would turn on a checkbox that caused it.
 * Otherwise it is expected (a completed task under Opção 2, as the seed intends), a caveat
 * (a hand upload under Opção 1, an interpretation) or the office's choice (a flag it unmarked).
 *
 * Findings are about the office, not about the sample: the events of the sample are grouped by cause
 * (the settings that decide them), and each group is one finding, worded in terms of those settings
 * ("os clientes com 'Notificar Cliente' marcada…"). Sample names never appear in a finding.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { type SettingId } from '../catalogue/settings.ts';
import { optionSettingStates } from '../catalogue/option-states.ts';
import { STEPS } from '../catalogue/steps.ts';
import {
	allSettingRefs,
	getSetting,
	parseSettingKey,
	refsOfSetting,
	settingKey,
	type Config,
	type SampleLike,
	type SettingKey,
	type SettingRef,
} from '../model/config.ts';
import { explainSetting, stepLinksOf, type StepLink } from '../explain/explain.ts';
import { isEntitySetting } from '../catalogue/settings.ts';
import { OPTIONS, type OptionId } from '../catalogue/options.ts';
import { DEFAULT_COMPLAINT, settingsExplain, type ComplaintDetails, type ComplaintId } from '../model/complaints.ts';
import { hiddenCausesFor, type HiddenCause } from '../model/hidden-causes.ts';
import { changeText, diagnosisReason, diagnosisSummary, type Cost } from '../messages/diagnosis.ts';
import { allEvents, simulate } from '../model/simulate.ts';
import { verdictOf, type Verdict } from '../model/verdict.ts';
import { groupByCause, readEvent, toFinding, twoSystemsOf, type EventReading, type Finding } from './findings.ts';
export interface Change {
	ref: SettingRef;
	key: SettingKey;
	from: boolean;
	to: boolean;
	/** The step(s) of the target option's page that make this change. */
	steps: StepLink[];
	/** pt-BR, about this one checkbox, e.g. "Desmarque 'Notificações via push' do ONVIO Gestão (vale para todos os clientes)." */
	text: string;
}

interface OptionDistance {
	option: OptionId;
	/** Number of checkboxes of the sample office to change. */
	distance: number;
	/** The same, as it holds for any office: the global changes, and the flags to change per client or task. */
	cost: Cost;
	/** In the order of the option's steps. */
	changes: Change[];
}

export interface Diagnosis {
	/** Duplicates and unexpected silences, one per cause. */
	problems: Finding[];
	/** Expected silences, office choices and caveats, one per cause. */
	notes: Finding[];
	/** The option needing the fewest changes (Opção 1 on a tie). */
	nearest: OptionDistance;
	/** Both options, for "or switch to the other option". */
	options: Record<OptionId, OptionDistance>;
	/** Who talks to the clients, over every event of the office: the article's yardstick. */
	verdict: Verdict;
	/** What the client reports, as the agent picked it. */
	complaint: ComplaintId;
	/** True when the settings account for the complaint (always, for a plain check). */
	explained: boolean;
	/** What no checkbox shows, to check when the settings do not explain the complaint. */
	causes: HiddenCause[];
	/** True when there are no problems, no changes and the settings explain the complaint: "nada a mudar". */
	ok: boolean;
	/** pt-BR, one or two short sentences: what was found and what it takes. */
	summary: string;
	/** pt-BR, one sentence: why the nearest option is the one to follow. */
	reason: string;
}

/** The checkbox values an option asks for, given the current config (see the header for the choices). */
function targetOf(option: OptionId, config: Config, sample: SampleLike): (ref: SettingRef) => boolean | undefined {
	// What the option's steps set: the one source the presets and the comparison table read too.
	const changes = new Map(optionSettingStates(OPTIONS[option].page).map((state) => [state.setting, state.change]));
	const allOff = (id: SettingId) => {
		const refs = refsOfSetting(id, sample);
		return refs.length > 0 && refs.every((r) => !getSetting(config, r));
	};
	return (ref) => {
		const change = changes.get(ref.id);
		if (!change) return undefined;
		// "Marque ou desmarque" leaves the box to the office, unless every one is unmarked: then nothing is announced.
		if (change.choice) return allOff(ref.id) ? change.value : undefined;
		return change.value;
	};
}

// Position of a change in its page's steps; ties keep catalogue (URL) order.
function stepOrder(change: Change): number {
	const first = change.steps[0];
	return first ? STEPS.findIndex((s) => s.page === first.page && s.anchor === first.anchor) : STEPS.length;
}

/** The changes that bring `config` to an option, in the order of that option's steps. */
export function changesTo(option: OptionId, config: Config, sample: SampleLike = SAMPLE): Change[] {
	const target = targetOf(option, config, sample);
	const page = OPTIONS[option].page;
	const changes: Change[] = [];
	for (const ref of allSettingRefs(sample)) {
		const to = target(ref);
		const from = getSetting(config, ref);
		if (to === undefined || to === from) continue;
		changes.push({
			ref,
			key: settingKey(ref),
			from,
			to,
			steps: stepLinksOf(ref, page),
			text: changeText(to, explainSetting(ref, sample).text),
		});
	}
	return changes.sort((a, b) => stepOrder(a) - stepOrder(b));
}

function distanceTo(option: OptionId, config: Config, sample: SampleLike): OptionDistance {
	const changes = changesTo(option, config, sample);
	const perEntity: Cost['perEntity'] = [];
	for (const { ref, to } of changes)
		if (isEntitySetting(ref.id) && !perEntity.some((e) => e.setting === ref.id)) perEntity.push({ setting: ref.id, to });
	const global = changes.filter((c) => !isEntitySetting(c.ref.id)).length;
	return { option, distance: changes.length, cost: { global, perEntity }, changes };
}

/** What one event of the sample shows: a duplicate or a silence, its category and its cause. */
/** Runs every event of the sample office and reads the result against the complaint; see the module header. */
export function diagnose(
	config: Config,
	complaint: ComplaintId = DEFAULT_COMPLAINT,
	sample: SampleLike = SAMPLE,
	details: ComplaintDetails = {},
): Diagnosis {
	const options = {
		option1: distanceTo('option1', config, sample),
		option2: distanceTo('option2', config, sample),
	};
	const nearest = options.option2.distance < options.option1.distance ? options.option2 : options.option1;
	const other = nearest === options.option1 ? options.option2 : options.option1;
	const turnedOn = new Set(nearest.changes.filter((c) => c.to).map((c) => c.key));
	const target = targetOf(nearest.option, config, sample);
	// A checkbox already where the option wants it is the option's design, not the cause of what it does.
	const intended = (key: SettingKey) => {
		const ref = parseSettingKey(key)!;
		return target(ref) === getSetting(config, ref);
	};

	const simulations = allEvents(sample).map((event) => simulate(config, event));
	const verdict = verdictOf(simulations);
	const readings: EventReading[] = [];
	for (const sim of simulations) {
		const reading = readEvent(sim, nearest.option, turnedOn, intended);
		if (reading) readings.push(reading);
	}
	const findings = groupByCause(readings).map((group) => toFinding(group, config, nearest.option, sample));
	const twoSystems = twoSystemsOf(verdict, simulations, nearest.option);
	const problems = [...(twoSystems ? [twoSystems] : []), ...findings.filter((f) => f.category === 'problem')];
	const notes = findings.filter((f) => f.category !== 'problem');
	const explained = settingsExplain(complaint, verdict, details);
	const ok = problems.length === 0 && nearest.changes.length === 0 && explained;
	const names = { option: OPTIONS[nearest.option].name, other: OPTIONS[other.option].name };
	return {
		problems,
		notes,
		nearest,
		options,
		verdict,
		complaint,
		explained,
		causes: hiddenCausesFor(complaint, verdict, details),
		ok,
		summary: diagnosisSummary({ option: names.option, problems: problems.length, cost: nearest.cost, ok, explained }),
		reason: diagnosisReason({ ...names, verdict: OPTIONS[nearest.option].verdict, cost: nearest.cost, otherCost: other.cost, ok }),
	};
}

/**
 * Each system announces something and no event comes twice: the office is halfway to an option. The finding
 * speaks of every event that reaches the clients; its settings are those that keep the system that the
 * nearest option silences talking.
 */
