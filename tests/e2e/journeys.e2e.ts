/**
 * The site's core journeys, acted out as people do them: a support agent on a laptop with mouse and
 * keyboard, office staff on a 1920×1080 touch screen and on a phone, and a 360 px screen for reflow.
 * Each test walks one journey end to end and checks what the person would see.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeContexts, launch, subPathUrl, url, visit, watchErrors } from './support/browser.ts';
import { doneStepsKey } from '../../src/components/state/done-steps.ts';
import { stepsOf } from '../../src/lib/catalogue/steps.ts';
import { copyWith, openCopied, urlsIn } from './support/links.ts';
import { LAPTOP, NARROW, PHONE, TOUCH_SCREEN } from './support/devices.ts';
import { previewStatus } from './support/preview.ts';
import { doneMark, ticked } from './support/checklist.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await closeContexts(browser);
});


const PAGES = ['/', '/opcao-1/', '/opcao-2/', '/informacoes-complementares/', '/simulador/', '/diagnostico/', '/como-o-simulador-decide/'];
const PAGES_WITH_DOCK = ['/opcao-1/', '/opcao-2/', '/simulador/'];

/**
 * One tab per device, opened on first use and kept for the journeys of the file, each of which starts a new
 * visit (see visit()). Its clipboard is the reader's own, wherever the site is served.
 */
const tabs = new Map<BrowserContextOptions, Promise<Page>>();
function tab(device: BrowserContextOptions): Promise<Page> {
	if (!tabs.has(device)) {
		tabs.set(
			device,
			browser.newContext(device).then(async (context) => {
				for (const at of [url, subPathUrl])
					await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(at('/')).origin });
				return context.newPage();
			}),
		);
	}
	return tabs.get(device)!;
}

const replicaBox = (page: Page, anchor: string, setting: string) => page.locator(`#${anchor} .replica input[data-setting="${setting}"]`);

// At the server root, the same three links are checked by support-tools.e2e.ts (the step link and the ticket
// summary) and simulator.e2e.ts (the simulation link).
test('under a sub-path, copied links open where the site is served: a step link, the ticket summary and a simulation link', { timeout: 90_000 }, async () => {
	const at = subPathUrl;
	const served = at('/');
	// The reader pastes each link in the same tab, a new visit each time (see visit()).
	const page = await tab(LAPTOP);
	const errors = watchErrors(page);

	// A step link, copied with the step's own button.
	await visit(page, at('/opcao-1/'));
	const step = page.locator('#onvio-7');
	await step.hover();
	const stepLink = await copyWith(step.getByRole('button', { name: /Copiar link do passo 7/ }), step.getByText('Link copiado'));
	expect(stepLink).toBe(at('/opcao-1/#onvio-7'));
	await visit(page, stepLink);
	expect(await page.locator('#onvio-7').evaluate((li) => li.matches(':target'))).toBe(true);

	// The ticket summary, from the diagnosis of "todas marcadas".
	await visit(page, at('/diagnostico/'));
	const links = urlsIn(await copyWith(page.getByRole('button', { name: 'Copiar resumo para o chamado' }), page.getByText(/Resumo copiado/)));
	// Two step links and the diagnosis link, at least.
	expect(links.length).toBeGreaterThanOrEqual(3);
	for (const link of links) {
		expect(link.startsWith(served), link).toBe(true);
		expect(await openCopied(page, link), link).toEqual({ status: 200, anchorFound: true });
	}

	// A simulation link keeps the state it was copied in.
	await visit(page, at('/simulador/'));
	await page.locator('.replica input[data-setting="push"]').click();
	const simulation = await copyWith(page.getByRole('button', { name: 'Copiar link desta simulação' }), page.getByText(/Link copiado/));
	expect(simulation.startsWith(at('/simulador/?')), simulation).toBe(true);
	await visit(page, simulation);
	await expect.poll(() => page.locator('.replica input[data-setting="push"]').isChecked()).toBe(false);
	expect(errors).toEqual([]);
});

test('under a sub-path, a search result opens its page there', async () => {
	const page = await tab(LAPTOP);
	const errors = watchErrors(page);
	await visit(page, subPathUrl('/'));
	await page.getByRole('button', { name: 'Pesquisar' }).first().click();
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill('Notificar Cliente');
	const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
	await first.waitFor();
	const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
	expect(href.startsWith(subPathUrl('/')), href).toBe(true);
	expect(await openCopied(page, href), href).toEqual({ status: 200, anchorFound: true });
	expect(errors).toEqual([]);
});

