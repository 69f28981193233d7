/**
 * What a recording of animation-frame callbacks says about playback steps and frames. Pure:
 * it reads the samples `instrument.ts` collects in the page. Times are the page's
 * `performance.now()`, ms. A "step" is a callback in which the date shown changed.
 */

/** One recorded animation-frame callback, as the page stores it: [ts, t0, t1, step 0|1, writes]. */
export type RawCallback = readonly number[];
/** A long task as the page stores it: [startTime, duration]. */
export type RawLongTask = readonly number[];

interface Callback {
	/** The frame's timestamp: callbacks of one frame share it. */
	ts: number;
	t0: number;
	/** After the microtasks the callback queued (where Svelte flushes its effects). */
	t1: number;
	step: boolean;
	/** setFeatureState calls during the callback and its microtasks. */
	writes: number;
}

/** Main-thread totals over a recording window (CDP Performance metrics), ms. */
export interface Busy {
	task: number;
	script: number;
	layout: number;
	style: number;
	window: number;
}

/** What a recording window says about steps and frames. */
export interface FrameStats {
	steps: number;
	/** Main-thread JS per step: the callback that changed the date, with its microtasks. */
	stepMs: number[];
	/** setFeatureState calls per step. */
	writes: number[];
	/** Animation-frame intervals, ms. */
	intervals: number[];
	/** All animation-frame callback JS in frames without a step (≈ MapLibre's render), ms. */
	frameJs: number[];
	/** From a step's start to the end of the next frame's callbacks (the map drawn), ms. */
	latency: number[];
	/** Durations of the long tasks (> the threshold) that overlap the window. */
	longTasks: number[];
	busy: Busy;
}

export interface Recording {
	callbacks: readonly RawCallback[];
	longTasks: readonly RawLongTask[];
	/** The window, in page time. */
	start: number;
	end: number;
	/** Long tasks shorter than this are not counted, ms. */
	longTaskMs: number;
	busy: Busy;
}

/** Callbacks by frame timestamp, in time order. */
function byFrame(raw: readonly RawCallback[]): {
	stamps: number[];
	frames: Map<number, Callback[]>;
} {
	const cbs: Callback[] = raw
		.map(([ts, t0, t1, s, w]) => ({ ts: ts!, t0: t0!, t1: t1!, step: s === 1, writes: w! }))
		.sort((a, b) => a.t0 - b.t0);
	const frames = new Map<number, Callback[]>();
	for (const c of cbs) {
		const list = frames.get(c.ts);
		if (list) list.push(c);
		else frames.set(c.ts, [c]);
	}
	return { stamps: [...frames.keys()].sort((a, b) => a - b), frames };
}

/** Steps, frame intervals, frame JS, step-to-drawn latency and long tasks of a recording. */
export function frameStats(rec: Recording): FrameStats {
	const { stamps, frames } = byFrame(rec.callbacks);
	const stepCbs = stamps.flatMap((ts) => frames.get(ts)!.filter((c) => c.step));
	const frameJs: number[] = [];
	const latency: number[] = [];
	stamps.forEach((ts, i) => {
		const list = frames.get(ts)!;
		if (!list.some((c) => c.step)) frameJs.push(list.reduce((a, c) => a + (c.t1 - c.t0), 0));
		const next = frames.get(stamps[i + 1]!);
		if (!next) return;
		for (const c of list.filter((x) => x.step)) {
			latency.push(Math.max(...next.map((x) => x.t1)) - c.t0);
		}
	});
	return {
		steps: stepCbs.length,
		stepMs: stepCbs.map((c) => c.t1 - c.t0),
		writes: stepCbs.map((c) => c.writes),
		intervals: stamps.slice(1).map((t, i) => t - stamps[i]!),
		frameJs,
		latency,
		longTasks: rec.longTasks
			.filter(([t, d]) => t! + d! >= rec.start && t! <= rec.end && d! > rec.longTaskMs)
			.map(([, d]) => d!),
		busy: rec.busy
	};
}
