/**
 * The diagnosis's sections, each a view of the facts the panel worked out: the settings as read, what goes
 * wrong, the causes no checkbox shows, what to do, what the client receives afterwards, and the summary's copies.
 */
import { SECTIONS, type SectionId } from '../../lib/catalogue/steps.ts';
import { stepPlainText } from '../../lib/catalogue/step-text.ts';
import { OPTIONS } from '../../lib/catalogue/options.ts';
import type { Diagnosis } from '../../lib/diagnosis/diagnose.ts';
import type { Finding } from '../../lib/diagnosis/findings.ts';
import { stepNote, stepPlan, type PlannedStep } from '../../lib/diagnosis/step-plan.ts';
import { recommendation, type receivedLines } from '../../lib/diagnosis/ticket-summary.ts';
import { sitePath } from '../../lib/links/links.ts';
import { HIDDEN_CAUSE_TEXTS, UNEXPLAINED_COMPLAINT } from '../../lib/messages/complaints.ts';
import { cite, otherOptionText } from '../../lib/messages/diagnosis.ts';
import { officeSettings } from '../../lib/messages/office.ts';
import { INTERPRETATION_LABEL, INTERPRETATION_MARK, INTERPRETATION_NOTE, capitalize } from '../../lib/messages/words.ts';
import { SITUATION_TEXTS } from '../../lib/messages/situation.ts';
import { unnotifiedText } from '../../lib/messages/situation-details.ts';
import { SUMMARY_COPIES, SUMMARY_TEXTS, type SummaryFormat } from '../../lib/messages/summary.ts';
import type { Config } from '../../lib/model/config.ts';
import { causeLink } from '../../lib/model/hidden-causes.ts';
import type { Situation } from '../../lib/model/situation.ts';
import CopyButton from '../copy/CopyButton.tsx';
import { hrefFor } from '../links/site-links.ts';
import { Mark } from '../situation/Mark.tsx';

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
export function InterpretationNote({ shown }: { shown: boolean }) {
	if (!shown) return null;
	return (
		<p class="interpretation-note">
			<span aria-hidden="true">{INTERPRETATION_MARK} </span>
			{INTERPRETATION_NOTE} <a href={hrefFor('/como-o-simulador-decide/')}>Veja como o simulador decide.</a>
		</p>
	);
}

/** Printed only: on paper it stands for the replicas, which are not printed; on screen the replicas say it. */
export function SettingsSection({ config }: { config: Config }) {
	return (
		<section aria-labelledby="diagnosis-settings" class="print-only">
			<h3 id="diagnosis-settings">A configuração atual, em resumo</h3>
			<ul class="diagnosis__settings">
				{officeSettings(config).map(({ product, name, text }) => (
					<li key={product}>
						<strong>{name}:</strong> {text}
					</li>
				))}
			</ul>
		</section>
	);
}

export function FindingsSection({ id, title, findings }: { id: string; title: string; findings: Finding[] }) {
	if (findings.length === 0) return null;
	return (
		<section aria-labelledby={id}>
			<h3 id={id}>{title}</h3>
			<ul class="diagnosis__findings">
				{findings.map((finding) => (
					<li key={finding.text}>
						<Statement text={finding.text} interpretation={finding.source !== undefined} />
					</li>
				))}
			</ul>
		</section>
	);
}

export function CausesSection({ diagnosis }: { diagnosis: Diagnosis }) {
	if (diagnosis.causes.length === 0) return null;
	const page = OPTIONS[diagnosis.nearest.option].page;
	return (
		<section aria-labelledby="diagnosis-causes">
			<h3 id="diagnosis-causes">{SUMMARY_TEXTS.causes}</h3>
			<p>{UNEXPLAINED_COMPLAINT}</p>
			<ul class="diagnosis__causes">
				{diagnosis.causes.map((cause) => (
					<li key={cause.id}>
						{HIDDEN_CAUSE_TEXTS[cause.id].what}{' '}
						<a href={hrefFor(causeLink(cause, page))}>
							<strong>{HIDDEN_CAUSE_TEXTS[cause.id].todo}</strong>
						</a>{' '}
						<span class="diagnosis__cite">
							({cause.source.kind === 'interpretation' ? INTERPRETATION_LABEL : cite(...cause.source.codes)})
						</span>
					</li>
				))}
			</ul>
		</section>
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

/** The recommendation and the steps to perform in order; printed, a checklist (see simulator.css). */
export function PlanSection({ diagnosis, config }: { diagnosis: Diagnosis; config: Config }) {
	const option = OPTIONS[diagnosis.nearest.option];
	const other = OPTIONS[diagnosis.nearest.option === 'option1' ? 'option2' : 'option1'];
	return (
		<section aria-labelledby="diagnosis-plan">
			<h3 id="diagnosis-plan">O que fazer</h3>
			<p class="diagnosis__recommendation">
				<strong>Recomendação:</strong> {recommendation(diagnosis)}
			</p>
			{!diagnosis.ok && diagnosis.nearest.changes.length > 0 && (
				<p class="diagnosis__other-option">{otherOptionText(other.name, other.gist)}</p>
			)}
			{bySection(stepPlan(diagnosis.nearest.changes)).map(({ section, steps }) => (
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
	);
}

interface AfterProps {
	changed: boolean;
	after: Situation;
	received: ReturnType<typeof receivedLines>;
}

/** Who talks to the clients after the steps (or today, when nothing is to change), and what each event brings. */
export function AfterSection({ changed, after, received }: AfterProps) {
	const choice = unnotifiedText(after);
	return (
		<section aria-labelledby="diagnosis-after">
			<h3 id="diagnosis-after">{changed ? SUMMARY_TEXTS.after : SUMMARY_TEXTS.received}</h3>
			<ul>
				{changed && <li>{SITUATION_TEXTS[after.id].headline.office}</li>}
				{changed && choice && <li>{choice}</li>}
				{received.map((line) => (
					<li key={line.kind}>
						<Statement text={line.text} interpretation={line.interpretation} />
					</li>
				))}
			</ul>
		</section>
	);
}

/** One button per form of the summary: text, Markdown and the helpdesk macro. */
export function SummaryCopies({ summaryOf, live }: { summaryOf: (format: SummaryFormat) => () => string; live: boolean }) {
	return (
		<div class="diagnosis__copy">
			{SUMMARY_COPIES.map(({ format, label, done, fallbackLabel }) => (
				<CopyButton key={format} getText={summaryOf(format)} label={label} done={done} fallbackLabel={fallbackLabel} disabled={!live} multiline />
			))}
		</div>
	);
}