describe.each([
	['a 1920×1080 touch screen', TOUCH_SCREEN],
	['a phone', PHONE],
])('on %s, the first tap on a replica counts', (_, options) => {
	test('the box changes and the preview follows', async () => {
		const page = await tab(options);
		await visit(page, url('/opcao-1/'));
		// With JavaScript on, no control looks disabled while the islands wake up.
		expect(await page.locator('.replica:disabled, .replica input:disabled').count()).toBe(0);
		const box = replicaBox(page, 'onvio-4', 'email');
		await box.scrollIntoViewIfNeeded();
		await box.tap();
		await expect.poll(() => box.isChecked()).toBe(false);
		// Two of ONVIO's three channels still announce the document, so it is still duplicated.
		await replicaBox(page, 'onvio-4', 'onvio').tap();
		await replicaBox(page, 'onvio-4', 'push').tap();
		await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo Domínio Processos.');
	});
});

/**
 * Tabs through the page and, at each stop, checks that the focused element is on screen and not covered:
 * the topmost element at its centre is the element itself or inside it. Returns the stops that failed.
 * The page checks each stop itself, when the next key arrives (the focus has then settled where the last
 * one put it) and once more at the end: a round trip per stop would double the work of a long walk.
 */
async function tabAndCheck(page: Page, presses: number, key = 'Tab'): Promise<string[]> {
	await page.evaluate(() => {
		const hidden: string[] = [];
		const check = () => {
			const focused = document.activeElement;
			if (!focused || focused === document.body) return;
			// A link that wraps draws one box per line: the centre of their bounding box may fall on other text.
			const box = [...focused.getClientRects()].find((r) => r.bottom > 0 && r.top < innerHeight) ?? focused.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) return; // nothing drawn, nothing to hide
			// The centre of the part on screen: a tall region only partly scrolled into view counts by that part.
			const [left, right] = [Math.max(box.left, 0), Math.min(box.right, innerWidth)];
			const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
			if (right <= left || bottom <= top) return void hidden.push(`${focused.tagName.toLowerCase()} off screen`);
			const x = (left + right) / 2;
			const y = (top + bottom) / 2;
			const topmost = document.elementFromPoint(x, y);
			if (topmost && (topmost === focused || focused.contains(topmost))) return;
			const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40);
			hidden.push(`${focused.tagName.toLowerCase()} "${name}" at ${Math.round(x)},${Math.round(y)} under ${topmost?.tagName.toLowerCase() ?? 'nothing'}.${topmost?.className ?? ''}`);
		};
		const onKey = (event: KeyboardEvent) => {
			if (event.key === 'Tab') check();
		};
		document.addEventListener('keydown', onKey, true);
		(window as unknown as { focusWalkDone: () => string[] }).focusWalkDone = () => {
			document.removeEventListener('keydown', onKey, true);
			check();
			return hidden;
		};
	});
	for (let i = 0; i < presses; i++) await page.keyboard.press(key);
	return page.evaluate(() => (window as unknown as { focusWalkDone: () => string[] }).focusWalkDone());
}

async function focusableCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])')].filter(
				(e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed',
			).length,
	);
}

describe.each([
	['a laptop, keyboard alone', LAPTOP],
	['a phone with a keyboard', PHONE],
])('on %s, the docked preview never hides the focus', (_, options) => {
	test.each(PAGES_WITH_DOCK)('%s, with the preview folded and open', async (path) => {
		const page = await tab(options);
		await visit(page, url(path));
		const stops = await focusableCount(page);
		expect(await tabAndCheck(page, stops + 5)).toEqual([]);

		// Open the details, then walk back up the page from the preview.
		const toggle = page.locator('.client-preview__toggle');
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await tabAndCheck(page, 25, 'Shift+Tab')).toEqual([]);

		// Escape folds the details and gives the focus back to their button.
		await toggle.focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('client-preview__toggle'))).toBe(true);
	});
});

