/**
 * The sample office used by every simulation: a few clients and recurring tasks with realistic names.
 * Their ids are part of shareable links (`tarefa.das=0`), so they never change once published.
 */
export interface SampleClient {
	id: string;
	name: string;
}

export interface SampleTask {
	id: string;
	name: string;
}

export const SAMPLE = {
	clients: [
		{ id: 'padaria', name: 'Padaria Pão Dourado Ltda.' },
		{ id: 'oficina', name: 'Oficina Mecânica Irmãos Souza ME' },
	],
	tasks: [
		{ id: 'das', name: 'Apuração do Simples Nacional (DAS)' },
		{ id: 'folha', name: 'Folha de pagamento mensal' },
	],
} as const satisfies { clients: readonly SampleClient[]; tasks: readonly SampleTask[] };
