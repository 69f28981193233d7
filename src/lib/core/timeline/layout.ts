/**
 * The layout of a compiled timeline: typed arrays that hold every answer, written by the
 * compiler (sweep.ts and the stores it fills) and read by the queries (queries.ts).
 *
 * Per place, one horizon bucket per distinct publication day (plus the bucket before any);
 * each bucket is a run of segments (first day, state record), the first starting at
 * -Infinity. A state record is a few numbers: codes for controller, basis and uncertainty,
 * and ids of interned claim lists and windows. An object per state cost ten times the memory
 * and, on a machine where fresh memory is slow, most of the time.
 */
import type { Day } from '../dates';
import type { Basis, ControlValue } from '../vocabulary';
import { NEG_INF } from './packing';
import type { PlaceState } from './types';

/** The int32 fields of a state record r, at recordInts[RECORD_INTS * r + field]. */
export const RECORD_INTS = 7;
export const R_SIDES = 0;
export const R_CONTRADICTING = 1;
export const R_SUPERSEDED = 2;
export const R_UNCERTAIN_WINDOW = 3;
export const R_SINCE = 4;
export const R_UNTIL = 5;
/** The carriedFrom day in 32 bits (packing.ts); NO_DAY = null (a stated day is never -Infinity). */
export const R_CARRIED_FROM = 6;
export const NO_DAY = NEG_INF;

/** The byte fields of a state record r, at recordBytes[RECORD_BYTES * r + field]. */
export const RECORD_BYTES = 4;
export const R_CONTROLLER = 0;
export const R_BASIS = 1;
/** Uncertain-from controller code + 1; 0 = the state is not uncertain. */
export const R_UNCERTAIN_FROM = 2;
export const R_UNCERTAIN_TO = 3;

/** Basis codes, indices into BASIS_NAMES. */
export const BASIS_NONE = 0;
export const BASIS_STATED = 1;
export const BASIS_INFERRED = 2;
export const BASIS_CARRIED = 3;
export const BASIS_NAMES: readonly Basis[] = ['none', 'stated', 'inferred', 'carried'];

/** Controller code 0 is 'unknown'; the others index `names`. */
export const UNKNOWN_CODE = 0;

export interface TimelineData {
	readonly ids: readonly string[];
	readonly index: ReadonlyMap<string, number>;
	/** Place i's publication days are pubDays[pubOff[i] .. pubOff[i + 1]). */
	readonly pubOff: Int32Array;
	readonly pubDays: Int32Array;
	/** Place i's bucket k owns segments [offsets[bucketOff[i] + k], offsets[bucketOff[i] + k + 1]). */
	readonly bucketOff: Int32Array;
	readonly offsets: Int32Array;
	/** First day of each segment in 32 bits (packing.ts); the first segment of each bucket starts at -Infinity. */
	readonly starts: Int32Array;
	/** The state record of each segment. */
	readonly segmentRecord: Int32Array;
	/** State records: RECORD_INTS list and window ids (-1 = none) and RECORD_BYTES codes each. */
	readonly recordInts: Int32Array;
	readonly recordBytes: Uint8Array;
	/** Place p's records are recordOff[p] .. recordOff[p + 1]. */
	readonly recordOff: Int32Array;
	/** Window w is (windows[2w], windows[2w + 1]) in 32-bit days; windows are interned per place. */
	readonly windows: Int32Array;
	/** Claim list j is listData[listOff[j] .. listOff[j + 1]), in preferred order; an entry is report index * 2, + 1 when implied. */
	readonly listOff: Int32Array;
	readonly listData: Int32Array;
	/** The number of distinct controllers in list j. */
	readonly listSides: Uint8Array;
	readonly reportIds: readonly string[];
	/** Controller codes of each report's controller and displaced force (0 when none). */
	readonly reportController: Uint8Array;
	readonly reportDisplaced: Uint8Array;
	/** Controller names by code; code 0 is 'unknown'. */
	readonly names: readonly ControlValue[];
	/** The objects queries have returned so far; allocated with the first query. */
	objects: StateObjects | null;
	readonly publications: readonly Day[];
	readonly range: { readonly first: Day; readonly last: Day } | null;
	readonly changeCache: Map<number, readonly Day[]>;
}

/**
 * Objects built for answers, each once and then shared: by record, list, claim entry, window
 * and (window, from, to) for uncertainties.
 */
export interface StateObjects {
	readonly states: (PlaceState | undefined)[];
	readonly sides: (PlaceState['sides'] | undefined)[];
	readonly refs: (PlaceState['supporting'] | undefined)[];
	readonly ref: (PlaceState['supporting'][number] | undefined)[];
	readonly windows: (NonNullable<PlaceState['since']> | undefined)[];
	readonly uncertain: Map<number, NonNullable<PlaceState['uncertain']>>;
}
