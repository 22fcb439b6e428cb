/**
 * The checklist's logic (ChecklistProgress.astro), loaded when the reader first ticks a step or presses one of
 * its controls, or at once when this browser or the address already holds an office or ticks: a reader who
 * only reads loads none of it.
 */
import { stepAt, stepLabel, type PageId } from '../../lib/catalogue/steps.ts';
import { PROGRESS_TEXTS } from '../../lib/messages/progress.ts';
import { progressOf, stepEffect, stepMatches } from '../../lib/model/step-progress.ts';
import { copyText } from '../copy/clipboard.ts';
import { configStore, doneStore, handOffAddress, setBoxes, setDone } from '../state/office.ts';
import { wakeIslands } from '../state/wake.ts';

/** The block's elements, and the page's "Feito" marks. */
function partsOf(block: HTMLElement) {
	const boxes = [...document.querySelectorAll<HTMLInputElement>('.procedure-step__done input')];
	const find = <T extends HTMLElement>(selector: string) => block.querySelector<T>(selector)!;
	return {
		page: block.dataset.checklistPage as PageId,
		boxes,
		anchors: boxes.map((box) => box.value),
		count: find('strong'),
		cleared: find('.checklist-progress__cleared'),
		next: find<HTMLAnchorElement>('.checklist-progress__next'),
		restart: find<HTMLButtonElement>('.checklist-progress__restart'),
		undo: find<HTMLButtonElement>('.checklist-progress__undo'),
		contradicted: find('.checklist-progress__contradicted'),
		handOff: find<HTMLAnchorElement>('.checklist-progress__hand-off'),
		handOffStatus: find('.checklist-progress__hand-off-status'),
	};
}
type Parts = ReturnType<typeof partsOf>;

const stepOf = (page: PageId, anchor: string) => stepAt(page, anchor)!;

/** The count, the way on, the steps whose boxes read otherwise, and the hand-off's address, as the marks stand. */
function showProgress(parts: Parts): void {
	const { page, boxes, anchors, count, next, restart, undo, contradicted, handOff } = parts;
	const ticked = anchors.filter((_, i) => boxes[i]!.checked);
	const config = configStore.get();
	const progress = progressOf(page, ticked, config);
	count.textContent =
		progress.done === progress.total && progress.contradicted.length === 0
			? PROGRESS_TEXTS.allDone(progress.total)
			: PROGRESS_TEXTS.count(progress.done, progress.total);
	next.hidden = !ticked.length || !progress.next;
	handOff.href = handOffAddress(progress.next?.anchor);
	if (progress.next) {
		next.href = `#${progress.next.anchor}`;
		next.textContent = boxes[anchors.indexOf(progress.next.anchor)]!.dataset.continue!;
	}
	restart.hidden = !ticked.length || !undo.hidden;
	contradicted.hidden = progress.contradicted.length === 0;
	contradicted.firstElementChild!.textContent = PROGRESS_TEXTS.contradicted(progress.contradicted.length);
	contradicted.lastElementChild!.replaceChildren(
		...progress.contradicted.flatMap((step, i) => {
			const link = Object.assign(document.createElement('a'), { href: `#${step.anchor}`, textContent: stepLabel(page, step.anchor) });
			return i === 0 ? [' ', link] : ['; ', link];
		}),
	);
	// Inside each ticked step whose boxes read otherwise, one line says so.
	for (const box of boxes) {
		const line = box.closest('.procedure-step')!.querySelector<HTMLElement>('.procedure-step__contradicted');
		if (line) line.hidden = !box.checked || stepMatches(stepOf(page, box.value), config);
	}
}

/**
 * "Recomeçar" clears every mark at once, and for 10 s "Desfazer" puts back those it cleared. The offer stays
 * while the reader is on "Desfazer" (WCAG 2.2.1): time runs out only once they have moved on. Returns what
 * withdraws the offer, for a tick made meanwhile.
 */
