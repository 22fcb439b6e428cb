/**
 * The open preview's choices: which client, which event and which task it shows.
 */
import { SAMPLE } from '../../lib/catalogue/sample.ts';
import { EVENT_LABELS } from '../../lib/messages/words.ts';
import { EVENT_KINDS, type EventKind } from '../../lib/model/config.ts';
import { updateView } from './simulation-state.ts';

interface Props {
	id: string;
	live: boolean;
	clientId: string;
	kind: EventKind;
	taskId: string;
}

export default function PreviewChoices({ id, live, clientId, kind, taskId }: Props) {
	return (
		<fieldset class="client-preview__choices" disabled={!live} data-disabled-without-js>
			<legend class="sr-only">Escolha o cliente, o evento e a tarefa</legend>
			{/* Labels apart from their selects: a wrapping label would take in the selected option's text. */}
			<div class="client-preview__field">
				<label for={`${id}-client`}>Cliente</label>
				<select id={`${id}-client`} value={clientId} onChange={(e) => updateView({ client: e.currentTarget.value })}>
					{SAMPLE.clients.map((c) => (
						<option value={c.id}>{c.name}</option>
					))}
				</select>
			</div>
			<div class="client-preview__field">
				<label for={`${id}-event`}>Evento</label>
				<select id={`${id}-event`} value={kind} onChange={(e) => updateView({ event: e.currentTarget.value as EventKind })}>
					{EVENT_KINDS.map((k) => (
						<option value={k}>{EVENT_LABELS[k]}</option>
					))}
				</select>
			</div>
			<div class="client-preview__field">
				<label for={`${id}-task`}>Tarefa</label>
				<select
					id={`${id}-task`}
					value={taskId}
					disabled={kind === 'manual-upload'}
					onChange={(e) => updateView({ task: e.currentTarget.value })}
				>
					{SAMPLE.tasks.map((t) => (
						<option value={t.id}>{t.name}</option>
					))}
				</select>
			</div>
		</fieldset>
	);
}
