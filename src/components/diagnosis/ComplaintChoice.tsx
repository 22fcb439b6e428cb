/** "O que o cliente relata?": the complaint the diagnosis starts from. It travels in the diagnosis link. */
import { COMPLAINT_IDS, DEFAULT_COMPLAINT } from '../../lib/complaints.ts';
import { COMPLAINT_LABELS } from '../../lib/messages/diagnosis.ts';
import { updateView, useSimulationState } from '../simulator/simulation-state.ts';

export default function ComplaintChoice() {
	const { view, live } = useSimulationState();
	const complaint = view.complaint ?? DEFAULT_COMPLAINT;
	return (
		<fieldset class="complaint-choice not-content" disabled={!live} data-disabled-without-js>
			<legend class="sr-only">O que o cliente relata?</legend>
			{COMPLAINT_IDS.map((id) => (
				<label key={id} class="complaint-choice__option">
					<input
						type="radio"
						name="queixa"
						value={id}
						checked={complaint === id}
						onChange={() => updateView({ complaint: id })}
					/>
					<span>{COMPLAINT_LABELS[id]}</span>
				</label>
			))}
		</fieldset>
	);
}
