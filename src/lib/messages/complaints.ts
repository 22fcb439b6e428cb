/**
 * The pt-BR words of the client's complaint as the agent hears it (what, where, a recent registration change)
 * and of the causes that no checkbox shows, each with what the office does about it.
 */
import { SCREENS, quote } from '../catalogue/settings.ts';
import type { ComplaintId, HiddenCauseId, ReportedChannel } from '../model/complaints.ts';

/** The choices of "O que o cliente relata?", in the agent's plain words. */
export const COMPLAINT_LABELS: Record<ComplaintId, string> = {
	duplicado: 'Recebe o mesmo documento duas vezes',
	indesejado: 'Recebe um aviso que o escritório não quer',
	nenhum: 'Não recebe aviso nenhum',
	conferir: 'Nenhuma queixa: só conferir a configuração',
};

/** Where the complained-of notice arrives, as the complaint's line ends: "…, por e-mail." */
export const REPORTED_CHANNEL_LABELS: Record<ReportedChannel, string> = {
	email: 'por e-mail',
	onvio: 'no ONVIO',
	push: 'via push',
	whatsapp: 'pelo WhatsApp',
};

/** The complaint as the summary states it: "Recebe o mesmo documento duas vezes, por e-mail." */
export function complaintText(complaint: ComplaintId, channel: ReportedChannel | undefined): string {
	return channel ? `${COMPLAINT_LABELS[complaint]}, ${REPORTED_CHANNEL_LABELS[channel]}.` : `${COMPLAINT_LABELS[complaint]}.`;
}

/** The question and the statement about a recent change to a client's registration (solução 7516). */
export const REGISTRATION_QUESTION = 'O escritório mudou há pouco o cadastro de algum cliente no Domínio Processos';
export const REGISTRATION_CHANGED = 'O escritório mudou há pouco o cadastro de um cliente no Domínio Processos.';
/** The question about where the notice arrives, and its "don't know" answer. */
export const CHANNEL_QUESTION = 'Onde chega esse aviso?';
export const CHANNEL_UNKNOWN = 'Não se sabe';

/** What a cause is, and what the office does about it. */
export const HIDDEN_CAUSE_TEXTS: Record<HiddenCauseId, { what: string; todo: string }> = {
	salvar: {
		what: 'Alguma tela pode não ter sido salva com o botão [Salvar].',
		todo: 'Reabra cada tela do procedimento e confira as marcações.',
	},
	'tarefas-existentes': {
		what: 'Uma mudança no cadastro do cliente, no Domínio Processos, não vale para as tarefas já geradas.',
		todo: 'Gere novamente as tarefas em aberto ou aguarde as da próxima competência.',
	},
	'gestao-global': {
		what: 'As notificações do ONVIO Gestão valem para todos os clientes do escritório.',
		todo: 'Para escolher cliente a cliente, siga a Opção 1, que faz essa escolha no Domínio Processos.',
	},
	'cliente-ativo': {
		what: `O Domínio Processos só envia e-mail a clientes com situação ${quote('Ativo')} e incluídos na tarefa recorrente.`,
		todo: `Confira, em ${SCREENS['processos-clientes'].parts.menu!.join(' > ')}, se o cliente está com situação ${quote('Ativo')} e se está incluído na tarefa.`,
	},
	whatsapp: {
		what: `Nas telas novas, a tarefa do Domínio Processos tem também a caixa ${quote('Notificar via WhatsApp')}, que este guia não simula.`,
		todo: 'Se o aviso chegar pelo WhatsApp, confira essa caixa.',
	},
	'avisos-anteriores': {
		what: 'Os avisos de que o cliente se queixa podem ser anteriores à mudança na configuração.',
		todo: 'Compare a data de cada aviso com a data da mudança.',
	},
};

/** The line that introduces the causes when the settings do not explain the complaint. */
export const UNEXPLAINED_COMPLAINT =
	'Confira uma a uma, nesta ordem:';
