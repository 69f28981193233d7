/**
 * The story the map opens on, derived from the data alone: the stretch of days the reports
 * cover, the first day on which the two knowledge horizons tell different stories, the places
 * where they differ on a day, every change of state as an event, and how strongly a shown
 * state is backed by evidence on a day.
 *
 * Rules:
 * - Nothing here names a date, a place or an outlet: everything comes from the reports and the
 *   compiled timeline passed in, so new data moves the story with it.
 * - "The views differ" means both know something and disagree: "as reported at the time"
 *   knowing nothing yet (no report published) is not a different story, only an empty one.
 * - Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import { describeWindow, type Day, type DayWindow } from './dates';
import {
	changeDays,
	controlAllAt,
	controlAt,
	dateRange,
	placeIds,
	publicationDays,
	type PlaceState,
	type Timeline
} from './timeline';
import type { Report } from './types';

/** An inclusive range of days. */
export interface DayRange {
	readonly first: Day;
	readonly last: Day;
}

/** Days of margin the story window keeps around the reported events, by default. */
export const STORY_MARGIN_DAYS = 7;

/**
 * The stretch of days the reported events cover, with `margin` days either side, inside the
 * timeline's range. A report covers the last day by which its event had certainly begun (its
 * start window's latest day) and the first day on which it had certainly ended; open-ended
 * windows ("on or before", "since before the data") only bound it by their finite end.
 * Publication days are not events and do not widen it: a source known only to have appeared
 * "by the end of the year" would otherwise stretch the story over weeks in which nothing is
 * reported to happen. Throws when the margin is not a whole number of days.
 */
export function storyWindow(
	t: Timeline,
	reports: readonly Report[],
	margin: number = STORY_MARGIN_DAYS
): DayRange {
	if (!Number.isInteger(margin) || margin < 0) {
		throw new Error(`the story margin must be a whole number of days >= 0, got ${margin}`);
	}
	const range = dateRange(t);
	let lo = Infinity;
	let hi = -Infinity;
	const take = (d: Day) => {
		if (!Number.isFinite(d)) return;
		if (d < lo) lo = d;
		if (d > hi) hi = d;
	};
	for (const r of reports) {
		if (r.start) take(r.start.latest);
		if (r.end) take(r.end.earliest);
	}
	if (lo > hi) return range;
	return {
		first: Math.max(range.first, Math.min(range.last, lo - margin)),
		last: Math.min(range.last, Math.max(range.first, hi + margin))
	};
}

/** True when the two states of one place read differently: holder, dispute or doubt. */
export function statesDiffer(now: PlaceState, reported: PlaceState): boolean {
	return (
		now.controller !== reported.controller ||
		now.disputed !== reported.disputed ||
		(now.uncertain === null) !== (reported.uncertain === null)
	);
}

/** One place whose two views tell different stories on a day. */
export interface ViewDifference {
	readonly place: string;
	readonly now: PlaceState;
	readonly reported: PlaceState;
}

/**
 * The places where "as reported at the time" knows something and "as known now" reads
 * differently, in place order. `now` and `reported` are the states of every place in the same
 * order (as controlAllAt fills them).
 */
export function viewDifferences(
	now: readonly PlaceState[],
	reported: readonly PlaceState[]
): ViewDifference[] {
	if (now.length !== reported.length) {
		throw new Error(`state lists differ in length: ${now.length} now, ${reported.length} reported`);
	}
	const out: ViewDifference[] = [];
	for (let i = 0; i < now.length; i++) {
		const n = now[i]!;
		const r = reported[i]!;
		if (n.place !== r.place)
			throw new Error(`state ${i} is ${n.place} now but ${r.place} reported`);
		if (r.controller !== 'unknown' && statesDiffer(n, r))
			out.push({ place: n.place, now: n, reported: r });
	}
	return out;
}

/**
 * The day the explorer opens on: within `window`, from the first publication on, the first day
 * where the two views name different holders for some place (the sharpest contrast), else the
 * first where they read differently at all (a dispute or doubt one view lacks), else the
 * window's last day.
 */
export function firstStoryDay(t: Timeline, window: DayRange): Day {
	const pubs = publicationDays(t);
	const n = placeIds(t).length;
	const now = new Array<PlaceState>(n);
	const reported = new Array<PlaceState>(n);
	const from = Math.max(window.first, pubs[0] ?? window.first);
	let anyDifference: Day | null = null;
	for (let d = from; d <= window.last; d++) {
		controlAllAt(t, d, Infinity, now);
		controlAllAt(t, d, d, reported);
		const diffs = viewDifferences(now, reported);
		if (diffs.some((x) => x.now.controller !== x.reported.controller)) return d;
		if (anyDifference === null && diffs.length > 0) anyDifference = d;
	}
	return anyDifference ?? window.last;
}

/** A change of one place's shown state: on `day` it became `state` (from `previous`). */
export interface ChangeEvent {
	readonly day: Day;
	readonly place: string;
	readonly state: PlaceState;
	readonly previous: PlaceState;
}

/**
 * Every change of a place's holder, dispute or doubt as known at `horizon` (default:
 * everything), in day then place order, limited to `window` when given. A change of basis alone
 * (a stated day followed by carried days) is not an event: the holder did not change. A change
 * into the unknown (reports stop covering a place) is one: the map goes blank there.
 */
