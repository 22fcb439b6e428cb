/** The notifications of one outcome, each with its "Por quê?" and links to the deciding steps. */
import { stepLabel } from '../../lib/catalogue/steps.ts';
import type { StepLink } from '../../lib/explain/explain.ts';
import type { OutcomeLine } from '../../lib/explain/outcome-view.ts';
import { INTERPRETATION_NOTE } from '../../lib/messages/words.ts';
import { hrefFor } from '../links/site-links.ts';
import ChannelIcon from './ChannelIcon.tsx';

interface Props {
	lines: OutcomeLine[];
	delivered: boolean;
	/** Builds each step link, so a link on the same page keeps the simulated state. */
	hrefOf: (link: StepLink) => string;
}

export default function OutcomeLines({ lines, delivered, hrefOf }: Props) {
	return (
		<ul class={`outcome-lines ${delivered ? 'outcome-lines--delivered' : 'outcome-lines--suppressed'}`}>
			{lines.map((line) => (
				<li key={line.key} class="outcome-line">
					<ChannelIcon channel={line.channel} />
					<span class="outcome-line__label">{line.label}</span>
					<details class="outcome-line__why">
						<summary>
							Por quê?<span class="sr-only"> {line.label}</span>
						</summary>
						<p>
							{line.why}
							{line.interpretation && (
								<>
									{' '}
									<a href={hrefFor('/como-o-simulador-decide/')} class="interpretation-tag">
										{INTERPRETATION_NOTE} Veja como o simulador decide.
									</a>
								</>
							)}
						</p>
						{line.links.length > 0 && (
							<p>
								{'Onde mudar: '}
								{line.links.map((link, i) => (
									<>
										{i > 0 && (i === line.links.length - 1 ? ' e ' : ', ')}
										<a href={hrefOf(link)}>{stepLabel(link.page, link.anchor)}</a>
									</>
								))}
								.
							</p>
						)}
					</details>
				</li>
			))}
		</ul>
	);
}
