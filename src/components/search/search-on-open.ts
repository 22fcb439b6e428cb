/**
 * What the site's search does beyond Starlight's own (src/components/starlight/Search.astro):
 *
 * - Pagefind's UI, which Starlight loads when the browser first goes idle, loads only when the reader opens
 *   the search; pointing at or focusing the button starts loading it (a prefetch).
 * - Until it is ready, the dialog holds a plain input (the page's template), which Starlight focuses when the
 *   search opens. What the reader types there is handed to Pagefind's input (value, caret, focus) in the same
 *   task that mounts it, and searched: no keystroke is lost.
 * - "/" outside a text field opens the search, as Ctrl+K / Cmd+K does; Ctrl+K works with Caps Lock on too.
 * - A failed load says so: the browser keeps a failed module import, so only a reload tries again.
 */
import { starlightOptions } from './starlight-options.ts';

type PagefindModule = typeof import('./pagefind-ui.ts');

let loading: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
	loading ??= import('./pagefind-ui.ts');
	return loading;
}

/** Whether a key pressed in this element would type text, so "/" belongs to it. */
function isTextField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
}

/** Gives Pagefind's input what the reader typed so far (text, caret, focus), then drops the early input. */
function handOver(early: HTMLInputElement, input: HTMLInputElement): void {
	const { value, selectionStart, selectionEnd, selectionDirection } = early;
	const focused = document.activeElement === early;
	if (value) {
		input.value = value;
		// As if typed: Pagefind's UI reads its input's `input` event and searches.
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	if (focused) {
		input.focus();
		input.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
	}
	early.closest('[data-early-search]')?.remove();
}

function setUp(search: HTMLElement, container: HTMLElement, template: HTMLTemplateElement): void {
	container.append(template.content.cloneNode(true));
	const early = container.querySelector<HTMLInputElement>('[data-early-search] input')!;
	const error = container.querySelector<HTMLElement>('[data-load-error]')!;
	const openButton = search.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
	let composing = false;
	/** The UI being mounted, or mounted: once, unless a load fails. */
	let mounted: Promise<void> | undefined;
	early.addEventListener('compositionstart', () => (composing = true));
	early.addEventListener('compositionend', () => (composing = false));

	const mount = () => {
		mounted ??= Promise.all([loadPagefind(), starlightOptions])
			.then(([{ mountPagefind }, options]) => {
				error.hidden = true;
				const target = document.createElement('div');
				container.prepend(target);
				const input = mountPagefind(target, options);
				// An input method still composing a character hands over once it is written.
				if (composing) early.addEventListener('compositionend', () => handOver(early, input), { once: true });
				else handOver(early, input);
			})
			.catch((cause: unknown) => {
				mounted = undefined;
				error.hidden = false;
				console.error('The search could not be loaded', cause);
			});
	};
	const prefetch = () => void loadPagefind().catch(() => {});
	openButton.addEventListener('pointerenter', prefetch, { passive: true });
	openButton.addEventListener('focus', prefetch);
	// Starlight focuses the first input of the search when it opens it: the early one, until the UI replaces it.
	early.addEventListener('focus', mount);
	if (document.activeElement === early) mount();

	openButton.setAttribute('aria-keyshortcuts', `${openButton.getAttribute('aria-keyshortcuts') ?? 'Control+K'} /`);
	const dialog = search.querySelector('dialog')!;
	addEventListener('keydown', (event) => {
		if (event.defaultPrevented || event.isComposing || event.altKey) return;
		// Starlight's own shortcut reads a lower-case "k" only.
		if ((event.ctrlKey || event.metaKey) && event.key === 'K' && !event.shiftKey) {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else openButton.click();
		} else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !dialog.open && !isTextField(event.target)) {
			event.preventDefault();
			openButton.click();
		}
	});
}

const search = document.querySelector<HTMLElement>('site-search');
const container = document.getElementById('starlight__search');
const template = document.querySelector<HTMLTemplateElement>('template[data-search-start]');
// In development Starlight shows a notice instead of the search: nothing to set up.
if (search && container && template) setUp(search, container, template);
