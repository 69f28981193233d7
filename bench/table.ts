/**
 * The bench's table: number formats, the row type and the fixed-width text table. Pure.
 * Every figure is printed with its unit; a figure that could not be measured (NaN, ±Infinity)
 * prints as "–", never as a number.
 */
import type { Busy } from './frames';
import { max, median, p95, sum } from './stats';

/** A 95% interval as a phrase, in the figure's own format: "95% interval 1.38–1.63×". */
export function interval(
	[lo, hi]: readonly [number, number],
	format: (n: number) => string
): string {
	return Number.isFinite(lo) && Number.isFinite(hi)
		? `95% interval ${format(lo).replace(/ ?(ms|×)$/, '')}–${format(hi)}`
		: '95% interval –';
}

/** `n` with thousands separators and exactly `digits` decimals; "–" when not finite. */
export function fmt(n: number, digits = 0): string {
	if (!Number.isFinite(n)) return '–';
	return n.toLocaleString('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}
export const ms = (n: number, digits = 0): string => `${fmt(n, digits)} ms`;
export const kB = (bytes: number): string => `${fmt(bytes / 1000, 1)} kB`;
export const MB = (bytes: number): string => `${fmt(bytes / 1e6, 2)} MB`;
export const times = (r: number, digits = 2): string => `${fmt(r, digits)}×`;
export const met = (ok: boolean): string => (ok ? 'yes' : 'NO');

/** p50 / p95 / max of a sample with its size, or "no samples". */
export function dist(xs: readonly number[], digits = 2): string {
	return xs.length
		? `p50 ${fmt(median(xs), digits)} / p95 ${fmt(p95(xs), digits)} / max ${fmt(max(xs), digits)} ms (n=${xs.length})`
		: 'no samples';
}

/** CDP's main-thread totals over a window, as one phrase. */
export function busy(b: Busy): string {
	return `main thread busy ${fmt((b.task / b.window) * 100)}% of ${fmt(b.window / 1000, 1)} s (script ${fmt(b.script)}, style ${fmt(b.style)}, layout ${fmt(b.layout)} ms)`;
}

/** Long tasks as a phrase: how many, the longest, the total. */
export function longTasks(xs: readonly number[]): string {
	return xs.length ? `${xs.length}, max ${ms(max(xs))}, total ${ms(sum(xs))}` : 'none';
}

/** One line of the table. */
export type Row = [
	measure: string,
	app: string,
	baseline: string,
	ratio: string,
	goal: string,
	met: string
];

export const HEADER: Row = ['measure', 'this app', 'baseline', 'ratio', 'goal', 'met?'];

/** The rows under a header and a rule; figures (columns 2–4) right-aligned, the rest left. */
export function table(rows: readonly Row[]): string {
	const all = [HEADER, ...rows];
	const w = HEADER.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
	const line = (r: Row) =>
		r
			.map((cell, c) => (c === 1 || c === 2 || c === 3 ? cell.padStart(w[c]!) : cell.padEnd(w[c]!)))
			.join(' | ')
			.trimEnd();
	return [line(HEADER), w.map((n) => '-'.repeat(n)).join('-|-'), ...rows.map(line)].join('\n');
}
