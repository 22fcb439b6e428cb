/**
 * Reads a whole configuration the way a support agent would: runs every event of the sample office,
 * reports duplicates and silences, finds the nearest option and lists the changes to reach it.
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
 */
import { SAMPLE } from './catalogue/sample.ts';
import { STEPS } from './catalogue/steps.ts';
import {
	allSettingRefs,
	getSetting,
	settingKey,
	type Config,
	type EventKind,
	type SampleLike,
	type SettingKey,
	type SettingRef,
} from './config.ts';
import {
	CHANNEL_LABELS,
	SYSTEM_LABELS,
	explainSetting,
	joinPt,
	sentence,
	settingsText,
	stepLinksOf,
	type StepLink,
} from './explain.ts';
import { OPTIONS, type OptionId } from './presets.ts';
import { sourceOf } from './rule-sources.ts';
import { RULE_TABLE, type Source } from './rules.ts';
import { allEvents, simulate, type Simulation } from './simulate.ts';

export type FindingType = 'duplicate' | 'silence';

/**
 * - problem: something to fix (every duplicate; a silence the nearest option's changes remove).
 * - expected: what the nearest option intends (completed tasks under Opção 2).
 * - choice: the office unmarked a task or client flag, which Opção 1 allows.
 * - caveat: a consequence of the nearest option that rests on an interpretation.
 */
export type FindingCategory = 'problem' | 'expected' | 'choice' | 'caveat';

export interface Finding {
	type: FindingType;
	category: FindingCategory;
	eventKind: EventKind;
	clientId: string;
	taskId?: string;
	/** pt-BR, one or two sentences. */
	text: string;
	/** The setting instances behind the finding: delivered paths for a duplicate, off checkboxes for a silence. */
	decidedBy: SettingKey[];
	/** Where the finding rests on an interpretation, its source, to be labelled "Interpretação". */
	source?: Source;
}

export interface Change {
	ref: SettingRef;
	key: SettingKey;
	from: boolean;
	to: boolean;
	/** The step(s) of the target option's page that make this change. */
	steps: StepLink[];
	/** pt-BR, e.g. "Desmarque 'Notificações via push' (ONVIO Gestão), vale para todos os clientes." */
	text: string;
}

export interface OptionDistance {
	option: OptionId;
	/** Number of checkboxes to change. */
	distance: number;
	/** In the order of the option's steps. */
	changes: Change[];
}

export interface Diagnosis {
	/** Duplicates and unexpected silences, in event order. */
	problems: Finding[];
	/** Expected silences, office choices and caveats. */
	notes: Finding[];
	/** The option needing the fewest changes (Opção 1 on a tie). */
	nearest: OptionDistance;
	/** Both options, for "or switch to the other option". */
	options: Record<OptionId, OptionDistance>;
	/** True when there are no problems and no changes: "nada a mudar". */
	ok: boolean;
	/** pt-BR, one sentence. */
	summary: string;
}

/** The checkbox values an option asks for, given the current config (see the header for the choices). */
function targetOf(option: OptionId, config: Config, sample: SampleLike): (ref: SettingRef) => boolean | undefined {
	const allTasksOff = sample.tasks.length > 0 && sample.tasks.every((t) => !getSetting(config, { id: 'processos.task', taskId: t.id }));
	const allClientsOff =
		sample.clients.length > 0 && sample.clients.every((c) => !getSetting(config, { id: 'processos.client', clientId: c.id }));
	return (ref) => {
		switch (ref.id) {
			case 'gestao.onvio':
			case 'gestao.push':
			case 'gestao.email':
				return option === 'option2';
			case 'portal.emailOnProcessosPublication':
				return option === 'option1';
			case 'processos.task':
				return option === 'option1' && allTasksOff ? true : undefined;
			case 'processos.client':
				if (option === 'option2') return false;
				return allClientsOff ? true : undefined;
		}
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
			text: sentence(`${to ? 'Marque' : 'Desmarque'} ${explainSetting(ref, sample).text}`),
		});
	}
	return changes.sort((a, b) => stepOrder(a) - stepOrder(b));
}

function distanceTo(option: OptionId, config: Config, sample: SampleLike): OptionDistance {
	const changes = changesTo(option, config, sample);
	return { option, distance: changes.length, changes };
}

