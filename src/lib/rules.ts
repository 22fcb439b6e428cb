/**
 * The notification rules as data: one row per path (event × system × channel) with the checkboxes
 * that must all be on for that path to announce the event. Rows with `requires: null` are paths
 * that never announce the event; they exist so that every path is accounted for (a test checks it).
 * Every row and rule records where it comes from; the rules page shows these sources.
 */
import type { SettingId } from './catalogue/settings.ts';
import type { Channel, EventKind, System } from './config.ts';

export type SourceKind = 'seed' | 'facts' | 'interpretation';

export interface Source {
	/** `seed`: the procedure itself; `facts`: another vendor article; `interpretation`: our reading, to be labelled as such. */
	kind: SourceKind;
	/** The article it rests on, e.g. "Central de Soluções, solução 9100". */
	cite: string;
	/** pt-BR. Seed sentences are quoted verbatim between « »; everything else is in our own words. */
	text: string;
}

export type RuleId =
	| 'novo-arquivo'
	| 'publicacao-processos'
	| 'tarefa-concluida'
	| 'duplicidade-e-silencio'
	| 'sem-caminho';

export interface Rule {
	id: RuleId;
	number: number;
	/** pt-BR heading. */
	title: string;
	/** pt-BR, one paragraph, for the page that lists the rules. */
	summary: string;
	sources: readonly Source[];
}

/**
 * A checkbox a path needs. `processos.task` / `processos.client` mean the flag of the event's own
 * task / client; a row that needs the task applies only to events that name one.
 */
export type Requirement = SettingId;

export interface RuleRow {
	/** Stable: `${event}/${system}/${channel}`. */
	id: string;
	rule: RuleId;
	event: EventKind;
	system: System;
	channel: Channel;
	/** All must be on for the path to announce the event; null when the path never does. */
	requires: readonly Requirement[] | null;
	source: Source;
}

/** "Central de Soluções, solução 9100", or "…, soluções 7516 e 12304" for several articles. */
export function cite(...codes: [number, ...number[]]): string {
	const list = codes.length === 1 ? `solução ${codes[0]}` : `soluções ${codes.slice(0, -1).join(', ')} e ${codes[codes.length - 1]}`;
	return `Central de Soluções, ${list}`;
}

const S9100 = cite(9100);
const S8342 = cite(8342);
const S7516 = cite(7516);
const S11563 = cite(11563);

