/**
 * The simulator in Chromium: on its own page (a copied simulation link, the matrix, a link it cannot read),
 * and in the procedure pages, whose replicas and docked preview follow the steps as the reader takes them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clipboardTab, closeContexts, refuseClipboard, url, visit, watchErrors } from './support/browser.ts';
import { untilEnabled } from './support/controls.ts';
import { copyWith } from './support/links.ts';
import { previewStatus } from './support/preview.ts';

let browser: Browser;
/** One tab, with the reader's clipboard, for the tests in turn; a copied link is pasted there too: see visit(). */
let tab: Page;
beforeAll(async () => {
	({ browser, tab } = await clipboardTab());
});
afterAll(async () => {
	await closeContexts(browser);
});

/** Clicks a replica checkbox in the given step, by its exact label, and waits until it is in the wanted state. */
async function setBox(page: Page, anchor: string, label: string, checked: boolean, nth = 0) {
	const box = page.locator(`#${anchor} .replica`).getByRole('checkbox', { name: label, exact: false }).nth(nth);
	await box.waitFor();
	// Scrolled into view, as a reader would; the box is enabled once JavaScript runs (client:replay).
	await box.scrollIntoViewIfNeeded();
	await untilEnabled(box);
	if ((await box.isChecked()) !== checked) await box.click();
	// A click made while the islands wake counts once they are live.
	await expect.poll(() => box.isChecked()).toBe(checked);
}

describe('on its page', () => {
	test('a copied simulator link, opened in a fresh page, restores the same boxes and the preview’s client, event and task', async () => {
		const page = tab;
		const errors = watchErrors(page);
		await visit(page, url('/simulador/'));
		const push = page.getByRole('checkbox', { name: 'Notificações via push' });
		await untilEnabled(push);
		await push.click();
		// The box of a client brings that client into the preview.
		await page.getByRole('checkbox', { name: /Notificar Cliente — Oficina/ }).click();
		await expect.poll(() => page.locator('.client-preview__title').textContent()).toContain('Oficina Mecânica Irmãos Souza ME');
		await page.getByRole('button', { name: 'Detalhes e outro cliente' }).click();
		const preview = page.locator('.client-preview');
		await preview.getByLabel('Evento').selectOption('task-completed');
		await preview.getByLabel('Tarefa', { exact: true }).selectOption('folha');
		const copied = await copyWith(page.getByRole('button', { name: 'Copiar link desta simulação' }), page.getByText('Link copiado'));
		// Where the page is served, and in the state it was copied in.
		expect(copied.startsWith(url('/simulador/?')), copied).toBe(true);
		expect(new URL(copied).search).toBe('?v=1&push=0&cliente.oficina=0&ver.cliente=oficina&ver.evento=conclusao&ver.tarefa=folha');
		const summary = await page.locator('.outcome-matrix__summary').textContent();
		const status = await previewStatus(page).textContent();

		// A new visit, as in a fresh page: nothing of the office above is kept but what the link carries.
		const fresh = tab;
		await visit(fresh, copied);
		const freshPush = fresh.getByRole('checkbox', { name: 'Notificações via push' });
		await expect.poll(() => freshPush.isChecked()).toBe(false);
		expect(await fresh.getByRole('checkbox', { name: /Notificar Cliente — Oficina/ }).isChecked()).toBe(false);
		expect(await fresh.locator('.outcome-matrix__summary').textContent()).toBe(summary);
		await expect.poll(() => previewStatus(fresh).textContent()).toBe(status);
		expect(status).toContain('Tarefa concluída no Domínio Processos: nenhum aviso.');
		await fresh.getByRole('button', { name: 'Detalhes e outro cliente' }).click();
		const freshPreview = fresh.locator('.client-preview');
		expect(await freshPreview.getByLabel('Cliente').inputValue()).toBe('oficina');
		expect(await freshPreview.getByLabel('Evento').inputValue()).toBe('task-completed');
		expect(await freshPreview.getByLabel('Tarefa', { exact: true }).inputValue()).toBe('folha');
		expect(errors).toEqual([]);
	});

	test('where the clipboard is refused, the link is shown selected to copy by hand', async () => {
		const page = tab;
		await visit(page, url('/simulador/?v=1&email=0'));
		await refuseClipboard(page);
		const button = page.getByRole('button', { name: 'Copiar link desta simulação' });
		await untilEnabled(button);
		await button.click();
		const field = page.locator('.copy-button__manual input');
		await field.waitFor();
		expect(await field.inputValue()).toBe(url('/simulador/?v=1&email=0'));
		// Selected once the field is on screen, as the reader sees it.
		await expect
			.poll(() => field.evaluate((el) => (el as HTMLInputElement).selectionEnd! - (el as HTMLInputElement).selectionStart!))
			.toBeGreaterThan(0);
	});

	test('the matrix marks duplicates under "todas marcadas" and none under Opção 1', async () => {
		const page = tab;
		await visit(page, url('/simulador/'));
		await expect.poll(() => page.locator('.outcome-matrix td[data-status="duplicate"]').count()).toBeGreaterThan(0);
		const apply = page.getByRole('button', { name: 'Aplicar Opção 1' }).first();
		await untilEnabled(apply);
		await apply.click();
		await expect.poll(() => page.locator('.outcome-matrix td[data-status="duplicate"]').count()).toBe(0);
		// The reader's own office is kept in this browser, and the address follows just after the paint.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio')))
			.toBe('v=1&onvio=0&push=0&email=0');
		await expect.poll(() => new URL(page.url()).search).toBe('?v=1&onvio=0&push=0&email=0');
	});

	test('a garbage simulator link shows the notice and loads the rest', async () => {
		const page = tab;
		const errors = watchErrors(page);
		await visit(page, url('/simulador/?v=1&onvio=0&tarefa.inexistente=0&email=%3Cb%3E'));
		const notice = page.locator('.state-notice');
		await notice.waitFor();
		expect(await notice.textContent()).toContain('tarefa.inexistente');
		expect(await page.locator('.state-notice b').count()).toBe(0);
		await expect.poll(() => page.getByRole('checkbox', { name: 'Notificações no ONVIO' }).isChecked()).toBe(false);
		expect(errors).toEqual([]);
	});
});