/** Runs every event of the sample office and reads the result; see the module header. */
export function diagnose(config: Config, sample: SampleLike = SAMPLE): Diagnosis {
	const options = {
		option1: distanceTo('option1', config, sample),
		option2: distanceTo('option2', config, sample),
	};
	const nearest = options.option2.distance < options.option1.distance ? options.option2 : options.option1;
	const turnedOn = new Set(nearest.changes.filter((c) => c.to).map((c) => c.key));

	const problems: Finding[] = [];
	const notes: Finding[] = [];
	for (const event of allEvents(sample)) {
		const sim = simulate(config, event);
		const finding = readSimulation(sim, nearest.option, turnedOn, sample);
		if (finding) (finding.category === 'problem' ? problems : notes).push(finding);
	}
	const ok = problems.length === 0 && nearest.changes.length === 0;
	return { problems, notes, nearest, options, ok, summary: summarize(problems.length, nearest, ok) };
}

function readSimulation(
	sim: Simulation,
	nearest: OptionId,
	turnedOn: ReadonlySet<SettingKey>,
	sample: SampleLike,
): Finding | undefined {
	const { event } = sim;
	const base = {
		eventKind: event.kind,
		clientId: event.clientId,
		...(event.taskId !== undefined ? { taskId: event.taskId } : {}),
	};
	const who = nameOf(sample.clients, event.clientId);
	const what = eventPhrase(event.kind, event.taskId === undefined ? undefined : nameOf(sample.tasks, event.taskId));

	const group = sim.duplicates[0];
	if (group) {
		const bySystem = group.systems.map((system) => {
			const channels = group.deliveries.filter((d) => d.system === system).map((d) => CHANNEL_LABELS[d.channel]);
			return `pelo ${SYSTEM_LABELS[system]} (${joinPt(channels)})`;
		});
		return {
			type: 'duplicate',
			category: 'problem',
			...base,
			text: `${who} recebe duas vezes o aviso ${what}: ${joinPt(bySystem)}.`,
			decidedBy: unique(group.deliveries.flatMap((d) => d.decidedBy)),
		};
	}
	if (!sim.silent) return undefined;

	const decidedBy = unique(sim.suppressed.flatMap((c) => c.decidedBy));
	const off = `${decidedBy.length > 1 ? 'estão desmarcadas' : 'está desmarcada'} ${settingsText(decidedBy, sample)}`;
	const silence = { type: 'silence' as const, ...base, decidedBy };
	const name = OPTIONS[nearest].name;

	if (decidedBy.some((key) => turnedOn.has(key)))
		return {
			...silence,
			category: 'problem',
			text: sentence(`${who} não recebe nenhum aviso ${what}: ${off}`),
		};
	if (event.kind === 'manual-upload') {
		const row = RULE_TABLE.find((r) => r.event === 'manual-upload' && r.requires !== null);
		const source = row && sourceOf(row);
		return {
			...silence,
			category: 'caveat',
			text: `Com a ${name}, ${who} também não recebe aviso ${what}: a configuração do ONVIO Gestão vale para todos os clientes e, pelo nome do evento, cobre também esses arquivos.`,
			...(source ? { source } : {}),
		};
	}
	if (event.kind === 'task-completed' && nearest === 'option2')
		return {
			...silence,
			category: 'expected',
			text: sentence(`Como a ${name} pretende, ${who} não recebe aviso ${what}`),
		};
	return {
		...silence,
		category: 'choice',
		text: `${sentence(`${who} não recebe nenhum aviso ${what}: ${off}`)} A ${name} deixa essa escolha ao escritório («marque ou desmarque»).`,
	};
}

function eventPhrase(kind: EventKind, task: string | undefined): string {
	switch (kind) {
		case 'document-from-dominio':
			return `do documento da tarefa ${task ?? ''} publicado pelo Sistema Domínio`;
		case 'task-completed':
			return `da conclusão da tarefa ${task ?? ''}`;
		case 'manual-upload':
			return 'de arquivos enviados à mão por um funcionário';
	}
}

function summarize(problemCount: number, nearest: OptionDistance, ok: boolean): string {
	const name = OPTIONS[nearest.option].name;
	if (ok) return `Nada a mudar: a configuração segue a ${name}.`;
	const problems =
		problemCount === 0
			? 'Nenhum problema encontrado'
			: `${problemCount} ${problemCount === 1 ? 'problema encontrado' : 'problemas encontrados'}`;
	const n = nearest.changes.length;
	return `${problems}. A opção mais próxima é a ${name}: ${n} ${n === 1 ? 'mudança' : 'mudanças'}.`;
}

function nameOf(list: SampleLike['tasks'] | SampleLike['clients'], id: string): string {
	return list.find((entry) => entry.id === id)?.name ?? id;
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
