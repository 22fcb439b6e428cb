/**
 * The office's situation, and each client's: one name, from a finite set that covers every configuration, that
 * every surface states (the preview, the progress box, the result tables, the diagnosis and the ticket summary),
 * so that no two of them disagree. The words of each situation are in messages/situation.ts.
 *
 * It reads four facts of the office (or of one client), in the article's terms:
 * - which of ONVIO Gestão's three boxes are marked (Opção 1 unmarks them all, Opção 2 marks them all);
 * - whether the Portal's parameter is marked (Opção 1 marks it, Opção 2 unmarks it);
 * - whether some client with 'Notificar Cliente' marked has a task with 'Notificar cliente' marked: then
 *   Domínio Processos e-mails that client when the task is completed (solução 7516), and, with the parameter
 *   marked, that e-mail carries the task's documents (this guide's reading of solução 9100).
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { GESTAO_CHANNEL_SETTINGS } from '../catalogue/settings.ts';
import { CHANNELS, coverageOfValues, getSetting, refsOfSetting, type Channel, type Config, type Coverage, type SampleLike } from './config.ts';

export type SituationId =
	/** Every ONVIO Gestão box and the parameter marked, and some e-mail from Domínio Processos: nothing done yet. */
	| 'nothing-done'
	/** Opção 1 half done: some ONVIO Gestão box still marked, so the document still comes from both systems. */
	| 'gestao-partial'
	/** Opção 1 complete: only Domínio Processos announces, to the tasks and clients the office chose. */
	| 'processos-only'
	/** Opção 1's boxes with no task or no client marked: the office chose to notify nobody. */
	| 'nobody-notified'
	/** Opção 2's outcome: only ONVIO Portal do Cliente announces (some of its steps may still read otherwise). */
	| 'portal-only'
	/** Opção 2 with clients still marked: Domínio Processos still e-mails about completed tasks. */
	| 'two-systems'
	/** Neither option: ONVIO Gestão's boxes and the parameter unmarked, so no document is announced. */
	| 'documents-unannounced';

export const SITUATION_IDS = [
	'nothing-done',
	'gestao-partial',
	'processos-only',
	'nobody-notified',
	'portal-only',
	'two-systems',
	'documents-unannounced',
] as const satisfies readonly SituationId[];

/** How a situation reads: done as an option says, the office's own choice, or something to fix. */
export type Tone = 'done' | 'choice' | 'problem';

export const SITUATION_TONE: Record<SituationId, Tone> = {
	'nothing-done': 'problem',
	'gestao-partial': 'problem',
	'processos-only': 'done',
	'nobody-notified': 'choice',
	'portal-only': 'done',
	'two-systems': 'problem',
	'documents-unannounced': 'problem',
};

export interface Situation {
	id: SituationId;
	/** ONVIO Gestão's channels still marked, in screen order. */
	gestaoChannels: Channel[];
	/** Whether the Portal's parameter is marked. */
	parameter: boolean;
	/** Whether Domínio Processos e-mails someone (a client marked with a task marked). */
	processosEmails: boolean;
	/**
	 * Under Opção 1 (processos-only), the tasks and clients left unmarked, which the office chose not to notify:
	 * 'some' or 'all' of them ('none' when every one is marked).
	 */
	unnotified: { tasks: Coverage; clients: Coverage };
}

/**
 * The situation of the whole office, or of one client (`clientId`): a client's own situation reads only its own
 * 'Notificar Cliente'.
 */
export function situationOf(config: Config, clientId?: string, sample: SampleLike = SAMPLE): Situation {
	const gestaoChannels = CHANNELS.filter((_, i) => getSetting(config, { id: GESTAO_CHANNEL_SETTINGS[i]! }));
	const parameter = getSetting(config, { id: 'portal.emailOnProcessosPublication' });
	const tasks = refsOfSetting('processos.task', sample).map((ref) => getSetting(config, ref));
	const clients = (clientId === undefined ? refsOfSetting('processos.client', sample) : [{ id: 'processos.client' as const, entity: clientId }]).map(
		(ref) => getSetting(config, ref),
	);
	const processosEmails = tasks.some(Boolean) && clients.some(Boolean);
	const gestao = gestaoChannels.length;
	const id: SituationId =
		gestao === 0
			? !parameter
				? 'documents-unannounced'
				: processosEmails
					? 'processos-only'
					: 'nobody-notified'
			: !processosEmails
				? 'portal-only'
				: !parameter
					? 'two-systems'
					: gestao === CHANNELS.length
						? 'nothing-done'
						: 'gestao-partial';
	return {
		id,
		gestaoChannels,
		parameter,
		processosEmails,
		unnotified: { tasks: coverageOfValues(tasks.map((on) => !on)), clients: coverageOfValues(clients.map((on) => !on)) },
	};
}

/** How a situation looks beside its badge: the same four looks as an event's outcome. */
/** How bad a situation is, as the badges show it. */
export type Status = 'single' | 'duplicate' | 'partial' | 'silent';

export const SITUATION_STATUS: Record<SituationId, Status> = {
	'nothing-done': 'duplicate',
	'gestao-partial': 'duplicate',
	'processos-only': 'single',
	'nobody-notified': 'silent',
	'portal-only': 'single',
	'two-systems': 'partial',
	'documents-unannounced': 'partial',
};
