/**
 * Rows 4a and 4b, the timeline core: `bench/core.ts` run as a child process (with the browser
 * closed, so it has both cores), its printed figures read back; in a full run three times, each
 * a cold process, and every figure the median of the three. Output it cannot read is an error
 * naming the figure, never a guessed number.
 */
import { createRequire } from 'node:module';
import { GOALS } from '../config';
import { median } from '../stats';
import type { Session } from '../pages';
import { run } from '../servers';
import { fmt, met, ms, times, type Row } from '../table';

const require = createRequire(import.meta.url);

export interface CoreResult {
	/** Cold compile; over several runs, their median (row 4b). */
	compileMs: number;
	/** stateIdsAt: the allocation-free path playback uses. */
	nowMs: number;
	thenMs: number;
	/** controlAllAt returning objects: first visit of a day, and replay. */
	nowFirstMs: number;
	thenFirstMs: number;
	nowReplayMs: number;
	thenReplayMs: number;
	nowNaiveMs: number;
	thenNaiveMs: number;
	header: string;
	/** Each run's cold compile, in the order run (one entry for a single run). */
	compileRunsMs: number[];
}

/** The figures of `bench/core.ts`'s output; throws naming the first one it cannot find. */
export function parseCoreOutput(out: string): CoreResult {
	const num = (re: RegExp, what: string): number => {
		const m = re.exec(out);
		if (!m) throw new Error(`bench/core.ts: could not find "${what}" in its output:\n${out}`);
		return Number(m[1]!.replace(/,/g, ''));
	};
	const compileMs = num(/compile \(cold[^)]*\)\s+([\d,.]+) ms/, 'compile (cold)');
	return {
		compileMs,
		nowMs: num(/stateIdsAt, as known now\s+([\d,.]+) ms/, 'stateIdsAt, as known now'),
		thenMs: num(/stateIdsAt, as reported then[^\d]*?([\d,.]+) ms/, 'stateIdsAt, as reported'),
		nowFirstMs: num(/controlAllAt, as known now, first visit\s+([\d,.]+) ms/, 'first visit'),
		thenFirstMs: num(/controlAllAt, as reported then[^,]*, first visit\s+([\d,.]+) ms/, 'first'),
		nowReplayMs: num(/controlAllAt, as known now, replay\s+([\d,.]+) ms/, 'replay'),
		thenReplayMs: num(/controlAllAt, as reported then[^,]*, replay\s+([\d,.]+) ms/, 'replay'),
		nowNaiveMs: num(/naive, as known now\s+([\d,.]+) ms/, 'naive, as known now'),
		thenNaiveMs: num(/naive, as reported then[^\d]*?([\d,.]+) ms/, 'naive, as reported then'),
		header: out.split('\n')[0] ?? '',
		compileRunsMs: [compileMs]
	};
}

type Figure = Exclude<keyof CoreResult, 'header' | 'compileRunsMs'>;

/** Several runs as one: each figure the median of the runs' (the header is the first run's). */
export function mergeCoreRuns(runs: readonly CoreResult[]): CoreResult {
	const first = runs[0];
	if (!first) throw new Error('bench/core.ts: no run to read');
	const merged: CoreResult = { ...first, compileRunsMs: runs.map((r) => r.compileMs) };
	for (const key of Object.keys(first) as (keyof CoreResult)[]) {
		if (key === 'header' || key === 'compileRunsMs') continue;
		merged[key as Figure] = median(runs.map((r) => r[key as Figure]));
	}
	return merged;
}

export async function core(s: Pick<Session, 'cfg'>): Promise<CoreResult> {
	const tsx = require.resolve('tsx/cli');
	const args = [tsx, 'bench/core.ts', ...(s.cfg.coreSmall ? ['--small'] : [])];
	const runs: CoreResult[] = [];
	// One after another, never side by side: each has both cores.
	for (let i = 0; i < s.cfg.coreRuns; i++) {
		runs.push(parseCoreOutput(await run(process.execPath, args, 'bench/core.ts')));
	}
	return mergeCoreRuns(runs);
}

/** The slower horizon's speed-up over the naive reference. */
export const coreSpeedup = (c: CoreResult): number =>
	Math.min(c.nowNaiveMs / c.nowMs, c.thenNaiveMs / c.thenMs);

export function coreRows(c: CoreResult): Row[] {
	const speedup = coreSpeedup(c);
	return [
		[
			'4a core: all places at a date (ids)',
			ms(Math.max(c.nowMs, c.thenMs), 3),
			`${ms(Math.min(c.nowNaiveMs, c.thenNaiveMs), 1)} naive`,
			`${fmt(speedup)}× faster`,
			`≥ ${GOALS.coreSpeedup}×`,
			met(speedup >= GOALS.coreSpeedup)
		],
		[
			'4b core: compile (cold)',
			ms(c.compileMs),
			`${ms(GOALS.compileMs)} budget`,
			times(c.compileMs / GOALS.compileMs),
			'< 1 s',
			met(c.compileMs < GOALS.compileMs)
		]
	];
}

export function coreDetails(c: CoreResult): string[] {
	const x = (naive: number, t: number) => `${fmt(naive / t)}×`;
	const compiles =
		c.compileRunsMs.length > 1
			? `4b compile, cold, in ${c.compileRunsMs.length} processes run one after another: ${c.compileRunsMs.map((t) => ms(t)).join(', ')}; the row is their median, as is every figure of row 4.`
			: null;
	return [
		...(compiles ? [compiles] : []),
		`4  ${c.header.replace(/^core timeline benchmark: /, '')}: stateIdsAt ${ms(c.nowMs, 3)} (as known now) / ${ms(c.thenMs, 3)} (as reported then) vs naive ${ms(c.nowNaiveMs, 1)} / ${ms(c.thenNaiveMs, 1)}: ${x(c.nowNaiveMs, c.nowMs)} / ${x(c.thenNaiveMs, c.thenMs)}. As PlaceState objects (controlAllAt): first visit of a day ${ms(c.nowFirstMs, 3)} / ${ms(c.thenFirstMs, 3)} (${x(c.nowNaiveMs, c.nowFirstMs)} / ${x(c.thenNaiveMs, c.thenFirstMs)}, builds the objects of states not shown before), replay ${ms(c.nowReplayMs, 3)} / ${ms(c.thenReplayMs, 3)}.`
	];
}
