/**
 * The diagnosis of the office's settings against the client's complaint, recomputed at every change: who
 * talks to the clients (the article's verdict), the settings as read, what goes wrong (one line per cause),
 * the causes no checkbox shows when the settings do not explain the complaint, the recommendation and the
 * steps to perform in order, who talks to the clients afterwards, and the summary to paste into a ticket, as
 * plain text or Markdown. Printed, the steps are a checklist (see simulator.css).
 */
import type { Finding } from '../../lib/diagnose.ts';
import { causeLink } from '../../lib/hidden-causes.ts';
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import { SECTIONS, type SectionId } from '../../lib/catalogue/steps.ts';
import { stepPlainText } from '../../lib/catalogue/step-text.ts';
import { DEFAULT_COMPLAINT } from '../../lib/complaints.ts';
import { diagnose } from '../../lib/diagnose.ts';
import { otherOptionText, HIDDEN_CAUSE_TEXTS, SUMMARY_TEXTS, UNEXPLAINED_COMPLAINT, cite } from '../../lib/messages/diagnosis.ts';
import { sitePath } from '../../lib/links.ts';
import { INTERPRETATION_LABEL, INTERPRETATION_MARK, INTERPRETATION_NOTE, capitalize, officeSettings } from '../../lib/messages/office.ts';
import { OPTIONS } from '../../lib/catalogue/options.ts';
import { stepNote, stepPlan, type PlannedStep } from '../../lib/step-plan.ts';
import { SITUATION_TEXTS } from '../../lib/messages/situation.ts';
import { unnotifiedText } from '../../lib/messages/situation-details.ts';
import { SITUATION_STATUS, situationOf } from '../../lib/situation.ts';
import { Mark } from '../situation/Mark.tsx';
import SituationLines, { situationMarked } from '../situation/SituationLines.tsx';
import { configAfter, receivedLines, recommendation, ticketSummary, type SummaryFormat } from '../../lib/ticket-summary.ts';
import { hrefFor, servedRoot } from '../site-links.ts';
import CopyButton from '../copy/CopyButton.tsx';
import StateNotice from '../simulator/StateNotice.tsx';
import { configStore, useSimulationState, viewStore } from '../simulator/simulation-state.ts';

/** A statement, marked where it rests on this guide's reading. */
function Statement({ text, interpretation }: { text: string; interpretation: boolean }) {
	return (
		<>
			{text}
			<Mark shown={interpretation} />
		</>
	);
}

/** What the mark means, once under a block that has one. */
function InterpretationNote({ shown }: { shown: boolean }) {
	if (!shown) return null;
	return (
		<p class="interpretation-note">
			<span aria-hidden="true">{INTERPRETATION_MARK} </span>
			{INTERPRETATION_NOTE} <a href={hrefFor('/como-o-simulador-decide/')}>Veja como o simulador decide.</a>
		</p>
	);
}

function Findings({ findings }: { findings: Finding[] }) {
	return (
		<>
			<ul class="diagnosis__findings">
				{findings.map((finding) => (
					<li key={finding.text} data-type={finding.type} data-category={finding.category}>
						<Statement text={finding.text} interpretation={finding.source !== undefined} />
					</li>
				))}
			</ul>
		</>
	);
}

/** Consecutive planned steps of one section. */
function bySection(plan: PlannedStep[]): { section: SectionId; steps: PlannedStep[] }[] {
	const groups: { section: SectionId; steps: PlannedStep[] }[] = [];
	for (const planned of plan) {
		const last = groups.at(-1);
		if (last?.section === planned.step.section) last.steps.push(planned);
		else groups.push({ section: planned.step.section, steps: [planned] });
	}
	return groups;
}

/** One button per form of the summary, with what it says once copied and, where copying fails, above the text. */
const SUMMARY_COPIES: { format: SummaryFormat; label: string; done: string; fallbackLabel: string }[] = [
	{
		format: 'text',
		label: 'Copiar resumo para o chamado',
		done: 'Resumo copiado. Cole-o no chamado.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie o resumo abaixo:',
	},
	{
		format: 'markdown',
		label: 'Copiar em Markdown',
		done: 'Resumo em Markdown copiado, para ferramentas que o formatam.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie o resumo em Markdown abaixo:',
	},
	{
		format: 'macro',
		label: 'Copiar como macro (Zendesk)',
		done: 'Macro copiada, com os campos do Zendesk para o nome do cliente e o seu.',
		fallbackLabel: 'Não foi possível copiar automaticamente. Copie a macro abaixo:',
	},
];