export function changeEvents(
	t: Timeline,
	horizon: Day = Infinity,
	window: DayRange | null = null
): ChangeEvent[] {
	const ids = placeIds(t);
	const out: ChangeEvent[] = [];
	for (const day of changeDays(t, horizon)) {
		if (window && (day < window.first || day > window.last)) continue;
		for (const place of ids) {
			const state = controlAt(t, place, day, horizon);
			const previous = controlAt(t, place, day - 1, horizon);
			if (statesDiffer(state, previous)) {
				out.push({ day, place, state, previous });
			}
		}
	}
	return out;
}

/**
 * The carried-forward fade: full strength for a week after the last report behind the state,
 * then linearly down to `floor` by two months, and `floor` after that.
 */
export const CARRIED_FADE = Object.freeze({ fullDays: 7, floorDays: 60, floor: 0.35 });

/** What the evidence strength reads of a state (any PlaceState fits). */
export type Evidence = Pick<PlaceState, 'basis' | 'carriedFrom'>;

/** A carried fade's strength moves in steps of 1 / FADE_STEPS (see evidenceStrength). */
export const FADE_STEPS = 20;

/** Strength for inferred states (drawn paler, with a pattern). */
export const INFERRED_STRENGTH = 0.6;

/**
 * The day of the last report behind a carried state (the timeline's `carriedFrom`); null when
 * the state is not carried or no stated report behind it has a start.
 */
export function carriedFromOf(s: Evidence): Day | null {
	return s.basis === 'carried' ? s.carriedFrom : null;
}

/**
 * How strongly the shown state is backed on `day`, 0–1: stated 1; inferred INFERRED_STRENGTH;
 * carried fades by CARRIED_FADE with the days since carriedFromOf (full when that is unknown);
 * none 0. A carried fade moves in twentieths (FADE_STEPS): thirteen steps from full to the floor, one
 * about every four days, each too small to see alone. In hundredths it changed almost every
 * day, and every change is a feature-state write on each map and a new swatch in the list
 * (docs/performance.md, session 5).
 */
export function evidenceStrength(s: Evidence, day: Day): number {
	switch (s.basis) {
		case 'stated':
			return 1;
		case 'inferred':
			return INFERRED_STRENGTH;
		case 'none':
			return 0;
		case 'carried': {
			const from = carriedFromOf(s);
			if (from === null) return 1;
			const age = day - from;
			const { fullDays, floorDays, floor } = CARRIED_FADE;
			if (age <= fullDays) return 1;
			if (age >= floorDays) return floor;
			const k = (age - fullDays) / (floorDays - fullDays);
			return Math.round((1 - k * (1 - floor)) * FADE_STEPS) / FADE_STEPS;
		}
	}
}

/** Holder names for the map's notes (as in describe.ts CONTROL_LABEL, lower-cased "contested"). */
const HOLDER: Readonly<Record<PlaceState['controller'], string>> = Object.freeze({
	'syrian-government': 'Syrian government',
	isis: 'ISIS',
	'iraqi-government': 'Iraqi government',
	sdf: 'SDF',
	contested: 'contested',
	unknown: 'no report'
});

/** A window in short words, without the year and with short months: "9 Nov", "10–18 Nov". */
function shortWindow(w: DayWindow): string {
	return describeWindow(w)
		.replace(/ \d{4}$/, '')
		.replace(/ \d{4} –/, ' –')
		.replace(
			/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g,
			(m) => m.slice(0, 3)
		);
}

/** One view's state in a few words: "Syrian government since 9 November, disputed". */
function holderWords(s: PlaceState): string {
	const parts = [HOLDER[s.controller]];
	if (s.since && s.controller !== 'unknown') {
		parts[0] += Number.isFinite(s.since.earliest)
			? s.since.earliest === s.since.latest
				? ` since ${shortWindow(s.since)}`
				: ` from ${shortWindow(s.since)}`
			: ` since ${shortWindow(s.since)}`;
	}
	if (s.disputed) parts.push('disputed');
	if (s.uncertain) {
		parts.push(`may have changed to ${HOLDER[s.uncertain.to]} ${shortWindow(s.uncertain.window)}`);
	}
	return parts.join(', ');
}

/**
 * The note the map shows where the views differ, in few words (it sits on a small map) taken
 * from the two states: "al-Boukamal: reported Syrian government since 9 Nov — known now:
 * contested from 10–18 Nov". When the holder and its start are the same in both views, the
 * second half says only what knowing more adds: "— known now: may have changed to ISIS 10–18 Nov".
 */
export function differenceLine(placeName: string, d: ViewDifference): string {
	const reported = holderWords(d.reported);
	const now = holderWords(d.now);
	const shared = `${reported}, `;
	const added = now.startsWith(shared) ? now.slice(shared.length) : now;
	return `${placeName}: reported ${reported} — known now: ${added}`;
}

/**
 * The places whose state on `day` differs from the day before, both as known at `horizon`
 * (pass `day` itself for "as reported at the time"): what the map calls out on that day.
 */
export function changesOn(t: Timeline, day: Day, horizon: Day = Infinity): ChangeEvent[] {
	const out: ChangeEvent[] = [];
	for (const place of placeIds(t)) {
		const state = controlAt(t, place, day, horizon);
		const previous = controlAt(t, place, day - 1, horizon);
		if (statesDiffer(state, previous)) out.push({ day, place, state, previous });
	}
	return out;
}
