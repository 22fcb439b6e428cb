/**
 * The support tools in Chromium: step links (where they land, that each step has one, how the keyboard reaches
 * them, what they copy), and the ticket summary of the diagnosis, whose every link opens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SummaryFormat } from '../../src/lib/diagnosis/ticket-summary.ts';
import { clipboardTab, closeContexts, refuseClipboard, url, visit, watchErrors } from './support/browser.ts';
import { readPageThrough, untilEnabled } from './support/controls.ts';
import { copyWith, openCopied, urlsIn } from './support/links.ts';

let browser: Browser;
/** One tab, with the reader's clipboard, for the tests in turn; a copied link is pasted there too: see visit(). */
let tab: Page;
beforeAll(async () => {
	({ browser, tab } = await clipboardTab());
});
afterAll(async () => {
	await closeContexts(browser);
});

describe('step links', () => {
	/** Where the step sits against the viewport and Starlight's fixed header, and whether it is highlighted. */
	function stepPlacement(page: Page, anchor: string) {
		return page.evaluate((id) => {
			const step = document.getElementById(id)!;
			const box = step.getBoundingClientRect();
			const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
			const style = getComputedStyle(step);
			return {
				top: box.top,
				headerBottom: header,
				viewportHeight: innerHeight,
				outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
			};
		}, anchor);
	}

	// A sample across pages and sections; the built-site tests check every anchor exists.
	const cases = ['/opcao-1/#onvio-7', '/opcao-1/#tarefas-3', '/opcao-2/#clientes-3', '/opcao-2/#onvio-4'];

	describe.each(cases)('opening %s', (link) => {
		test('lands with the step visible below the header and highlighted', async () => {
			const page = tab;
			await visit(page, url(link));
			const placed = await stepPlacement(page, link.split('#')[1]!);
			expect(placed.top).toBeGreaterThanOrEqual(placed.headerBottom);
			expect(placed.top).toBeLessThan(placed.viewportHeight / 2);
			expect(placed.outlined).toBe(true);
		});
	});

	test('the link affordance appears on keyboard focus and moves the page to the step', async () => {
		const page = tab;
		await visit(page, url('/opcao-2/'));
		const anchor = page.locator('#clientes-3 a.procedure-step__anchor');
		await anchor.focus();
		await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#clientes-3');
		expect((await stepPlacement(page, 'clientes-3')).outlined).toBe(true);
	});
});

test('a copied step link opens with the step in view and highlighted', async () => {
	const page = tab;
	const errors = watchErrors(page);
	await visit(page, url('/opcao-1/'));
	const step = page.locator('#onvio-7');
	await step.hover();
	const copied = await copyWith(step.getByRole('button', { name: /Copiar link do passo 7/ }), step.getByText('Link copiado'));
	// Absolute, where the page is served (not the build's `site`).
	expect(new URL(copied).origin).toBe(new URL(page.url()).origin);
	expect(new URL(copied).pathname + new URL(copied).hash).toBe('/opcao-1/#onvio-7');

	// A new visit, as in a fresh page.
	const fresh = tab;
	await visit(fresh, copied);
	const placed = await fresh.locator('#onvio-7').evaluate((li) => ({
		top: li.getBoundingClientRect().top,
		header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
		targeted: li.matches(':target'),
		outline: getComputedStyle(li).outlineStyle,
	}));
	expect(placed.top).toBeGreaterThanOrEqual(placed.header);
	expect(placed.targeted).toBe(true);
	expect(placed.outline).not.toBe('none');
	expect(errors).toEqual([]);
});

test('the copy button is reachable by keyboard and, where the clipboard is refused, shows the link selected', async () => {
	const page = tab;
	await visit(page, url('/opcao-2/'));
	await refuseClipboard(page);
	await page.locator('#clientes-3 a.procedure-step__anchor').focus();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Copiar link');
	await page.keyboard.press('Enter');
	const field = page.locator('#clientes-3 .procedure-step__manual');
	await field.waitFor();
	expect(new URL(await field.inputValue()).hash).toBe('#clientes-3');
	// Focused once the field is on screen, as the reader sees it.
	await expect.poll(() => field.evaluate((el) => document.activeElement === el)).toBe(true);
});

