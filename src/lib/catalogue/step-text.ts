/**
 * Turns a step template into segments that a component renders, or into plain text for
 * ticket summaries. Fails loudly on an unknown token: a typo must break the build, not the page.
 */
import { SCREENS, SETTINGS, type ScreenId, type SettingId } from './settings.ts';
import type { Step } from './steps.ts';

export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'ui'; labels: readonly string[] }
	| { kind: 'setting'; setting: SettingId; label: string; value?: boolean; choice?: boolean }
	/** A checkbox the article quotes that the simulator does not model: its label and the state the article draws. */
	| { kind: 'label'; label: string; value?: boolean }
	| { kind: 'button'; label: string };

const TOKEN = /\{(ui|setting|label|button):([^}]+)\}/g;

export function parseStep(step: Pick<Step, 'template' | 'sets'>): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of step.template.matchAll(TOKEN)) {
		const [whole, kind, arg] = match;
		if (match.index > last) segments.push({ kind: 'text', text: step.template.slice(last, match.index) });
		segments.push(tokenSegment(kind!, arg!, step));
		last = match.index + whole.length;
	}
	if (last < step.template.length) segments.push({ kind: 'text', text: step.template.slice(last) });
	return segments;
}

function tokenSegment(kind: string, arg: string, step: Pick<Step, 'sets'>): Segment {
	if (kind === 'button') return { kind: 'button', label: arg };
	if (kind === 'label') {
		const drawn = /^\[([x ])\] (.+)$/.exec(arg);
		return drawn ? { kind: 'label', label: drawn[2]!, value: drawn[1] === 'x' } : { kind: 'label', label: arg };
	}
	if (kind === 'ui') {
		const [screenId, part] = arg.split('.');
		const labels = SCREENS[screenId as ScreenId]?.parts[part ?? ''];
		if (!labels) throw new Error(`Unknown UI path token "{ui:${arg}}"`);
		return { kind: 'ui', labels };
	}
	const setting = SETTINGS[arg as SettingId];
	if (!setting) throw new Error(`Unknown setting token "{setting:${arg}}"`);
	const change = step.sets.find((c) => c.setting === setting.id);
	return {
		kind: 'setting',
		setting: setting.id,
		label: setting.label,
		...(change ? { value: change.value } : {}),
		...(change?.choice ? { choice: true } : {}),
	};
}

/**
 * The step as one line of plain text, as the vendor's article writes it: a checkbox as '[x] label' or '[ ] label'
 * where the step gives it a state, a button as [Salvar].
 */
export function stepPlainText(step: Pick<Step, 'template' | 'sets'>): string {
	return parseStep(step)
		.map((segment) => {
			switch (segment.kind) {
				case 'text':
					return segment.text;
				case 'ui':
					return segment.labels.join(' > ');
				case 'button':
					return `[${segment.label}]`;
				case 'setting':
				case 'label':
					return segment.value === undefined ? `'${segment.label}'` : `'${segment.value ? '[x]' : '[ ]'} ${segment.label}'`;
			}
		})
		.join('');
}
