/**
 * The reader's work is one state: the boxes of the replicas and the "Feito" ticks survive a reopened browser,
 * two tabs see each other's changes without undoing them, a tick puts its step's boxes in the state the step
 * gives them, and a link's boxes are shown without overwriting the reader's own.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, url, watchErrors } from './support/browser.ts';
import { doneMark } from './support/checklist.ts';
import { PHONE, LAPTOP } from './support/devices.ts';
import { stepsOf } from '../../src/lib/catalogue/steps.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});

const progress = (page: Page) => page.locator('.checklist-progress__count');
const verdict = (page: Page) => page.locator('.client-preview__verdict');
const box = (page: Page, anchor: string, setting: string) => page.locator(`#${anchor} .replica input[data-setting="${setting}"]`);
const step = (anchor: string) => stepsOf('opcao-1').find((s) => s.anchor === anchor)!;

async function fresh(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url(path));
	// The islands are live once the preview's button is enabled.
	await expect.poll(() => page.locator('.client-preview__toggle').isEnabled()).toBe(true);
	return page;
}

test('on a phone: every step of Opção 1 ticked, the browser closed and reopened: ticks and boxes as left, and the article’s verdict', { timeout: 90_000 }, async () => {
	const context = await browser.newContext(PHONE);
	let page = await fresh(context, '/opcao-1/');
	const errors = watchErrors(page);
	const next = page.locator('.checklist-progress__next');
	// A fresh page: nothing to continue from.
	await expect.poll(() => progress(page).textContent()).toBe('Passos feitos: 0 de 16');
	expect(await next.isVisible()).toBe(false);
	const steps = stepsOf('opcao-1');
	for (const [i, each] of steps.entries()) {
		const mark = doneMark(page, each);
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await expect.poll(() => mark.isChecked()).toBe(true);
		if (i === 0) {
			// "Continuar" moves on with the tick, without a reload: to the step after the one just ticked.
			await expect.poll(() => next.getAttribute('href')).toBe(`#${steps[1]!.anchor}`);
			expect(await next.textContent()).toBe('Continuar do passo 2 de “Configuração no ONVIO Gestão e Portal do Cliente”');
		}
		if (i === steps.length - 2) await expect.poll(() => progress(page).textContent()).toBe('Passos feitos: 15 de 16');
	}
	// "Desative as opções …" ticked: its three boxes are unmarked, as the step says.
	for (const setting of ['onvio', 'push', 'email']) expect(await box(page, 'onvio-4', setting).isChecked()).toBe(false);
	await expect.poll(() => progress(page).textContent()).toBe('Todos os 16 passos feitos');
	await expect.poll(() => verdict(page).textContent()).toBe('Um só sistema Agora: Toda a comunicação será feita pelo Domínio Processos.');
	expect(errors).toEqual([]);

	// The browser closed and reopened: a new page of the same profile.
	await page.close();
	page = await fresh(context, '/opcao-1/');
	await expect.poll(() => progress(page).textContent()).toBe('Todos os 16 passos feitos');
	await expect.poll(() => box(page, 'onvio-4', 'push').isChecked()).toBe(false);
	await expect.poll(() => verdict(page).textContent()).toBe('Um só sistema Agora: Toda a comunicação será feita pelo Domínio Processos.');

	// A box marked again under a ticked step: that step says so, and "all done" no longer stands.
	const push = box(page, 'onvio-4', 'push');
	await push.scrollIntoViewIfNeeded();
	await push.tap();
	await expect.poll(() => page.locator('#onvio-4 .procedure-step__contradicted').isVisible()).toBe(true);
	await expect.poll(() => progress(page).textContent()).toBe('Passos feitos: 16 de 16');
	expect(await page.locator('.checklist-progress__contradicted').textContent()).toBe(
		'Um passo marcado como feito não confere com as caixas da réplica: passo 4 da Opção 1 (ONVIO Gestão e Portal do Cliente)',
	);
	await expect.poll(() => verdict(page).textContent()).toBe('Duplicado Agora: O cliente ainda recebe o mesmo documento dos dois sistemas.');
	await context.close();
});

test('two tabs of one browser see each other’s ticks and boxes, and neither undoes the other', { timeout: 60_000 }, async () => {
	const context = await browser.newContext(LAPTOP);
	const first = await fresh(context, '/opcao-1/');
	const second = await fresh(context, '/opcao-1/');
	await doneMark(first, step('onvio-1')).check();
	await doneMark(first, step('onvio-2')).check();
	// The second tab hears of them, and its own tick keeps them.
	await expect.poll(() => doneMark(second, step('onvio-2')).isChecked()).toBe(true);
	await doneMark(second, step('onvio-6')).check();
	await expect.poll(() => doneMark(first, step('onvio-6')).isChecked()).toBe(true);
	const stored = await first.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:feitos:opcao-1'));
	expect(JSON.parse(stored!)).toEqual(expect.arrayContaining(['onvio-1', 'onvio-2', 'onvio-6']));
	expect(await progress(first).textContent()).toBe('Passos feitos: 3 de 16');

	// A box in one tab, another in the other: both stay.
	await box(first, 'onvio-4', 'push').uncheck();
	await expect.poll(() => box(second, 'onvio-4', 'push').isChecked()).toBe(false);
	await box(second, 'onvio-4', 'email').uncheck();
	await expect.poll(() => box(first, 'onvio-4', 'email').isChecked()).toBe(false);
	expect(await box(first, 'onvio-4', 'push').isChecked()).toBe(false);
	// A reload reads the office as stored now: the tab's own address is never taken for a pasted link.
	await box(second, 'onvio-7', 'aviso').uncheck();
	await first.reload();
	await expect.poll(() => first.locator('.client-preview__toggle').isEnabled()).toBe(true);
	expect(await box(first, 'onvio-7', 'aviso').isChecked()).toBe(false);
	expect(await first.locator('.origin-notice').count()).toBe(0);
	await context.close();
});

test('a link’s boxes are shown without overwriting the reader’s own, until the reader keeps them or goes back', { timeout: 60_000 }, async () => {
	const context = await browser.newContext(LAPTOP);
	const own = await fresh(context, '/opcao-1/');
	await box(own, 'onvio-4', 'push').uncheck();
	await expect.poll(() => own.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio'))).toBe('v=1&push=0');
	await own.close();

	const linked = await fresh(context, '/opcao-1/?v=1&aviso=0');
	const notice = linked.locator('.origin-notice');
	await expect.poll(() => notice.textContent()).toContain('As caixas vieram do link que você abriu; as suas, guardadas neste navegador, não mudaram.');
	expect(await box(linked, 'onvio-7', 'aviso').isChecked()).toBe(false);
	expect(await box(linked, 'onvio-4', 'push').isChecked()).toBe(true);
	expect(await linked.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio'))).toBe('v=1&push=0');

	await linked.getByRole('button', { name: 'Voltar às minhas' }).click();
	await expect.poll(() => box(linked, 'onvio-4', 'push').isChecked()).toBe(false);
	expect(await box(linked, 'onvio-7', 'aviso').isChecked()).toBe(true);
	// The address shows the reader's own boxes again, and a reload no longer takes it for the link.
	await expect.poll(() => new URL(linked.url()).search).toBe('?v=1&push=0');
	await linked.reload();
	await expect.poll(() => linked.locator('.client-preview__toggle').isEnabled()).toBe(true);
	expect(await linked.locator('.origin-notice').count()).toBe(0);

	await linked.goto(url('/opcao-1/?v=1&aviso=0'));
	await linked.getByRole('button', { name: 'Ficar com as do link' }).click();
	await expect.poll(() => linked.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio'))).toBe('v=1&aviso=0');
	await context.close();
});
