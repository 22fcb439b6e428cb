/**
 * The pt-BR sentences of the diagnosis and the ticket summary: the complaints, the causes that no checkbox
 * shows, the summary, the reason and the citations. Whole sentences with named slots, filled from facts.
 */
import { SETTINGS, quote } from '../catalogue/settings.ts';
import type { ComplaintId } from '../complaints.ts';
import type { HiddenCauseId } from '../hidden-causes.ts';
import type { Verdict } from '../verdict.ts';
import { EVENTS_OF_KIND, SYSTEM_LABELS, joinPt } from './outcome.ts';

/** "Central de Soluções, solução 9100", or "…, soluções 7516 e 12304" for several articles. */
export function cite(...codes: [number, ...number[]]): string {
	const list = codes.length === 1 ? `solução ${codes[0]}` : `soluções ${codes.slice(0, -1).join(', ')} e ${codes[codes.length - 1]}`;
	return `Central de Soluções, ${list}`;
}

/** "solução 7516", where the summary has already said which help center it speaks of. */
export function citeShort(...codes: [number, ...number[]]): string {
	return cite(...codes).replace('Central de Soluções, ', '');
}

/** The choices of "O que o cliente relata?", in the agent's plain words. */
export const COMPLAINT_LABELS: Record<ComplaintId, string> = {
	duplicado: 'Recebe o mesmo documento duas vezes',
	indesejado: 'Recebe um aviso que o escritório não quer',
	nenhum: 'Não recebe aviso nenhum',
	conferir: 'Só quero conferir a configuração',
};

/** What a cause is, and what the office does about it. */
export const HIDDEN_CAUSE_TEXTS: Record<HiddenCauseId, { what: string; todo: string }> = {
	salvar: {
		what: 'Uma tela pode ter ficado sem o clique em [Salvar].',
		todo: 'Reabra cada tela do procedimento e confira as opções.',
	},
	'tarefas-existentes': {
		what: 'Tarefas geradas antes da mudança mantêm as marcações antigas.',
		todo: 'Gere de novo a tarefa em aberto ou espere a próxima competência.',
	},
	'avisos-anteriores': {
		what: 'O cliente pode estar vendo avisos enviados antes da mudança.',
		todo: 'Compare a data de cada aviso com a data da mudança.',
	},
	'gestao-global': {
		what: 'As notificações do ONVIO Gestão valem para todos os clientes do escritório.',
		todo: 'Para escolher cliente a cliente, siga a Opção 1, que faz essa escolha no Domínio Processos.',
	},
	'cliente-ativo': {
		what: `O Domínio Processos só envia e-mail ao cliente ${quote('Ativo')} e incluído na tarefa recorrente.`,
		todo: 'Confira o cadastro em Configure > Clientes > Gerenciar e os clientes da tarefa.',
	},
	whatsapp: {
		what: `Telas mais novas do Domínio Processos oferecem na tarefa ${quote('Notificar via WhatsApp')}, que este guia não simula.`,
		todo: 'Se o aviso repetido chega pelo WhatsApp, confira essa opção.',
	},
};

/** The line that introduces the causes when the settings do not explain the complaint. */
export const UNEXPLAINED_COMPLAINT =
	'A configuração marcada não explica a queixa do cliente. Confira, uma a uma:';

/** How many changes an option takes, where the per-client and per-task ones depend on the office. */
export interface Cost {
	/** Changes to the settings that hold for the whole office. */
	global: number;
	/** The per-client or per-task flags the option changes, and to which value. */
	perEntity: { setting: 'processos.task' | 'processos.client'; to: boolean }[];
}

function changesCount(n: number): string {
	return n === 1 ? '1 mudança' : `${n} mudanças`;
}

function perEntityPhrase({ setting, to }: Cost['perEntity'][number]): string {
	const label = quote(SETTINGS[setting].label);
	if (setting === 'processos.client') return to ? 'em cada cliente que deve ser avisado' : `em cada cliente com ${label} marcada`;
	return to ? 'em cada tarefa que deve avisar o cliente' : `em cada tarefa com ${label} marcada`;
}

/** "2 mudanças", "1 mudança e mais uma em cada cliente com 'Notificar Cliente' marcada". */
export function costText(cost: Cost): string {
	const where = joinPt(cost.perEntity.map(perEntityPhrase));
	if (cost.perEntity.length === 0) return cost.global === 0 ? 'nenhuma mudança' : changesCount(cost.global);
	return cost.global === 0 ? `uma mudança ${where}` : `${changesCount(cost.global)} e mais uma ${where}`;
}

/** The diagnosis's headline, by what it found. */
export function diagnosisSummary(facts: {
	option: string;
	problems: number;
	cost: Cost;
	ok: boolean;
	explained: boolean;
}): string {
	const { option, problems, cost, ok, explained } = facts;
	if (ok) return `Nada a mudar: a configuração já segue a ${option}.`;
	if (cost.global + cost.perEntity.length === 0)
		return `A configuração já segue a ${option}, mas não explica a queixa do cliente: confira as causas abaixo.`;
	// The verb agrees with the count it comes before: "Falta 1 mudança e mais uma…", "Faltam 2 mudanças".
	const missing = `${cost.global > 1 ? 'Faltam' : 'Falta'} ${costText(cost)}`;
	const found = problems === 1 ? '1 problema encontrado' : `${problems} problemas encontrados`;
	const summary =
		problems === 0
			? `Nenhum problema nas opções marcadas. ${missing} para seguir a ${option}.`
			: `${found}. A ${option} resolve com ${costText(cost)}.`;
	return explained ? summary : `${summary} A configuração não explica a queixa do cliente: confira também as causas abaixo.`;
}

/** Why the recommended option: what each option takes, counted per client and per task where they count. */
export function diagnosisReason(facts: { option: string; cost: Cost; other: string; otherCost: Cost; ok: boolean }): string {
	if (facts.ok) return `A configuração já segue a ${facts.option}.`;
	return `Exige ${costText(facts.cost)}; a ${facts.other} exigiria ${costText(facts.otherCost)}.`;
}

/** The diagnosis's finding for an office halfway to an option: each system announces different events. */
export function twoSystemsFinding(verdict: Verdict): string {
	const [first, second] = verdict.announces;
	const kinds = (entry: Verdict['announces'][number]) => joinPt(entry.kinds.map((k) => EVENTS_OF_KIND[k]));
	return `Os clientes recebem avisos dos dois sistemas: o ${SYSTEM_LABELS[first!.system]} avisa ${kinds(first!)}, e o ${SYSTEM_LABELS[second!.system]} avisa ${kinds(second!)}. Nenhuma das opções está completa.`;
}
