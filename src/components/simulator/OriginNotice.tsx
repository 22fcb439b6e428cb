/**
 * Says, in one line, that the boxes shown were set elsewhere, and offers to start over. It goes away at the
 * reader's first change here.
 */
import { defaultConfig } from '../../lib/config.ts';
import { replaceOffice, type SimulationOrigin } from './simulation-state.ts';

const TEXT: Record<SimulationOrigin, string> = {
	link: 'As opções marcadas vieram do link que você abriu.',
	visit: 'As opções marcadas vêm de outra página desta visita.',
};

export default function OriginNotice({ origin }: { origin: SimulationOrigin | undefined }) {
	if (!origin) return null;
	return (
		<p class="origin-notice">
			{TEXT[origin]}{' '}
			<button type="button" onClick={() => replaceOffice(defaultConfig())}>
				Restaurar
			</button>
		</p>
	);
}
