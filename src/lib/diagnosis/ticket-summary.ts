/**
 * The summary a support agent pastes into a ticket, in this order: the client's complaint, who talks to the
 * clients today (the verdict), the office's current settings, what goes wrong (one line per cause), the causes
 * no checkbox shows when the settings do not explain the complaint, the recommended option with one reason,
 * the steps to perform (one line each, with its link), who talks to the clients afterwards and what they
 * receive, and a link to this diagnosis. Every statement that rests on an interpretation
 * says so on its own line.
 *
 * Plain text by default, which any ticket tool shows as written; Markdown on request. Every link is
 * absolute, built from `root`, the address of the site's root where the reader opened it.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import { stepPlainText } from '../catalogue/step-text.ts';
import { SETTINGS, type ScreenId } from '../catalogue/settings.ts';
import { screenCaption } from '../model/screen-settings.ts';
import { EVENT_KINDS, setSetting, getSetting, type Config, type EventKind, type SampleLike } from '../model/config.ts';
import { COMPLAINTS, DEFAULT_COMPLAINT, complaintHasChannel, type ComplaintDetails, type ComplaintId } from '../model/complaints.ts';
import { diagnose, type Diagnosis } from './diagnose.ts';
import type { PageId } from '../catalogue/site.ts';
import { type Finding } from './findings.ts';
import { causeLink } from '../model/hidden-causes.ts';
import { CONFIRMATION_ANCHOR, CONFIRMATION_TITLE } from '../messages/confirmation.ts';
import { absoluteUrl, sitePath, type SitePath } from '../links/links.ts';
import { officeSettings } from '../messages/office.ts';
import { INTERPRETATION_LABEL, INTERPRETATION_MARK, labelled } from '../messages/words.ts';
import { OPTIONS } from '../catalogue/options.ts';
import { citeShort, recommendationText } from '../messages/diagnosis.ts';
import { receivedText } from '../messages/outcome.ts';
import { MACRO_TEXTS, SUMMARY_TEXTS, type SummaryFormat } from '../messages/summary.ts';
import { REGISTRATION_CHANGED, complaintText, HIDDEN_CAUSE_TEXTS } from '../messages/complaints.ts';
import { SITUATION_TEXTS } from '../messages/situation.ts';
import { unnotifiedText } from '../messages/situation-details.ts';
import { situationOf } from '../model/situation.ts';
import { eventRestsOnInterpretation } from '../model/rules.ts';
import { stepNote, stepPlan } from './step-plan.ts';
import { bySystem, eventOf, simulate } from '../model/simulate.ts';

/**
 * - text: as written, for any ticket tool;
 * - markdown: for tools that format it;
 * - macro: the text, addressed to the ticket's requester and signed by the agent with Zendesk's placeholders, which
 *   the helpdesk fills when the macro is applied.
 */
export type { SummaryFormat };



/** Applies the nearest option's changes: the configuration the office will have after the steps. */
export function configAfter(config: Config, diagnosis: Diagnosis): Config {
	return diagnosis.nearest.changes.reduce((next, change) => setSetting(next, change.ref, change.to), config);
}

export interface ReceivedLine {
	kind: EventKind;
	/** pt-BR, e.g. "Tarefas concluídas: um e-mail do Domínio Processos por tarefa." */
	text: string;
	/** True when what it says about this event rests on an interpretation. */
	interpretation: boolean;
}

/**
 * What a client receives for each kind of event, one line each: a client and a task that have their
 * flags marked, if the office has any, so that the lines show what the settings send rather than the
 * choice of leaving someone out (the situation's neutral line says that).
 */
export function receivedLines(config: Config, sample: SampleLike = SAMPLE): ReceivedLine[] {
	const marked = <T extends { id: string }>(list: readonly T[], on: (entry: T) => boolean) => [
		...list.filter(on),
		...list.filter((entry) => !on(entry)),
	];
	const client = marked(sample.clients, (c) => getSetting(config, { id: 'processos.client', entity: c.id }))[0]!;
	const task = marked(sample.tasks, (t) => getSetting(config, { id: 'processos.task', entity: t.id }))[0]!;
	return EVENT_KINDS.map((kind) => ({
		kind,
		text: receivedText(kind, bySystem(simulate(config, eventOf(kind, client.id, task.id)).deliveries)),
		interpretation: eventRestsOnInterpretation(kind),
	}));
}

