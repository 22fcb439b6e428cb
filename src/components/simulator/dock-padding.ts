/**
 * The page keeps its scroll padding as tall as the docked preview, so that the browser never scrolls a focused
 * control or a followed anchor under it (WCAG 2.4.11). Run by the dock's plain script from the page's first
 * moment: the preview's island may not wake before the reader tabs or follows a link.
 */
export function keepPaddingUnder(panel: HTMLElement): void {
	const root = document.documentElement;
	new ResizeObserver(() => root.style.setProperty('--preview-dock-height', `${panel.offsetHeight}px`)).observe(panel);
	// Where the browser's own scrolling still leaves a focused control under the panel (it scrolls only what it
	// finds hidden, and the panel may have just grown), move the page by what is missing.
	document.addEventListener('focusin', (event) => {
		const target = event.target;
		if (!(target instanceof Element) || panel.contains(target)) return;
		const under = target.getBoundingClientRect().bottom - panel.getBoundingClientRect().top + 12;
		if (under > 0) window.scrollBy(0, under);
	});
}
