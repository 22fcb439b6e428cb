import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, url, watchErrors } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const status = (page: Page) => page.locator('.client-preview [aria-live="polite"]');

/** Clicks a replica checkbox in the given step, by its exact label, and waits until it is in the wanted state. */
async function setBox(page: Page, anchor: string, label: string, checked: boolean, nth = 0) {
	const box = page.locator(`#${anchor} .replica`).getByRole('checkbox', { name: label, exact: false }).nth(nth);
	await box.waitFor();
	// Replicas hydrate when they scroll into view (client:visible), as they do for a reader.
	await box.scrollIntoViewIfNeeded();
	await page.waitForFunction((el) => !(el as HTMLInputElement).disabled, await box.elementHandle());
	if ((await box.isChecked()) !== checked) await box.click();
	expect(await box.isChecked()).toBe(checked);
}

test('Opção 1: following the steps removes the duplicate and leaves one e-mail from Domínio Processos', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors = watchErrors(page);
	await page.goto(url('/opcao-1/'));
	await expect.poll(() => status(page).textContent()).toContain('Duplicado');

	// Step onvio-4: unmark the three ONVIO Gestão channels.
	for (const label of ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail'])
		await setBox(page, 'onvio-4', label, false);
	// Step onvio-7: mark the Portal parameter (already on in "todas ativas").
	await setBox(page, 'onvio-7', 'Enviar avisos por e-mail ao cliente', true);
	// Steps tarefas-3 and clientes-3: mark the task and the client.
	await setBox(page, 'tarefas-3', 'Notificar cliente', true);
	await setBox(page, 'clientes-3', 'Notificar Cliente', true);

	await expect.poll(() => status(page).textContent()).toContain('Sem duplicidade');
	expect(await status(page).textContent()).toContain('Domínio Processos: por e-mail');
	expect(await status(page).textContent()).not.toContain('ONVIO Portal do Cliente:');
	expect(new URL(page.url()).search).toBe('?v=1&onvio=0&push=0&email=0');
	expect(errors).toEqual([]);
	await page.close();
});

test('Opção 2: documents come only from the portal, and completed tasks are not announced', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors = watchErrors(page);
	await page.goto(url('/opcao-2/'));
	await expect.poll(() => status(page).textContent()).toContain('Duplicado');

	for (const label of ['Notificações no ONVIO', 'Notificações via push', 'Notificações por e-mail'])
		await setBox(page, 'onvio-4', label, true);
	await setBox(page, 'onvio-7', 'Enviar avisos por e-mail ao cliente', false);
	await expect.poll(() => status(page).textContent()).toContain('Sem duplicidade');
	expect(await status(page).textContent()).toContain('ONVIO Portal do Cliente: no ONVIO, via push e por e-mail');

	await setBox(page, 'clientes-3', 'Notificar Cliente', false, 0);
	await setBox(page, 'clientes-3', 'Notificar Cliente', false, 1);
	await page.getByRole('button', { name: 'Detalhes e outro cliente' }).click();
	await page.getByLabel('Evento').selectOption('task-completed');
	await expect.poll(() => status(page).textContent()).toContain('Nenhum aviso');
	expect(errors).toEqual([]);
	await page.close();
});

test('a procedure link with a state opens in that state at that step', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(url('/opcao-1/?v=1&onvio=0&push=0&email=0#onvio-7'));
	await expect.poll(() => status(page).textContent()).toContain('Sem duplicidade');
	const push = page.locator('#onvio-4 .replica').getByRole('checkbox', { name: 'Notificações via push' });
	expect(await push.isChecked()).toBe(false);
	expect(await page.evaluate(() => location.hash)).toBe('#onvio-7');
	await page.close();
});

test('a garbage query shows the Portuguese notice and keeps what it could read', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors = watchErrors(page);
	await page.goto(url('/opcao-1/?v=1&push=talvez&xyz=1&email=0'));
	const notice = page.locator('.state-notice');
	await notice.waitFor();
	const text = await notice.textContent();
	expect(text).toContain('push');
	expect(text).toContain('xyz');
	const email = page.locator('#onvio-4 .replica').getByRole('checkbox', { name: 'Notificações por e-mail' });
	await email.scrollIntoViewIfNeeded();
	await expect.poll(() => email.isChecked()).toBe(false);
	expect(errors).toEqual([]);
	await page.close();
});

test('without JavaScript the steps read fully and the controls stay disabled beside the static table', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/opcao-1/'));
	expect(await page.locator('li.procedure-step').count()).toBe(16);
	expect(await page.locator('.replica input[type="checkbox"]').first().isDisabled()).toBe(true);
	expect(await page.locator('.outcome-table tbody tr').count()).toBe(3);
	await context.close();
});
