/** The mark after a statement that rests on this guide's reading; screen readers hear what it means. */
import { INTERPRETATION_LABEL, INTERPRETATION_MARK } from '../../lib/messages/words.ts';

export function Mark({ shown }: { shown: boolean }) {
	if (!shown) return null;
	return (
		<>
			{' '}
			<span class="interpretation-mark" aria-hidden="true">
				{INTERPRETATION_MARK}
			</span>
			<span class="sr-only">({INTERPRETATION_LABEL.toLowerCase()})</span>
		</>
	);
}
