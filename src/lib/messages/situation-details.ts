/**
 * The words under a situation's headline (situation.ts): one short explanation, who the office chose not to
 * notify, the way out of a situation that is neither option, and why a step that still reads otherwise matters.
 * Loaded with the preview's details. Whole sentences, one per situation; the only slots are lists of channels.
 */
import { quote, SETTINGS, type SettingId } from '../catalogue/settings.ts';
import type { Channel } from '../config.ts';
import type { Situation, SituationId } from '../situation.ts';
import { CHANNEL_LABELS, joinPt } from './outcome.ts';
import type { Audience } from './situation.ts';

const TASK = quote(SETTINGS['processos.task'].label);
const CLIENT = quote(SETTINGS['processos.client'].label);

function channels(list: readonly Channel[]): string {
	return joinPt(list.map((channel) => CHANNEL_LABELS[channel]));
}

/** One or two sentences under the headline: what each system does in this situation. */
export function situationExplanation(situation: Situation, audience: Audience): string {
	const { id, gestaoChannels, unnotified } = situation;
	switch (id) {
		case 'nothing-done':
			return `O ONVIO Portal do Cliente avisa ${channels(gestaoChannels)}, e o Domínio Processos envia o documento no e-mail da tarefa concluída.`;
		case 'gestao-partial':
			return `O ONVIO Portal do Cliente ainda avisa ${channels(gestaoChannels)}, além do e-mail do Domínio Processos.`;
		case 'processos-only':
			return 'O Domínio Processos envia um e-mail por tarefa concluída, com os documentos da tarefa.';
		case 'nobody-notified':
			if (unnotified.clients === 'all')
				return audience === 'client'
					? `${CLIENT} está desmarcada no cadastro deste cliente: é uma escolha do escritório, que a Opção 1 permite.`
					: `${CLIENT} está desmarcada em todos os clientes: é uma escolha do escritório, que a Opção 1 permite.`;
			return `${TASK} está desmarcada em todas as tarefas: é uma escolha do escritório, que a Opção 1 permite.`;
		case 'portal-only':
			return `O ONVIO Portal do Cliente avisa ${channels(gestaoChannels)}, e nenhuma tarefa concluída é notificada.`;
		case 'two-systems':
			return `O ONVIO Portal do Cliente avisa os documentos ${channels(gestaoChannels)}, e o Domínio Processos envia um e-mail por tarefa concluída.`;
		case 'documents-unannounced':
			return 'Com as notificações do ONVIO Gestão desativadas e o parâmetro do ONVIO Portal do Cliente desmarcado, nenhum dos dois sistemas avisa os documentos do Sistema Domínio.';
	}
}

/**
 * Under Opção 1, the tasks and clients the office chose not to notify, in one neutral line; undefined where
 * every task and client is marked.
 */
export function unnotifiedText(situation: Situation): string | undefined {
	if (situation.id !== 'processos-only') return undefined;
	const { tasks, clients } = situation.unnotified;
	if (tasks === 'none' && clients === 'none') return undefined;
	if (tasks === 'none') return `Os clientes com ${CLIENT} desmarcada não recebem avisos: é uma escolha do escritório, que a Opção 1 permite.`;
	if (clients === 'none') return `As tarefas com ${TASK} desmarcada não geram avisos: é uma escolha do escritório, que a Opção 1 permite.`;
	return `Os clientes com ${CLIENT} desmarcada e as tarefas com ${TASK} desmarcada não geram avisos: é uma escolha do escritório, que a Opção 1 permite.`;
}

/** Where the reader goes from a situation that is neither option: one sentence, with both ways out. */
export const WAY_OUT: Partial<Record<SituationId, string>> = {
	'nothing-done': 'Para que um só sistema avise o cliente, siga a Opção 1 ou a Opção 2.',
	'documents-unannounced':
		'Para que os documentos voltem a ser avisados, marque o parâmetro do ONVIO Portal do Cliente (Opção 1) ou ative as notificações do ONVIO Gestão (Opção 2).',
};

/** Why a step that reads otherwise still matters, by the setting it changes and the state it asks for. */
export function remainingReason(setting: SettingId, value: boolean): string {
	switch (setting) {
		case 'gestao.onvio':
		case 'gestao.push':
		case 'gestao.email':
			return value
				? 'Com as três notificações do ONVIO Gestão ativadas, o ONVIO Portal do Cliente avisa o cliente no ONVIO, via push e por e-mail.'
				: 'Enquanto uma das três notificações do ONVIO Gestão estiver ativada, o ONVIO Portal do Cliente também avisa o documento, e o cliente o recebe duas vezes.';
		case 'portal.emailOnProcessosPublication':
			return value
				? 'Sem o parâmetro do ONVIO Portal do Cliente, o e-mail do Domínio Processos não leva os documentos da tarefa.'
				: 'Com o parâmetro do ONVIO Portal do Cliente marcado, um cliente marcado de novo no Domínio Processos receberia os documentos também por ele.';
		case 'processos.client':
			return value
				? 'Sem nenhum cliente marcado, ninguém recebe o e-mail do Domínio Processos.'
				: `Com ${CLIENT} marcada, o Domínio Processos ainda avisa o cliente sobre as tarefas concluídas.`;
		case 'processos.task':
			return value
				? 'Sem nenhuma tarefa marcada, ninguém recebe o e-mail do Domínio Processos.'
				: `Com ${TASK} marcada, o Domínio Processos ainda avisa o cliente sobre as tarefas concluídas.`;
	}
}

/** Whether a remaining step's reason rests on this guide's reading (the parameter's effect on the e-mail). */
export function remainingReasonIsInterpretation(setting: SettingId): boolean {
	return setting === 'portal.emailOnProcessosPublication';
}

