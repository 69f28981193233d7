import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback, REDUCED_MOTION_SPEED, type PlaybackTarget } from './playback.svelte';

/** Animation frames driven by hand: `frame(ms)` runs the pending callback at a time. */
function frames() {
	let pending: FrameRequestCallback | null = null;
	let id = 0;
	vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
		pending = cb;
		return ++id;
	});
	vi.stubGlobal('cancelAnimationFrame', () => {
		pending = null;
	});
	return {
		frame(now: number) {
			const cb = pending;
			pending = null;
			cb?.(now);
		},
		get pending() {
			return pending !== null;
		}
	};
}

function target(start: number, first = 0, last = 30, reduced = false) {
	const t = {
		day: start,
		settled: 0,
		reduced,
		target: {} as PlaybackTarget
	};
	t.target = {
		day: () => t.day,
		setDay: (d) => (t.day = d),
		range: () => ({ first, last }),
		settle: () => t.settled++,
		reducedMotion: () => t.reduced
	};
	return t;
}

describe('Playback', () => {
	let raf: ReturnType<typeof frames>;
	beforeEach(() => {
		raf = frames();
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('advances speed days per second of frames', () => {
		for (const speed of [1, 2, 4, 8]) {
			const t = target(0);
			const p = new Playback(t.target);
			p.speed = speed;
			p.play();
			raf.frame(0);
			// 8 frames of 125 ms: one second (an exact binary fraction, so no rounding drift).
			for (let i = 1; i <= 8; i++) raf.frame(i * 125);
			expect(t.day).toBe(speed);
			p.destroy();
		}
	});

	it('clamps a long gap between frames (a background tab) to a quarter second', () => {
		const t = target(0);
		const p = new Playback(t.target);
		p.speed = 8;
		p.play();
		raf.frame(0);
		raf.frame(60_000);
		expect(t.day).toBe(2);
		p.destroy();
	});

	it('stops on the last day and settles once when not looping', () => {
		const t = target(29);
		const p = new Playback(t.target);
		p.speed = 8;
		p.play();
		raf.frame(0);
		raf.frame(250);
		expect(t.day).toBe(30);
		expect(p.playing).toBe(false);
		expect(raf.pending).toBe(false);
		expect(t.settled).toBe(1);
	});

	it('wraps past the last day to the first when looping', () => {
		const t = target(29, 0, 30);
		const p = new Playback(t.target);
		p.loop = true;
		p.speed = 8;
		p.play();
		raf.frame(0);
		raf.frame(250); // two days: 29 → 30 → 0
		expect(t.day).toBe(0);
		expect(p.playing).toBe(true);
		p.destroy();
	});

	it('starts over at the first day when played from the last', () => {
		const t = target(30, 5, 30);
		const p = new Playback(t.target);
		p.play();
		expect(t.day).toBe(5);
		expect(p.playing).toBe(true);
		p.destroy();
	});

	it('never starts on its own', () => {
		const t = target(3);
		const p = new Playback(t.target);
		expect(p.playing).toBe(false);
		expect(raf.pending).toBe(false);
	});

	it('pauses where it is, settles once, and a second pause does nothing', () => {
		const t = target(0);
		const p = new Playback(t.target);
		p.speed = 4;
		p.play();
		raf.frame(0);
		raf.frame(250);
		p.pause();
		p.pause();
		expect(t.day).toBe(1);
		expect(t.settled).toBe(1);
		expect(raf.pending).toBe(false);
	});

	it('toggles between playing and paused', () => {
		const p = new Playback(target(0).target);
		p.toggle();
		expect(p.playing).toBe(true);
		p.toggle();
		expect(p.playing).toBe(false);
	});

	it('caps the speed under reduced motion, whatever speed is chosen', () => {
		const t = target(0, 0, 30, true);
		const p = new Playback(t.target);
		p.speed = 8;
		expect(p.effectiveSpeed).toBe(REDUCED_MOTION_SPEED);
		p.play();
		raf.frame(0);
		for (let i = 1; i <= 8; i++) raf.frame(i * 125);
		expect(t.day).toBe(REDUCED_MOTION_SPEED);
		t.reduced = false;
		expect(p.effectiveSpeed).toBe(8);
		p.destroy();
	});

	it('does not settle when destroyed', () => {
		const t = target(0);
		const p = new Playback(t.target);
		p.play();
		p.destroy();
		expect(p.playing).toBe(false);
		expect(t.settled).toBe(0);
	});
});
