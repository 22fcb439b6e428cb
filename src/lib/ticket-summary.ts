/**
 * The summary a support agent pastes into a ticket: the problem found, the recommended option, the
 * numbered steps with their links, what the client receives afterwards, and links to this diagnosis
 * and to the simulator. Plain text that also reads as Markdown.
 */
import { SAMPLE } from './catalogue/sample.ts';
import { SECTIONS } from './catalogue/steps.ts';
import { stepPlainText } from './catalogue/step-text.ts';
import { setSetting, type Config, type SampleLike } from './config.ts';
import { diagnose, type Diagnosis } from './diagnose.ts';
import { EVENT_LABELS } from './explain.ts';
import { representativeViews } from './outcome-view.ts';
import { OPTIONS } from './presets.ts';
import { stepPlan } from './step-plan.ts';
import { absoluteUrl, sitePath } from './links.ts';

/** At most this many findings are listed; the rest are counted, so a ticket stays readable. */
const MAX_FINDINGS = 6;

/** Applies the nearest option's changes: the configuration the office will have after the steps. */
export function configAfter(config: Config, diagnosis: Diagnosis): Config {
	return diagnosis.nearest.changes.reduce((next, change) => setSetting(next, change.ref, change.to), config);
}

/** What the first sample client receives for each kind of event, one line each. */
export function receivedLines(config: Config, sample: SampleLike = SAMPLE): string[] {
	return representativeViews(config, sample).map(
		({ kind, view }) => `${EVENT_LABELS[kind]}: ${view.senders.length > 0 ? view.senders.join('; ') : 'nenhum aviso'}.`,
	);
}

/** `root`: the absolute URL of the site's root where the reader opened it, e.g. "https://host/guia/". */
export function ticketSummary(config: Config, root: string, sample: SampleLike = SAMPLE): string {
	const diagnosis = diagnose(config, sample);
	const option = OPTIONS[diagnosis.nearest.option];
	const lines: string[] = ['**Diagnóstico de notificações: ONVIO Portal do Cliente e Domínio Processos**', ''];

	lines.push(`**Situação:** ${diagnosis.summary}`);
	const problems = diagnosis.problems;
	for (const finding of problems.slice(0, MAX_FINDINGS)) lines.push(`- ${finding.text}`);
	if (problems.length > MAX_FINDINGS) lines.push(`- E mais ${problems.length - MAX_FINDINGS} casos do mesmo tipo.`);
	lines.push('');

	if (diagnosis.ok) {
		lines.push(`**Recomendação:** nada a mudar; a configuração já segue a ${option.title}.`);
	} else {
		// Links end their line: autolinkers in ticket tools would swallow a closing parenthesis.
		lines.push(`**Recomendação:** ${option.title}. Procedimento: ${absoluteUrl(`/${option.page}/`, root)}`, '');
		lines.push('**Passos:**');
		stepPlan(diagnosis.nearest.changes).forEach(({ step, href, changes }, i) => {
			lines.push(`${i + 1}. ${stepPlainText(step)}`);
			for (const change of changes) lines.push(`   - ${change.text}`);
			lines.push(`   Passo ${step.number} de “${SECTIONS[step.section].title}”: ${absoluteUrl(href, root)}`);
		});
	}
	lines.push('');

	lines.push(`**O cliente ${diagnosis.ok ? 'recebe' : 'passa a receber'}** (exemplo: ${sample.clients[0]!.name}):`);
	for (const line of receivedLines(diagnosis.ok ? config : configAfter(config, diagnosis), sample)) lines.push(`- ${line}`);

	const notes = diagnosis.notes.filter((n) => n.category !== 'expected');
	if (notes.length > 0) {
		lines.push('', '**Observações:**');
		for (const note of notes.slice(0, MAX_FINDINGS)) lines.push(`- ${note.source ? 'Interpretação: ' : ''}${note.text}`);
	}

	lines.push(
		'',
		`Diagnóstico: ${absoluteUrl(sitePath('/diagnostico/', { state: config }), root)}`,
		`Simulador: ${absoluteUrl(sitePath('/simulador/', { state: config }), root)}`,
	);
	return lines.join('\n');
}
