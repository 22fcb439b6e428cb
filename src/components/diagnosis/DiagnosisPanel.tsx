/**
 * The diagnosis of the office's settings, recomputed at every change: duplicates and silences, the
 * nearest option with the steps to perform in order, what the client receives afterwards, and the
 * summary to paste into a ticket.
 */
import { SECTIONS } from '../../lib/catalogue/steps.ts';
import { stepPlainText } from '../../lib/catalogue/step-text.ts';
import { diagnose } from '../../lib/diagnose.ts';
import { OPTIONS } from '../../lib/presets.ts';
import { stepPlan } from '../../lib/step-plan.ts';
import { configAfter, receivedLines, ticketSummary } from '../../lib/ticket-summary.ts';
import { sitePath } from '../../lib/links.ts';
import { hrefFor, servedRoot } from '../site-links.ts';
import CopyButton from '../copy/CopyButton.tsx';
import StateNotice from '../simulator/StateNotice.tsx';
import { configStore, useSimulationState } from '../simulator/simulation-state.ts';

export default function DiagnosisPanel() {
	const { config, live, issues } = useSimulationState();
	const diagnosis = diagnose(config);
	const option = OPTIONS[diagnosis.nearest.option];
	const plan = stepPlan(diagnosis.nearest.changes);
	const status = diagnosis.ok ? 'single' : diagnosis.problems.length > 0 ? 'duplicate' : 'silent';
	return (
		<div class="diagnosis not-content" data-pagefind-ignore>
			<StateNotice issues={issues} />
			<p class="diagnosis__summary" aria-live="polite">
				<span class="status-badge" data-status={status}>
					{diagnosis.ok ? 'Tudo certo' : diagnosis.problems.length > 0 ? 'Problemas' : 'Ajustes'}
				</span>{' '}
				{diagnosis.summary}
			</p>

			{diagnosis.problems.length > 0 && (
				<section aria-labelledby="diagnosis-problems">
					<h3 id="diagnosis-problems">O que está errado</h3>
					<ul class="diagnosis__findings">
						{diagnosis.problems.map((finding, i) => (
							<li key={i} data-type={finding.type}>
								{finding.text}
							</li>
						))}
					</ul>
				</section>
			)}

			<section aria-labelledby="diagnosis-plan">
				<h3 id="diagnosis-plan">
					{diagnosis.ok ? `Nada a mudar: a configuração segue a ${option.name}` : `O que fazer: ${option.title}`}
				</h3>
				{plan.length > 0 && (
					<ol class="diagnosis__plan">
						{plan.map(({ step, href, changes }) => (
							<li key={href} data-changes={changes.length > 0 ? 'true' : undefined}>
								{/* The procedure page opens in the office's current state, at the step. */}
								<a href={hrefFor(sitePath(`/${step.page}/`, { state: config, anchor: step.anchor }))}>
									{SECTIONS[step.section].title}, passo {step.number}
								</a>
								: {stepPlainText(step)}
								{changes.length > 0 && (
									<ul>
										{changes.map((change) => (
											<li key={change.key}>{change.text}</li>
										))}
									</ul>
								)}
							</li>
						))}
					</ol>
				)}
			</section>

			<section aria-labelledby="diagnosis-after">
				<h3 id="diagnosis-after">{diagnosis.ok ? 'O que o cliente recebe' : 'O que o cliente passa a receber'}</h3>
				<ul>
					{receivedLines(diagnosis.ok ? config : configAfter(config, diagnosis)).map((line) => (
						<li key={line}>{line}</li>
					))}
				</ul>
			</section>

			{diagnosis.notes.length > 0 && (
				<details class="diagnosis__notes">
					<summary>Observações ({diagnosis.notes.length})</summary>
					<ul>
						{diagnosis.notes.map((note, i) => (
							<li key={i}>
								{note.source && <strong>Interpretação: </strong>}
								{note.text}
							</li>
						))}
					</ul>
				</details>
			)}

			<CopyButton
				getText={() => ticketSummary(configStore.get(), servedRoot())}
				label="Copiar resumo para o chamado"
				done="Resumo copiado. Cole-o no chamado."
				fallbackLabel="Não foi possível copiar automaticamente. Copie o resumo abaixo:"
				disabled={!live}
				multiline
			/>
			<p>
				<a href={hrefFor(sitePath('/simulador/', { state: config }))}>Abrir esta configuração no simulador</a>
			</p>
		</div>
	);
}