export default function DiagnosisPanel() {
	const { config, view, live, issues } = useSimulationState();
	const complaint = view.complaint ?? DEFAULT_COMPLAINT;
	const details = { channel: view.channel, registrationChanged: view.registrationChanged };
	const diagnosis = diagnose(config, complaint, SAMPLE, details);
	const option = OPTIONS[diagnosis.nearest.option];
	const other = diagnosis.nearest.option === 'option1' ? 'option2' : 'option1';
	const plan = stepPlan(diagnosis.nearest.changes);
	const changed = diagnosis.nearest.changes.length > 0;
	const after = changed ? configAfter(config, diagnosis) : config;
	const received = receivedLines(after);
	// One situation, named as the preview and the summary name it: today and after the steps.
	const today = situationOf(config);
	const afterSituation = situationOf(after);
	const afterChoice = unnotifiedText(afterSituation);
	const summaryOf = (format: SummaryFormat) => () =>
		ticketSummary(configStore.get(), servedRoot(), format, viewStore.get().complaint, SAMPLE, {
			channel: viewStore.get().channel,
			registrationChanged: viewStore.get().registrationChanged,
		});
	return (
		<div class="diagnosis not-content" data-pagefind-ignore>
			<StateNotice issues={issues} />
			<p class="diagnosis__verdict">
				<span class="status-badge" data-status={SITUATION_STATUS[today.id]}>
					{SITUATION_TEXTS[today.id].badge}
				</span>{' '}
				<strong>{SUMMARY_TEXTS.today}:</strong> {SITUATION_TEXTS[today.id].headline.office}
			</p>
			<div class="diagnosis__situation">
				<SituationLines situation={today} audience="office" wayOut={false} />
			</div>
			{/* Spoken once a choice changes it: what was found and what it takes. */}
			<p class="diagnosis__summary" aria-live="polite">
				{diagnosis.summary}
			</p>

			<section aria-labelledby="diagnosis-settings">
				<h3 id="diagnosis-settings">A configuração atual, em resumo</h3>
				<ul class="diagnosis__settings">
					{officeSettings(config).map(({ product, name, text }) => (
						<li key={product}>
							<strong>{name}:</strong> {text}
						</li>
					))}
				</ul>
			</section>

			{diagnosis.problems.length > 0 && (
				<section aria-labelledby="diagnosis-problems">
					<h3 id="diagnosis-problems">O que está errado</h3>
					<Findings findings={diagnosis.problems} />
				</section>
			)}

			{diagnosis.causes.length > 0 && (
				<section aria-labelledby="diagnosis-causes">
					<h3 id="diagnosis-causes">{SUMMARY_TEXTS.causes}</h3>
					<p>{UNEXPLAINED_COMPLAINT}</p>
					<ul class="diagnosis__causes">
						{diagnosis.causes.map((cause) => (
							<li key={cause.id} data-cause={cause.id}>
								{HIDDEN_CAUSE_TEXTS[cause.id].what}{' '}
								<a href={hrefFor(causeLink(cause, option.page))}>
									<strong>{HIDDEN_CAUSE_TEXTS[cause.id].todo}</strong>
								</a>{' '}
								<span class="diagnosis__cite">
									({cause.source.kind === 'interpretation' ? INTERPRETATION_LABEL : cite(...cause.source.codes)})
								</span>
							</li>
						))}
					</ul>
				</section>
			)}

			<section aria-labelledby="diagnosis-plan">
				<h3 id="diagnosis-plan">O que fazer</h3>
				<p class="diagnosis__recommendation">
					<strong>Recomendação:</strong> {recommendation(diagnosis)}
				</p>
				{!diagnosis.ok && changed && (
					<p class="diagnosis__other-option">{otherOptionText(OPTIONS[other].name, OPTIONS[other].gist)}</p>
				)}
				{bySection(plan).map(({ section, steps }) => (
					<div key={section} class="diagnosis__steps">
						<h4>
							{option.name} — {SECTIONS[section].title}
						</h4>
						<ol class="diagnosis__plan diagnosis__checklist">
							{steps.map((planned) => {
								const note = stepNote(planned, config);
								return (
									<li key={planned.href} value={planned.step.number} data-changes={planned.changes.length > 0 ? 'true' : undefined}>
										{/* The procedure page opens in the office's current state, at the step. */}
										<a href={hrefFor(sitePath(`/${planned.step.page}/`, { state: config, anchor: planned.step.anchor }))}>
											{stepPlainText(planned.step).replace(/[;.]$/, '')}
										</a>
										{note && <span class="diagnosis__note">{capitalize(note)}.</span>}
									</li>
								);
							})}
						</ol>
					</div>
				))}
			</section>

			<section aria-labelledby="diagnosis-after">
				<h3 id="diagnosis-after">{changed ? 'Depois dos passos' : 'O que o cliente recebe'}</h3>
				<ul>
					{changed && <li>{SITUATION_TEXTS[afterSituation.id].headline.office}</li>}
					{changed && afterChoice && <li>{afterChoice}</li>}
					{received.map((line) => (
						<li key={line.kind}>
							<Statement text={line.text} interpretation={line.interpretation} />
						</li>
					))}
				</ul>
			</section>

			{diagnosis.notes.length > 0 && (
				<section aria-labelledby="diagnosis-notes">
					<h3 id="diagnosis-notes">Observações</h3>
					<Findings findings={diagnosis.notes} />
				</section>
			)}

			{/* What the mark means, once for the whole diagnosis. */}
			<InterpretationNote
				shown={
					situationMarked(today) ||
					[...diagnosis.problems, ...diagnosis.notes].some((finding) => finding.source !== undefined) ||
					received.some((line) => line.interpretation)
				}
			/>

			<div class="diagnosis__copy">
				{SUMMARY_COPIES.map(({ format, label, done, fallbackLabel }) => (
					<CopyButton
						key={format}
						getText={summaryOf(format)}
						label={label}
						done={done}
						fallbackLabel={fallbackLabel}
						disabled={!live}
						multiline
					/>
				))}
			</div>
			<p class="diagnosis__simulator">
				<a href={hrefFor(sitePath('/simulador/', { state: config }))}>Abrir esta configuração no simulador</a>
			</p>
		</div>
	);
}
