import { describe, expect, it } from 'vitest';
import { bootstrapInterval, max, median, p95, perSample, quantile, sum } from './stats';

describe('quantile(xs, q)', () => {
	it('interpolates linearly between the order statistics around (n - 1) × q', () => {
		expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
		expect(quantile([0, 100], 0.95)).toBe(95);
	});

	it('returns the minimum at 0 and the maximum at 1, whatever the order of the samples', () => {
		const xs = Object.freeze([7, 1, 9, 3]);
		expect(quantile(xs, 0)).toBe(1);
		expect(quantile(xs, 1)).toBe(9);
	});

	it('does not reorder its input', () => {
		const xs = [3, 1, 2];
		quantile(xs, 0.5);
		expect(xs).toEqual([3, 1, 2]);
	});

	it('is NaN for no samples, so that an empty window cannot print as a figure', () => {
		expect(quantile([], 0.5)).toBeNaN();
		expect(median([])).toBeNaN();
		expect(p95([])).toBeNaN();
		expect(max([])).toBeNaN();
	});
});

describe('median, p95, max, sum, perSample', () => {
	it('median of an odd sample is its middle value', () => {
		expect(median([5, 1, 3])).toBe(3);
	});

	it('p95 of 1..21 is 20 (position 19 of 0..20)', () => {
		expect(p95(Array.from({ length: 21 }, (_, i) => i + 1))).toBe(20);
	});

	it('sum of nothing is 0 and perSample of nothing is 0, not NaN', () => {
		expect(sum([])).toBe(0);
		expect(perSample([])).toBe(0);
		expect(perSample([2, 4])).toBe(3);
		expect(max([2, 9, 4])).toBe(9);
	});
});

describe('bootstrapInterval(a, b, stat)', () => {
	const ratio = (a: readonly number[], b: readonly number[]) => median(a) / median(b);

	it('brackets the figure measured on the samples themselves', () => {
		const app = [3151, 3581, 4251, 4345, 4452, 4746, 4932];
		const bare = [2417, 2645, 2772, 2814, 2874, 2922, 3160];
		const [lo, hi] = bootstrapInterval(app, bare, ratio);
		expect(lo).toBeLessThan(ratio(app, bare));
		expect(hi).toBeGreaterThan(ratio(app, bare));
		expect(lo).toBeGreaterThan(1);
	});

	it('collapses to the figure when the samples do not vary', () => {
		expect(bootstrapInterval([6, 6, 6], [3, 3], ratio)).toEqual([2, 2]);
	});

	it('is wider for noisier samples, and the same for the same seed', () => {
		const steady = [100, 101, 99, 100, 102, 98, 100];
		const noisy = [60, 140, 90, 100, 130, 70, 110];
		const base = [50, 50, 50, 50];
		const [a, b] = bootstrapInterval(steady, base, ratio);
		const [c, d] = bootstrapInterval(noisy, base, ratio);
		expect(d - c).toBeGreaterThan(b - a);
		expect(bootstrapInterval(noisy, base, ratio, { seed: 3 })).toEqual(
			bootstrapInterval(noisy, base, ratio, { seed: 3 })
		);
	});

	it('is NaN for an empty sample', () => {
		expect(bootstrapInterval([], [1], ratio)).toEqual([NaN, NaN]);
		expect(bootstrapInterval([1], [], ratio)).toEqual([NaN, NaN]);
	});
});
