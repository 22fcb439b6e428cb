/**
 * The verdict is the article's yardstick: who talks to the client over every event it can receive. The
 * expectations in the table are read from solução 9100, not from the code: Opção 1 ends "Toda a comunicação
 * será feita pelo Domínio Processos", Opção 2 "… pelo ONVIO Portal do Cliente".
 */
import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { allConfigs, type System } from '../../src/lib/model/config.ts';
import { allEvents, simulate } from '../../src/lib/model/simulate.ts';
import { decodeState } from '../../src/lib/links/url-state.ts';
import { clientEvents, officeVerdict, verdictOf } from '../../src/lib/model/verdict.ts';

const clientVerdict = (config: Parameters<typeof clientEvents>[0], clientId: string) => verdictOf(clientEvents(config, clientId));

describe.each<[string, string, string, string, string[], boolean]>([
	// Nothing done: the same document from both systems.
	['todas marcadas', 'v=1', 'padaria', 'both-systems', ['onvio-portal', 'dominio-processos'], true],
	// Opção 1 done: the article's own verdict.
	['Opção 1 done', 'v=1&onvio=0&push=0&email=0', 'padaria', 'one-system', ['dominio-processos'], false],
	// Opção 2 done: completed tasks are no longer notified, as the article says.
	['Opção 2 done', 'v=1&aviso=0&cliente.padaria=0&cliente.oficina=0', 'oficina', 'one-system', ['onvio-portal'], false],
	// Opção 2 halfway: the client steps are missing, so Domínio Processos still e-mails completed tasks.
	['Opção 2 without its client steps', 'v=1&aviso=0', 'padaria', 'both-systems', ['onvio-portal', 'dominio-processos'], false],
	// Opção 2 with one client left marked: that client still hears from both; the other is done.
	['Opção 2, padaria still marked: padaria', 'v=1&aviso=0&cliente.oficina=0', 'padaria', 'both-systems', ['onvio-portal', 'dominio-processos'], false],
	['Opção 2, padaria still marked: oficina', 'v=1&aviso=0&cliente.oficina=0', 'oficina', 'one-system', ['onvio-portal'], false],
	['everything off', 'v=1&onvio=0&push=0&email=0&aviso=0&tarefa.das=0&tarefa.folha=0&cliente.padaria=0&cliente.oficina=0', 'padaria', 'none', [], false],
])('%s', (_, query, clientId, kind, systems, duplicate) => {
	const verdict = clientVerdict(decodeState(query).config, clientId);

	test('names who talks to the client, and whether a document comes twice', () => {
		expect(verdict.kind).toBe(kind);
		expect(verdict.systems).toEqual(systems);
		expect(verdict.duplicated.includes('document-from-dominio')).toBe(duplicate);
	});
});

describe('over the whole configuration space', () => {
	const configs = [...allConfigs()];
	const systemsOf = (deliveries: { system: System }[]) => new Set(deliveries.map((d) => d.system));

	test('one system, both or none, as the deliveries of every event of the client say', () => {
		const seen = new Set<string>();
		for (const config of configs)
			for (const client of SAMPLE.clients) {
				const sims = allEvents()
					.filter((event) => event.clientId === client.id)
					.map((event) => simulate(config, event));
				const systems = systemsOf(sims.flatMap((sim) => sim.deliveries));
				const verdict = clientVerdict(config, client.id);
				const expected = systems.size === 0 ? 'none' : systems.size === 1 ? 'one-system' : 'both-systems';
				expect(verdict.kind).toBe(expected);
				expect(new Set(verdict.systems)).toEqual(systems);
				// A duplicate is always two systems; the reverse does not hold (a half-done option).
				const twice = sims.some((sim) => systemsOf(sim.deliveries).size === 2);
				expect(verdict.duplicated.length > 0).toBe(twice);
				seen.add(`${verdict.kind}:${twice}`);
			}
		// The space holds every case, so none of the checks above is empty.
		expect([...seen].sort()).toEqual(['both-systems:false', 'both-systems:true', 'none:false', 'one-system:false']);
	});

	test('the office hears from a system when any of its clients does', () => {
		for (const config of configs) {
			const union = new Set(SAMPLE.clients.flatMap((client) => clientVerdict(config, client.id).systems));
			expect(new Set(officeVerdict(config).systems)).toEqual(union);
		}
	});
});
