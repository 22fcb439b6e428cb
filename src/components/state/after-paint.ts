/**
 * Runs a task once the browser has painted the next frame: what a reader's input changes beyond the control
 * itself waits until the control has answered on screen, so a slow phone shows the tick at once.
 */
export function afterNextPaint(task: () => void): void {
	requestAnimationFrame(() => setTimeout(task));
}
