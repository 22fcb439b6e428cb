/**
 * The diagnosis of the office's settings against the client's complaint, recomputed at every change: who
 * talks to the clients (the article's verdict), the settings as read, what goes wrong (one line per cause),
 * the causes no checkbox shows when the settings do not explain the complaint, the recommendation and the
 * steps to perform in order, who talks to the clients afterwards, and the summary to paste into a ticket, as
 * plain text, Markdown or a helpdesk macro. The sections are views of their own (DiagnosisSections.tsx).
 */
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import { diagnose } from '../../lib/diagnosis/diagnose.ts';
import { configAfter, receivedLines, ticketSummary, type SummaryFormat } from '../../lib/diagnosis/ticket-summary.ts';
import { sitePath } from '../../lib/links/links.ts';
import { SITUATION_TEXTS } from '../../lib/messages/situation.ts';
import { SUMMARY_TEXTS } from '../../lib/messages/summary.ts';
import { DEFAULT_COMPLAINT } from '../../lib/model/complaints.ts';
import { SITUATION_STATUS, situationOf } from '../../lib/model/situation.ts';
import { hrefFor, servedRoot } from '../links/site-links.ts';
import StateNotice from '../simulator/StateNotice.tsx';
import { configStore, useSimulationState, viewStore } from '../simulator/simulation-state.ts';
import SituationLines, { situationMarked } from '../situation/SituationLines.tsx';
import {
	AfterSection,
	CausesSection,
	FindingsSection,
	InterpretationNote,
	PlanSection,
	SettingsSection,
	SummaryCopies,
} from './DiagnosisSections.tsx';

/** The summary as the copy buttons take it, from the stores at the moment of the click. */
const summaryOf = (format: SummaryFormat) => () => {
	const { complaint, channel, registrationChanged } = viewStore.get();
	return ticketSummary(configStore.get(), servedRoot(), format, complaint, SAMPLE, { channel, registrationChanged });
};

export default function DiagnosisPanel() {
	const { config, view, live, issues } = useSimulationState();
	const complaint = view.complaint ?? DEFAULT_COMPLAINT;
	const diagnosis = diagnose(config, complaint, SAMPLE, { channel: view.channel, registrationChanged: view.registrationChanged });
	const changed = diagnosis.nearest.changes.length > 0;
	const after = changed ? configAfter(config, diagnosis) : config;
	const received = receivedLines(after);
	// One situation, named as the preview and the summary name it: today and after the steps.
	const today = situationOf(config);
	// Where a finding states the problem, the situation's explanation would say it twice.
	const explained = diagnosis.problems.length === 0;
	const marked =
		situationMarked(today, [], explained) ||
		[...diagnosis.problems, ...diagnosis.notes].some((finding) => finding.source !== undefined) ||
		received.some((line) => line.interpretation);
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
				<SituationLines situation={today} audience="office" wayOut={false} explanation={explained} />
			</div>
			{/* Spoken once a choice changes it: what was found and what it takes. */}
			<p class="diagnosis__summary" aria-live="polite">
				{diagnosis.summary}
			</p>
			<SettingsSection config={config} />
			<FindingsSection id="diagnosis-problems" title="O que está errado" findings={diagnosis.problems} />
			<CausesSection diagnosis={diagnosis} />
			<PlanSection diagnosis={diagnosis} config={config} />
			<AfterSection changed={changed} after={situationOf(after)} received={received} />
			<FindingsSection id="diagnosis-notes" title="Observações" findings={diagnosis.notes} />
			{/* What the mark means, once for the whole diagnosis. */}
			<InterpretationNote shown={marked} />
			<SummaryCopies summaryOf={summaryOf} live={live} />
			<p class="diagnosis__simulator">
				<a href={hrefFor(sitePath('/simulador/', { state: config }))}>Abrir esta configuração no simulador</a>
			</p>
		</div>
	);
}
