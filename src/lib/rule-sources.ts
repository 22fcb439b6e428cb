/**
 * The pt-BR texts behind the rule table: each rule's title and summary, and the sources (seed
 * sentences, other vendor articles, our interpretations) that rows and rules rest on. Kept apart from
 * rules.ts so the islands, which only simulate, do not download them.
 *
 * Quotes: a vendor's sentence, quoted word for word, stands between « »; a label of a product screen
 * (a checkbox, a menu item, an e-mail template) stands between “ ”, as everywhere on the site (see
 * `quote` in catalogue/settings.ts). A label inside a quoted sentence keeps the label quotes.
 */
import { SOURCE_IDS, SOURCE_KINDS, type Rule, type RuleId, type RuleRow, type Source, type SourceId } from './rules.ts';

/** "Central de Soluções, solução 9100", or "…, soluções 7516 e 12304" for several articles. */
export function cite(...codes: [number, ...number[]]): string {
	const list = codes.length === 1 ? `solução ${codes[0]}` : `soluções ${codes.slice(0, -1).join(', ')} e ${codes[codes.length - 1]}`;
	return `Central de Soluções, ${list}`;
}

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
		text: 'Um arquivo enviado à mão por um funcionário também é um arquivo novo no portal. Pelo próprio nome do evento, “Funcionário Adiciona Novo Arquivo”, ele também é anunciado, no canal cuja opção está marcada. Nenhuma fonte afirma isso: é a nossa leitura.',
	},
	publicacaoProcessos: {
		cite: S9100,
		text: 'As informações complementares dizem: «Com a Opção 1, os documentos publicados no Sistema Domínio que devem ir para o Domínio Processos terão suas notificações enviadas conforme as configurações do Domínio Processos.» Que esse e-mail dependa do parâmetro do Portal e das duas marcações do Domínio Processos é a nossa leitura: nenhuma fonte diz quem envia esse aviso nem o que ele contém.',
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
	duplicidade: {
		cite: S9100,
		text: 'O objetivo do procedimento: «Isso evita que o cliente receba notificações duplicadas.»',
	},
	mecanismoDuplicidade: {
		cite: cite(9100, 12304),
		text: 'O mesmo documento é anunciado duas vezes: pelo ONVIO, no evento “Funcionário Adiciona Novo Arquivo”, e pelo Domínio Processos, no seu e-mail. É a nossa leitura de como a duplicidade acontece.',
	},
	processosSoEmail: {
		cite: S7516,
		text: 'O aviso do Domínio Processos ao cliente é um e-mail; nenhuma fonte fala de aviso dele no ONVIO ou por push. (Telas mais novas também oferecem WhatsApp, que este guia não trata.)',
	},
	conclusaoSoProcessos: {
		cite: cite(7516, 12304),
		text: 'A conclusão da tarefa em si só é avisada pelo e-mail do Domínio Processos. Os documentos da tarefa que chegam ao portal quando ela é concluída são tratados aqui como o evento “Documento publicado pelo Sistema Domínio”.',
	},
	uploadSemProcessos: {
		cite: S11563,
		text: 'Um arquivo enviado à mão vai direto para uma pasta do portal e não passa pelo Domínio Processos, que por isso não o anuncia.',
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
		title: 'Arquivo novo no portal: o ONVIO Portal do Cliente avisa',
		summary:
			'Quando um arquivo novo chega ao portal do cliente — um documento publicado pelo Sistema Domínio ou um arquivo que um funcionário envia à mão —, o ONVIO avisa pelo evento “Funcionário Adiciona Novo Arquivo”, em cada canal (no ONVIO, push, e-mail) cuja opção está marcada no ONVIO Gestão. Essa configuração é global: vale igual para todos os clientes.',
		sources: [SOURCES.opcao1Gestao, SOURCES.opcao2Gestao, SOURCES.gestaoGlobal, SOURCES.manualUpload],
	},
	{
		id: 'publicacao-processos',
		number: 2,
		title: 'Documento que vai para o Domínio Processos: e-mail do Domínio Processos',
		summary:
			'Um documento publicado pelo Sistema Domínio que pertence a uma tarefa recorrente do cliente vai também para o Domínio Processos. Além do aviso da regra 1, o cliente recebe um e-mail do Domínio Processos só quando estão marcados o parâmetro do Portal “Enviar avisos por e-mail ao cliente, …”, o “Notificar cliente” da tarefa e o “Notificar Cliente” do cliente.',
		sources: [SOURCES.publicacaoProcessos, SOURCES.parametroPortal],
	},
	{
		id: 'tarefa-concluida',
		number: 3,
		title: 'Tarefa concluída: e-mail do Domínio Processos',
		summary:
			'Quando uma tarefa é concluída no Domínio Processos, o cliente recebe um e-mail se a tarefa tem “Notificar cliente” marcada e o cliente tem “Notificar Cliente” marcada. O parâmetro do Portal não interfere.',
		sources: [SOURCES.tarefaConcluida, SOURCES.opcao2Clientes],
	},
	{
		id: 'duplicidade-e-silencio',
		number: 4,
		title: 'Dois avisos ou nenhum',
		summary:
			'Há duplicidade quando o mesmo evento chega ao cliente pelos dois sistemas, ONVIO Portal do Cliente e Domínio Processos. O simulador marca esse evento como “Duplicado”; vários canais do mesmo sistema não contam como duplicidade. Um evento que não chega ao cliente por nenhum canal é marcado como “Nenhum aviso”.',
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

export function ruleById(id: RuleId): Rule {
	const rule = RULES.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown rule "${id}"`);
	return rule;
}

