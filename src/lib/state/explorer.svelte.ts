/**
 * The explorer's reactive state: the date shown, the selected place, the knowledge mode and the
 * map camera. These four are the whole of what the URL carries; everything on screen is derived
 * from them and the validated corpus through the timeline core. Nothing here decides control.
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
import type { KnowledgeMode, MapView, UrlState } from '$lib/core/url-state';

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
	#mode = $state<KnowledgeMode>('now');
	#view = $state.raw<MapView | null>(null);

	/** The knowledge horizon: everything, or only what was published by the date shown. */
	readonly horizon: Day = $derived(this.#mode === 'reported' ? this.#date : Infinity);
	// Scratch arrays the timeline fills, and the arrays last handed out: while no place's state
	// changes (most days of playback) the same array is handed out again, so nothing downstream
	// (summary, labels, map) runs and nothing is allocated.
	#scratch: PlaceState[] = [];
	#otherScratch: PlaceState[] = [];
	#states: readonly PlaceState[] = [];
	#otherStates: readonly PlaceState[] = [];

	/** Every place's state at the date and horizon, in place order. */
	readonly states: readonly PlaceState[] = $derived.by(() => {
		controlAllAt(this.timeline, this.#date, this.horizon, this.#scratch);
		this.#states = unchangedOr(this.#states, this.#scratch);
		return this.#states;
	});
	/** The same, in the other knowledge mode: to show where the two stories differ. */
	readonly otherStates: readonly PlaceState[] = $derived.by(() => {
		const other = this.#mode === 'reported' ? Infinity : this.#date;
		controlAllAt(this.timeline, this.#date, other, this.#otherScratch);
		this.#otherStates = unchangedOr(this.#otherStates, this.#otherScratch);
		return this.#otherStates;
	});

	constructor(corpus: Corpus, initial: UrlState) {
		this.corpus = corpus;
		this.placeIds = corpus.places.map((p) => p.id);
		this.timeline = compileTimeline(corpus.reports, this.placeIds);
		this.#scratch = new Array<PlaceState>(this.placeIds.length);
		this.#otherScratch = new Array<PlaceState>(this.placeIds.length);
		const range = dateRange(this.timeline);
		this.first = range.first;
		this.last = range.last;
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
	get mode(): KnowledgeMode {
		return this.#mode;
	}
	set mode(m: KnowledgeMode) {
		this.#mode = m;
	}
	get view(): MapView | null {
		return this.#view;
	}
	set view(v: MapView | null) {
		this.#view = v;
	}

	/** The state of one place at the current date and horizon. */
	stateOf(id: string): PlaceState | undefined {
		const i = this.placeIds.indexOf(id);
		return i < 0 ? undefined : this.states[i];
	}

	/** The four values the URL carries. */
	snapshot(): UrlState {
		return { date: this.#date, place: this.#place, mode: this.#mode, view: this.#view };
	}

	/** Takes all four values at once (from the URL, or back/forward). */
	apply(s: UrlState): void {
		this.date = s.date;
		this.place = s.place;
		this.#mode = s.mode;
		this.#view = s.view;
	}
}

/** `prev` when `next` holds the same state objects in the same order, else a copy of `next`. */
function unchangedOr(
	prev: readonly PlaceState[],
	next: readonly PlaceState[]
): readonly PlaceState[] {
	let same = prev.length === next.length;
	for (let i = 0; same && i < next.length; i++) same = prev[i] === next[i];
	return same ? prev : next.slice();
}
