/**
 * What a situation means and what to do about it, under its headline (situation.ts): one short explanation, who
 * the office chose not to notify, the way out of a situation that is neither option, and why a step that still
 * reads otherwise matters. Whole sentences, one per situation; the only slots are lists of channels.
 */
import { GESTAO_CHANNEL_SETTINGS, quote, SETTINGS, type SettingId } from '../catalogue/settings.ts';
import type { Channel } from '../model/config.ts';
import type { Situation, SituationId } from '../model/situation.ts';
import { CHANNEL_LABELS, joinPt } from './words.ts';
import { labelOf } from './words.ts';
import type { Audience } from './situation.ts';

const TASK = quote(SETTINGS['processos.task'].label);
const CLIENT = quote(SETTINGS['processos.client'].label);

function channels(list: readonly Channel[]): string {
	return joinPt(list.map((channel) => CHANNEL_LABELS[channel]));
}

/** The three boxes of ONVIO Gestão, by their labels: "'Notificações no ONVIO', 'Notificações via push' e …". */
const GESTAO_BOXES = joinPt(GESTAO_CHANNEL_SETTINGS.map((id) => quote(SETTINGS[id].label)));
/** The Portal's parameter, as prose quotes it everywhere after the steps give it in full. */
const PARAMETER = labelOf('portal.emailOnProcessosPublication');
const CHOICE = 'é uma escolha que a Opção 1 deixa ao escritório.';

/** One or two sentences under the headline: what each system does in this situation. */
export function situationExplanation(situation: Situation, audience: Audience): string {
	const { id, gestaoChannels, unnotified } = situation;
	switch (id) {
		case 'nothing-done':
			return `O ONVIO Portal do Cliente avisa o cliente ${channels(gestaoChannels)}, e o Domínio Processos envia o documento no e-mail da tarefa concluída.`;
		case 'gestao-partial':
			return `O ONVIO Portal do Cliente ainda avisa o cliente ${channels(gestaoChannels)}, além do e-mail do Domínio Processos.`;
		case 'processos-only':
			return 'O Domínio Processos envia um e-mail por tarefa concluída, com os documentos da tarefa.';
		case 'nobody-notified':
			if (unnotified.clients === 'all')
				return audience === 'client'
					? `${CLIENT} está desmarcada no cadastro deste cliente: ${CHOICE}`
					: `${CLIENT} está desmarcada no cadastro de todos os clientes: nenhum cliente recebe o e-mail do Domínio Processos.`;
			return `${TASK} está desmarcada em todas as tarefas: nenhuma tarefa gera o e-mail do Domínio Processos.`;
		case 'portal-only':
			return `O ONVIO Portal do Cliente avisa o cliente ${channels(gestaoChannels)}, e nenhuma tarefa concluída é notificada.`;
		case 'two-systems':
			return `O ONVIO Portal do Cliente avisa o cliente ${channels(gestaoChannels)}, e o Domínio Processos envia um e-mail por tarefa concluída: nenhuma das duas opções está completa.`;
		case 'documents-unannounced':
			return `Com ${GESTAO_BOXES} desmarcadas no ONVIO Gestão e ${PARAMETER} desmarcada no ONVIO Portal do Cliente, nenhum dos dois sistemas avisa o cliente sobre os documentos do Sistema Domínio.`;
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
	if (tasks === 'none') return `Os clientes com ${CLIENT} desmarcada não recebem avisos: ${CHOICE}`;
	if (clients === 'none') return `As tarefas com ${TASK} desmarcada não geram avisos: ${CHOICE}`;
	return `Os clientes com ${CLIENT} desmarcada não recebem avisos, e as tarefas com ${TASK} desmarcada não os geram: ${CHOICE}`;
}

/** Where the reader goes from a situation that is neither option: one sentence, with both ways out. */
export const WAY_OUT: Partial<Record<SituationId, string>> = {
	'nothing-done': 'Para que um só sistema avise o cliente, siga a Opção 1 ou a Opção 2.',
	'documents-unannounced': `Para que o cliente seja avisado dos documentos, marque ${PARAMETER} no ONVIO Portal do Cliente (Opção 1) ou ${GESTAO_BOXES} no ONVIO Gestão (Opção 2).`,
};

/** Why a step that reads otherwise still matters, by the setting it changes and the state it asks for. */
export function remainingReason(setting: SettingId, value: boolean): string {
	switch (setting) {
		case 'gestao.onvio':
		case 'gestao.push':
		case 'gestao.email':
			return value
				? 'Com as três caixas marcadas no ONVIO Gestão, o ONVIO Portal do Cliente avisa o cliente no ONVIO, via push e por e-mail.'
				: 'Enquanto qualquer uma das três caixas estiver marcada no ONVIO Gestão, o ONVIO Portal do Cliente também avisa o cliente sobre o documento, que chega duas vezes.';
		case 'portal.emailOnProcessosPublication':
			return value
				? `Com ${PARAMETER} desmarcada, o e-mail do Domínio Processos não leva os documentos da tarefa.`
				: `Com ${PARAMETER} marcada, um cliente que voltasse a ter ${CLIENT} marcada no Domínio Processos receberia os documentos também pelo e-mail do Domínio Processos.`;
		case 'processos.client':
			return value
				? `Com ${CLIENT} desmarcada no cadastro de todos os clientes, nenhum cliente recebe o e-mail do Domínio Processos.`
				: `Com ${CLIENT} marcada, o Domínio Processos ainda avisa o cliente sobre as tarefas concluídas.`;
		case 'processos.task':
			return value
				? `Com ${TASK} desmarcada em todas as tarefas, nenhum cliente recebe o e-mail do Domínio Processos.`
				: `Com ${TASK} marcada, o Domínio Processos ainda avisa o cliente sobre as tarefas concluídas.`;
	}
}

/** Whether a remaining step's reason rests on this guide's reading (the parameter's effect on the e-mail). */
export function remainingReasonIsInterpretation(setting: SettingId): boolean {
	return setting === 'portal.emailOnProcessosPublication';
}

