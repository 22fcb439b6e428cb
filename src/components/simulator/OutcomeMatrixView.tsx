/** Every sample client against every event, with duplicates and events without notice marked in text and colour. */
import { outcomeMatrix } from '../../lib/explain/outcome-matrix.ts';
import type { EventKind } from '../../lib/model/config.ts';
import { matrixSummaryText } from '../../lib/messages/outcome.ts';
import { eventRestsOnInterpretation } from '../../lib/model/rules.ts';
import { hrefFor } from '../links/site-links.ts';
import OutcomeCell from './OutcomeCell.tsx';

/** An event whose outcome rests, even in part, on this guide's reading says so, as the static tables do. */
function interpretationTag(kind: EventKind) {
	if (!eventRestsOnInterpretation(kind)) return null;
	return (
		<>
			{' '}
			<a class="interpretation-tag" href={hrefFor('/como-o-simulador-decide/')}>
				(interpretação)
			</a>
		</>
	);
}
import { useSimulationState } from './simulation-state.ts';

export default function OutcomeMatrixView() {
	const { config } = useSimulationState();
	const matrix = outcomeMatrix(config);
	return (
		<div class="outcome-matrix not-content" data-pagefind-ignore>
			{/* Not a live region: the docked preview is the page's one voice for a change of the simulation. */}
			<p class="outcome-matrix__summary">
				{/* The counts name the badges of the table's cells, word for word. */}
				{matrixSummaryText(matrix.duplicates, matrix.silences)}
			</p>
			<div class="outcome-matrix__table">
				<table>
					<caption class="sr-only">O que cada cliente de exemplo recebe em cada evento</caption>
					<thead>
						<tr>
							<th scope="col">Cliente</th>
							{matrix.columns.map((column) => (
								<th scope="col" key={column.key}>
									{column.title}
									{interpretationTag(column.kind)}
									{column.subtitle && <span class="outcome-matrix__subtitle">{column.subtitle}</span>}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{matrix.rows.map((row) => (
							<tr key={row.clientId}>
								<th scope="row">{row.clientName}</th>
								{row.cells.map((cell, i) => (
									<OutcomeCell key={matrix.columns[i]!.key} view={cell} />
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{/* Narrow screens: one card per client, every event a line of its own, nothing to scroll sideways. */}
			<ul class="outcome-matrix__cards">
				{matrix.rows.map((row) => (
					<li key={row.clientId} class="outcome-matrix__card">
						<h3>{row.clientName}</h3>
						<dl>
							{row.cells.map((cell, i) => {
								const column = matrix.columns[i]!;
								return (
									<div key={column.key} data-status={cell.status}>
										<dt>
											{column.title}
											{interpretationTag(column.kind)}
											{column.subtitle && <span class="outcome-matrix__subtitle">{column.subtitle}</span>}
										</dt>
										<dd>
											<OutcomeCell view={cell} as="div" />
										</dd>
									</div>
								);
							})}
						</dl>
					</li>
				))}
			</ul>
		</div>
	);
}
