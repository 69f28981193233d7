import { describe, expect, it } from 'vitest';
import { max, median, p95, perSample, quantile, sum } from './stats';

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
