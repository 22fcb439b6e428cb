/**
 * The pt-BR texts behind the rule table: each rule's title and summary, and the sources (seed
 * sentences, other vendor articles, our interpretations) that rows and rules rest on. Kept apart from
 * rules.ts so the islands, which only simulate, do not download them.
 *
 * Quotes: a vendor's sentence, quoted word for word, stands between “ ”; a label of a product screen (a
 * checkbox, a menu item, an e-mail template) stands between ' ', as the article writes it, inside a quoted
 * sentence or not. Each text is short: the rules page shows every source of every rule.
 */
import { INTERPRETATION_LABEL } from '../messages/words.ts';
import { cite } from '../messages/diagnosis.ts';
import { SOURCE_IDS, SOURCE_KINDS, type Rule, type RuleId, type RuleRow, type Source, type SourceId } from '../model/rules.ts';

const S9100 = cite(9100);
const S8342 = cite(8342);
const S7516 = cite(7516);
const S11563 = cite(11563);

const TEXTS = {
	opcao1Gestao: {
		cite: S9100,
		text: 'Opção 1: “as notificações do ONVIO Portal do Cliente são desativadas quando um documento vem do Sistema Domínio”.',
	},
	gestaoGlobal: {
		cite: S8342,
		text: 'A configuração de notificações do ONVIO Gestão vale para todos os clientes.',
	},
	manualUpload: {
		cite: cite(8342, 11563),
		text: 'Pelo nome do evento, um arquivo enviado manualmente também gera aviso.',
	},
	publicacaoProcessos: {
		cite: S9100,
		text: 'Nas Informações complementares, com a Opção 1, que marca o parâmetro, os documentos “terão suas notificações enviadas conforme as configurações do Domínio Processos”, isto é, no e-mail da tarefa concluída.',
	},
	parametroPortal: {
		cite: S9100,
		text: "Passo 7 da Opção 1: “Marque a opção '[x] Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos'”.",
	},
	tarefaConcluida: {
		cite: S7516,
		text: 'O cliente precisa também estar incluído na tarefa e ativo.',
	},
	tarefaSemParametro: {
		cite: S9100,
		text: "O parâmetro do ONVIO Portal do Cliente não impede o e-mail da tarefa concluída; se impedisse, a Opção 2, que o desmarca, não precisaria desmarcar também 'Notificar Cliente' nos clientes, passo que ela justifica: “Desta forma, nenhuma tarefa concluída será notificada a eles.”",
	},
	duplicidade: {
		cite: S9100,
		text: 'O objetivo: “Isso evita que o cliente receba notificações duplicadas.”',
	},
	veredito: {
		cite: S9100,
		text: '“Toda a comunicação será feita pelo Domínio Processos” (Opção 1) ou “pelo ONVIO Portal do Cliente” (Opção 2).',
	},
	mecanismoDuplicidade: {
		cite: cite(9100, 12304),
		text: 'A solução 12304 diz que os documentos incluídos numa tarefa vão para uma pasta do ONVIO Portal do Cliente quando ela é concluída (o DAS, por exemplo, para Fiscal > DAS). A duplicidade seria esse documento avisado duas vezes (regras 1 e 2).',
	},
	convencaoCanais: {
		cite: S9100,
		text: 'Os canais de um mesmo sistema contam como um só aviso.',
	},
	processosSoEmail: {
		cite: S7516,
		text: 'Nenhuma fonte fala de aviso do Domínio Processos no ONVIO ou via push; o WhatsApp das telas novas fica fora deste guia.',
	},
	conclusaoSoProcessos: {
		cite: S7516,
		text: "Nenhuma fonte fala de aviso do ONVIO Portal do Cliente sobre a conclusão de uma tarefa, só do e-mail 'Conclusão de tarefa' (regra 3).",
	},
	uploadSemProcessos: {
		cite: S11563,
		text: 'Um arquivo enviado manualmente vai direto para uma pasta do ONVIO Portal do Cliente: o Domínio Processos não o vê.',
	},
} satisfies Record<SourceId, Omit<Source, 'kind'>>;

/** Each text with what it is (kept in rules.ts, where the simulator reads it). */
const SOURCES = Object.fromEntries(
	SOURCE_IDS.map((id) => [id, { kind: SOURCE_KINDS[id], ...TEXTS[id] }]),
) as Record<SourceId, Source>;

/** The source a row of the rule table rests on. */
export function sourceOf(row: Pick<RuleRow, 'source'>): Source {
	return SOURCES[row.source];
}


export const RULES: readonly Rule[] = [
	{
		id: 'novo-arquivo',
		number: 1,
		title: 'Aviso do arquivo novo',
		summary:
			"Quando o Sistema Domínio publica um documento, o ONVIO Portal do Cliente avisa o cliente pelo evento 'Funcionário Adiciona Novo Arquivo', em cada canal marcado no ONVIO Gestão.",
		sources: [SOURCES.opcao1Gestao, SOURCES.gestaoGlobal, SOURCES.manualUpload],
	},
	{
		id: 'publicacao-processos',
		number: 2,
		title: 'O documento no e-mail da tarefa',
		summary:
			`${INTERPRETATION_LABEL}: com o parâmetro do ONVIO Portal do Cliente marcado, o documento publicado no Sistema Domínio para uma tarefa do Domínio Processos segue no e-mail de conclusão dela (regra 3): um só e-mail por tarefa.`,
		sources: [SOURCES.parametroPortal, SOURCES.publicacaoProcessos],
	},
	{
		id: 'tarefa-concluida',
		number: 3,
		title: 'E-mail da tarefa concluída',
		summary:
			"Ao concluir uma tarefa recorrente com 'Notificar cliente' marcada, o Domínio Processos envia o e-mail 'Conclusão de tarefa' a cada cliente da tarefa com 'Notificar Cliente' marcada no cadastro.",
		sources: [SOURCES.tarefaConcluida, SOURCES.tarefaSemParametro],
	},
	{
		id: 'duplicidade-e-silencio',
		number: 4,
		title: 'Quem fala com o cliente',
		summary:
			'O simulador julga o resultado pelo sistema que fala com o cliente: “Um só sistema”, “Dois sistemas”, “Duplicado”, “Documentos sem aviso” ou “Nenhum sistema”.',
		sources: [SOURCES.veredito, SOURCES.duplicidade, SOURCES.mecanismoDuplicidade, SOURCES.convencaoCanais],
	},
	{
		id: 'sem-caminho',
		number: 5,
		title: 'Caminhos que não existem',
		summary:
			'Alguns caminhos não avisam o cliente em nenhuma configuração: as linhas “Nunca avisa” da tabela.',
		sources: [SOURCES.processosSoEmail, SOURCES.conclusaoSoProcessos, SOURCES.uploadSemProcessos],
	},
];

export function ruleById(id: RuleId): Rule {
	const rule = RULES.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown rule "${id}"`);
	return rule;
}

