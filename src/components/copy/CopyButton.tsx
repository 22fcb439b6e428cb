/**
 * A button that copies a text (a link, a ticket summary) with visible feedback. Where the clipboard
 * is refused, the text appears in a selected field to copy by hand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './clipboard.ts';

interface Props {
	/** Read at click time, so it is always the current state. */
	getText: () => string;
	label: string;
	/** Shown after a successful copy, e.g. "Link copiado". */
	done: string;
	/** The hand-copy field's label. */
	fallbackLabel: string;
	disabled?: boolean;
	multiline?: boolean;
}

export default function CopyButton({ getText, label, done, fallbackLabel, disabled, multiline }: Props) {
	const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'manual'; text: string }>({ kind: 'idle' });
	const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

	useEffect(() => {
		if (state.kind === 'manual') field.current?.select();
		if (state.kind !== 'copied') return;
		const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
		return () => clearTimeout(timer);
	}, [state]);

	async function copy() {
		const text = getText();
		setState((await copyText(text)) ? { kind: 'copied' } : { kind: 'manual', text });
	}

	return (
		<span class="copy-button">
			<button type="button" onClick={copy} disabled={disabled} data-disabled-without-js>
				{label}
			</button>
			{/* The confirmation's room is kept (CSS draws `data-done` unseen in the same place), so showing it moves nothing. */}
			<span class="copy-button__status" data-done={done}>
				<span role="status">{state.kind === 'copied' ? done : ''}</span>
			</span>
			{state.kind === 'manual' && (
				<label class="copy-button__manual">
					{fallbackLabel}
					{multiline ? (
						<textarea ref={field} readOnly rows={8} value={state.text} />
					) : (
						<input ref={field} readOnly value={state.text} />
					)}
				</label>
			)}
		</span>
	);
}
