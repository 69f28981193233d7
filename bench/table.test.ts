import { describe, expect, it } from 'vitest';
import {
	busy,
	dist,
	fmt,
	interval,
	kB,
	longTasks,
	MB,
	met,
	ms,
	table,
	times,
	type Row
} from './table';

describe('number formats', () => {
	it('fmt groups thousands and fixes the decimals', () => {
		expect(fmt(1234.567)).toBe('1,235');
		expect(fmt(1234.567, 2)).toBe('1,234.57');
		expect(fmt(0.5, 1)).toBe('0.5');
	});

	it('fmt prints "–" for what was not measured (NaN, Infinity), never a number', () => {
		expect(fmt(NaN)).toBe('–');
		expect(fmt(Infinity, 2)).toBe('–');
		expect(ms(NaN)).toBe('– ms');
		expect(times(1 / 0)).toBe('–×');
	});

	it('units: ms, kB (1000 bytes), MB (10^6 bytes), ratios', () => {
		expect(ms(2.084, 2)).toBe('2.08 ms');
		expect(kB(510_300)).toBe('510.3 kB');
		expect(MB(8_650_000)).toBe('8.65 MB');
		expect(times(1.104, 3)).toBe('1.104×');
		expect(times(1.15)).toBe('1.15×');
	});

	it('met says yes or NO', () => {
		expect(met(true)).toBe('yes');
		expect(met(false)).toBe('NO');
	});
});

describe('phrases of the details', () => {
	it('dist gives p50 / p95 / max with the sample size, or "no samples"', () => {
		expect(dist([1, 2, 3, 4, 5])).toBe('p50 3.00 / p95 4.80 / max 5.00 ms (n=5)');
		expect(dist([16.7, 16.7], 1)).toBe('p50 16.7 / p95 16.7 / max 16.7 ms (n=2)');
		expect(dist([])).toBe('no samples');
	});

	it('longTasks counts, takes the longest and the total, or says none', () => {
		expect(longTasks([60, 999])).toBe('2, max 999 ms, total 1,059 ms');
		expect(longTasks([])).toBe('none');
	});

	it('busy gives the share of the window the main thread was busy', () => {
		expect(busy({ task: 816, script: 217, style: 4, layout: 98, window: 10_200 })).toBe(
			'main thread busy 8% of 10.2 s (script 217, style 4, layout 98 ms)'
		);
	});
});

describe('table(rows)', () => {
	const rows: Row[] = [
		['1 bundle', '510.3 kB', '444.3 kB maplibre-gl', '1.15×', '≤ 1.10×', 'NO'],
		['3a step', '2.10 ms', '1.0 ms', '2.10×', '< 2 ms', 'NO']
	];

	it('prints the header, a rule, then one line per row, with " | " between columns', () => {
		const lines = table(rows).split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/^measure +\| +this app \| +baseline \| ratio \| goal +\| met\?$/);
		expect(lines[1]).toMatch(/^-+-\|-(-+-\|-){4}-+$/);
		expect(lines[2]).toBe('1 bundle | 510.3 kB | 444.3 kB maplibre-gl | 1.15× | ≤ 1.10× | NO');
	});

	it('right-aligns the figures (this app, baseline, ratio) and left-aligns the rest', () => {
		const lines = table(rows).split('\n');
		expect(lines[3]).toBe('3a step  |  2.10 ms |               1.0 ms | 2.10× | < 2 ms  | NO');
	});

	it('gives every line the same column boundaries', () => {
		const lines = table(rows).split('\n');
		const bars = (l: string) => [...l.matchAll(/\|/g)].map((m) => m.index);
		for (const l of lines.slice(2)) expect(bars(l)).toEqual(bars(lines[0]!));
	});
});

describe('interval', () => {
	it("prints both ends in the figure's format, the unit once", () => {
		expect(interval([1.384, 1.627], (x) => times(x))).toBe('95% interval 1.38–1.63×');
		expect(interval([1.9, 2.61], (x) => ms(x, 2))).toBe('95% interval 1.90–2.61 ms');
	});

	it('prints "–" when an end was not measured', () => {
		expect(interval([NaN, NaN], (x) => times(x))).toBe('95% interval –');
	});
});
