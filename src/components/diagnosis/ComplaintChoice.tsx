/**
 * "O que o cliente relata?": the complaint the diagnosis starts from, where the repeated or unwanted notice
 * arrives, and whether the office changed a client's registration recently. All of it travels in the link.
 */
import { COMPLAINT_IDS, DEFAULT_COMPLAINT, REPORTED_CHANNELS, complaintHasChannel } from '../../lib/model/complaints.ts';
import { CHANNEL_QUESTION, CHANNEL_UNKNOWN, COMPLAINT_LABELS, REGISTRATION_QUESTION, REPORTED_CHANNEL_LABELS } from '../../lib/messages/complaints.ts';
import { capitalize } from '../../lib/messages/words.ts';
import { updateView, useSimulationState } from '../simulator/simulation-state.ts';

export default function ComplaintChoice() {
	const { view, live } = useSimulationState();
	const complaint = view.complaint ?? DEFAULT_COMPLAINT;
	return (
		<div class="complaint-choice not-content">
			<fieldset class="complaint-choice__group" disabled={!live} data-disabled-without-js>
				<legend class="sr-only">O que o cliente relata?</legend>
				{COMPLAINT_IDS.map((option) => (
					<label key={option} class="complaint-choice__option">
						<input
							type="radio"
							name="queixa"
							value={option}
							checked={complaint === option}
							// A channel belongs to a notice the client receives: another complaint drops it.
							onChange={() => updateView(complaintHasChannel(option) ? { complaint: option } : { complaint: option, channel: undefined })}
						/>
						<span>{COMPLAINT_LABELS[option]}</span>
					</label>
				))}
			</fieldset>
			{complaintHasChannel(complaint) && (
				<fieldset class="complaint-choice__group complaint-choice__channel" disabled={!live} data-disabled-without-js>
					<legend>{CHANNEL_QUESTION}</legend>
					{[undefined, ...REPORTED_CHANNELS].map((channel) => (
						<label key={channel ?? 'unknown'} class="complaint-choice__option">
							<input
								type="radio"
								name="canal"
								value={channel ?? ''}
								checked={view.channel === channel}
								onChange={() => updateView({ channel })}
							/>
							{/* Answers of their own, capitalized as "Não se sabe" is; the summary quotes them mid-sentence. */}
							<span>{channel ? capitalize(REPORTED_CHANNEL_LABELS[channel]) : CHANNEL_UNKNOWN}</span>
						</label>
					))}
				</fieldset>
			)}
			{complaint !== DEFAULT_COMPLAINT && (
				<label class="complaint-choice__option complaint-choice__registration">
					<input
						type="checkbox"
						checked={view.registrationChanged === true}
						disabled={!live}
						data-disabled-without-js
						onChange={(event) => updateView({ registrationChanged: event.currentTarget.checked || undefined })}
					/>
					<span>{REGISTRATION_QUESTION}</span>
				</label>
			)}
			{complaint !== DEFAULT_COMPLAINT && (
				// On a phone the answer starts far below: one link takes the reader there.
				<a class="complaint-choice__jump" href="#diagnóstico">
					Ver o diagnóstico
				</a>
			)}
		</div>
	);
}
