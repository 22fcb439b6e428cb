/** The one table `npm run bench` prints: each figure next to its target. */

export interface Target {
	op: '<' | '<=' | '>=';
	value: number;
}

export interface Row {
	name: string;
	value: number;
	unit: string;
	/** Decimals shown; 2 unless told. */
	digits?: number;
	/** Omitted for figures that are reported, not held to a target. */
	target?: Target;
	/** What the target is, in words ("≤ 0.8 × anchor"), or what an untargeted figure is for ("anchor"). */
	targetText?: string;
}

export function meets(row: Row): boolean {
	if (!row.target) return true;
	const { op, value } = row.target;
	return op === '<' ? row.value < value : op === '<=' ? row.value <= value : row.value >= value;
}

const format = (value: number, unit: string, digits = 2) => `${value.toFixed(digits)} ${unit}`.trimEnd();

function targetCell(r: Row): string {
	if (!r.target) return r.targetText ?? '—';
	const numeric = `${r.target.op === '<=' ? '≤' : r.target.op === '>=' ? '≥' : '<'} ${format(r.target.value, r.unit, r.digits)}`;
	return r.targetText ? `${numeric} (${r.targetText})` : numeric;
}

/** The bench's column names; `npm run words` names its own. */
const HEADER = ['measurement', 'value', 'target', ''] as const;

export function printTable(rows: Row[], header: readonly [string, string, string, string] = HEADER): void {
	const lines = [
		[...header],
		...rows.map((r) => [
			r.name,
			format(r.value, r.unit, r.digits),
			targetCell(r),
			r.target ? (meets(r) ? 'ok' : 'MISSED') : '',
		]),
	];
	const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	lines.forEach((line, n) => {
		console.log(line.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
		if (n === 0) console.log(rule);
	});
}

export function median(values: number[]): number {
	return quantile(values, 0.5);
}

/** Linear interpolation between closest ranks. */
export function quantile(values: number[], q: number): number {
	if (values.length === 0) throw new Error('no values');
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}
