import { describe, expect, it } from 'vitest';
import { frameStats, type Recording } from './frames';

const busy = Object.freeze({ task: 0, script: 0, layout: 0, style: 0, window: 1000 });

/** [frame ts, start, end, step?, writes] */
const recording = (callbacks: number[][], longTasks: number[][] = []): Recording =>
	Object.freeze({ callbacks, longTasks, start: 100, end: 200, longTaskMs: 50, busy });

describe('frameStats(recording)', () => {
	it('counts as steps the callbacks in which the date changed, with their JS and writes', () => {
		const s = frameStats(
			recording([
				[100, 101, 102, 0, 0],
				[116, 117, 119.5, 1, 3],
				[133, 134, 134.5, 0, 0],
				[150, 151, 152, 1, 0]
			])
		);
		expect(s.steps).toBe(2);
		expect(s.stepMs).toEqual([2.5, 1]);
		expect(s.writes).toEqual([3, 0]);
	});

	it('takes frame intervals between distinct frame timestamps, in time order', () => {
		const s = frameStats(
			recording([
				[133, 134, 135, 0, 0],
				[100, 101, 102, 0, 0],
				[100, 102, 103, 0, 0],
				[116, 117, 118, 0, 0]
			])
		);
		expect(s.intervals).toEqual([16, 17]);
	});

	it('sums the JS of all callbacks of a frame without a step, and leaves frames with one out', () => {
		const s = frameStats(
			recording([
				[100, 101, 102, 0, 0],
				[100, 102, 104, 0, 0],
				[116, 117, 118, 1, 0],
				[116, 118, 125, 0, 0]
			])
		);
		expect(s.frameJs).toEqual([3]);
	});

	it('measures a step’s latency to the end of the last callback of the next frame', () => {
		const s = frameStats(
			recording([
				[100, 101, 102, 1, 0],
				[116, 117, 120, 0, 0],
				[116, 120, 126, 0, 0],
				[133, 134, 135, 1, 0]
			])
		);
		// The second step has no next frame in the window: no latency for it.
		expect(s.latency).toEqual([25]);
	});

	it('keeps the long tasks over the threshold that overlap the window', () => {
		const s = frameStats(
			recording(
				[],
				[
					[20, 60], // ends before the window
					[40, 70], // runs into it
					[150, 49], // too short
					[190, 80], // starts inside
					[210, 90] // starts after
				]
			)
		);
		expect(s.longTasks).toEqual([70, 80]);
	});

	it('gives empty samples, not zeros, for a window without callbacks', () => {
		const s = frameStats(recording([]));
		expect(s).toMatchObject({ steps: 0, stepMs: [], intervals: [], frameJs: [], latency: [] });
		expect(s.busy).toBe(busy);
	});
});
