/**
 * The questions the app asks a compiled timeline. A state's id is found with two binary
 * searches that read no report: the place's horizon bucket among its publication days, then
 * the segment covering the day. stateIdsAt returns ids and never allocates (the path for
 * playing back many places); controlAt and controlAllAt return the shared PlaceState objects
 * (state-objects.ts).
 */
import type { Day } from '../dates';
import type { ControlValue } from '../vocabulary';
import {
	RECORD_BYTES,
	RECORD_INTS,
	R_BASIS,
	R_CONTROLLER,
	R_SIDES,
	R_UNCERTAIN_FROM,
	R_UNCERTAIN_TO,
	R_UNCERTAIN_WINDOW,
	type TimelineData
} from './layout';
import { fromDay32 } from './packing';
import { stateOf } from './state-objects';
import type { PlaceState, Timeline } from './types';

const CHANGE_CACHE_LIMIT = 32;

function data(t: Timeline): TimelineData {
	return t as unknown as TimelineData;
}

function placeIndex(d: TimelineData, place: string): number {
	const i = d.index.get(place);
	if (i === undefined) throw new Error(`unknown place id ${JSON.stringify(place)}`);
	return i;
}

function checkDay(day: Day, horizon: Day): void {
	if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
	if (Number.isNaN(horizon)) throw new Error('the horizon is not a number');
}

