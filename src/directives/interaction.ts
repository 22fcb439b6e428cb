/**
 * `client:interaction`: hydrates an island at the reader's first sign of activity on the page (a key,
 * a pointer, a touch, a scroll, a focus), or at once when the address carries a simulation state.
 * Until then the server's HTML is the island: on a procedure page it already shows the true state
 * ("todas ativas"), so reading the first screen costs no island JavaScript at all.
 */
import type { ClientDirective } from 'astro';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;
const waiting: (() => void)[] = [];
let active = false;

function wake(): void {
	if (active) return;
	active = true;
	for (const type of ACTIVITY) removeEventListener(type, wake, true);
	for (const hydrate of waiting.splice(0)) hydrate();
}

const interaction: ClientDirective = (load) => {
	const hydrate = () => void load().then((run) => run());
	if (active) return hydrate();
	waiting.push(hydrate);
	if (waiting.length === 1) for (const type of ACTIVITY) addEventListener(type, wake, { capture: true, passive: true });
	// A shared link with a state must show that state, not the server's default.
	if (location.search.length > 1) wake();
};

export default interaction;
