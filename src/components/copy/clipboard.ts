/**
 * Copies text to the clipboard. Resolves false where the browser refuses (no permission, no secure
 * context): callers then show the text selected, so it can be copied by hand.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
