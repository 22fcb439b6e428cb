/**
 * The pt-BR notices for a link the site cannot wholly read (url-state.ts). Every value reaches these already
 * cut and made safe to show; each notice is one whole sentence that says what was done with it.
 */

/** A value as the notice quotes it: "vazio" when there was none. */
function given(value: string): string {
	return value === '' ? 'vazio' : `"${value}"`;
}

export const LINK_NOTICES = {
	tooLong: (length: string, limit: string) =>
		`O endereço tem ${length} caracteres, mais que o limite de ${limit}; só o começo foi lido.`,
	notZeroOrOne: (key: string, value: string) => `O parâmetro "${key}" deveria ser 0 ou 1, mas veio ${given(value)}; foi ignorado.`,
	repeated: (key: string, count: number, used: string) =>
		`O parâmetro "${key}" aparece ${count} vezes; foi usado o primeiro valor válido ("${used}") e os outros foram ignorados.`,
	newerVersion: (version: number, current: number) =>
		`O link é da versão ${version}, mais nova que a deste guia (${current}); os parâmetros conhecidos foram lidos mesmo assim e podem não significar o mesmo.`,
	badVersion: (value: string, current: number) =>
		`O parâmetro "v" deveria ser ${current}, mas veio ${given(value)}; foi lida a versão ${current}.`,
	rejectedValue: (key: string, value: string, accepted: readonly string[]) =>
		`O parâmetro "${key}" veio ${value === '' ? 'vazio' : `com o valor "${value}"`}; foi ignorado. Os valores aceitos são: ${accepted.join(', ')}.`,
	unnamedKey: () => 'Um parâmetro sem nome foi ignorado.',
	/** A well-formed key of a task or a client that the sample office does not have, by the setting's scope. */
	unknownEntity: {
		'per-task': (key: string, task: string, tasks: readonly string[]) =>
			`O parâmetro "${key}" se refere a uma tarefa ("${task}") que não existe neste guia; foi ignorado. As tarefas existentes são: ${tasks.join(', ')}.`,
		'per-client': (key: string, client: string, clients: readonly string[]) =>
			`O parâmetro "${key}" se refere a um cliente ("${client}") que não existe neste guia; foi ignorado. Os clientes existentes são: ${clients.join(', ')}.`,
	},
	unknownKey: (key: string, keys: readonly string[]) =>
		`O parâmetro "${key}" não é conhecido; foi ignorado. Os parâmetros aceitos são: ${keys.join(', ')}.`,
	unknownSteps: (key: string, anchors: readonly string[]) =>
		anchors.length === 1
			? `O parâmetro "${key}" se refere a um passo ("${anchors[0]}") que não existe neste guia; esse passo foi ignorado.`
			: `O parâmetro "${key}" se refere a passos (${anchors.map((a) => `"${a}"`).join(', ')}) que não existem neste guia; esses passos foram ignorados.`,
	moreIssues: (rest: number) => `Há mais ${rest} ${rest === 1 ? 'problema' : 'problemas'} no endereço que não foram listados.`,
} as const;

/** Said while the page shows a link's boxes (and, from "Continuar em outro aparelho", its marks) instead of the reader's. */
export const ORIGIN_NOTICE = {
	link: 'As caixas estão como no link que você abriu; as deste navegador não mudaram.',
	handOff: 'As marcas “Feito” e as caixas estão como no link que você abriu; as deste navegador não mudaram.',
	keep: 'Ficar com as do link',
	back: 'Voltar às minhas',
} as const;
