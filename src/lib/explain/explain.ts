/**
 * What the site says about a setting instance, a notice or an event, as facts (the setting's label, product,
 * scope, task or client, and the steps that change it), put into words by messages/details.ts. Step links come
 * from the steps catalogue.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { PRODUCTS, SETTINGS, type EntityScope, type Scope } from '../catalogue/settings.ts';
import { stepHref, stepsSetting, type PageId } from '../catalogue/steps.ts';
import type { SitePath } from '../links/links.ts';
import {
	entityOf,
	isEntityRef,
	parseSettingKey,
	settingKey,
	type SampleLike,
	type SettingKey,
	type SettingRef,
	type SimEvent,
} from '../model/config.ts';
import type { Candidate } from '../model/simulate.ts';
import { candidateWhy, eventText, settingText } from '../messages/event-account.ts';
import { CHANNEL_LABELS, EVENT_LABELS, SYSTEM_LABELS, joinPt, sentence } from '../messages/words.ts';

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
	/** True where an article states that the setting holds for every client (ONVIO Gestão, solução 8342). */
	global: boolean;
	/** The task or client the flag belongs to; absent for global settings. */
	target?: { scope: EntityScope; id: string; name: string };
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
	const target = isEntityRef(ref) ? entityOf(ref, sample) : undefined;
	const global = meta.scopeStatedIn !== undefined;
	const text = settingText({ label: meta.label, product, global, target });
	return {
		key: settingKey(ref),
		ref,
		label: meta.label,
		product,
		scope: meta.scope,
		global,
		...(target ? { target } : {}),
		text,
		steps: stepLinksOf(ref),
	};
}

function nameOf(list: SampleLike['tasks'] | SampleLike['clients'], id: string): string {
	return list.find((entry) => entry.id === id)?.name ?? id;
}

/** One event of the sample, in words (messages/details.ts). */
export function describeEvent(event: SimEvent, sample: SampleLike = SAMPLE): string {
	const task = event.taskId === undefined ? undefined : nameOf(sample.tasks, event.taskId);
	return eventText({ kind: event.kind, task, client: nameOf(sample.clients, event.clientId) });
}

/** The "Por quê?" of one candidate, why it went out or why it did not, in words (messages/details.ts). */
export function explainCandidate(candidate: Candidate, delivered: boolean, sample: SampleLike = SAMPLE): string {
	const settings = candidate.decidedBy.map((key) => explainSetting(key, sample));
	return candidateWhy({ system: candidate.system, channel: candidate.channel, delivered, settings });
}
