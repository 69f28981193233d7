/**
 * Time-slider playback: advances the date by whole days at a chosen speed on animation frames.
 * Each frame does integer arithmetic only and calls `setDay` when the day actually changes, so
 * the map is touched once per day, not once per frame. Honours prefers-reduced-motion by never
 * starting on its own (there is no autoplay at all) and by stepping without animation.
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
}

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
		if (!this.#playing) return;
		this.#playing = false;
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
	}

	toggle(): void {
		if (this.#playing) this.pause();
		else this.play();
	}

	/** Cancels any pending frame; call when the page goes away. */
	destroy(): void {
		this.pause();
	}

	#tick = (now: number): void => {
		if (!this.#playing) return;
		if (this.#lastTime >= 0) {
			// Clamp long gaps (a background tab) so a return does not jump weeks at once.
			const dt = Math.min(now - this.#lastTime, 250);
			this.#carry += (dt * this.#speed) / 1000;
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
