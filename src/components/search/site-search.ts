/**
 * `<site-search>` (src/components/starlight/Search.astro): the search button and dialog, with Pagefind's UI
 * loaded on demand.
 *
 * - Nothing of Pagefind (UI script, style sheet, index) is requested with the page. Pointing at or focusing
 *   the button starts loading the UI (a prefetch); opening the search (the button, Ctrl+K / Cmd+K, or "/"
 *   outside a text field) loads it if it is not loaded yet.
 * - The dialog opens at once, with the focus in a plain input that the page already holds. What the reader
 *   types there before the UI is ready is handed to the UI's own input (value, caret, focus) in the same task
 *   that mounts it, and searched: no keystroke is lost.
 * - Escape closes (the dialog's own behaviour), as do Ctrl+K again, "Cancelar", a click on the backdrop and
 *   a click on a result.
 * Every URL to Pagefind's files is built from import.meta.env.BASE_URL, so the site works under a sub-path.
 */

// A URL only: the style sheet is linked when the UI loads. Imported as CSS, Astro would link it on every page.
import styleSheet from './pagefind-ui.css?url';

type PagefindModule = typeof import('./pagefind-ui.ts');

const BASE_URL = import.meta.env.BASE_URL;
const BUNDLE_PATH = `${BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let loading: Promise<PagefindModule> | undefined;

/** Links the UI's style sheet (once) and resolves when it has loaded, or failed: the UI works unstyled too. */
function linkStyleSheet(): Promise<void> {
	let link = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${styleSheet}"]`);
	if (link?.sheet) return Promise.resolve();
	if (!link) {
		link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = styleSheet;
		document.head.append(link);
	}
	const element = link;
	return new Promise((resolve) => {
		element.addEventListener('load', () => resolve(), { once: true });
		element.addEventListener('error', () => resolve(), { once: true });
	});
}

/** Loads Pagefind's UI and its style sheet, in parallel and once; a failed load is retried on the next call. */
function loadPagefind(): Promise<PagefindModule> {
	loading ??= Promise.all([import('./pagefind-ui.ts'), linkStyleSheet()]).then(
		([module]) => module,
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

/** Whether a key pressed in this element would type text, so "/" belongs to it. */
function isTextField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
}

// navigator.platform, deprecated but still the one signal that DevTools' device emulation does not spoof.
const isApple = /Mac|iPhone|iPad|iPod/i.test(navigator.platform);

class SiteSearch extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#openButton!: HTMLButtonElement;
	/** The input the reader types into until Pagefind's UI takes over; null once it has. */
	#early: HTMLInputElement | null = null;
	#ui: HTMLElement | null = null;
	#pagefindInput: HTMLInputElement | null = null;
	#mounting = false;
	#composing = false;

	connectedCallback(): void {
		this.#dialog = this.querySelector('dialog')!;
		this.#openButton = this.querySelector('button[data-open-modal]')!;
		this.#ui = this.querySelector('[data-search-ui]');
		this.#early = this.querySelector('[data-early-search] input');
		this.#early?.addEventListener('compositionstart', () => (this.#composing = true));
		this.#early?.addEventListener('compositionend', () => (this.#composing = false));

		if (isApple) {
			const key = this.querySelector('.shortcut kbd');
			if (key) key.textContent = '⌘';
			this.#openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		this.toggleAttribute('data-ready', true);

		const prefetch = () => void loadPagefind().catch(() => {});
		this.#openButton.addEventListener('pointerenter', prefetch, { passive: true });
		this.#openButton.addEventListener('focus', prefetch);
		this.#openButton.addEventListener('click', () => this.open());
		this.querySelector('button[data-close-modal]')?.addEventListener('click', () => this.close());
		this.#dialog.addEventListener('click', (event) => {
			const target = event.target as Element;
			// The backdrop (outside the frame) is the dialog itself; a result link leaves the search.
			if (target === this.#dialog || target.closest('a[href]')) this.close();
		});
		this.#dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		addEventListener('keydown', (event) => this.#onKey(event));
		this.#openButton.disabled = false;
	}

	open(): void {
		if (this.#dialog.open) return;
		this.#dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		(this.#pagefindInput ?? this.#early)?.focus();
		this.#mount();
	}

	close(): void {
		this.#dialog.close();
	}

	#onKey(event: KeyboardEvent): void {
		if (event.defaultPrevented || event.isComposing) return;
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (this.#dialog.open) this.close();
			else this.open();
		} else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !this.#dialog.open && !isTextField(event.target)) {
			event.preventDefault();
			this.open();
		}
	}

	/** Loads Pagefind's UI (if needed) and puts it in place of the early input. */
	#mount(): void {
		const ui = this.#ui;
		if (!ui || this.#pagefindInput || this.#mounting) return;
		this.#mounting = true;
		const error = ui.querySelector<HTMLElement>('[data-load-error]');
		loadPagefind()
			.then(({ mountPagefind }) => {
				if (error) error.hidden = true;
				const target = document.createElement('div');
				target.id = 'starlight__search';
				ui.prepend(target);
				let translations: Record<string, string> = {};
				try {
					translations = JSON.parse(this.dataset['translations'] ?? '{}') as Record<string, string>;
				} catch {
					// Pagefind's built-in strings for the page's language remain.
				}
				const input = mountPagefind(target, { translations, baseUrl: BASE_URL, bundlePath: BUNDLE_PATH });
				this.#handOver(input);
			})
			.catch((cause: unknown) => {
				if (error) error.hidden = false;
				console.error('The search could not be loaded', cause);
			})
			.finally(() => {
				this.#mounting = false;
			});
	}

	/** Gives Pagefind's input what the reader typed so far (text, caret, focus), then drops the early input. */
	#handOver(input: HTMLInputElement): void {
		const early = this.#early;
		if (early && this.#composing) {
			// An input method is composing a character: hand over once it is written.
			early.addEventListener('compositionend', () => this.#handOver(input), { once: true });
			return;
		}
		this.#pagefindInput = input;
		this.#early = null;
		if (!early) return;
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
}

customElements.define('site-search', SiteSearch);