/** Number of entries of the sorted 32-bit day array `a` in [lo, hi) that are <= x, plus lo (any day or horizon compares as itself). */
function countAtMost(a: Int32Array, lo: number, hi: number, x: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Where place i's bucket for `horizon` is in `offsets`. */
function bucketIndex(d: TimelineData, i: number, horizon: Day): number {
	const lo = d.pubOff[i]!;
	return d.bucketOff[i]! + countAtMost(d.pubDays, lo, d.pubOff[i + 1]!, horizon) - lo;
}

/** The record (state id) of place i on `day` at `horizon`. */
function recordAt(d: TimelineData, i: number, day: Day, horizon: Day): number {
	const o = bucketIndex(d, i, horizon);
	const lo = d.offsets[o]!;
	return d.segmentRecord[countAtMost(d.starts, lo + 1, d.offsets[o + 1]!, day) - 1]!;
}

/** The state of `place` on `day` counting reports published by `horizon` (default: all); throws on an unknown place or a non-integer day. */
export function controlAt(
	t: Timeline,
	place: string,
	day: Day,
	horizon: Day = Infinity
): PlaceState {
	checkDay(day, horizon);
	const d = data(t);
	const i = placeIndex(d, place);
	return stateOf(d, i, recordAt(d, i, day, horizon));
}

/**
 * Fills `out` (length = places) with every place's state, in placeIds order; returns out.
 * Reads only typed arrays; the first time a state is returned its object is built and kept,
 * so a replay of dates already seen allocates nothing.
 */
export function controlAllAt(t: Timeline, day: Day, horizon: Day, out: PlaceState[]): PlaceState[] {
	checkDay(day, horizon);
	const d = data(t);
	const n = d.ids.length;
	for (let i = 0; i < n; i++) out[i] = stateOf(d, i, recordAt(d, i, day, horizon));
	return out;
}

/**
 * Fills `out` (length = places) with the id of every place's state, in placeIds order, and
 * returns it: the playback path for many places. Equal ids are equal states (the same object
 * from stateById); ids are small whole numbers, distinct across places. Reads typed arrays
 * only and never allocates.
 */
export function stateIdsAt(t: Timeline, day: Day, horizon: Day, out: Int32Array): Int32Array {
	checkDay(day, horizon);
	const d = data(t);
	const n = d.ids.length;
	for (let i = 0; i < n; i++) out[i] = recordAt(d, i, day, horizon);
	return out;
}

function checkStateId(d: TimelineData, id: number): void {
	if (!Number.isInteger(id) || id < 0 || id >= d.recordBytes.length / RECORD_BYTES) {
		throw new Error(`not a state id of this timeline: ${id}`);
	}
}

/** The state with this id (from stateIdsAt): the same object controlAt returns for it. */
export function stateById(t: Timeline, id: number): PlaceState {
	const d = data(t);
	checkStateId(d, id);
	// The place whose records include id: the last p with recordOff[p] <= id.
	let lo = 0;
	let hi = d.ids.length;
	while (hi - lo > 1) {
		const mid = (lo + hi) >>> 1;
		if (d.recordOff[mid]! <= id) lo = mid;
		else hi = mid;
	}
	return stateOf(d, lo, id);
}

/** What the map shows for state `id`, without building its object. */
export function controllerById(t: Timeline, id: number): ControlValue {
	const d = data(t);
	checkStateId(d, id);
	return d.names[d.recordBytes[id * RECORD_BYTES + R_CONTROLLER]!]!;
}

/** Whether state `id` is disputed, without building its object. */
export function disputedById(t: Timeline, id: number): boolean {
	const d = data(t);
	checkStateId(d, id);
	const sides = d.recordInts[id * RECORD_INTS + R_SIDES]!;
	return sides >= 0 && d.listSides[sides]! >= 2;
}

/** Whether state `id` may be about to change (its `uncertain` is set), without building its object. */
export function uncertainById(t: Timeline, id: number): boolean {
	const d = data(t);
	checkStateId(d, id);
	return d.recordBytes[id * RECORD_BYTES + R_UNCERTAIN_FROM] !== 0;
}

/** Whether records a and b (of one place) differ in controller, basis, disputed flag or uncertainty. */
function shownDifferently(d: TimelineData, a: number, b: number): boolean {
	if (a === b) return false;
	const { recordInts: ints, recordBytes: bytes, listSides } = d;
	const i = a * RECORD_BYTES;
	const j = b * RECORD_BYTES;
	if (bytes[i + R_CONTROLLER] !== bytes[j + R_CONTROLLER]) return true;
	if (bytes[i + R_BASIS] !== bytes[j + R_BASIS]) return true;
	const sa = ints[a * RECORD_INTS + R_SIDES]!;
	const sb = ints[b * RECORD_INTS + R_SIDES]!;
	if ((sa >= 0 && listSides[sa]! >= 2) !== (sb >= 0 && listSides[sb]! >= 2)) return true;
	if (bytes[i + R_UNCERTAIN_FROM] !== bytes[j + R_UNCERTAIN_FROM]) return true;
	if (bytes[i + R_UNCERTAIN_FROM] === 0) return false;
	return (
		bytes[i + R_UNCERTAIN_TO] !== bytes[j + R_UNCERTAIN_TO] ||
		ints[a * RECORD_INTS + R_UNCERTAIN_WINDOW] !== ints[b * RECORD_INTS + R_UNCERTAIN_WINDOW]
	);
}

/** Sorted unique days on which some place's controller, basis, disputed flag or uncertainty changes, at `horizon` (default: all). */
export function changeDays(t: Timeline, horizon: Day = Infinity): readonly Day[] {
	if (Number.isNaN(horizon)) throw new Error('the horizon is not a number');
	const d = data(t);
	const cached = d.changeCache.get(horizon);
	if (cached !== undefined) return cached;
	const days: number[] = [];
	for (let p = 0; p < d.ids.length; p++) {
		const o = bucketIndex(d, p, horizon);
		const hi = d.offsets[o + 1]!;
		for (let i = d.offsets[o]! + 1; i < hi; i++) {
			if (shownDifferently(d, d.segmentRecord[i - 1]!, d.segmentRecord[i]!)) {
				days.push(fromDay32(d.starts[i]!));
			}
		}
	}
	days.sort((a, b) => a - b);
	const unique: number[] = [];
	for (const x of days) if (unique.length === 0 || unique[unique.length - 1] !== x) unique.push(x);
	const result = Object.freeze(unique);
	if (d.changeCache.size >= CHANGE_CACHE_LIMIT) d.changeCache.clear();
	d.changeCache.set(horizon, result);
	return result;
}

/** Sorted unique publication days of all reports. */
export function publicationDays(t: Timeline): readonly Day[] {
	return data(t).publications;
}

/** First = earliest finite day in any report's start or end window; last = latest publication day. Throws when there are no reports. */
export function dateRange(t: Timeline): { readonly first: Day; readonly last: Day } {
	const range = data(t).range;
	if (range === null) throw new Error('the timeline has no reports, so it has no date range');
	return range;
}

/** The place ids the timeline was compiled for, in order. */
export function placeIds(t: Timeline): readonly string[] {
	return data(t).ids;
}
