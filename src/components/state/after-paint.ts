/**
 * Runs a task once the browser has painted the next frame: what a reader's input changes beyond the control
 * itself waits until the control has answered on screen, so a slow phone shows the tick at once. A task already
 * waiting runs once for that frame, however often it is asked for. A page that is left or hidden before that frame
 * runs its waiting tasks there and then, those they ask for included: nothing the reader did is lost.
 */
const waiting = new Set<() => void>();

function run(task: () => void): void {
	if (waiting.delete(task)) task();
}

export function afterNextPaint(task: () => void): void {
	if (waiting.has(task)) return;
	waiting.add(task);
	requestAnimationFrame(() => setTimeout(() => run(task)));
}

function runWaiting(): void {
	while (waiting.size > 0) for (const task of [...waiting]) run(task);
}

// A hidden page paints no frame until it is shown again. (On the server, where islands render, there is no page.)
if (typeof window !== 'undefined') {
	addEventListener('pagehide', runWaiting);
	addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') runWaiting();
	});
}