describe('in the procedure pages', () => {
	test('Opção 1: following the steps ends in the article’s verdict, one e-mail from Domínio Processos', async () => {
		const page = tab;
		const errors = watchErrors(page);
		await visit(page, url('/opcao-1/'));
		await expect.poll(() => previewStatus(page).textContent()).toContain('Duplicado');


		// Step onvio-4: unmark the three ONVIO Gestão channels.
		for (const label of ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail'])
			await setBox(page, 'onvio-4', label, false);
		// Step onvio-7: mark the Portal parameter (already on in "todas marcadas").
		await setBox(page, 'onvio-7', 'Enviar avisos por e-mail ao cliente', true);
		// Steps tarefas-3 and clientes-3: mark the task and the client.
		await setBox(page, 'tarefas-3', 'Notificar cliente', true);
		await setBox(page, 'clientes-3', 'Notificar Cliente', true);

		await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo Domínio Processos.');
		expect(await previewStatus(page).textContent()).toContain('Documento publicado no Sistema Domínio: só o Domínio Processos (no e-mail da tarefa concluída).');
		// The reader's own office is kept in this browser, and the address follows just after the paint.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('notificacoes-sem-duplicidade:escritorio')))
			.toBe('v=1&onvio=0&push=0&email=0');
		await expect.poll(() => new URL(page.url()).search).toBe('?v=1&onvio=0&push=0&email=0');
		expect(errors).toEqual([]);
	});

	test('Opção 2: not done at step 8; its client steps end in the article’s verdict, by ONVIO Portal do Cliente', async () => {
		const page = tab;
		const errors = watchErrors(page);
		await visit(page, url('/opcao-2/'));
		await expect.poll(() => previewStatus(page).textContent()).toContain('Duplicado');

		for (const label of ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail'])
			await setBox(page, 'onvio-4', label, true);
		await setBox(page, 'onvio-7', 'Enviar avisos por e-mail ao cliente', false);
		// The document now comes once, yet the client still hears from Domínio Processos: not done.
		await expect
			.poll(() => previewStatus(page).textContent())
			.toContain('O ONVIO Portal do Cliente avisa o cliente sobre os documentos, e o Domínio Processos, sobre as tarefas concluídas.');
		expect(await previewStatus(page).textContent()).toContain('Documento publicado no Sistema Domínio: só o ONVIO Portal do Cliente (no ONVIO, via push e por e-mail).');
		expect(await previewStatus(page).textContent()).not.toContain('Toda a comunicação');

		// Each client's box brings that client into view: the second one answers too.
		await setBox(page, 'clientes-3', 'Notificar Cliente', false, 0);
		await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo ONVIO Portal do Cliente.');
		await setBox(page, 'clientes-3', 'Notificar Cliente', false, 1);
		await expect.poll(() => page.locator('.client-preview__title').textContent()).toContain('Oficina Mecânica Irmãos Souza ME');
		await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo ONVIO Portal do Cliente.');
		await page.getByRole('button', { name: 'Detalhes e outro cliente' }).click();
		await page.getByLabel('Evento').selectOption('task-completed');
		await expect.poll(() => previewStatus(page).textContent()).toContain('Tarefa concluída no Domínio Processos: nenhum aviso.');
		expect(errors).toEqual([]);
	});

	test('a procedure link with a state opens in that state at that step', async () => {
		const page = tab;
		await visit(page, url('/opcao-1/?v=1&onvio=0&push=0&email=0#onvio-7'));
		await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo Domínio Processos.');
		const push = page.locator('#onvio-4 .replica').getByRole('checkbox', { name: 'Notificações via push' });
		expect(await push.isChecked()).toBe(false);
		expect(await page.evaluate(() => location.hash)).toBe('#onvio-7');
	});

	test('a garbage query shows the Portuguese notice and keeps what it could read', async () => {
		const page = tab;
		const errors = watchErrors(page);
		await visit(page, url('/opcao-1/?v=1&push=talvez&xyz=1&email=0'));
		const notice = page.locator('.state-notice');
		await notice.waitFor();
		const text = await notice.textContent();
		expect(text).toContain('push');
		expect(text).toContain('xyz');
		const email = page.locator('#onvio-4 .replica').getByRole('checkbox', { name: 'Notificações por e-mail' });
		await email.scrollIntoViewIfNeeded();
		await expect.poll(() => email.isChecked()).toBe(false);
		expect(errors).toEqual([]);
	});

	// Also the journey of a reader without JavaScript: the replica is read-only and says so.
	test('without JavaScript the steps read fully and the controls stay disabled beside the static table; a replica says it is read-only', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/opcao-1/'));
		expect(await page.locator('li.procedure-step').count()).toBe(16);
		expect(await page.locator('.replica input[type="checkbox"]').first().isDisabled()).toBe(true);
		// Who talks to the client after the steps, then the three kinds of event.
		expect(await page.locator('.outcome-table tbody tr').count()).toBe(4);
		const replica = page.locator('#onvio-4 .replica');
		expect(await replica.evaluate((fieldset) => (fieldset as HTMLFieldSetElement).disabled)).toBe(true);
		await expect.poll(() => page.locator('#onvio-4').textContent()).toMatch(/sem JavaScript/i);
		await context.close();
	});
});
