/**
 * What a screen reader hears about the map: the latest summary, spoken once things rest, never
 * on every frame of playback or every step of a held key. A newer text replaces a pending one.
 */
export class Announcer {
	readonly #delayMs: number;
	#text = $state('');
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(delayMs = 400) {
		this.#delayMs = delayMs;
	}

	/** The text the live region holds. */
	get text(): string {
		return this.#text;
	}

	/** Says `text` after the delay, unless another call comes first. */
	say(text: string): void {
		this.cancel();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#text = text;
		}, this.#delayMs);
	}

	/** Drops a pending text (e.g. playback started, or the page goes away). */
	cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
