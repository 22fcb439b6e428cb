/**
 * Every client against every event of the sample office, as one table: the simulator's matrix and
 * the diagnosis read it, so both mark the same duplicates and silences.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import type { PageId } from '../catalogue/steps.ts';
import type { Config, EventKind, SampleLike } from '../model/config.ts';
import { EVENT_LABELS } from './explain.ts';
import { viewSimulation, type OutcomeView } from './outcome-view.ts';
import { eventOf, simulate } from '../model/simulate.ts';

interface MatrixColumn {
	key: string;
	kind: EventKind;
	taskId?: string;
	/** pt-BR, e.g. "Documento publicado no Sistema Domínio" with the task below it. */
	title: string;
	subtitle?: string;
}

interface MatrixRow {
	clientId: string;
	clientName: string;
	cells: OutcomeView[];
}

export interface OutcomeMatrix {
	columns: MatrixColumn[];
	rows: MatrixRow[];
	duplicates: number;
	silences: number;
}

function matrixColumns(sample: SampleLike = SAMPLE): MatrixColumn[] {
	const perTask = (kind: EventKind) =>
		sample.tasks.map((task) => ({ key: `${kind}:${task.id}`, kind, taskId: task.id, title: EVENT_LABELS[kind], subtitle: task.name }));
	return [
		...perTask('document-from-dominio'),
		...perTask('task-completed'),
		{ key: 'manual-upload', kind: 'manual-upload', title: EVENT_LABELS['manual-upload'] },
	];
}

export function outcomeMatrix(config: Config, page?: PageId, sample: SampleLike = SAMPLE): OutcomeMatrix {
	const columns = matrixColumns(sample);
	let duplicates = 0;
	let silences = 0;
	const rows = sample.clients.map((client) => ({
		clientId: client.id,
		clientName: client.name,
		cells: columns.map((column) => {
			const view = viewSimulation(simulate(config, eventOf(column.kind, client.id, column.taskId ?? '')), page);
			if (view.status === 'duplicate') duplicates++;
			if (view.status === 'silent') silences++;
			return view;
		}),
	}));
	return { columns, rows, duplicates, silences };
}
