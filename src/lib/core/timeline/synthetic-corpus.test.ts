import { describe, expect, it } from 'vitest';
import { seededRandom } from './synthetic-corpus';

describe('seededRandom(seed)', () => {
	it('gives the same numbers in [0, 1) for the same seed, and others for another', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(seededRandom(8)()).not.toBe(xs[0]);
		// Roughly uniform: each tenth of [0, 1) gets 60–140 of the 1,000 draws.
		const bins = new Array<number>(10).fill(0);
		for (const x of xs) bins[Math.floor(x * 10)]!++;
		expect(Math.min(...bins)).toBeGreaterThan(60);
		expect(Math.max(...bins)).toBeLessThan(140);
	});
});
