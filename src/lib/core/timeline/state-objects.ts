/**
 * The PlaceState objects of a compiled timeline, built from its records the first time a
 * query returns them and then kept, frozen and shared: equal answers are the same object, and
 * a replay of days already shown allocates nothing. Lists, claim references, windows and
 * uncertainties are shared the same way between the states that name them.
 */
import type { DayWindow } from '../dates';
import type { Controller } from '../types';
import {
	BASIS_NAMES,
	RECORD_BYTES,
	RECORD_INTS,
	NO_DAY,
	R_BASIS,
	R_CARRIED_FROM,
	R_CONTRADICTING,
	R_CONTROLLER,
	R_SIDES,
	R_SINCE,
	R_SUPERSEDED,
	R_UNCERTAIN_FROM,
	R_UNCERTAIN_TO,
	R_UNCERTAIN_WINDOW,
	R_UNTIL,
	type StateObjects,
	type TimelineData
} from './layout';
import { fromDay32 } from './packing';
import type { ClaimRef, PlaceState, Side, Uncertain } from './types';

const NO_REFS: readonly ClaimRef[] = Object.freeze([]);
const NO_SIDES: readonly Side[] = Object.freeze([]);

/** The PlaceState of record rec of place i, built the first time it is asked for. */
export function stateOf(d: TimelineData, i: number, rec: number): PlaceState {
	const objects = d.objects ?? newObjects(d);
	const state = objects.states[rec];
	return state !== undefined ? state : materialize(d, objects, i, rec);
}

function newObjects(d: TimelineData): StateObjects {
	const objects: StateObjects = {
		states: new Array<PlaceState | undefined>(d.recordBytes.length / RECORD_BYTES),
		sides: new Array<readonly Side[] | undefined>(d.listSides.length),
		refs: new Array<readonly ClaimRef[] | undefined>(d.listSides.length),
		ref: new Array<ClaimRef | undefined>(d.reportIds.length * 2),
		windows: new Array<DayWindow | undefined>(d.windows.length / 2),
		uncertain: new Map()
	};
	d.objects = objects;
	return objects;
}

/** Window w, shared; null for -1. */
function windowOf(d: TimelineData, o: StateObjects, w: number): DayWindow | null {
	if (w < 0) return null;
	let win = o.windows[w];
	if (win === undefined) {
		win = Object.freeze({
			earliest: fromDay32(d.windows[2 * w]!),
			latest: fromDay32(d.windows[2 * w + 1]!)
		});
		o.windows[w] = win;
	}
	return win;
}

/** The shared, frozen reference of a list entry. */
function refOf(d: TimelineData, o: StateObjects, e: number): ClaimRef {
	let r = o.ref[e];
	if (r === undefined) {
		r = Object.freeze({ report: d.reportIds[e >> 1]!, implied: (e & 1) === 1 });
		o.ref[e] = r;
	}
	return r;
}

function entryController(d: TimelineData, e: number): number {
	return (e & 1) === 1 ? d.reportDisplaced[e >> 1]! : d.reportController[e >> 1]!;
}

function refsOf(d: TimelineData, o: StateObjects, list: number): readonly ClaimRef[] {
	if (list < 0) return NO_REFS;
	let refs = o.refs[list];
	if (refs === undefined) {
		const lo = d.listOff[list]!;
		const out = new Array<ClaimRef>(d.listOff[list + 1]! - lo);
		for (let i = 0; i < out.length; i++) out[i] = refOf(d, o, d.listData[lo + i]!);
		refs = Object.freeze(out);
		o.refs[list] = refs;
	}
	return refs;
}

/** The side of controller code c within list entries [lo, hi): its claims in list order. */
function sideOf(d: TimelineData, o: StateObjects, c: number, lo: number, hi: number): Side {
	const claims: ClaimRef[] = [];
	for (let j = lo; j < hi; j++) {
		if (entryController(d, d.listData[j]!) === c) claims.push(refOf(d, o, d.listData[j]!));
	}
	return Object.freeze({ controller: d.names[c] as Controller, claims: Object.freeze(claims) });
}

/** The sides of a list: its claims grouped by controller, in order of each controller's first claim. */
function sidesOf(d: TimelineData, o: StateObjects, list: number): readonly Side[] {
	if (list < 0) return NO_SIDES;
	let sides = o.sides[list];
	if (sides !== undefined) return sides;
	const lo = d.listOff[list]!;
	const hi = d.listOff[list + 1]!;
	const count = d.listSides[list]!;
	const out = new Array<Side>(count);
	if (count === 1) {
		out[0] = Object.freeze({
			controller: d.names[entryController(d, d.listData[lo]!)] as Controller,
			claims: refsOf(d, o, list)
		});
	} else {
		let n = 0;
		for (let i = lo; i < hi; i++) {
			const c = entryController(d, d.listData[i]!);
			let seen = false;
			for (let j = lo; j < i && !seen; j++) seen = entryController(d, d.listData[j]!) === c;
			if (!seen) out[n++] = sideOf(d, o, c, i, hi);
		}
	}
	sides = Object.freeze(out);
	o.sides[list] = sides;
	return sides;
}

/** The shared uncertainty "may change from f to t within window w". */
function uncertainOf(d: TimelineData, o: StateObjects, f: number, t: number, w: number): Uncertain {
	const key = (w * 256 + f) * 256 + t;
	let u = o.uncertain.get(key);
	if (u === undefined) {
		u = Object.freeze({ from: d.names[f]!, to: d.names[t]!, window: windowOf(d, o, w)! });
		o.uncertain.set(key, u);
	}
	return u;
}

/** Builds (once) the PlaceState of record r, a state of place p. */
function materialize(d: TimelineData, o: StateObjects, p: number, r: number): PlaceState {
	const ints = d.recordInts;
	const bytes = d.recordBytes;
	const i = r * RECORD_INTS;
	const b = r * RECORD_BYTES;
	const sides = sidesOf(d, o, ints[i + R_SIDES]!);
	const from = bytes[b + R_UNCERTAIN_FROM]!;
	const carriedFrom = ints[i + R_CARRIED_FROM]!;
	const uncertain =
		from === 0
			? null
			: uncertainOf(d, o, from - 1, bytes[b + R_UNCERTAIN_TO]!, ints[i + R_UNCERTAIN_WINDOW]!);
	const state: PlaceState = Object.freeze({
		place: d.ids[p]!,
		controller: d.names[bytes[b + R_CONTROLLER]!]!,
		basis: BASIS_NAMES[bytes[b + R_BASIS]!]!,
		disputed: sides.length >= 2,
		sides,
		uncertain,
		supporting: sides.length > 0 ? sides[0]!.claims : NO_REFS,
		contradicting: refsOf(d, o, ints[i + R_CONTRADICTING]!),
		superseded: refsOf(d, o, ints[i + R_SUPERSEDED]!),
		since: windowOf(d, o, ints[i + R_SINCE]!),
		until: windowOf(d, o, ints[i + R_UNTIL]!),
		carriedFrom: carriedFrom === NO_DAY ? null : carriedFrom
	});
	o.states[r] = state;
	return state;
}
