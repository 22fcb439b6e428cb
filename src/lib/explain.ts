/**
 * Turns the module's ids into pt-BR text for the site: setting instances (the "Por quê?" of a
 * notification), channels, systems and events. Step links come from the steps catalogue.
 */
import { SAMPLE } from './catalogue/sample.ts';
import { PRODUCTS, SETTINGS, quote, type Scope } from './catalogue/settings.ts';
import { stepHref, stepsSetting, type PageId } from './catalogue/steps.ts';
import type { SitePath } from './links.ts';
import {
	parseSettingKey,
	settingKey,
	type SampleLike,
	type SettingKey,
	type SettingRef,
	type SimEvent,
} from './config.ts';
import type { Candidate } from './simulate.ts';
import { CHANNEL_LABELS, EVENT_LABELS, SYSTEM_LABELS, joinPt, sentence } from './messages/outcome.ts';

// The words live in messages/outcome.ts, which the preview loads without this module; said here for the
// modules and pages that explain outcomes.
export { CHANNEL_LABELS, EVENT_LABELS, SYSTEM_LABELS, joinPt, sentence };

/** A link to one step of an option's page. */
export interface StepLink {
	page: PageId;
	anchor: string;
	/** e.g. "/opcao-1/#onvio-4". */
	href: SitePath;
}

export interface SettingExplanation {
	key: SettingKey;
	ref: SettingRef;
	/** The checkbox label exactly as the product shows it. */
	label: string;
	product: string;
	scope: Scope;
	/** The task or client the flag belongs to; absent for global settings. */
	target?: { kind: 'task' | 'client'; id: string; name: string };
	/** pt-BR, e.g. "'Notificar cliente' da tarefa Folha de pagamento mensal no Domínio Processos". */
	text: string;
	/** Every step, on either page, that changes this checkbox. */
	steps: StepLink[];
}

/** The steps that change a checkbox, optionally only those of one page. */
export function stepLinksOf(ref: SettingRef, page?: PageId): StepLink[] {
	return stepsSetting(ref.id)
		.filter((s) => page === undefined || s.page === page)
		.map((s) => ({ page: s.page, anchor: s.anchor, href: stepHref(s) }));
}

/** Explains one setting instance, given as a `decidedBy` key or a SettingRef. */
export function explainSetting(setting: SettingKey | SettingRef, sample: SampleLike = SAMPLE): SettingExplanation {
	const ref = typeof setting === 'string' ? parseSettingKey(setting) : setting;
	if (!ref) throw new Error(`Not a setting key: "${String(setting)}"`);
	const meta = SETTINGS[ref.id];
	const product = PRODUCTS[meta.product].name;
	const target =
		ref.id === 'processos.task'
			? { kind: 'task' as const, id: ref.taskId, name: nameOf(sample.tasks, ref.taskId) }
			: ref.id === 'processos.client'
				? { kind: 'client' as const, id: ref.clientId, name: nameOf(sample.clients, ref.clientId) }
				: undefined;
	// No commas of our own: the Portal label has one, and these texts are listed with "; ".
	const text = target
		? `${quote(meta.label)} ${target.kind === 'task' ? 'da tarefa' : 'do cliente'} ${target.name} no ${product}`
		: meta.scopeStatedIn !== undefined
			? `${quote(meta.label)} do ${product} (vale para todos os clientes)`
			: `${quote(meta.label)} do ${product}`;
	return {
		key: settingKey(ref),
		ref,
		label: meta.label,
		product,
		scope: meta.scope,
		...(target ? { target } : {}),
		text,
		steps: stepLinksOf(ref),
	};
}

function nameOf(list: SampleLike['tasks'] | SampleLike['clients'], id: string): string {
	return list.find((entry) => entry.id === id)?.name ?? id;
}

/**
 * pt-BR: one event of the sample, e.g. "Documento da tarefa Folha de pagamento mensal publicado pelo Sistema
 * Domínio, para o cliente …". No parentheses of its own: a task's name may hold some, as in "(DAS)".
 */
export function describeEvent(event: SimEvent, sample: SampleLike = SAMPLE): string {
	const client = `para o cliente ${nameOf(sample.clients, event.clientId)}`;
	const task = event.taskId === undefined ? undefined : nameOf(sample.tasks, event.taskId);
	if (event.kind === 'document-from-dominio' && task) return `Documento da tarefa ${task} publicado no Sistema Domínio, ${client}`;
	if (event.kind === 'task-completed' && task) return `Conclusão da tarefa ${task} no Domínio Processos, ${client}`;
	return `${EVENT_LABELS[event.kind]}, ${client}`;
}

/**
 * pt-BR "Por quê?" of one candidate: why it went out, or why it did not.
 * e.g. "Chega por e-mail pelo Domínio Processos porque estão marcadas: …".
 */
export function explainCandidate(candidate: Candidate, delivered: boolean, sample: SampleLike = SAMPLE): string {
	const who = `O ${SYSTEM_LABELS[candidate.system]} ${delivered ? 'avisa' : 'não avisa'} ${CHANNEL_LABELS[candidate.channel]}`;
	const where = candidate.decidedBy.map((key) => whereItIs(explainSetting(key, sample)));
	const state = delivered ? 'marcada' : 'desmarcada';
	if (where.length === 1) return sentence(`${who} porque ${where[0]!.replace(/^('[^']*')/, `$1 está ${state}`)}`);
	return sentence(`${who} porque estão ${state}s ${joinPt(where, '; ')}`);
}

/** A setting where the reader finds it: "'Notificar cliente' na tarefa X", "'Notificações no ONVIO' no ONVIO Gestão". */
function whereItIs(setting: SettingExplanation): string {
	const label = quote(setting.label);
	if (setting.target?.kind === 'task') return `${label} na tarefa ${setting.target.name}`;
	if (setting.target?.kind === 'client') return `${label} no cadastro do cliente ${setting.target.name}`;
	return setting.scope === 'global' && SETTINGS[setting.ref.id].scopeStatedIn !== undefined
		? `${label} no ${setting.product} (vale para todos os clientes)`
		: `${label} no ${setting.product}`;
}
