/**
 * Says, in one line, that the boxes shown (and a hand-off's marks) came from a link, and that the reader's own,
 * kept in this browser, are untouched: the reader keeps the link's as their own, or goes back to theirs.
 */
import { ORIGIN_NOTICE } from '../../lib/messages/link-notices.ts';
import { backToOwnOffice, keepLinkedOffice, type SimulationOrigin } from './simulation-state.ts';

export default function OriginNotice({ origin }: { origin: SimulationOrigin | undefined }) {
	if (!origin) return null;
	return (
		<p class="origin-notice">
			{origin === 'hand-off' ? ORIGIN_NOTICE.handOff : ORIGIN_NOTICE.link}{' '}
			<button type="button" onClick={keepLinkedOffice}>
				{ORIGIN_NOTICE.keep}
			</button>{' '}
			<button type="button" onClick={backToOwnOffice}>
				{ORIGIN_NOTICE.back}
			</button>
		</p>
	);
}
