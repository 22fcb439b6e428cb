/**
 * The reader's work is one state: the boxes of the replicas and the "Feito" ticks survive a reopened browser,
 * two tabs see each other's changes without undoing them, a tick puts its step's boxes in the state the step
 * gives them, and a link's boxes are shown without overwriting the reader's own.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeContexts, launch, subPathUrl, url, watchErrors } from './support/browser.ts';
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

/** Unmarks a replica's box as a reader does: a click, which counts even while the islands wake. */
async function untick(control: Locator): Promise<void> {
	await control.click();
	await expect.poll(() => control.isChecked()).toBe(false);
}

async function fresh(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url(path));
	// The page is ready for the reader once its checklist shows; its islands wake at the first input.
	await page.locator('.checklist-progress').waitFor();
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
		'Um passo marcado “Feito” não confere com as caixas das réplicas: passo 4 da Opção 1 (ONVIO Gestão e ONVIO Portal do Cliente)',
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
	await untick(box(first, 'onvio-4', 'push'));
	await expect.poll(() => box(second, 'onvio-4', 'push').isChecked()).toBe(false);
	await untick(box(second, 'onvio-4', 'email'));
	await expect.poll(() => box(first, 'onvio-4', 'email').isChecked()).toBe(false);
	expect(await box(first, 'onvio-4', 'push').isChecked()).toBe(false);
	// A reload reads the office as stored now: the tab's own address is never taken for a pasted link.
	await untick(box(second, 'onvio-7', 'aviso'));
	await first.reload();
	await expect.poll(() => first.locator('.client-preview__toggle').isEnabled()).toBe(true);
	expect(await box(first, 'onvio-7', 'aviso').isChecked()).toBe(false);
	expect(await first.locator('.origin-notice').count()).toBe(0);
	await context.close();
});

test('a tab that only reads wakes when another tab stores an office, not when it changes the theme', { timeout: 60_000 }, async () => {
	const context = await browser.newContext(LAPTOP);
	const reading = await fresh(context, '/opcao-2/');
	const other = await fresh(context, '/opcao-1/');
	const asleep = () => reading.locator('astro-island[ssr]').count();
	const islands = await reading.locator('astro-island').count();
	expect(await asleep()).toBe(islands);
	// Starlight keeps the theme in local storage too: the boxes the reading tab shows are still the office's.
	await other.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
	await reading.waitForTimeout(500);
	expect(await asleep()).toBe(islands);
	await untick(box(other, 'onvio-4', 'push'));
	await expect.poll(asleep).toBe(0);
	await expect.poll(() => box(reading, 'onvio-4', 'push').isChecked()).toBe(false);
	await context.close();
});

