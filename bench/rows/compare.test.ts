import { describe, expect, it } from 'vitest';
import type { FrameStats } from '../frames';
import { compareDetails, compareRow } from './compare';

const stats = (stepMs: number[]): FrameStats => ({
	steps: stepMs.length,
	stepMs,
	writes: stepMs.map(() => 2),
	intervals: [16.7, 16.7],
	frameJs: [0.2],
	latency: [20],
	longTasks: [],
	busy: { task: 100, script: 50, layout: 10, style: 5, window: 2000 }
});

describe('compareRow(result, bareFrame)', () => {
	it('says "n/a: compare view not found" and no figure when the view is missing', () => {
		const row = compareRow({ found: false, reason: 'compare view not found' }, 1.2);
		expect(row).toEqual([
			'3g step JS, two maps (p95)',
			'n/a: compare view not found',
			'–',
			'–',
			'≤ 3 ms',
			'–'
		]);
		expect(compareDetails({ found: false, reason: 'compare view not found' })).toEqual([
			'3g /?view=compare&date=2017-11-12: n/a, compare view not found.'
		]);
	});

	it('gives the p95 step against the bare map frame and meets the goal at ≤ 3 ms', () => {
		const row = compareRow({ found: true, maps: 2, stats: stats([1, 1, 1, 1, 3]) }, 1.5);
		expect(row).toEqual([
			'3g step JS, two maps (p95)',
			'2.60 ms',
			'1.5 ms map frame JS',
			'1.73×',
			'≤ 3 ms',
			'yes'
		]);
	});

	it('misses the goal above 3 ms', () => {
		const row = compareRow({ found: true, maps: 2, stats: stats([3.5, 4]) }, 1);
		expect(row[5]).toBe('NO');
	});

	it('details give the steps, their writes and the frames', () => {
		const [first] = compareDetails({ found: true, maps: 2, stats: stats([1, 2]) });
		expect(first).toMatch(
			/^3g \/\?view=compare&date=2017-11-12 \(2 map canvases\) at 8 days\/s: 2 steps/
		);
		expect(first).toContain(
			'4 setFeatureState calls (2.0/step) on the map whose hooks are on window.__atlas'
		);
	});
});