// The links of the summary, opened once for both formats (the check does not depend on the format).
const opened = new Set<string>();

describe.each<[SummaryFormat, string]>([
	['text', 'Copiar resumo para o chamado'],
	['markdown', 'Copiar em Markdown'],
])('the ticket summary of "todas marcadas", copied as %s', (format, label) => {
	test('is the summary of the office’s settings, built where the page is served, and every link in it opens', async () => {
		const page = tab;
		await page.setViewportSize({ width: 1366, height: 768 });
		const errors = watchErrors(page);
		await visit(page, url('/diagnostico/'));
		const panel = page.locator('.diagnosis');
		await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Cada documento do Sistema Domínio chega duas vezes');
		// On screen the plan opens each step of the ONVIO section in order, the office's state in the link.
		const planLinks = await panel.locator('.diagnosis__plan a').evaluateAll((links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).hash),
		);
		expect(planLinks).toEqual(['#onvio-1', '#onvio-2', '#onvio-3', '#onvio-4', '#onvio-5']);

		const button = page.getByRole('button', { name: label });
		await untilEnabled(button);
		const summary = await copyWith(button, page.getByText(/copiado/).first());
		// Todas marcadas, as an agent would read it: the situation today, the recommendation, links where served.
		const bold = (label: string) => (format === 'markdown' ? `**${label}:**` : `${label}:`);
		expect(summary).toContain(`${bold('Situação atual')} O mesmo documento chega aos clientes pelos dois sistemas.`);
		expect(summary).toContain(
			`${bold('Recomendação')} Opção 1. Toda a comunicação será feita pelo Domínio Processos. É a mais próxima da configuração atual: exige três mudanças;`,
		);
		for (const link of urlsIn(summary)) expect(link.startsWith(url('/'))).toBe(true);
		expect(/\*\*|\]\(/.test(summary)).toBe(format === 'markdown');

		const links = urlsIn(summary);
		// The steps' links and the diagnosis link.
		expect(links.length).toBeGreaterThanOrEqual(3);
		// The reader pastes the links, one after the other, each a new visit.
		const check = tab;
		const checkErrors = watchErrors(check);
		for (const link of links) {
			expect(link.startsWith(url('/')), link).toBe(true);
			if (opened.has(link)) continue;
			opened.add(link);
			expect(await openCopied(check, link), link).toEqual({ status: 200, anchorFound: true });
			// A link with a state opens that state, with no notice of anything ignored.
			const { search } = new URL(link);
			if (search) {
				await readPageThrough(check);
				expect(await check.locator('.state-notice').count(), link).toBe(0);
				expect(new URL(check.url()).search, link).toBe(search);
			}
		}
		expect(errors).toEqual([]);
		expect(checkErrors).toEqual([]);
	});
});

test('a diagnosis link restores its state later; Opção 2 has nothing to change', async () => {
	const page = tab;
	await visit(page, url('/diagnostico/?v=1&aviso=0&cliente.padaria=0&cliente.oficina=0'));
	await expect.poll(() => page.locator('.diagnosis__summary').textContent(), { timeout: 10_000 }).toContain('Nada a mudar');
	expect(await page.getByRole('checkbox', { name: /Notificar Cliente — Padaria/ }).isChecked()).toBe(false);
});