const SOURCES = {
	opcao1Gestao: {
		kind: 'seed',
		cite: S9100,
		text: 'A Opção 1 desativa, em Documentos > Funcionário Adiciona Novo Arquivo, as notificações no ONVIO, via push e por e-mail: «Nesta configuração, as notificações do ONVIO Portal do Cliente são desativadas quando um documento vem do Sistema Domínio».',
	},
	opcao2Gestao: {
		kind: 'seed',
		cite: S9100,
		text: 'A Opção 2 ativa as mesmas três notificações, e então «os documentos publicados no Sistema Domínio que devem ir para o Domínio Processos terão suas notificações enviadas apenas pelo ONVIO Portal do Cliente».',
	},
	gestaoGlobal: {
		kind: 'facts',
		cite: S8342,
		text: 'A configuração de notificações do ONVIO Gestão é global: vale para todos os clientes do escritório.',
	},
	manualUpload: {
		kind: 'interpretation',
		cite: cite(8342, 11563),
		text: 'Um arquivo enviado à mão por um funcionário também é um arquivo novo no portal. Pelo próprio nome do evento, «Funcionário Adiciona Novo Arquivo», ele também é anunciado, no canal cuja opção está marcada. Nenhuma fonte afirma isso: é a nossa leitura.',
	},
	publicacaoProcessos: {
		kind: 'interpretation',
		cite: S9100,
		text: 'As informações complementares dizem: «Com a Opção 1, os documentos publicados no Sistema Domínio que devem ir para o Domínio Processos terão suas notificações enviadas conforme as configurações do Domínio Processos.» Que esse e-mail dependa do parâmetro do Portal e das duas marcações do Domínio Processos é a nossa leitura: nenhuma fonte diz quem envia esse aviso nem o que ele contém.',
	},
	parametroPortal: {
		kind: 'seed',
		cite: S9100,
		text: "O passo 7 da Opção 1 pede: «Marque a opção '[x] Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos'».",
	},
	tarefaConcluida: {
		kind: 'facts',
		cite: S7516,
		text: "O Domínio Processos envia o e-mail ao cliente quando as duas marcações estão feitas: 'Notificar Cliente' no cadastro do cliente e 'Notificar cliente' na tarefa recorrente. O e-mail usa o modelo 'Conclusão de tarefa'.",
	},
	opcao2Clientes: {
		kind: 'seed',
		cite: S9100,
		text: 'A Opção 2 desmarca o cliente no Domínio Processos: «Desta forma, nenhuma tarefa concluída será notificada a eles.»',
	},
	duplicidade: {
		kind: 'seed',
		cite: S9100,
		text: 'O objetivo do procedimento: «Isso evita que o cliente receba notificações duplicadas.»',
	},
	mecanismoDuplicidade: {
		kind: 'interpretation',
		cite: cite(9100, 12304),
		text: 'O mesmo documento é anunciado duas vezes: pelo ONVIO, no evento «Funcionário Adiciona Novo Arquivo», e pelo Domínio Processos, no seu e-mail. É a nossa leitura de como a duplicidade acontece.',
	},
	processosSoEmail: {
		kind: 'interpretation',
		cite: S7516,
		text: 'O aviso do Domínio Processos ao cliente é um e-mail; nenhuma fonte fala de aviso dele no ONVIO ou por push. (Telas mais novas também oferecem WhatsApp, que este guia não trata.)',
	},
	conclusaoSoProcessos: {
		kind: 'interpretation',
		cite: cite(7516, 12304),
		text: 'A conclusão da tarefa em si só é avisada pelo e-mail do Domínio Processos. Os documentos da tarefa que chegam ao portal quando ela é concluída são tratados aqui como o evento «documento publicado pelo Sistema Domínio».',
	},
	uploadSemProcessos: {
		kind: 'interpretation',
		cite: S11563,
		text: 'Um arquivo enviado à mão vai direto para uma pasta do portal e não passa pelo Domínio Processos, que por isso não o anuncia.',
	},
} as const satisfies Record<string, Source>;

export const RULES: readonly Rule[] = [
	{
		id: 'novo-arquivo',
		number: 1,
		title: 'Arquivo novo no portal: o ONVIO Portal do Cliente avisa',
		summary:
			'Quando um arquivo novo chega ao portal do cliente — um documento publicado pelo Sistema Domínio ou um arquivo que um funcionário envia à mão —, o ONVIO avisa pelo evento «Funcionário Adiciona Novo Arquivo», em cada canal (no ONVIO, push, e-mail) cuja opção está marcada no ONVIO Gestão. Essa configuração é global: vale igual para todos os clientes.',
		sources: [SOURCES.opcao1Gestao, SOURCES.opcao2Gestao, SOURCES.gestaoGlobal, SOURCES.manualUpload],
	},
	{
		id: 'publicacao-processos',
		number: 2,
		title: 'Documento que vai para o Domínio Processos: e-mail do Domínio Processos',
		summary:
			'Um documento publicado pelo Sistema Domínio que pertence a uma tarefa recorrente do cliente vai também para o Domínio Processos. Além do aviso da regra 1, o cliente recebe um e-mail do Domínio Processos só quando estão marcados o parâmetro do Portal «Enviar avisos por e-mail ao cliente, …», o «Notificar cliente» da tarefa e o «Notificar Cliente» do cliente.',
		sources: [SOURCES.publicacaoProcessos, SOURCES.parametroPortal],
	},
	{
		id: 'tarefa-concluida',
		number: 3,
		title: 'Tarefa concluída: e-mail do Domínio Processos',
		summary:
			'Quando uma tarefa é concluída no Domínio Processos, o cliente recebe um e-mail se a tarefa tem «Notificar cliente» marcado e o cliente tem «Notificar Cliente» marcado. O parâmetro do Portal não interfere.',
		sources: [SOURCES.tarefaConcluida, SOURCES.opcao2Clientes],
	},
	{
		id: 'duplicidade-e-silencio',
		number: 4,
		title: 'Duplicidade e silêncio',
		summary:
			'Há duplicidade quando o mesmo evento chega ao cliente pelos dois sistemas, ONVIO Portal do Cliente e Domínio Processos. Vários canais do mesmo sistema não contam como duplicidade. Um evento que não chega ao cliente por nenhum canal é marcado como silencioso.',
		sources: [SOURCES.duplicidade, SOURCES.mecanismoDuplicidade],
	},
	{
		id: 'sem-caminho',
		number: 5,
		title: 'Caminhos que não existem',
		summary:
			'O Domínio Processos só avisa o cliente por e-mail e não anuncia arquivos enviados à mão; o ONVIO Portal do Cliente não anuncia a conclusão de uma tarefa. Esses caminhos nunca levam aviso ao cliente, com qualquer configuração.',
		sources: [SOURCES.processosSoEmail, SOURCES.conclusaoSoProcessos, SOURCES.uploadSemProcessos],
	},
];

