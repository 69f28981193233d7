/**
 * Summary statistics of timing samples. Pure. An empty sample has no statistic: NaN, which the
 * table prints as "–" rather than a made-up zero.
 */
import { seededRandom } from '../src/lib/core/timeline/synthetic-corpus';

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics; NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);
export const max = (xs: readonly number[]): number => (xs.length ? Math.max(...xs) : NaN);
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** The mean per sample, 0 for none (a count per step, where "no steps" means none counted). */
export const perSample = (xs: readonly number[]): number => sum(xs) / Math.max(1, xs.length);

export interface IntervalOptions {
	/** Resamples drawn. */
	reps?: number;
	/** The interval's coverage, e.g. 0.95. */
	level?: number;
	seed?: number;
}

/** One resample of xs with replacement, of the same size. */
function resample(xs: readonly number[], rand: () => number): number[] {
	const out = new Array<number>(xs.length);
	for (let i = 0; i < xs.length; i++) out[i] = xs[Math.floor(rand() * xs.length)]!;
	return out;
}

/**
 * A percentile-bootstrap interval for `stat` of two independent samples, e.g. the ratio of the
 * app's median to the bare page's: each sample is resampled with replacement, the statistic
 * taken, `reps` times, and the middle `level` of the results returned as [low, high]. It says
 * how far the figure could move if the same run were made again on the same machine; a goal
 * inside the interval is within this machine's noise. [NaN, NaN] when either sample is empty.
 */
export function bootstrapInterval(
	a: readonly number[],
	b: readonly number[],
	stat: (a: readonly number[], b: readonly number[]) => number,
	{ reps = 2000, level = 0.95, seed = 20171109 }: IntervalOptions = {}
): [number, number] {
	if (a.length === 0 || b.length === 0) return [NaN, NaN];
	// Seeded: the same samples give the same interval, so a printed one can be reproduced.
	const rand = seededRandom(seed);
	const draws: number[] = [];
	for (let i = 0; i < reps; i++) draws.push(stat(resample(a, rand), resample(b, rand)));
	const tail = (1 - level) / 2;
	return [quantile(draws, tail), quantile(draws, 1 - tail)];
}

/** As bootstrapInterval, for a statistic of one sample (e.g. a p95 of playback steps). */
export function bootstrapOne(
	xs: readonly number[],
	stat: (xs: readonly number[]) => number,
	opts: IntervalOptions = {}
): [number, number] {
	return bootstrapInterval(xs, [0], (a) => stat(a), opts);
}
