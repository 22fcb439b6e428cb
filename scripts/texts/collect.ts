/**
 * Every distinct sentence that the preview, the diagnosis and the ticket summary can show, over the whole space:
 * each configuration of the sample office, each client, event and task, each procedure page and each complaint.
 * Written to one file for review (`npm run texts`), so that every wording change shows in a diff. Links are
 * written as <link>: they depend on where the site is served. The vendor's steps are written as <passo> (a step's
 * name, "passo 3 da Opção 1 (…)"), <texto do passo> and <n> (its number): they are the article's, and change
 * with the catalogue, not with this guide's wording.
 */
import { SAMPLE } from '../../src/lib/catalogue/sample.ts';
import { stepPlainText } from '../../src/lib/catalogue/step-text.ts';
import { STEPS, stepLabel, type PageId } from '../../src/lib/catalogue/steps.ts';
import { COMPLAINT_IDS, REPORTED_CHANNELS } from '../../src/lib/model/complaints.ts';
import { EVENT_KINDS, allConfigs, type Config } from '../../src/lib/model/config.ts';
import { diagnose } from '../../src/lib/diagnosis/diagnose.ts';
import { otherOptionText } from '../../src/lib/messages/diagnosis.ts';
import { CHANNEL_QUESTION, CHANNEL_UNKNOWN, COMPLAINT_LABELS, HIDDEN_CAUSE_TEXTS, REGISTRATION_CHANGED, REGISTRATION_QUESTION, UNEXPLAINED_COMPLAINT, complaintText } from '../../src/lib/messages/complaints.ts';
import { OPTIONS } from '../../src/lib/catalogue/options.ts';
import { eventLineText } from '../../src/lib/messages/outcome.ts';
import { SITUATION_TEXTS, type Audience } from '../../src/lib/messages/situation.ts';
import { PROGRESS_TEXTS, stepsLeftText } from '../../src/lib/messages/progress.ts';
import {
	WAY_OUT,
	remainingReason,
	situationExplanation,
	unnotifiedText,
} from '../../src/lib/messages/situation-details.ts';
import { viewSimulation } from '../../src/lib/explain/outcome-view.ts';
import { bySystem, eventOf, simulate } from '../../src/lib/model/simulate.ts';
import { SITUATION_TONE, situationOf, type Situation } from '../../src/lib/model/situation.ts';
import { stepNote, stepPlan } from '../../src/lib/diagnosis/step-plan.ts';
import { remainingSteps } from '../../src/lib/model/step-progress.ts';
import { ticketSummary } from '../../src/lib/diagnosis/ticket-summary.ts';

const PAGES: PageId[] = ['opcao-1', 'opcao-2'];
const ROOT = 'https://exemplo.com.br/';

function situationSentences(situation: Situation, audience: Audience, add: (text: string) => void): void {
	const texts = SITUATION_TEXTS[situation.id];
	add(`${texts.badge} — ${texts.headline[audience]}`);
	add(situationExplanation(situation, audience));
	const choice = unnotifiedText(situation);
	if (choice) add(choice);
	const wayOut = WAY_OUT[situation.id];
	if (wayOut) add(wayOut);
}

function previewSentences(config: Config, add: (text: string) => void): void {
	for (const client of SAMPLE.clients) {
		const situation = situationOf(config, client.id);
		situationSentences(situation, 'client', add);
		for (const page of PAGES) {
			const remaining = remainingSteps(page, config);
			if (remaining.length > 0 && SITUATION_TONE[situation.id] === 'done')
				add(stepsLeftText(remaining.length, stepLabel(remaining[0]!.page, remaining[0]!.anchor)));
			for (const step of remaining) {
				const change = step.sets[0]!;
				add(`Falta o ${stepLabel(step.page, step.anchor)}. ${remainingReason(change.setting, change.value)}`);
			}
		}
		for (const kind of EVENT_KINDS)
			for (const task of SAMPLE.tasks) {
				const simulation = simulate(config, eventOf(kind, client.id, task.id));
				add(eventLineText(kind, bySystem(simulation.deliveries)));
				const view = viewSimulation(simulation);
				add(view.summary);
				for (const line of [...view.delivered, ...view.suppressed]) add(`Por quê? ${line.label}: ${line.why}`);
			}
	}
}

function diagnosisSentences(config: Config, add: (text: string) => void): void {
	situationSentences(situationOf(config), 'office', add);
	for (const complaint of COMPLAINT_IDS) {
		const diagnosis = diagnose(config, complaint);
		add(diagnosis.summary);
		const other = diagnosis.nearest.option === 'option1' ? OPTIONS.option2 : OPTIONS.option1;
		add(otherOptionText(other.name, other.gist));
		for (const planned of stepPlan(diagnosis.nearest.changes)) {
			const note = stepNote(planned, config);
			if (note) add(note);
		}
		for (const line of ticketSummary(config, ROOT, 'text', complaint).split('\n')) if (line.trim()) add(line);
	}
}

/** The vendor's words in a sentence, longest first so that no shorter one cuts into a longer one. */
const STEP_NAMES = [...new Set(STEPS.map((step) => stepLabel(step.page, step.anchor)))].sort((a, b) => b.length - a.length);
const STEP_TEXTS = [...new Set(STEPS.map((step) => stepPlainText(step).replace(/[;.]$/, '')))].sort((a, b) => b.length - a.length);

function withoutTheArticle(text: string): string {
	let out = text;
	for (const name of STEP_NAMES) out = out.replaceAll(name, '<passo>');
	for (const words of STEP_TEXTS) out = out.replaceAll(words, '<texto do passo>');
	return out.replace(/^\d+\. <texto do passo>/, '<n>. <texto do passo>');
}

function runtimeSentences(): string[] {
	const sentences = new Set<string>();
	const add = (text: string) => sentences.add(withoutTheArticle(text.replace(/https?:\/\/\S+/g, '<link>')));
	for (const label of Object.values(COMPLAINT_LABELS)) add(label);
	for (const complaint of COMPLAINT_IDS)
		for (const channel of [undefined, ...REPORTED_CHANNELS]) add(complaintText(complaint, channel));
	for (const text of [REGISTRATION_QUESTION, REGISTRATION_CHANGED, CHANNEL_QUESTION, CHANNEL_UNKNOWN]) add(text);
	for (const { what, todo } of Object.values(HIDDEN_CAUSE_TEXTS)) add(`${what} ${todo}`);
	add(UNEXPLAINED_COMPLAINT);
	add(PROGRESS_TEXTS.stepContradicted);
	add(PROGRESS_TEXTS.cleared);
	for (const count of [1, 2]) add(PROGRESS_TEXTS.contradicted(count));
	for (const config of allConfigs()) {
		previewSentences(config, add);
		diagnosisSentences(config, add);
	}
	return [...sentences].sort((a, b) => a.localeCompare(b, 'pt-BR'));
}

/** The file's text: a short header, then one sentence a line. */
export function runtimeSentencesFile(): string {
	const sentences = runtimeSentences();
	return [
		'# Every sentence the preview, the diagnosis and the ticket summary can show, over the whole sample office.',
		'# Written by `npm run texts`; a test fails when it is stale. Review it whole after any change of wording.',
		`# ${sentences.length} sentences.`,
		'',
		...sentences,
		'',
	].join('\n');
}