function row(
	event: EventKind,
	system: System,
	channel: Channel,
	rule: RuleId,
	requires: readonly Requirement[] | null,
	source: Source,
): RuleRow {
	return { id: `${event}/${system}/${channel}`, rule, event, system, channel, requires, source };
}

const DOC = 'document-from-dominio';
const TASK = 'task-completed';
const UPLOAD = 'manual-upload';
const PORTAL = 'onvio-portal';
const PROCESSOS = 'dominio-processos';

export const RULE_TABLE: readonly RuleRow[] = [
	// Rule 1: a new file in the portal, announced per enabled ONVIO Gestão channel.
	row(DOC, PORTAL, 'onvio', 'novo-arquivo', ['gestao.onvio'], SOURCES.opcao1Gestao),
	row(DOC, PORTAL, 'push', 'novo-arquivo', ['gestao.push'], SOURCES.opcao1Gestao),
	row(DOC, PORTAL, 'email', 'novo-arquivo', ['gestao.email'], SOURCES.opcao1Gestao),
	row(UPLOAD, PORTAL, 'onvio', 'novo-arquivo', ['gestao.onvio'], SOURCES.manualUpload),
	row(UPLOAD, PORTAL, 'push', 'novo-arquivo', ['gestao.push'], SOURCES.manualUpload),
	row(UPLOAD, PORTAL, 'email', 'novo-arquivo', ['gestao.email'], SOURCES.manualUpload),
	// Rule 2: the document's own e-mail from Domínio Processos.
	row(
		DOC,
		PROCESSOS,
		'email',
		'publicacao-processos',
		['portal.emailOnProcessosPublication', 'processos.task', 'processos.client'],
		SOURCES.publicacaoProcessos,
	),
	// Rule 3: the task-completion e-mail; the Portal parameter does not gate it.
	row(TASK, PROCESSOS, 'email', 'tarefa-concluida', ['processos.task', 'processos.client'], SOURCES.tarefaConcluida),
	// Paths that never carry a notice.
	row(DOC, PROCESSOS, 'onvio', 'sem-caminho', null, SOURCES.processosSoEmail),
	row(DOC, PROCESSOS, 'push', 'sem-caminho', null, SOURCES.processosSoEmail),
	row(TASK, PROCESSOS, 'onvio', 'sem-caminho', null, SOURCES.processosSoEmail),
	row(TASK, PROCESSOS, 'push', 'sem-caminho', null, SOURCES.processosSoEmail),
	row(TASK, PORTAL, 'onvio', 'sem-caminho', null, SOURCES.conclusaoSoProcessos),
	row(TASK, PORTAL, 'push', 'sem-caminho', null, SOURCES.conclusaoSoProcessos),
	row(TASK, PORTAL, 'email', 'sem-caminho', null, SOURCES.conclusaoSoProcessos),
	row(UPLOAD, PROCESSOS, 'onvio', 'sem-caminho', null, SOURCES.uploadSemProcessos),
	row(UPLOAD, PROCESSOS, 'push', 'sem-caminho', null, SOURCES.uploadSemProcessos),
	row(UPLOAD, PROCESSOS, 'email', 'sem-caminho', null, SOURCES.uploadSemProcessos),
];

export function ruleById(id: RuleId): Rule {
	const rule = RULES.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown rule "${id}"`);
	return rule;
}

export function rowsOfRule(id: RuleId): RuleRow[] {
	return RULE_TABLE.filter((r) => r.rule === id);
}
