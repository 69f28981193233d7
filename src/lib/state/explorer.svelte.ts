/**
 * The explorer's reactive state: the date shown, the selected place, the view (a knowledge mode,
 * or both compared) and the map camera. These four are the whole of what the URL carries;
 * everything on screen is derived from them and the validated corpus through the timeline core.
 * Nothing here decides control.
 */
import type { Day } from '$lib/core/dates';
import {
	compileTimeline,
	controlAllAt,
	dateRange,
	type PlaceState,
	type Timeline
} from '$lib/core/timeline';
import { byId } from '$lib/core/lookup';
import type { Corpus, Place, Report, Source } from '$lib/core/types';
import type { UrlState } from '$lib/core/url-state';
import type { Camera, KnowledgeMode, ViewMode } from '$lib/core/vocabulary';

export class Explorer {
	readonly corpus: Corpus;
	readonly timeline: Timeline;
	readonly first: Day;
	readonly last: Day;
	readonly placeIds: readonly string[];
	readonly placeById: ReadonlyMap<string, Place>;
	readonly reportById: ReadonlyMap<string, Report>;
	readonly sourceById: ReadonlyMap<string, Source>;

	#date = $state<Day>(0);
	#place = $state<string | null>(null);
	#view = $state<ViewMode>('now');
	#camera = $state.raw<Camera | null>(null);

	/**
	 * The knowledge mode of the list, the panel and the exports. Comparing shows both modes side
	 * by side on the map; the text then reads as known now, and `otherStates` as reported.
	 */
	readonly mode: KnowledgeMode = $derived(this.#view === 'reported' ? 'reported' : 'now');
	/** The knowledge horizon: everything, or only what was published by the date shown. */
	readonly horizon: Day = $derived(this.mode === 'reported' ? this.#date : Infinity);
	#now: StatesAt;
	#other: StatesAt;

	/** Every place's state at the date and horizon, in place order. */
	readonly states: readonly PlaceState[] = $derived.by(() =>
		this.#now.at(this.#date, this.horizon)
	);
	/** The same, in the other knowledge mode: to show where the two stories differ. */
	readonly otherStates: readonly PlaceState[] = $derived.by(() =>
		this.#other.at(this.#date, this.mode === 'reported' ? Infinity : this.#date)
	);

	/**
	 * `range` overrides the date range the corpus's own reports give: a source lens (core/lens.ts)
	 * keeps the whole corpus's range, so the slider and the URL mean the same days with or
	 * without it.
	 */
	constructor(corpus: Corpus, initial: UrlState, range?: { first: Day; last: Day }) {
		this.corpus = corpus;
		this.placeIds = corpus.places.map((p) => p.id);
		this.timeline = compileTimeline(corpus.reports, this.placeIds);
		this.#now = new StatesAt(this.timeline, this.placeIds.length);
		this.#other = new StatesAt(this.timeline, this.placeIds.length);
		const { first, last } = range ?? dateRange(this.timeline);
		this.first = first;
		this.last = last;
		this.placeById = byId(corpus.places);
		this.reportById = byId(corpus.reports);
		this.sourceById = byId(corpus.sources);
		this.apply(initial);
	}

	/** The day shown, clamped to the data's range. */
	get date(): Day {
		return this.#date;
	}
	set date(d: Day) {
		this.#date = Math.min(this.last, Math.max(this.first, Math.round(d)));
	}
	get place(): string | null {
		return this.#place;
	}
	set place(id: string | null) {
		this.#place = id !== null && this.placeById.has(id) ? id : null;
	}
	/** `now`, `reported` or `compare` (the URL's `?view=`). */
	get view(): ViewMode {
		return this.#view;
	}
	set view(v: ViewMode) {
		this.#view = v;
	}
	/** Where the map looks; null until the map reports it or the URL names one. */
	get camera(): Camera | null {
		return this.#camera;
	}
	set camera(c: Camera | null) {
		this.#camera = c;
	}

	/** The state of one place at the current date and horizon. */
	stateOf(id: string): PlaceState | undefined {
		const i = this.placeIds.indexOf(id);
		return i < 0 ? undefined : this.states[i];
	}

	/** The four values the URL carries. */
	snapshot(): UrlState {
		return { date: this.#date, place: this.#place, view: this.#view, camera: this.#camera };
	}

	/** Takes all four values at once (from the URL, or back/forward). */
	apply(s: UrlState): void {
		this.date = s.date;
		this.place = s.place;
		this.#view = s.view;
		this.#camera = s.camera;
	}
}

/**
 * Every place's state at a date and horizon, as an array that stays the same object while no
 * place's state changes (most days of playback): nothing downstream of it (summary, labels,
 * map) then runs, and nothing is allocated.
 */
class StatesAt {
	/** The array the timeline fills, and the one last handed out. */
	readonly #scratch: PlaceState[];
	#last: readonly PlaceState[] = [];

	constructor(
		private readonly timeline: Timeline,
		places: number
	) {
		this.#scratch = new Array<PlaceState>(places);
	}

	at(day: Day, horizon: Day): readonly PlaceState[] {
		const next = controlAllAt(this.timeline, day, horizon, this.#scratch);
		let same = this.#last.length === next.length;
		for (let i = 0; same && i < next.length; i++) same = this.#last[i] === next[i];
		if (!same) this.#last = next.slice();
		return this.#last;
	}
}
