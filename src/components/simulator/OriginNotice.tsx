/**
 * Says, in one line, that the boxes shown came from a link, and that the reader's own office (kept in this
 * browser) is untouched: the reader keeps the link's boxes as their own, or goes back to theirs.
 */
import { backToOwnOffice, keepLinkedOffice, type SimulationOrigin } from './simulation-state.ts';

export default function OriginNotice({ origin }: { origin: SimulationOrigin | undefined }) {
	if (!origin) return null;
	return (
		<p class="origin-notice">
			As caixas vieram do link que você abriu; as suas, guardadas neste navegador, não mudaram.{' '}
			<button type="button" onClick={keepLinkedOffice}>
				Ficar com as do link
			</button>{' '}
			<button type="button" onClick={backToOwnOffice}>
				Voltar às minhas
			</button>
		</p>
	);
}