test('the ticket "Já fiz a Opção 1 e continua chegando duplicado, no e-mail", after a registration change: the causes of solução 7516, carried in the link; the next ticket starts clean', async () => {
	const page = tab;
	await page.setViewportSize({ width: 1366, height: 768 });
	const errors = watchErrors(page);
	await visit(page, url('/diagnostico/'));
	// The agent picks what the client reports, then marks the office's settings as Opção 1 leaves them.
	const complaint = page.getByRole('radio', { name: 'Recebe o mesmo documento duas vezes' });
	await untilEnabled(complaint);
	// The first input wakes the islands, and counts once they are live.
	await complaint.click();
	await expect.poll(() => complaint.isChecked()).toBe(true);
	// Where it arrives, and what the office changed: solução 7516 speaks of a change to a client's registration.
	await page.getByRole('radio', { name: 'por e-mail' }).check();
	await page.getByRole('checkbox', { name: 'O escritório mudou há pouco o cadastro de algum cliente no Domínio Processos' }).check();
	for (const name of ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail'])
		await page.getByRole('checkbox', { name }).uncheck();
	await expect.poll(() => new URL(page.url()).search).toBe('?v=1&onvio=0&push=0&email=0&queixa=duplicado&canal=email&cadastro=1');

	const panel = page.locator('.diagnosis');
	await expect.poll(() => panel.textContent()).toContain('Toda a comunicação será feita pelo Domínio Processos.');
	const text = (await panel.textContent())!;
	expect(text).not.toMatch(/nada a mudar|tudo certo/i);
	expect(text).toContain('Gere novamente as tarefas em aberto ou aguarde as da próxima competência.');
	expect(text).toContain('Central de Soluções, solução 7516');
	// Nothing was said of WhatsApp: that cause cannot apply.
	expect(text).not.toContain('WhatsApp');

	const summary = await copyWith(page.getByRole('button', { name: 'Copiar resumo para o chamado' }), page.getByText(/copiado/).first());
	expect(summary).toContain('Queixa do cliente: Recebe o mesmo documento duas vezes, por e-mail.');
	expect(summary).toContain('O escritório mudou há pouco o cadastro de um cliente no Domínio Processos.');
	expect(summary).toContain('Gere novamente as tarefas em aberto ou aguarde as da próxima competência. (solução 7516)');
	expect(summary).not.toMatch(/nada a mudar/i);
	// Short enough for a ticket, with a link on every action.
	expect(summary.length).toBeLessThanOrEqual(1800);
	// Pasted and opened, the diagnosis link brings back the complaint with the settings.
	const [diagnosisLink] = urlsIn(summary).filter((link) => link.includes('/diagnostico/'));
	const check = tab;
	await visit(check, diagnosisLink!);
	await expect.poll(() => check.getByRole('radio', { name: 'Recebe o mesmo documento duas vezes' }).isChecked()).toBe(true);
	await expect.poll(() => check.locator('.diagnosis').textContent()).toContain('solução 7516');
	expect(await check.getByRole('radio', { name: 'por e-mail' }).isChecked()).toBe(true);

	// The next ticket, from the sidebar: a clean diagnosis, nothing of the last office or complaint.
	await check.locator('nav[aria-label="Principal"], #starlight__sidebar').getByRole('link', { name: 'Diagnóstico' }).first().click();
	await check.waitForURL(/\/diagnostico\/$/);
	const none = check.getByRole('radio', { name: 'Nenhuma queixa: só conferir a configuração' });
	await untilEnabled(none);
	expect(await none.isChecked()).toBe(true);
	expect(await check.locator('.diagnosis__verdict').textContent()).toContain('O mesmo documento chega aos clientes pelos dois sistemas.');
	expect(await check.locator('.complaint-choice__channel').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('Opção 2 without its client steps is not done: the diagnosis names what Domínio Processos still sends and links the client step', async () => {
	const page = tab;
	await visit(page, url('/diagnostico/?v=1&aviso=0'));
	const panel = page.locator('.diagnosis');
	await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('o Domínio Processos ainda envia o e-mail das tarefas concluídas');
	expect(await panel.textContent()).not.toMatch(/nada a mudar|nenhum problema/i);
	const plan = await panel.locator('.diagnosis__plan a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)));
	expect(plan.map((link) => `${link.pathname}${link.hash}`)).toContain('/opcao-2/#clientes-3');
});