/** A finding as one line of text, marked where it rests on an interpretation. */
function findingLine(finding: Finding, mark: string): string {
	return labelled(finding.text, finding.source !== undefined, mark);
}

/** The recommendation and its one reason: "Opção 1. Exige 3 mudanças; a Opção 2 exigiria …". */
export function recommendation(diagnosis: Diagnosis): string {
	const { ok, reason, nearest } = diagnosis;
	return recommendationText({ option: OPTIONS[nearest.option].name, ok, changes: nearest.changes.length, reason });
}

/** Brackets in a Markdown link text are escaped: step texts write buttons as "[Salvar]". */
function markdownText(text: string): string {
	return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

/** How the summary writes, as text or Markdown, its links absolute where the reader opened the site. */
interface SummaryWriter {
	md: boolean;
	url: (path: SitePath) => string;
	heading: (text: string) => string;
	labelledLine: (label: string, text: string) => string;
	/** The interpretation mark; Markdown reads a bare asterisk as emphasis. */
	mark: string;
}

function writerFor(format: SummaryFormat, root: string): SummaryWriter {
	const md = format === 'markdown';
	return {
		md,
		url: (path) => absoluteUrl(path, root),
		heading: (text) => (md ? `**${text}**` : `${text}:`),
		labelledLine: (label, text) => (md ? `**${label}:** ${text}` : `${label}: ${text}`),
		mark: md ? `\\${INTERPRETATION_MARK}` : INTERPRETATION_MARK,
	};
}

/** The causes no checkbox shows, each with what to do, linked to where it is done or explained. */
function causeLines(w: SummaryWriter, diagnosis: Diagnosis, page: PageId): string[] {
	if (diagnosis.causes.length === 0) return [];
	const lines = [w.heading(SUMMARY_TEXTS.causes)];
	for (const cause of diagnosis.causes) {
		const { what, todo } = HIDDEN_CAUSE_TEXTS[cause.id];
		const source = cause.source.kind === 'interpretation' ? INTERPRETATION_LABEL : citeShort(...cause.source.codes);
		const link = w.url(causeLink(cause, page));
		lines.push(w.md ? `- ${markdownText(what)} [${markdownText(todo)}](${link}) (${source})` : `- ${what} ${todo} (${source}) — ${link}`);
	}
	return [...lines, ''];
}

/**
 * The steps that change a checkbox or save a screen, under their screen, numbered as on the page; each link
 * lands on its step. The steps that lead to a screen are left out: its way heads the steps listed on it.
 */
function planLines(w: SummaryWriter, diagnosis: Diagnosis, config: Config, sample: SampleLike, optionName: string): string[] {
	const plan = stepPlan(diagnosis.nearest.changes).filter((planned) => planned.changes.length > 0 || planned.step.saves);
	const lines: string[] = [];
	let screen: ScreenId | undefined;
	for (const planned of plan) {
		const { step } = planned;
		const stepScreen = step.sets[0] && SETTINGS[step.sets[0].setting].screen;
		if (stepScreen && stepScreen !== screen) {
			screen = stepScreen;
			const { product, path } = screenCaption(stepScreen);
			// In Markdown, a list numbered from 4 cannot interrupt a paragraph: a blank line keeps the steps a list.
			lines.push('', w.heading(`${optionName}, no ${product} — ${path}`), ...(w.md ? [''] : []));
		}
		const words = stepPlainText(step).replace(/[;.]$/, '');
		const note = stepNote(planned, config, sample, false);
		const text = note ? `${words} (${note})` : words;
		const link = w.url(planned.href);
		lines.push(w.md ? `${step.number}. [${markdownText(text)}](${link})` : `${step.number}. ${text} — ${link}`);
	}
	return lines;
}

/** `root`: the absolute URL of the site's root where the reader opened it, e.g. "https://host/guia/". */
export function ticketSummary(
	config: Config,
	root: string,
	format: SummaryFormat = 'text',
	complaint: ComplaintId = DEFAULT_COMPLAINT,
	sample: SampleLike = SAMPLE,
	details: ComplaintDetails = {},
): string {
	const w = writerFor(format, root);
	const { md, url, heading, labelledLine, mark } = w;
	const diagnosis = diagnose(config, complaint, sample, details);
	const option = OPTIONS[diagnosis.nearest.option];
	const lines: string[] = [md ? `### ${SUMMARY_TEXTS.title}` : SUMMARY_TEXTS.title, ''];

	// Each its own paragraph: Markdown runs consecutive lines together.
	if (complaint !== DEFAULT_COMPLAINT) {
		const channel = complaintHasChannel(complaint) && details.channel ? details.channel : undefined;
		lines.push(labelledLine(SUMMARY_TEXTS.complaint, complaintText(complaint, channel)), '');
		if (details.registrationChanged) lines.push(REGISTRATION_CHANGED, '');
	}
	// The situation's headline, and who the office chose not to notify: the findings say the rest.
	const today = situationOf(config, undefined, sample);
	lines.push(labelledLine(SUMMARY_TEXTS.today, SITUATION_TEXTS[today.id].headline.office));
	const todayChoice = unnotifiedText(today);
	if (todayChoice) lines.push('', todayChoice);
	lines.push('');

	lines.push(heading(SUMMARY_TEXTS.settings));
	for (const { name, text } of officeSettings(config, sample)) lines.push(`- ${name}: ${text}`);
	lines.push('');

	// Notes (a chosen silence, an intended one, a caveat) only where the client reports missing notices.
	const findings = [...diagnosis.problems, ...(COMPLAINTS[complaint].listsNotes ? diagnosis.notes : [])];
	if (findings.length > 0) {
		lines.push(heading(SUMMARY_TEXTS.findings));
		for (const finding of findings) lines.push(`- ${findingLine(finding, mark)}`);
		lines.push('');
	}

	lines.push(...causeLines(w, diagnosis, option.page));

	lines.push(labelledLine(SUMMARY_TEXTS.recommendation, recommendation(diagnosis)));
	lines.push(...planLines(w, diagnosis, config, sample, option.name));
	lines.push('');

	const changed = diagnosis.nearest.changes.length > 0;
	const after = changed ? configAfter(config, diagnosis) : config;
	lines.push(heading(changed ? SUMMARY_TEXTS.after : SUMMARY_TEXTS.received));
	if (changed) {
		const situation = situationOf(after, undefined, sample);
		lines.push(`- ${SITUATION_TEXTS[situation.id].headline.office}`);
		const choice = unnotifiedText(situation);
		if (choice) lines.push(`- ${choice}`);
	}
	for (const line of receivedLines(after, sample)) lines.push(`- ${labelled(line.text, line.interpretation, mark)}`);
	lines.push('');
	// What the mark means, said once for the whole summary.
	if (lines.some((line) => line.endsWith(` ${mark}`))) lines.push(`${mark} ${INTERPRETATION_LABEL}.`, '');

	// How the office confirms it worked, on the recommended option's page.
	const check = url(`/${option.page}/#${CONFIRMATION_ANCHOR}`);
	lines.push(md ? `[${CONFIRMATION_TITLE}](${check})` : `${CONFIRMATION_TITLE}: ${check}`, '');
	// The diagnosis links to the simulator in the same state: one link is enough for a ticket.
	const diagnosisUrl = url(sitePath('/diagnostico/', { state: config, view: { complaint, ...details } }));
	lines.push(md ? `[${SUMMARY_TEXTS.diagnosisLink}](${diagnosisUrl})` : `${SUMMARY_TEXTS.diagnosisLink}: ${diagnosisUrl}`);
	const text = lines.join('\n');
	return format === 'macro' ? `${MACRO_TEXTS.greeting}\n\n${text}\n\n${MACRO_TEXTS.closing}` : text;
}
