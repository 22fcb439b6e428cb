/** One outcome in a table cell: the status badge (symbol and word, never colour alone) and who sends what. */
import type { OutcomeView } from '../../lib/explain/outcome-view.ts';

export default function OutcomeCell({ view, as: Tag = 'td' }: { view: OutcomeView; as?: 'td' | 'div' }) {
	return (
		<Tag data-status={view.status}>
			<span class="status-badge" data-status={view.status}>
				{view.badge}
			</span>
			{view.senders.length > 0 && (
				<ul>
					{view.senders.map((sender) => (
						<li key={sender}>{sender}</li>
					))}
				</ul>
			)}
		</Tag>
	);
}
