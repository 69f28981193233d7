/**
 * Summary statistics of timing samples. Pure. An empty sample has no statistic: NaN, which the
 * table prints as "–" rather than a made-up zero.
 */

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
