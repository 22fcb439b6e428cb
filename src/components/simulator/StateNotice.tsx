/** Lists what a pasted link carried that could not be used; the rest of its state still loads. */
import type { StateIssue } from '../../lib/links/url-state.ts';
import { dismissIssues } from './simulation-state.ts';

export default function StateNotice({ issues }: { issues: StateIssue[] }) {
	if (issues.length === 0) return null;
	return (
		<div class="state-notice" role="alert">
			<p class="state-notice__title">Parte deste link não pôde ser lida e foi ignorada; o restante foi carregado.</p>
			<ul>
				{issues.map((issue, i) => (
					<li key={i}>{issue.message}</li>
				))}
			</ul>
			<button type="button" onClick={dismissIssues}>
				Fechar aviso
			</button>
		</div>
	);
}
