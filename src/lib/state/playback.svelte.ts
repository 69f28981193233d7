/**
 * Time-slider playback: advances the date by whole days at a chosen speed on animation frames.
 * Each frame does integer arithmetic only and calls `setDay` when the day actually changes, so
 * the map is touched once per day, not once per frame.
 *
 * Rules:
 * - It never starts on its own (there is no autoplay); only `play()` starts it.
 * - Past the last day it stops on the last day, or with `loop` starts over at the first.
 * - Playing from the last day starts over at the first.
 * - Reduced motion (the reader's prefers-reduced-motion): the map changes at most once a second,
 *   whatever speed is chosen, so the colours never flicker past.
 * - When it stops (pause, or the end), `settle` is called once: the date has come to rest.
 */
import type { Day } from '$lib/core/dates';

/** Days per second offered to the reader. */
export const SPEEDS = [1, 2, 4, 8] as const;

export interface PlaybackTarget {
	/** The day shown now. */
	day(): Day;
	/** Show this day. */
	setDay(day: Day): void;
	/** First and last day of the slider, inclusive. */
	range(): { first: Day; last: Day };
	/** Playback stopped: the day shown has come to rest. */
	settle?(): void;
	/** True when the reader prefers reduced motion (read at every step). */
	reducedMotion?(): boolean;
}

/** Days per second under reduced motion, at most. */
export const REDUCED_MOTION_SPEED = 1;

export class Playback {
	#playing = $state(false);
	#speed = $state<number>(4);
	#loop = $state(false);
	#target: PlaybackTarget;
	#frame = 0;
	#lastTime = -1;
	#carry = 0;

	constructor(target: PlaybackTarget) {
		this.#target = target;
	}

	/** True while the date advances by itself. */
	get playing(): boolean {
		return this.#playing;
	}
	/** Days per second. */
	get speed(): number {
		return this.#speed;
	}
	set speed(v: number) {
		this.#speed = v;
	}
	/** Days per second actually used: the chosen speed, capped under reduced motion. */
	get effectiveSpeed(): number {
		return this.#target.reducedMotion?.()
			? Math.min(this.#speed, REDUCED_MOTION_SPEED)
			: this.#speed;
	}
	/** Start again from the first day after the last one. */
	get loop(): boolean {
		return this.#loop;
	}
	set loop(v: boolean) {
		this.#loop = v;
	}

	/** Starts playback; from the last day it starts over at the first. */
	play(): void {
		if (this.#playing || typeof requestAnimationFrame === 'undefined') return;
		const { first, last } = this.#target.range();
		if (this.#target.day() >= last) this.#target.setDay(first);
		this.#playing = true;
		this.#lastTime = -1;
		this.#carry = 0;
		this.#frame = requestAnimationFrame(this.#tick);
	}

	/** Stops playback where it is. */
	pause(): void {
		if (this.#stop()) this.#target.settle?.();
	}

	toggle(): void {
		if (this.#playing) this.pause();
		else this.play();
	}

	/** Cancels any pending frame; call when the page goes away. */
	destroy(): void {
		this.#stop();
	}

	/** Stops the frames; false when nothing was playing. */
	#stop(): boolean {
		if (!this.#playing) return false;
		this.#playing = false;
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		return true;
	}

	#tick = (now: number): void => {
		if (!this.#playing) return;
		if (this.#lastTime >= 0) {
			// Clamp long gaps (a background tab) so a return does not jump weeks at once.
			const dt = Math.min(now - this.#lastTime, 250);
			this.#carry += (dt * this.effectiveSpeed) / 1000;
		}
		this.#lastTime = now;
		if (this.#carry >= 1) {
			const steps = Math.floor(this.#carry);
			this.#carry -= steps;
			const { first, last } = this.#target.range();
			let next = this.#target.day() + steps;
			if (next > last) {
				if (this.#loop) next = first + ((next - last - 1) % (last - first + 1));
				else {
					this.#target.setDay(last);
					this.pause();
					return;
				}
			}
			this.#target.setDay(next);
		}
		this.#frame = requestAnimationFrame(this.#tick);
	};
}