test('a link’s boxes are shown without overwriting the reader’s own, until the reader keeps them or goes back', { timeout: 60_000 }, async () => {
	const context = await browser.newContext(LAPTOP);
	const own = await fresh(context, '/opcao-1/');
	await untick(box(own, 'onvio-4', 'push'));
	await expect.poll(() => own.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio'))).toBe('v=1&push=0');
	await own.close();

	const linked = await fresh(context, '/opcao-1/?v=1&aviso=0');
	const notice = linked.locator('.origin-notice');
	await expect.poll(() => notice.textContent()).toContain('As caixas estão como no link que você abriu; as deste navegador não mudaram.');
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

test('"Continuar em outro aparelho": read on a phone, continued on a laptop with the same marks and boxes; a laptop with work of its own keeps it unless the reader agrees', { timeout: 90_000 }, async () => {
	// On the phone: the first four steps of Opção 1 done, which clears the three boxes of step 4.
	const phone = await browser.newContext(PHONE);
	const onPhone = await fresh(phone, '/opcao-1/');
	for (const anchor of ['onvio-1', 'onvio-2', 'onvio-3', 'onvio-4']) {
		const mark = doneMark(onPhone, step(anchor));
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
	}
	await expect.poll(() => progress(onPhone).textContent()).toBe('Passos feitos: 4 de 16');
	const handOff = onPhone.getByRole('link', { name: 'Continuar em outro aparelho' });
	// The link carries the boxes, the marks and the next step; its address is the reader's to copy or share.
	await expect.poll(() => handOff.getAttribute('href')).toMatch(/\/opcao-1\/\?v=1&onvio=0&push=0&email=0&feitos=onvio-1\.onvio-2\.onvio-3\.onvio-4#onvio-5$/);
	const link = (await handOff.getAttribute('href'))!;

	// A laptop that never opened the guide: the same page, the same progress, and nothing to choose.
	const laptop = await browser.newContext(LAPTOP);
	const onLaptop = await laptop.newPage();
	await onLaptop.goto(link);
	await expect.poll(() => progress(onLaptop).textContent()).toBe('Passos feitos: 4 de 16');
	expect(await onLaptop.locator('.checklist-progress__next').textContent()).toBe(
		'Continuar do passo 5 de “Configuração no ONVIO Gestão e Portal do Cliente”',
	);
	await expect.poll(() => box(onLaptop, 'onvio-4', 'email').isChecked()).toBe(false);
	await expect.poll(() => onLaptop.locator('.client-preview__toggle').isEnabled()).toBe(true);
	expect(await onLaptop.locator('.origin-notice').count()).toBe(0);
	// Kept as the laptop's own: a reload, with the address the tab wrote, shows them again.
	await expect.poll(() => new URL(onLaptop.url()).search).toBe('?v=1&onvio=0&push=0&email=0');
	await onLaptop.reload();
	await expect.poll(() => progress(onLaptop).textContent()).toBe('Passos feitos: 4 de 16');
	// On the laptop, the link goes to the clipboard, and says so.
	await laptop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
	await onLaptop.getByRole('link', { name: 'Continuar em outro aparelho' }).click();
	await expect.poll(() => onLaptop.locator('.checklist-progress__hand-off-status').textContent()).toBe(
		' Link copiado. Abra-o no outro aparelho para continuar de onde parou, com as marcas “Feito” e as caixas como estão aqui.',
	);
	expect(await onLaptop.evaluate(() => navigator.clipboard.readText())).toBe(link);

	// Where the site is served under a sub-path, the link made there opens there.
	const elsewhere = await browser.newContext(PHONE);
	const underGuia = await elsewhere.newPage();
	await underGuia.goto(subPathUrl('/opcao-1/'));
	await doneMark(underGuia, step('onvio-1')).tap();
	await expect.poll(() => progress(underGuia).textContent()).toBe('Passos feitos: 1 de 16');
	const guiaLink = (await underGuia.getByRole('link', { name: 'Continuar em outro aparelho' }).getAttribute('href'))!;
	expect(new URL(guiaLink).pathname).toBe('/guia/opcao-1/');
	const guiaLaptop = await (await browser.newContext(LAPTOP)).newPage();
	await guiaLaptop.goto(guiaLink);
	await expect.poll(() => progress(guiaLaptop).textContent()).toBe('Passos feitos: 1 de 16');
	await elsewhere.close();

	// A second laptop with work of its own (step 1 ticked, every box marked): the link's are shown, its own untouched.
	const busy = await browser.newContext(LAPTOP);
	const own = await fresh(busy, '/opcao-1/');
	await doneMark(own, step('onvio-1')).check();
	await expect.poll(() => progress(own).textContent()).toBe('Passos feitos: 1 de 16');
	await own.goto(link);
	await expect.poll(() => progress(own).textContent()).toBe('Passos feitos: 4 de 16');
	const notice = own.locator('.origin-notice');
	await expect.poll(() => notice.textContent()).toContain(
		'As marcas “Feito” e as caixas estão como no link que você abriu; as deste navegador não mudaram.',
	);
	const stored = () => own.evaluate(() => [localStorage.getItem('notificacoes-sem-duplicidade:feitos:opcao-1'), localStorage.getItem('notificacoes-sem-duplicidade:escritorio')]);
	expect(await stored()).toEqual(['["onvio-1"]', null]);
	// "Voltar às minhas": the laptop's own step 1, its boxes all marked.
	await notice.getByRole('button', { name: 'Voltar às minhas' }).click();
	await expect.poll(() => progress(own).textContent()).toBe('Passos feitos: 1 de 16');
	expect(await box(own, 'onvio-4', 'email').isChecked()).toBe(true);
	// Opened again, and this time kept: the link's marks and boxes become the laptop's.
	await own.goto(link);
	await own.locator('.origin-notice').getByRole('button', { name: 'Ficar com as do link' }).click();
	await expect.poll(stored).toEqual(['["onvio-1","onvio-2","onvio-3","onvio-4"]', 'v=1&onvio=0&push=0&email=0']);
	expect(await own.locator('.origin-notice').count()).toBe(0);
	await phone.close();
	await laptop.close();
	await busy.close();
});
