/**
 * The pt-BR texts behind the rule table: each rule's title and summary, and the sources (seed
 * sentences, other vendor articles, our interpretations) that rows and rules rest on. Kept apart from
 * rules.ts so the islands, which only simulate, do not download them.
 *
 * Quotes: a vendor's sentence, quoted word for word, stands between « »; a label of a product screen
 * (a checkbox, a menu item, an e-mail template) stands between “ ”, as everywhere on the site (see
 * `quote` in catalogue/settings.ts). A label inside a quoted sentence keeps the label quotes.
 */
import { cite } from './messages/diagnosis.ts';
import { SOURCE_IDS, SOURCE_KINDS, type Rule, type RuleId, type RuleRow, type Source, type SourceId } from './rules.ts';

const S9100 = cite(9100);
const S8342 = cite(8342);
const S7516 = cite(7516);
const S11563 = cite(11563);

const TEXTS = {
	opcao1Gestao: {
		cite: S9100,
		text: 'A Opção 1 desativa, em Documentos > Funcionário Adiciona Novo Arquivo, as notificações no ONVIO, via push e por e-mail: «Nesta configuração, as notificações do ONVIO Portal do Cliente são desativadas quando um documento vem do Sistema Domínio».',
	},
	opcao2Gestao: {
		cite: S9100,
		text: 'A Opção 2 ativa as mesmas três notificações, e então «os documentos publicados no Sistema Domínio que devem ir para o Domínio Processos terão suas notificações enviadas apenas pelo ONVIO Portal do Cliente».',
	},
	gestaoGlobal: {
		cite: S8342,
		text: 'A configuração de notificações do ONVIO Gestão é global: vale para todos os clientes do escritório.',
	},
	manualUpload: {
		cite: cite(8342, 11563),
		text: 'Um arquivo que um funcionário envia manualmente para uma pasta do portal também é um arquivo novo. Pelo nome do evento, “Funcionário Adiciona Novo Arquivo”, este guia considera que ele também é avisado, em cada canal marcado. Nenhuma fonte diz isso.',
	},
	publicacaoProcessos: {
		cite: S9100,
		text: 'O procedimento diz que, com a Opção 1, esses documentos «terão suas notificações enviadas conforme as configurações do Domínio Processos», e o passo 7 marca o parâmetro que fala de «avisos por e-mail ao cliente». Este guia lê daí que o Domínio Processos envia um e-mail sobre o documento quando o parâmetro, a “Notificar cliente” da tarefa e a “Notificar Cliente” do cliente estão marcados. Nenhuma fonte diz quem envia esse e-mail nem o que ele contém.',
	},
	parametroPortal: {
		cite: S9100,
		text: 'O passo 7 da Opção 1 pede: «Marque a opção “[x] Enviar avisos por e-mail ao cliente, quando for enviada uma publicação de documento para o Domínio Processos”».',
	},
	tarefaConcluida: {
		cite: S7516,
		text: 'O Domínio Processos envia o e-mail ao cliente quando as duas marcações estão feitas: “Notificar Cliente” no cadastro do cliente e “Notificar cliente” na tarefa recorrente. O e-mail usa o modelo “Conclusão de tarefa”.',
	},
	opcao2Clientes: {
		cite: S9100,
		text: 'A Opção 2 desmarca o cliente no Domínio Processos: «Desta forma, nenhuma tarefa concluída será notificada a eles.»',
	},
	tarefaSemParametro: {
		cite: S9100,
		text: 'Nenhuma fonte liga o e-mail de tarefa concluída ao parâmetro do ONVIO Portal do Cliente. Como a Opção 2 desmarca o parâmetro e, além dele, os clientes, para que «nenhuma tarefa concluída» seja notificada, este guia considera que o parâmetro sozinho não impede esse e-mail.',
	},
	duplicidade: {
		cite: S9100,
		text: 'O objetivo do procedimento: «Isso evita que o cliente receba notificações duplicadas.»',
	},
	veredito: {
		cite: S9100,
		text: 'Cada opção termina dizendo quem fala com o cliente: «Toda a comunicação será feita pelo Domínio Processos» (Opção 1) e «Toda a comunicação será feita pelo ONVIO Portal do Cliente» (Opção 2).',
	},
	mecanismoDuplicidade: {
		cite: cite(9100, 12304),
		text: 'Nenhum artigo descreve como a duplicidade acontece. Este guia considera que o mesmo documento é avisado duas vezes: pelo ONVIO Portal do Cliente, no evento “Funcionário Adiciona Novo Arquivo”, e pelo Domínio Processos, no e-mail sobre a publicação (regra 2).',
	},
	convencaoCanais: {
		cite: S9100,
		text: 'O procedimento fala de duplicidade entre os dois sistemas. Contar os canais de um mesmo sistema (no ONVIO, via push, por e-mail) como um só aviso é uma convenção deste guia.',
	},
	processosSoEmail: {
		cite: S7516,
		text: 'O aviso do Domínio Processos ao cliente é um e-mail; nenhuma fonte fala de aviso dele no ONVIO ou por push. (Telas mais novas também oferecem WhatsApp, que este guia não trata.)',
	},
	conclusaoSoProcessos: {
		cite: cite(7516, 12304),
		text: 'A conclusão da tarefa em si só é avisada pelo e-mail do Domínio Processos. Os documentos da tarefa que chegam ao portal quando ela é concluída são tratados aqui como o evento “Documento publicado no Sistema Domínio”.',
	},
	uploadSemProcessos: {
		cite: S11563,
		text: 'Um arquivo enviado manualmente vai direto para uma pasta do portal e não passa pelo Domínio Processos, que por isso não o anuncia.',
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
		title: 'O ONVIO Portal do Cliente avisa o arquivo novo',
		summary:
			'Quando o Sistema Domínio publica um documento no portal, o ONVIO Portal do Cliente avisa o cliente pelo evento “Funcionário Adiciona Novo Arquivo”, em cada canal (no ONVIO, via push, por e-mail) marcado no ONVIO Gestão. Essa configuração vale para todos os clientes do escritório. Este guia aplica a mesma regra aos arquivos enviados manualmente.',
		sources: [SOURCES.opcao1Gestao, SOURCES.opcao2Gestao, SOURCES.gestaoGlobal, SOURCES.manualUpload],
	},
	{
		id: 'publicacao-processos',
		number: 2,
		title: 'O Domínio Processos envia e-mail sobre o documento',
		summary:
			'Um documento publicado no Sistema Domínio que pertence a uma tarefa recorrente do cliente vai também para o Domínio Processos. Na leitura deste guia, além do aviso da regra 1, o cliente recebe então um e-mail do Domínio Processos quando estão marcados o parâmetro “Enviar avisos por e-mail ao cliente, …” do ONVIO Portal do Cliente, a “Notificar cliente” da tarefa e a “Notificar Cliente” do cliente.',
		sources: [SOURCES.parametroPortal, SOURCES.publicacaoProcessos],
	},
	{
		id: 'tarefa-concluida',
		number: 3,
		title: 'O Domínio Processos envia e-mail da tarefa concluída',
		summary:
			'Quando uma tarefa é concluída no Domínio Processos, o cliente recebe um e-mail se a tarefa tem “Notificar cliente” marcada e o cliente tem “Notificar Cliente” marcada.',
		sources: [SOURCES.tarefaConcluida, SOURCES.opcao2Clientes, SOURCES.tarefaSemParametro],
	},
	{
		id: 'duplicidade-e-silencio',
		number: 4,
		title: 'Quem fala com o cliente',
		summary:
			'O simulador julga o resultado como o procedimento julga as opções: pelo sistema que fala com o cliente. “Um só sistema” quer dizer que toda a comunicação é feita por um deles; “Dois sistemas”, que cada um avisa alguma coisa; “Duplicado”, que o mesmo evento chega pelos dois; “Nenhum aviso”, que nada chega.',
		sources: [SOURCES.veredito, SOURCES.duplicidade, SOURCES.mecanismoDuplicidade, SOURCES.convencaoCanais],
	},
	{
		id: 'sem-caminho',
		number: 5,
		title: 'Caminhos que não existem',
		summary:
			'O Domínio Processos só avisa o cliente por e-mail e não anuncia arquivos enviados manualmente; o ONVIO Portal do Cliente não anuncia a conclusão de uma tarefa. Esses caminhos nunca levam aviso ao cliente, com qualquer configuração.',
		sources: [SOURCES.processosSoEmail, SOURCES.conclusaoSoProcessos, SOURCES.uploadSemProcessos],
	},
];

export function ruleById(id: RuleId): Rule {
	const rule = RULES.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown rule "${id}"`);
	return rule;
}

