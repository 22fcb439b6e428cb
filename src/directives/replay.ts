/**
 * `client:replay`: hydrates an island at once when the page must open in a state of its own (a link or the
 * reader's stored office), at the reader's first sign of intent on it (pointer, focus, key), when another tab
 * stores an office of its own, and when any other island of the page wakes (../components/state/wake.ts); a reader who only reads loads none of them,
 * and sees the server's rendering of the default office, which is what they would see. The first input is
 * never lost: a click or a change that lands before the island is live is held, then replayed on the same
 * control once it is.
 *
 * Without JavaScript the server's HTML is all there is, and its controls are disabled; they carry
 * `data-disabled-without-js`. This script running means JavaScript runs, so they are enabled at once:
 * a control never looks disabled to a reader who can use it.
 */
import type { ClientDirective } from 'astro';
import { pageCarriesState, readStoredOffice } from '../components/state/saved-state.ts';
import { onWakeIslands, wakeIslands } from '../components/state/wake.ts';

const HELD = 'button, input, select, textarea';
/**
 * Read once, when this script is defined, before any island's code runs: the office then rewrites the address
 * (a link that reads as "todas marcadas" is cleaned), and an island connected later must still know.
 */
const opensInState = pageCarriesState();

const replay: ClientDirective = (load, _options, island) => {
	for (const control of island.querySelectorAll('[data-disabled-without-js]')) control.removeAttribute('disabled');

	const held: { control: HTMLElement; type: string }[] = [];
	let waking: Promise<void> | undefined;

	function hold(event: Event): void {
		const control = (event.target as Element | null)?.closest<HTMLElement>(HELD);
		if (!control || !island.contains(control)) return;
		// A click on a checkbox would toggle it natively, with nothing listening: undo it, and redo it once live.
		if (event.type === 'click') event.preventDefault();
		event.stopImmediatePropagation();
		if (!held.some((h) => h.control === control && h.type === event.type)) held.push({ control, type: event.type });
		void wake();
	}

	function wake(): Promise<void> {
		if (waking) return waking;
		waking = (async () => {
			const hydrate = await load();
			await hydrate();
			island.removeEventListener('click', hold, true);
			island.removeEventListener('change', hold, true);
			for (const { control, type } of held.splice(0)) {
				if (type === 'click') control.click();
				else control.dispatchEvent(new Event(type, { bubbles: true }));
			}
		})();
		// After `waking` is set: the other islands' wake calls this one back.
		wakeIslands();
		return waking;
	}

	island.addEventListener('click', hold, true);
	island.addEventListener('change', hold, true);
	// A pointer or the focus arriving is a sign of intent: start loading before the click itself.
	for (const type of ['pointerdown', 'focusin', 'keydown'] as const) island.addEventListener(type, () => void wake(), { once: true, passive: true });

	onWakeIslands(() => void wake());
	// Another tab stored an office of its own: this one shows it. Any other change (ticks, which the checklist
	// shows by itself, Starlight's theme, an office back at "todas marcadas") leaves the server's rendering true.
	const onStorage = () => {
		if (readStoredOffice() === undefined) return;
		removeEventListener('storage', onStorage);
		void wake();
	};
	addEventListener('storage', onStorage);
	if (opensInState) void wake();
};

export default replay;