test('on a phone, the open preview covers at most half the screen, and a step link lands in view above it', async () => {
	const page = await tab(PHONE);
	await visit(page, url('/opcao-1/'));
	await page.locator('.client-preview__toggle').tap();
	const cover = await page.locator('.preview-dock').evaluate((dock) => {
		const box = dock.getBoundingClientRect();
		return (Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)) / innerHeight;
	});
	expect(cover).toBeLessThanOrEqual(0.5);

	// "Por quê?" of the first line, then its step link.
	await page.locator('.client-preview .outcome-line__why summary').first().tap();
	const link = page.locator('.client-preview .outcome-line__why a[href^="#"]').first();
	const anchor = (await link.getAttribute('href'))!.slice(1);
	await link.tap();
	await expect
		.poll(() =>
			page.evaluate((id) => {
				const target = document.getElementById(id)!.getBoundingClientRect();
				const dock = document.querySelector('.preview-dock')!.getBoundingClientRect();
				const header = document.querySelector('header.header')!.getBoundingClientRect();
				return target.top >= header.bottom && target.bottom <= dock.top;
			}, anchor),
		)
		.toBe(true);
});

describe.each([
	['360', NARROW],
	['390', PHONE],
] as const)('at %s px, nothing scrolls sideways, nothing is cut, and a table too wide reads as a list', (_, device) => {
	test.each(PAGES)('%s', async (path) => {
		const page = await tab(device);
		await visit(page, url(path));
		const layout = await page.evaluate(() => {
			const root = document.scrollingElement!;
			const title = document.querySelector<HTMLElement>('.site-title')!;
			const cut = [...document.querySelectorAll<HTMLElement>('main *')].filter((e) => {
				const style = getComputedStyle(e);
				// Text clipped by its own box: what a reader would see cut at the edge.
				// (A 1 px box is text hidden on purpose for screen readers.)
				return /hidden|clip/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1;
			});
			return {
				sideways: root.scrollWidth - root.clientWidth,
				titleCut: (() => {
					// The title's words against the edge of every box that clips them.
					const words = document.createRange();
					words.selectNodeContents(title);
					let edge = innerWidth;
					for (let box: HTMLElement | null = title; box; box = box.parentElement)
						if (getComputedStyle(box).overflowX !== 'visible') edge = Math.min(edge, box.getBoundingClientRect().right);
					return words.getBoundingClientRect().right > edge + 1;
				})(),
				cut: cut.map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
				// Nothing scrolls sideways inside the page either, not even a table (a caption would be cut with it).
				scrollers: [...document.querySelectorAll<HTMLElement>('main *')]
					.filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
					.map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
				// A table shown on a phone has room for its words: no column squeezed to a word a line.
				squeezed: [...document.querySelectorAll<HTMLElement>('main table')]
					.filter((t) => t.checkVisibility())
					.flatMap((t) => [...t.querySelectorAll<HTMLElement>('th, td')].filter((c) => c.getBoundingClientRect().width < 8 * parseFloat(getComputedStyle(c).fontSize)))
					.map((c) => `${c.closest('table')!.className}: ${c.textContent!.trim().slice(0, 30)}`),
			};
		});
		expect(layout).toEqual({ sideways: 0, titleCut: false, cut: [], scrollers: [], squeezed: [] });
	});
});