function offerUndo(parts: Parts, show: () => void): () => void {
	const { anchors, boxes, restart, undo, cleared } = parts;
	let undone: string[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const end = () => {
		clearTimeout(timer);
		undo.hidden = true;
		cleared.textContent = '';
	};
	const expire = () => {
		if (document.activeElement === undo || undo.matches(':hover')) {
			timer = setTimeout(expire, 10_000);
			return;
		}
		end();
		show();
	};
	restart.addEventListener('click', () => {
		undone = anchors.filter((_, i) => boxes[i]!.checked);
		setDone(anchors.map((anchor) => ({ anchor, done: false })));
		// Announced with the count, in the same region; the space keeps the two apart when read aloud.
		cleared.textContent = ` ${PROGRESS_TEXTS.cleared}`;
		undo.hidden = false;
		show();
		// "Recomeçar" hides itself: the focus goes to the button that undoes it.
		undo.focus();
		timer = setTimeout(expire, 10_000);
	});
	// Puts back only the marks "Recomeçar" cleared: what another tab ticked meanwhile is kept.
	undo.addEventListener('click', () => {
		end();
		setDone(undone.map((anchor) => ({ anchor, done: true })));
		restart.focus();
	});
	return end;
}

/** "Continuar em outro aparelho": on a phone, the system's share sheet (to send the link to oneself); elsewhere, the clipboard. */
function handOffOnPress({ handOff, handOffStatus }: Parts): void {
	handOff.addEventListener('click', async (event) => {
		event.preventDefault();
		const url = handOff.href;
		handOffStatus.replaceChildren();
		if (navigator.share && matchMedia('(pointer: coarse)').matches) {
			try {
				await navigator.share({ title: document.title, url });
				return;
			} catch (error) {
				// The reader closed the sheet: nothing to say.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		if (await copyText(url)) {
			handOffStatus.textContent = ` ${PROGRESS_TEXTS.handOffCopied}`;
			return;
		}
		// Refused: the link selected, to copy by hand.
		const field = Object.assign(document.createElement('input'), { readOnly: true, value: url, className: 'procedure-step__manual' });
		field.setAttribute('aria-label', PROGRESS_TEXTS.handOffManual);
		handOffStatus.append(' ', field);
		field.select();
		field.focus();
	});
}

/**
 * Runs the block. `changed`: the marks the reader ticked or unticked before this code arrived, whose new state
 * the boxes already show; they count as if made now.
 */
export function startChecklist(block: HTMLElement, changed: readonly HTMLInputElement[]): void {
	// Read before anything redraws the marks.
	const early = changed.map((box) => ({ box, done: box.checked }));
	const parts = partsOf(block);
	const show = () => showProgress(parts);
	const endUndo = offerUndo(parts, show);
	const tick = (box: HTMLInputElement) => {
		// A tick while "Desfazer" is offered: the reader has started over.
		endUndo();
		if (box.checked) {
			const effect = stepEffect(stepOf(parts.page, box.value));
			if (effect.length > 0) setBoxes(effect);
		}
		setDone([{ anchor: box.value, done: box.checked }]);
	};
	for (const box of parts.boxes) box.addEventListener('change', () => tick(box));
	// The marks follow the office's ticks: this page's, another tab's, a hand-off's.
	const showDone = (done: readonly string[]) => {
		for (const box of parts.boxes) box.checked = done.includes(box.value);
		show();
	};
	doneStore.subscribe(showDone);
	configStore.subscribe(show);
	handOffOnPress(parts);
	// A tick may set boxes: the replicas and the preview wake to show them.
	wakeIslands();
	for (const { box, done } of early) {
		const effect = done ? stepEffect(stepOf(parts.page, box.value)) : [];
		if (effect.length > 0) setBoxes(effect);
	}
	if (early.length > 0) setDone(early.map(({ box, done }) => ({ anchor: box.value, done })));
	showDone(doneStore.get());
}