describe.each([
	['a phone', PHONE],
	['a laptop', LAPTOP],
] as const)('on %s, a copy confirmation moves nothing', (_, device) => {
	test.each([
		['/diagnostico/', 'Copiar em Markdown', /Resumo em Markdown copiado/],
		['/diagnostico/', 'Copiar resumo para o chamado', /Resumo copiado/],
		['/simulador/', 'Copiar link desta simulação', /Link copiado/],
		['/opcao-1/#onvio-4', /Copiar link do passo 4/, 'Link copiado'],
	] as const)('%s, "%s"', async (path, name, confirmation) => {
		const page = await tab(device);
		await visit(page, url(path));
		const button = page.getByRole('button', { name }).first();
		await button.scrollIntoViewIfNeeded();
		// Where every control and block of text of the page stands on the screen.
		const layout = () =>
			page.locator('main').evaluate((main) =>
				[...main.querySelectorAll<HTMLElement>('button, a, input, p, li, h2, h3')]
					.filter((e) => e.checkVisibility())
					.map((e) => {
						const r = e.getBoundingClientRect();
						return `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
					}),
			);
		const before = await layout();
		await copyWith(button, page.getByText(confirmation).first());
		expect(await page.getByText(confirmation).first().isVisible()).toBe(true);
		expect(await layout()).toEqual(before);
	});
});

test('the simulated office follows the reader across pages, survives a reload, and "Restaurar" resets it everywhere', async () => {
	const page = await tab(LAPTOP);
	const errors = watchErrors(page);
	await visit(page, url('/opcao-1/'));
	for (const setting of ['onvio', 'push', 'email']) await replicaBox(page, 'onvio-4', setting).click();
	await expect.poll(() => previewStatus(page).textContent()).toContain('Toda a comunicação será feita pelo Domínio Processos.');

	const sidebar = (name: string | RegExp) => page.locator('nav[aria-label="Principal"], #starlight__sidebar').getByRole('link', { name }).first();
	const onvioBoxes = () =>
		page.locator('.replica input:is([data-setting="onvio"], [data-setting="push"], [data-setting="email"])').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));

	await sidebar(/^Opção 2/).click();
	await page.waitForURL(/\/opcao-2\//);
	await expect.poll(onvioBoxes).toEqual([false, false, false]);
	await expect.poll(() => previewStatus(page).textContent()).not.toContain('Duplicado');

	await sidebar('Simulador').click();
	await page.waitForURL(/\/simulador\//);
	await expect.poll(onvioBoxes).toEqual([false, false, false]);
	// The diagnosis is a ticket's, not the reader's: opened from the sidebar, it starts clean.
	await sidebar('Diagnóstico').click();
	await page.waitForURL(/\/diagnostico\//);
	await expect.poll(onvioBoxes).toEqual([true, true, true]);
	await sidebar('Simulador').click();
	await page.waitForURL(/\/simulador\//);
	await page.reload();
	await expect.poll(onvioBoxes).toEqual([false, false, false]);
	// The address still carries the state, so a link copied from it opens the same office.
	expect(new URL(page.url()).searchParams.get('onvio')).toBe('0');

	await sidebar('Simulador').click();
	await page.getByRole('button', { name: /Restaurar/ }).first().click();
	await expect.poll(onvioBoxes).toEqual([true, true, true]);
	await sidebar(/^Opção 1/).click();
	await page.waitForURL(/\/opcao-1\//);
	await expect.poll(onvioBoxes).toEqual([true, true, true]);
	await expect.poll(() => previewStatus(page).textContent()).toContain('Duplicado');
	expect(errors).toEqual([]);
});

const progress = (page: Page) => page.locator('.checklist-progress__status [role="status"]');
const replicaStates = (page: Page) => page.locator('.replica input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));

test('on a phone, the steps ticked "feito" stay ticked through a reload and a visit to the other option, print ticked, and "Recomeçar" clears them', async () => {
	const page = await tab(PHONE);
	const errors = watchErrors(page);
	const steps = stepsOf('opcao-2');
	// Two steps of the first section, one with a replica, and one of the last: the second step is the first not done.
	const chosen = [steps[0]!, steps.find((s) => s.sets.length > 0 && s.number > 2)!, steps.at(-1)!];
	await visit(page, url('/opcao-2/'));
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 0 de ${steps.length}`);
	const replicasBefore = await replicaStates(page);
	const previewBefore = await previewStatus(page).textContent();

	for (const step of chosen) {
		const mark = doneMark(page, step);
		await mark.scrollIntoViewIfNeeded();
		// The whole "Feito" pill is the target, at least 24×24 CSS px.
		const target = (await mark.locator('xpath=..').boundingBox())!;
		expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
		await mark.tap();
		await expect.poll(() => mark.isChecked()).toBe(true);
	}
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 3 de ${steps.length}`);
	// The mark is the reader's checklist, not the simulation: no replica and no preview changed.
	expect(await replicaStates(page)).toEqual(replicasBefore);
	expect(await previewStatus(page).textContent()).toBe(previewBefore);

	await page.reload();
	await expect.poll(() => ticked(page)).toEqual(chosen.map((s) => s.anchor));
	// Kept by anchor, one key per page.
	expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), doneStepsKey('opcao-2'))).toEqual(chosen.map((s) => s.anchor));

	await visit(page, url('/opcao-1/'));
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 0 de ${stepsOf('opcao-1').length}`);
	expect(await ticked(page)).toEqual([]);

	await visit(page, url('/opcao-2/'));
	await expect.poll(() => ticked(page)).toEqual(chosen.map((s) => s.anchor));
	expect(await progress(page).textContent()).toBe(`Passos feitos: 3 de ${steps.length}`);

	// "Continuar" leads to the first step not done.
	const next = page.locator('.checklist-progress').getByRole('link', { name: /^Continuar do passo 2 de/ });
	await next.tap();
	await expect.poll(() => page.locator(`#${steps[1]!.anchor}`).evaluate((li) => li.matches(':target'))).toBe(true);

	// Printed, a ticked step shows a ticked box and the others an empty one; the marks and the progress are not printed.
	await page.emulateMedia({ media: 'print' });
	const boxes = await page.locator('li.procedure-step').evaluateAll((items) => items.map((li) => [li.id, getComputedStyle(li, '::before').content]));
	expect(boxes.filter(([, box]) => box !== '""')).toEqual(chosen.map((s) => [s.anchor, '"✓"']));
	expect(await page.locator('.procedure-step__done').first().isVisible()).toBe(false);
	expect(await page.locator('.checklist-progress').isVisible()).toBe(false);
	await page.emulateMedia({ media: 'screen' });

	const restart = page.getByRole('button', { name: 'Recomeçar' });
	await restart.scrollIntoViewIfNeeded();
	await restart.tap();
	await expect.poll(() => ticked(page)).toEqual([]);
	expect(await progress(page).textContent()).toBe(`Passos feitos: 0 de ${steps.length} Marcas apagadas.`);
	expect(await restart.isVisible()).toBe(false);
	// The focus goes to "Desfazer", offered for a while (tests/e2e/checklist.e2e.ts).
	expect(await page.getByRole('button', { name: 'Desfazer' }).evaluate((button) => button === document.activeElement)).toBe(true);
	await page.reload();
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 0 de ${steps.length}`);
	expect(await ticked(page)).toEqual([]);
	expect(errors).toEqual([]);
});

test('the "feito" marks take the keyboard, ignore what foreign or hostile storage holds, and work, keeping nothing, where storage is refused', async () => {
	// A tab of its own: refusing storage is for this tab alone.
	const context = await browser.newContext(LAPTOP);
	const page = await context.newPage();
	const errors = watchErrors(page);
	const steps = stepsOf('opcao-1');
	const key = doneStepsKey('opcao-1');
	await visit(page, url('/opcao-1/'));

	for (const hostile of ['{"__proto__":{"polluted":1}}', 'not json', JSON.stringify(['tarefas-99', 1, { a: 1 }]), JSON.stringify([`x${'y'.repeat(100_000)}`])]) {
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, hostile]);
		await page.reload();
		await expect.poll(() => progress(page).textContent(), { message: hostile.slice(0, 30) }).toBe(`Passos feitos: 0 de ${steps.length}`);
		expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
	}

	// Tab reaches a step's mark (after its "Copiar link"), Space ticks it, and the count follows.
	const step = steps[2]!;
	await page.locator(`#${step.anchor} .procedure-step__copy`).focus();
	await page.keyboard.press('Tab');
	expect(await doneMark(page, step).evaluate((box) => box === document.activeElement)).toBe(true);
	await page.keyboard.press('Space');
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 1 de ${steps.length}`);

	// Storage that throws, as in some private modes: the marks still tick, and nothing is kept. Refused for the
	// checklist's keys only: Starlight's theme script does not survive a storage that throws.
	await page.addInitScript((prefix) => {
		for (const method of ['getItem', 'setItem'] as const) {
			const original = Storage.prototype[method] as (this: Storage, ...args: string[]) => string | null;
			Storage.prototype[method] = function (this: Storage, ...args: string[]) {
				if (args[0]!.startsWith(prefix)) throw new DOMException('refused', 'SecurityError');
				return original.apply(this, args);
			} as never;
		}
	}, doneStepsKey(''));
	await page.reload();
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 0 de ${steps.length}`);
	await doneMark(page, step).check();
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 1 de ${steps.length}`);
	await page.reload();
	await expect.poll(() => progress(page).textContent()).toBe(`Passos feitos: 0 de ${steps.length}`);
	expect(errors).toEqual([]);
	await context.close();
});
