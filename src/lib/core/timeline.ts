/**
 * The timeline: who a place was *reported* to hold on a given day, as known at a given
 * knowledge horizon, and on which reports that answer rests. Compiled once, answered fast.
 *
 * In plain words:
 * - Two time axes. The day D being shown, and the horizon H: only reports published on or
 *   before H count. H = +∞ is "as known now"; H = D is "as reported at the time".
 * - Each counted report is a claim that its controller held the place from its start window
 *   to its end window. A report that says the place was taken *from* a force also implies,
 *   as an inferred claim, that this force held it before the start — and no later than any
 *   report of another force beginning before that start.
 * - A claim with no end holds forward until the next report of a different controller
 *   starting later; a later report of the same controller confirms it. Nothing extends
 *   backward except a null start ("since before anything in the data").
 * - A report corrected by another counted report is set aside (superseded) from the
 *   corrector's start on. Plain disagreement never sets a claim aside: it makes the day disputed.
 * - On day D a claim certainly covers D (between its latest start and its earliest end) or
 *   possibly covers it (D falls inside its uncertain start or end window). Certain claims win;
 *   grouped by controller they form sides, the side of the preferred claim (stated before
 *   inferred, then newest publication, then latest start, then report id) is shown. With only
 *   possible claims, the state that may still hold is shown and the change is marked uncertain.
 * - The basis says how the shown state is known: stated on that day, carried forward from an
 *   earlier stated event with nothing newer, inferred, or none.
 * - `superseded` lists the corrected claims that would otherwise cover the day (certainly or
 *   possibly), whatever else covers it.
 *
 * Compilation: per place, one horizon bucket per distinct publication day; per bucket, the
 * days where anything can change are swept once and each stretch of days between them gets
 * one state record, shared between equal neighbours and across buckets. Every answer is
 * computed then and kept in typed arrays: records of controller, basis and uncertainty codes,
 * interned claim lists and interned windows (a few bytes per state, where an object per state
 * cost ten times the memory and, on a machine where fresh memory is slow, most of the time).
 *
 * Queries: a state's id is found with two binary searches that read no report. stateIdsAt
 * returns ids and never allocates: it is the path for playing back many places. controlAt and
 * controlAllAt return the PlaceState object of the id, built from the record the first time it
 * is asked for and then kept, frozen and shared, so equal answers are the same object and a
 * replay of days already shown allocates nothing.
 */
import type { Day, DayWindow } from './dates';
import type { Controller, Report } from './types';
import type { Basis, ControlValue } from './vocabulary';

export type { Basis, ControlValue };

/** A report backing a state: the report itself, or the earlier state it implies via `displaced`. */
export interface ClaimRef {
	readonly report: string;
	readonly implied: boolean;
}

/** One controller asserted with certainty on a day, with the claims asserting it (preferred first). */
export interface Side {
	readonly controller: Controller;
	readonly claims: readonly ClaimRef[];
}

/** The answer for one place on one day at one horizon; frozen and shared between queries. */
export interface PlaceState {
	readonly place: string;
	/** What the map shows. */
	readonly controller: ControlValue;
	readonly basis: Basis;
	readonly disputed: boolean;
	/** Every controller asserted with certainty on the day, preferred side first; length >= 2 iff disputed. */
	readonly sides: readonly Side[];
	readonly uncertain: null | {
		readonly from: ControlValue;
		readonly to: ControlValue;
		readonly window: DayWindow;
	};
	readonly supporting: readonly ClaimRef[];
	readonly contradicting: readonly ClaimRef[];
	/** Claims set aside by a correction that would otherwise cover the day. */
	readonly superseded: readonly ClaimRef[];
	/** When this state began (null = before anything in the data). */
	readonly since: DayWindow | null;
	/** When it ends per the data (null = open). */
	readonly until: DayWindow | null;
}

declare const timelineBrand: unique symbol;

/** A compiled index over reports and places; opaque, queried with the functions of this module. */
export interface Timeline {
	readonly [timelineBrand]: true;
}

/**
 * The compiled timeline. Every answer is computed at compile time and stored as a numeric
 * state record; the PlaceState object for a record is built the first time a query returns it
 * and kept, so equal queries return the same frozen object.
 */
interface TimelineData {
	readonly ids: readonly string[];
	readonly index: ReadonlyMap<string, number>;
	/** Place i's publication days are pubDays[pubOff[i] .. pubOff[i + 1]). */
	readonly pubOff: Int32Array;
	readonly pubDays: Int32Array;
	/** Place i's bucket k owns segments [offsets[bucketOff[i] + k], offsets[bucketOff[i] + k + 1]). */
	readonly bucketOff: Int32Array;
	readonly offsets: Int32Array;
	/** First day of each segment in 32 bits (see toDay32); the first segment of each bucket starts at -Infinity. */
	readonly starts: Int32Array;
	/** The state record of each segment. */
	readonly segRec: Int32Array;
	/**
	 * State records. Record r: recI[6r ..] = sides list, contradicting list, superseded list,
	 * uncertain window, since window, until window (-1 = none); recB[4r ..] = controller code,
	 * basis code, uncertain-from code + 1 (0 = not uncertain), uncertain-to code.
	 */
	readonly recI: Int32Array;
	readonly recB: Uint8Array;
	/** Place p's records are recOff[p] .. recOff[p + 1]. */
	readonly recOff: Int32Array;
	/** Window w is (winData[2w], winData[2w + 1]) in 32-bit days (see toDay32); windows are interned per place. */
	readonly winData: Int32Array;
	/** Claim list j is listData[listOff[j] .. listOff[j + 1]), in preferred order; an entry is report index * 2, + 1 when implied. */
	readonly listOff: Int32Array;
	readonly listData: Int32Array;
	/** The number of distinct controllers in list j. */
	readonly listSides: Uint8Array;
	readonly reportIds: readonly string[];
	/** Controller codes of each report's controller and displaced force (0 when none). */
	readonly reportCtrl: Uint8Array;
	readonly reportDisp: Uint8Array;
	/** Controller names by code; code 0 is 'unknown'. */
	readonly names: readonly ControlValue[];
	/** The objects queries have returned so far; allocated with the first query. */
	objects: Objects | null;
	readonly publications: readonly Day[];
	readonly range: { readonly first: Day; readonly last: Day } | null;
	readonly changeCache: Map<number, readonly Day[]>;
}

type Uncertain = NonNullable<PlaceState['uncertain']>;

/**
 * Objects built for answers, each once and then shared: by record, list, claim entry, window
 * and (window, from, to) for uncertainties.
 */
interface Objects {
	readonly states: (PlaceState | undefined)[];
	readonly sides: (readonly Side[] | undefined)[];
	readonly refs: (readonly ClaimRef[] | undefined)[];
	readonly ref: (ClaimRef | undefined)[];
	readonly windows: (DayWindow | undefined)[];
	readonly uncertain: Map<number, Uncertain>;
}

const NO_REFS: readonly ClaimRef[] = Object.freeze([]);
const NO_SIDES: readonly Side[] = Object.freeze([]);
const CHANGE_CACHE_LIMIT = 32;
const BASES: readonly Basis[] = ['none', 'stated', 'inferred', 'carried'];
const B_NONE = 0;
const B_STATED = 1;
const B_INFERRED = 2;
const B_CARRIED = 3;
const UNKNOWN = 0;

// Claim flags.
const STATED = 1;
const HOLDS = 2;
const EXPLICIT_END = 4;
const OPEN = 8;
const HAS_START = 16;
const IMPLIED = 32;

function checkWindow(r: Report, name: string, w: DayWindow | null): void {
	if (w === null) return;
	const ok =
		(w.earliest === -Infinity || isDay(w.earliest)) && isDay(w.latest) && w.earliest <= w.latest;
	if (!ok) {
		throw new Error(
			`report ${JSON.stringify(r.id)}: ${name} window [${w.earliest}, ${w.latest}] is not a window of days`
		);
	}
}

/** A whole day number in the range the compiled records can hold. */
function isDay(d: number): boolean {
	return Number.isInteger(d) && Math.abs(d) <= MAX_DAY;
}

function earliestFinite(w: DayWindow | null): number {
	if (w === null) return Infinity;
	return Number.isFinite(w.earliest) ? w.earliest : w.latest;
}

// Days in the 32-bit tables (segment starts, windows): -Infinity and +Infinity as the extremes,
// small integers for V8 (|x| < 2^30). Every finite day of a valid report fits (checkWindow): a
// million years either side of 1970.
const NEG_INF = -0x3fffffff;
const POS_INF = 0x3fffffff;
const MAX_DAY = 400_000_000;

function toDay32(d: number): number {
	return d === -Infinity ? NEG_INF : d === Infinity ? POS_INF : d;
}

function fromDay32(v: number): number {
	return v === NEG_INF ? -Infinity : v === POS_INF ? Infinity : v;
}

function grownI32(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(cap);
	b.set(a);
	return b;
}

function grownU8(a: Uint8Array<ArrayBuffer>, cap: number): Uint8Array<ArrayBuffer> {
	const b = new Uint8Array(cap);
	b.set(a);
	return b;
}

/** The first n entries of a: a view when little room is left over, else a copy to size. */
function fit<
	A extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>
>(a: A, n: number): A {
	return (a.length - n > a.length / 8 ? a.slice(0, n) : a.subarray(0, n)) as A;
}

/** Who corrects report g: entries off[g] .. off[g + 1] of the publication days and earliest starts of the correcting reports. */
interface Corrections {
	readonly off: Int32Array;
	readonly pub: Float64Array;
	readonly startEarliest: Float64Array;
}

/** Compiles one place after another into the packed arrays of TimelineData, reusing its buffers between places. */
class PlaceCompiler {
	private cap = 0;
	// Per claim; claims are numbered in publication order so a horizon counts a prefix.
	private se = new Float64Array(0);
	private sl = new Float64Array(0);
	private pub = new Float64Array(0);
	private ee = new Float64Array(0);
	private el = new Float64Array(0);
	private oldEl = new Float64Array(0);
	private sup = new Float64Array(0);
	private flags = new Uint8Array(0);
	private mark = new Int32Array(0);
	private rank = new Int32Array(0);
	private bySe = new Int32Array(0);
	private corrOff = new Int32Array(0);
	private ctrl = new Uint8Array(0);
	/** The claim's list entry: report index * 2, + 1 for the claim implied by `displaced`. */
	private entry = new Int32Array(0);
	/** Interned start and end windows of each claim, -1 until needed (the end window also after a cut). */
	private sWin = new Int32Array(0);
	private eWin = new Int32Array(0);
	private ids: string[] = [];
	private corrPub: number[] = [];
	private corrSe: number[] = [];
	// Per evaluation.
	private act = new Int32Array(0);
	private cert = new Int32Array(0);
	private poss = new Int32Array(0);
	private supL = new Int32Array(0);
	private from = new Int32Array(0);
	private tmp = new Int32Array(0);
	private bp = new Float64Array(0);
	private rlo = new Float64Array(0);
	private rhi = new Float64Array(0);
	private actN = 0;
	// Interning of the place's rank-ordered claim lists: an open-addressing table from numeric
	// key to node (slots of other places are told apart by their generation, so nothing is
	// cleared between places), and a map for the rare lists too long for an exact numeric key.
	// Node j of the place stands for list nodeList[j]; nodeContra[j] is the list of its claims
	// that contradict its preferred controller (-1 = none, -2 = not yet computed).
	private keys = new Float64Array(256);
	private slotGen = new Int32Array(256);
	private slotNode = new Int32Array(256);
	private gen = 0;
	private readonly longLists = new Map<string, number>();
	private nodeList = new Int32Array(256);
	private nodeContra = new Int32Array(256);
	private nodeN = 0;
	private base = 1;
	private maxDigits = 1;
	// The place being compiled.
	private n = 0;
	private placeIndex = 0;
	private unknownRec = 0;
	/** Segment offsets of the place's buckets, absolute (see TimelineData.offsets). */
	private offs = new Int32Array(64);
	// The output of all places so far, laid out as in TimelineData.
	private starts = new Int32Array(1024);
	private segRec = new Int32Array(1024);
	private segN = 0;
	private recI = new Int32Array(1536);
	private recB = new Uint8Array(1024);
	private winData = new Int32Array(1024);
	private winN = 0;
	/** The place's windows are winData[2 * placeWin ..]. */
	private placeWin = 0;
	private recN = 0;
	private listOff = new Int32Array(1024);
	private listData = new Int32Array(1024);
	private listSides = new Uint8Array(1024);
	private listN = 0;
	private readonly outPubOff: Int32Array;
	private readonly outRecOff: Int32Array;
	private outPubDays = new Int32Array(1024);
	private outPubN = 0;
	private readonly outBucketOff: Int32Array;
	private outOffsets = new Int32Array(1024);
	private outOffN = 0;
	/** The place's publication days (reused). */
	private readonly pubDays: number[] = [];
	// The walk over one bucket.
	private prevHi = 0;
	private bucketLo = 0;
	private pj = 0;
	private pb = 0;
	private next = 0;
	private counted = 0;
	// The result of the last evaluation, as the fields of a record.
	private rCtrl = UNKNOWN;
	private rBasis = B_NONE;
	private rSides = -1;
	private rContra = -1;
	private rSup = -1;
	private rUncFrom = 0;
	private rUncTo = 0;
	private rUnc = -1;
	private rSince = -1;
	private rUntil = -1;

	constructor(
		/** How many places there are in all, for sizing the output. */
		private readonly places: number,
		private readonly reports: readonly Report[],
		private readonly reportCtrl: Uint8Array,
		private readonly reportDisp: Uint8Array,
		private readonly corr: Corrections | null
	) {
		this.outPubOff = new Int32Array(places + 1);
		this.outRecOff = new Int32Array(places + 1);
		this.outBucketOff = new Int32Array(places + 1);
	}

	/**
	 * A new capacity for output that now needs `need` entries and has room for `length`. Each
	 * regrowth copies the whole output and touches fresh memory, so there should be few: double
	 * while few places are done, then extrapolate from the places done to all places, with a
	 * little to spare so that the final output rarely needs copying to size (see `fit`).
	 */
	private room(need: number, length: number): number {
		const done = this.placeIndex + 1;
		if (done * 64 < this.places) return Math.max(need, length * 2);
		return Math.max(
			need + 1024,
			Math.ceil(length * 1.25),
			Math.ceil((need / done) * this.places * 1.06)
		);
	}

	/** Whether claim a comes after claim b in the preferred order. */
	private after(a: number, b: number): boolean {
		const { flags, pub, se, ids } = this;
		const sa = flags[a]! & STATED;
		const sb = flags[b]! & STATED;
		if (sa !== sb) return sb > sa;
		if (pub[a] !== pub[b]) return pub[b]! > pub[a]!;
		if (se[a] !== se[b]) return se[a]! < se[b]!;
		if (ids[a] !== ids[b]) return ids[a]! > ids[b]!;
		return (flags[a]! & IMPLIED) > (flags[b]! & IMPLIED);
	}

	private ensure(n: number): void {
		if (n <= this.cap) return;
		const cap = Math.max(64, n * 2);
		this.cap = cap;
		this.se = new Float64Array(cap);
		this.sl = new Float64Array(cap);
		this.pub = new Float64Array(cap);
		this.ee = new Float64Array(cap);
		this.el = new Float64Array(cap);
		this.oldEl = new Float64Array(cap);
		this.sup = new Float64Array(cap);
		this.flags = new Uint8Array(cap);
		this.mark = new Int32Array(cap);
		this.rank = new Int32Array(cap);
		this.bySe = new Int32Array(cap);
		this.corrOff = new Int32Array(cap + 1);
		this.ctrl = new Uint8Array(cap);
		this.entry = new Int32Array(cap);
		this.sWin = new Int32Array(cap);
		this.eWin = new Int32Array(cap);
		this.act = new Int32Array(cap);
		this.cert = new Int32Array(cap);
		this.poss = new Int32Array(cap);
		this.supL = new Int32Array(cap);
		this.from = new Int32Array(cap);
		this.tmp = new Int32Array(cap);
		this.bp = new Float64Array(cap * 6);
		this.rlo = new Float64Array(cap * 3);
		this.rhi = new Float64Array(cap * 3);
	}

	/**
	 * Compiles place p from its own reports (indices into `reports`, sorted here by publication,
	 * in place) and the publication days of other places' reports correcting them.
	 */
	compile(p: number, own: Int32Array, extraPubs: number[]): void {
		const { reports, reportCtrl, reportDisp, corr } = this;
		let sorted = true;
		for (let i = 1; i < own.length && sorted; i++) {
			sorted = reports[own[i - 1]!]!.published <= reports[own[i]!]!.published;
		}
		if (!sorted) own.sort((a, b) => reports[a]!.published - reports[b]!.published);
		const pubDays = this.pubDays;
		pubDays.length = 0;
		if (extraPubs.length > 0) {
			for (let i = 0; i < own.length; i++) extraPubs.push(reports[own[i]!]!.published);
			extraPubs.sort((a, b) => a - b);
			for (const d of extraPubs) if (pubDays[pubDays.length - 1] !== d) pubDays.push(d);
		} else {
			for (let i = 0; i < own.length; i++) {
				const d = reports[own[i]!]!.published;
				if (pubDays[pubDays.length - 1] !== d) pubDays.push(d);
			}
		}
		let n = 0;
		for (let i = 0; i < own.length; i++) {
			const r = reports[own[i]!]!;
			n += r.displaced !== null && r.start !== null ? 2 : 1;
		}
		this.ensure(n);
		this.n = n;
		this.placeIndex = p;
		const { se, sl, pub, ee, el, sup, flags, mark, corrOff, ctrl, entry, ids, sWin, eWin } = this;
		const { corrPub, corrSe } = this;
		corrPub.length = 0;
		corrSe.length = 0;
		let c = 0;
		for (let x = 0; x < own.length; x++) {
			const g = own[x]!;
			const r = reports[g]!;
			const both = r.displaced !== null && r.start !== null ? 2 : 1;
			for (let i = 0; i < both; i++, c++) {
				corrOff[c] = corrPub.length;
				if (corr !== null) {
					for (let j = corr.off[g]!; j < corr.off[g + 1]!; j++) {
						corrPub.push(corr.pub[j]!);
						corrSe.push(corr.startEarliest[j]!);
					}
				}
				ids[c] = r.id;
				entry[c] = g * 2 + i;
				sWin[c] = -1;
				eWin[c] = -1;
				pub[c] = r.published;
				sup[c] = Infinity;
				mark[c] = -1;
				if (i === 0) {
					ctrl[c] = reportCtrl[g]!;
					se[c] = r.start === null ? -Infinity : r.start.earliest;
					sl[c] = r.start === null ? -Infinity : r.start.latest;
					ee[c] = r.end === null ? Infinity : r.end.earliest;
					el[c] = r.end === null ? Infinity : r.end.latest;
					flags[c] =
						(r.basis === 'stated' ? STATED : 0) |
						(r.kind === 'holds' ? HOLDS : 0) |
						(r.end !== null ? EXPLICIT_END : OPEN) |
						(r.start !== null ? HAS_START : 0);
				} else {
					ctrl[c] = reportDisp[g]!;
					se[c] = -Infinity;
					sl[c] = -Infinity;
					ee[c] = r.start!.earliest;
					el[c] = r.start!.latest;
					// Open like any claim without a stated end: an earlier report of another force
					// cuts it, so "taken from ISIS on the 9th" does not outlast "fighting on the 8th".
					flags[c] = IMPLIED | OPEN;
				}
			}
		}
		corrOff[n] = corrPub.length;

		// The preferred order is total and fixed, so it is computed once as a rank (insertion
		// sort: a place has a few dozen claims).
		const order = this.tmp;
		for (let i = 0; i < n; i++) {
			let j = i - 1;
			while (j >= 0 && this.after(order[j]!, i)) {
				order[j + 1] = order[j]!;
				j--;
			}
			order[j + 1] = i;
		}
		for (let i = 0; i < n; i++) this.rank[order[i]!] = i;

		this.gen++;
		this.nodeN = 0;
		if (this.longLists.size > 0) this.longLists.clear();
		this.base = n + 1;
		this.maxDigits = Math.max(1, Math.floor(52 / Math.log2(n + 2)));
		this.placeWin = this.winN;
		this.setUnknown();
		this.outRecOff[p] = this.recN;
		this.unknownRec = this.newRecord();
		if (this.offs.length < pubDays.length + 2) this.offs = new Int32Array(pubDays.length * 2 + 2);
		const offsets = this.offs;
		offsets[0] = this.segN;
		this.pushSegment(NEG_INF, this.unknownRec);
		offsets[1] = this.segN;
		this.counted = 0;
		for (let b = 0; b < pubDays.length; b++) {
			this.bucket(b, pubDays[b]!, offsets);
			offsets[b + 2] = this.segN;
		}
		const np = pubDays.length;
		let at = this.outPubN;
		if (at + np > this.outPubDays.length) {
			this.outPubDays = grownI32(this.outPubDays, this.room(at + np, this.outPubDays.length));
		}
		for (let i = 0; i < np; i++) this.outPubDays[at + i] = pubDays[i]!;
		this.outPubN = at + np;
		this.outPubOff[p + 1] = this.outPubN;
		at = this.outOffN;
		if (at + np + 2 > this.outOffsets.length) {
			this.outOffsets = grownI32(this.outOffsets, this.room(at + np + 2, this.outOffsets.length));
		}
		for (let i = 0; i < np + 2; i++) this.outOffsets[at + i] = offsets[i]!;
		this.outOffN = at + np + 2;
		this.outBucketOff[p + 1] = this.outOffN;
	}

	/** Every place compiled so far, packed in place order (copied to exact size). */
	result(): Pick<
		TimelineData,
		| 'pubOff'
		| 'pubDays'
		| 'bucketOff'
		| 'offsets'
		| 'starts'
		| 'segRec'
		| 'recI'
		| 'recB'
		| 'winData'
		| 'listOff'
		| 'listData'
		| 'listSides'
		| 'recOff'
	> {
		const { segN, recN, listN } = this;
		this.outRecOff[this.places] = recN;
		return {
			pubOff: this.outPubOff,
			pubDays: fit(this.outPubDays, this.outPubN),
			bucketOff: this.outBucketOff,
			offsets: fit(this.outOffsets, this.outOffN),
			starts: fit(this.starts, segN),
			segRec: fit(this.segRec, segN),
			recI: fit(this.recI, recN * 6),
			recB: fit(this.recB, recN * 4),
			winData: fit(this.winData, this.winN * 2),
			listOff: fit(this.listOff, listN + 1),
			listData: fit(this.listData, this.listOff[listN]!),
			listSides: fit(this.listSides, listN),
			recOff: this.outRecOff
		};
	}

	/** Adds the segments of horizon bucket b + 1 (reports published by H counted). */
	private bucket(b: number, H: number, offsets: Int32Array): void {
		const { se, sl, pub, ee, el, sup, flags, mark, oldEl, corrOff, corrPub, corrSe, bySe } = this;
		const { bp, rlo, rhi, n } = this;
		const prevCounted = this.counted;
		let counted = prevCounted;
		while (counted < n && pub[counted]! <= H) counted++;
		this.counted = counted;
		// Open ends: cut by later claims of a different controller (pairs old/new, new/new, new/old).
		for (let q = prevCounted; q < counted; q++) {
			if (!(flags[q]! & HAS_START)) continue;
			for (let r = 0; r < counted; r++) this.cut(r, q, b, prevCounted);
		}
		for (let r = prevCounted; r < counted; r++) {
			if (!(flags[r]! & OPEN)) continue;
			for (let q = 0; q < prevCounted; q++)
				if (flags[q]! & HAS_START) this.cut(r, q, b, prevCounted);
		}
		// The days this bucket can differ from the previous one on: regions [rlo, rhi].
		// (A claim whose latest end comes before its earliest start is never active: no region.)
		let nr = 0;
		for (let k = prevCounted; k < counted; k++) {
			if (se[k]! > el[k]!) continue;
			rlo[nr] = se[k]!;
			rhi[nr++] = el[k]!;
		}
		for (let k = 0; k < prevCounted; k++) {
			if (mark[k] === b && se[k]! <= oldEl[k]!) {
				rlo[nr] = se[k]!;
				rhi[nr++] = oldEl[k]!;
			}
		}
		// Corrections counted at this horizon.
		for (let k = 0; k < counted; k++) {
			const lo = corrOff[k]!;
			const hi = corrOff[k + 1]!;
			if (lo === hi) continue;
			let s = Infinity;
			for (let j = lo; j < hi; j++) if (corrPub[j]! <= H && corrSe[j]! < s) s = corrSe[j]!;
			if (s < sup[k]! && k < prevCounted) {
				const a = Math.max(se[k]!, s);
				if (a <= el[k]!) {
					rlo[nr] = a;
					rhi[nr++] = el[k]!;
				}
			}
			sup[k] = s;
		}
		// Claims by earliest start, for the sweep (insertion of the new ones).
		for (let k = prevCounted; k < counted; k++) {
			let j = k - 1;
			while (j >= 0 && se[bySe[j]!]! > se[k]!) {
				bySe[j + 1] = bySe[j]!;
				j--;
			}
			bySe[j + 1] = k;
		}
		// Sort and merge the regions.
		for (let i = 1; i < nr; i++) {
			const a = rlo[i]!;
			const z = rhi[i]!;
			let j = i - 1;
			while (j >= 0 && rlo[j]! > a) {
				rlo[j + 1] = rlo[j]!;
				rhi[j + 1] = rhi[j]!;
				j--;
			}
			rlo[j + 1] = a;
			rhi[j + 1] = z;
		}
		let m = 0;
		for (let i = 0; i < nr; i++) {
			if (m > 0 && rlo[i]! <= rhi[m - 1]! + 1) {
				if (rhi[i]! > rhi[m - 1]!) rhi[m - 1] = rhi[i]!;
			} else {
				rlo[m] = rlo[i]!;
				rhi[m++] = rhi[i]!;
			}
		}
		// Every day inside a region on which a comparison in `evaluate` can change its outcome for
		// a claim: while a claim is active (earliest start <= D <= latest end) it can only change
		// where it becomes certain, leaves its start window or enters its end window, or is superseded.
		let nb = 0;
		const lo0 = m > 0 ? rlo[0]! : Infinity;
		for (let k = 0; k < counted; k++) {
			const z = el[k]!;
			if (z + 1 < lo0) continue;
			const a = se[k]!;
			const l = sl[k]!;
			const e = ee[k]!;
			const s0 = sup[k]!;
			if (a !== -Infinity && inRegions(rlo, rhi, m, a)) nb = addDay(bp, nb, a);
			if (l > a && l <= z && inRegions(rlo, rhi, m, l)) nb = addDay(bp, nb, l);
			if (l + 1 > a && l + 1 <= z && (flags[k]! & STATED || e <= l + 1)) {
				if (inRegions(rlo, rhi, m, l + 1)) nb = addDay(bp, nb, l + 1);
			}
			if (e > a && e <= z && e !== Infinity && inRegions(rlo, rhi, m, e)) nb = addDay(bp, nb, e);
			if (z !== Infinity && inRegions(rlo, rhi, m, z + 1)) nb = addDay(bp, nb, z + 1);
			if (s0 > a && s0 <= z && s0 !== Infinity && inRegions(rlo, rhi, m, s0))
				nb = addDay(bp, nb, s0);
		}
		if (nb > SORTED_DAYS) {
			sortDays(bp, nb);
			let u = 0;
			for (let i = 0; i < nb; i++) if (u === 0 || bp[u - 1] !== bp[i]) bp[u++] = bp[i]!;
			nb = u;
		}

		// Walk the days: copy the previous bucket outside the regions, evaluate inside them.
		this.prevHi = offsets[b + 1]!;
		this.bucketLo = this.segN;
		this.pj = offsets[b]!;
		this.pb = this.pj;
		this.next = 0;
		this.actN = 0;
		let bi = 0;
		let x = -Infinity;
		for (let i = 0; i < m; i++) {
			const lo = rlo[i]!;
			const hi = rhi[i]!;
			if (x < lo) this.copy(x, lo);
			while (bi < nb && bp[bi]! <= lo) bi++;
			if (lo === -Infinity) {
				const first = bi < nb && bp[bi]! <= hi ? bp[bi]! : hi === Infinity ? 1 : hi + 1;
				this.evalAt(-Infinity, first - 1);
			} else this.evalAt(lo, lo);
			while (bi < nb && bp[bi]! <= hi) {
				this.evalAt(bp[bi]!, bp[bi]!);
				bi++;
			}
			x = hi + 1;
		}
		if (x !== Infinity) this.copy(x, Infinity);
	}

	private cut(r: number, q: number, stamp: number, oldCount: number): void {
		const { flags, ctrl, se, sl, ee, el } = this;
		if (!(flags[r]! & OPEN) || ctrl[r] === ctrl[q] || !(se[q]! > se[r]!)) return;
		if (se[q]! < ee[r]! || sl[q]! < el[r]!) {
			if (r < oldCount && this.mark[r] !== stamp) {
				this.mark[r] = stamp;
				this.oldEl[r] = el[r]!;
			}
			if (se[q]! < ee[r]!) ee[r] = se[q]!;
			if (sl[q]! < el[r]!) el[r] = sl[q]!;
			this.eWin[r] = -1;
		}
	}

	/** Appends a segment; `start` is in 32 bits (toDay32). */
	private pushSegment(start: number, rec: number): void {
		const i = this.segN;
		if (i === this.starts.length) {
			const cap = this.room(i + 1, i);
			this.starts = grownI32(this.starts, cap);
			this.segRec = grownI32(this.segRec, cap);
		}
		this.starts[i] = start;
		this.segRec[i] = rec;
		this.segN = i + 1;
	}

	/** Copies the previous bucket's segments over the days [x, y). */
	private copy(x: number, y: number): void {
		const { starts, segRec, prevHi } = this;
		const x32 = toDay32(x);
		const y32 = toDay32(y);
		let pj = this.pj;
		while (pj + 1 < prevHi && starts[pj + 1]! <= x32) pj++;
		this.pushCopy(x32, segRec[pj]!);
		while (pj + 1 < prevHi && starts[pj + 1]! < y32) {
			pj++;
			this.pushCopy(starts[pj]!, segRec[pj]!);
		}
		this.pj = pj;
	}

	private pushCopy(start: number, rec: number): void {
		if (this.segN > this.bucketLo) {
			const last = this.segRec[this.segN - 1]!;
			if (last === rec || this.sameRecord(last, rec)) return;
		}
		this.pushSegment(start, rec);
	}

	/** Evaluates the segment starting at `start` on its representative day D. */
	private evalAt(start: number, D: number): void {
		const { se, bySe } = this;
		while (this.next < this.counted && se[bySe[this.next]!]! <= D)
			this.activate(bySe[this.next++]!);
		this.evaluate(D);
		if (this.segN > this.bucketLo && this.matches(this.segRec[this.segN - 1]!)) return;
		const { starts, prevHi } = this;
		let pb = this.pb;
		while (pb + 1 < prevHi && starts[pb + 1]! <= D) pb++;
		this.pb = pb;
		const candidate = this.segRec[pb]!;
		this.pushSegment(toDay32(start), this.matches(candidate) ? candidate : this.record());
	}

	/** Inserts claim k into the active list, which is kept in preferred order. */
	private activate(k: number): void {
		const { act, rank } = this;
		const rk = rank[k]!;
		let j = this.actN - 1;
		while (j >= 0 && rank[act[j]!]! > rk) {
			act[j + 1] = act[j]!;
			j--;
		}
		act[j + 1] = k;
		this.actN++;
	}

	private setUnknown(): void {
		this.rCtrl = UNKNOWN;
		this.rBasis = B_NONE;
		this.rSides = -1;
		this.rContra = -1;
		this.rSup = -1;
		this.rUncFrom = 0;
		this.rUncTo = 0;
		this.rUnc = -1;
		this.rSince = -1;
		this.rUntil = -1;
	}

	/** The change the shown state may undergo: from `f` to `t` within window w. */
	private setUncertain(f: number, t: number, w: number): void {
		this.rUncFrom = f + 1;
		this.rUncTo = t;
		this.rUnc = w;
	}

	/** The place's window [lo, hi], interned (a place has a few dozen). */
	private windowId(lo: number, hi: number): number {
		const a = toDay32(lo);
		const b = toDay32(hi);
		const { winN } = this;
		let data = this.winData;
		for (let w = this.placeWin; w < winN; w++) {
			if (data[2 * w] === a && data[2 * w + 1] === b) return w;
		}
		if (2 * winN + 2 > data.length) {
			data = grownI32(data, this.room(2 * winN + 2, data.length));
			this.winData = data;
		}
		data[2 * winN] = a;
		data[2 * winN + 1] = b;
		this.winN = winN + 1;
		return winN;
	}

	/** The start window of claim k (it has one). */
	private startWin(k: number): number {
		return this.claimWindow(this.sWin, k, this.se, this.sl);
	}

	/** The end window of claim k as cut so far. */
	private endWin(k: number): number {
		return this.claimWindow(this.eWin, k, this.ee, this.el);
	}

	/** The window [lo[k], hi[k]] of claim k, interned once and kept in cache[k]. */
	private claimWindow(cache: Int32Array, k: number, lo: Float64Array, hi: Float64Array): number {
		let w = cache[k]!;
		if (w < 0) {
			w = this.windowId(lo[k]!, hi[k]!);
			cache[k] = w;
		}
		return w;
	}

	private evaluate(D: number): void {
		const { act, cert, poss, supL, from, tmp, se, sl, ee, el, sup, ctrl, flags } = this;
		let cc = 0;
		let pc = 0;
		let nSup = 0;
		let w = 0;
		const actN = this.actN;
		for (let i = 0; i < actN; i++) {
			const k = act[i]!;
			if (el[k]! < D) continue;
			act[w++] = k;
			if (sup[k]! <= D) supL[nSup++] = k;
			else if (sl[k]! <= D && D < ee[k]!) cert[cc++] = k;
			else poss[pc++] = k;
		}
		this.actN = w;
		this.setUnknown();
		this.rSup = nSup === 0 ? -1 : this.listOf(supL, nSup);
		let rCtrl = UNKNOWN;
		let side0: Int32Array = cert;
		let side0Len = cc;
		if (cc > 0) {
			const node = this.walk(cert, cc);
			this.rSides = this.nodeList[node]!;
			// Sides are grouped by controller in preferred order, so the first claim's side leads.
			rCtrl = ctrl[cert[0]!]!;
			let contra = this.nodeContra[node]!;
			if (contra === -2) {
				let m = 0;
				for (let i = 0; i < cc; i++) if (ctrl[cert[i]!] !== rCtrl) tmp[m++] = cert[i]!;
				contra = m === 0 ? -1 : this.listOf(tmp, m);
				this.nodeContra[node] = contra;
			}
			this.rContra = contra;
			for (let i = 0; i < pc; i++) {
				const k = poss[i]!;
				if (D <= sl[k]! && !(ee[k]! <= D) && ctrl[k] !== rCtrl) {
					this.setUncertain(rCtrl, ctrl[k]!, this.startWin(k));
					break;
				}
			}
		} else if (pc > 0) {
			let fc = 0;
			let firstTo = -1;
			for (let i = 0; i < pc; i++) {
				const k = poss[i]!;
				if (ee[k]! <= D) from[fc++] = k;
				if (firstTo < 0 && D <= sl[k]!) firstTo = k;
			}
			if (fc > 0) {
				this.rSides = this.listOf(from, fc);
				rCtrl = ctrl[from[0]!]!;
			}
			let m = 0;
			for (let i = 0; i < pc; i++) if (ctrl[poss[i]!] !== rCtrl) tmp[m++] = poss[i]!;
			this.rContra = m === 0 ? -1 : this.listOf(tmp, m);
			if (firstTo >= 0) this.setUncertain(rCtrl, ctrl[firstTo]!, this.startWin(firstTo));
			else this.setUncertain(rCtrl, UNKNOWN, this.endWin(from[0]!));
			side0 = from;
			side0Len = fc;
		}
		this.rCtrl = rCtrl;
		if (rCtrl === UNKNOWN) return;
		let anyStated = false;
		let statedNow = false;
		let sinceK = -1;
		let untilK = -1;
		for (let i = 0; i < side0Len; i++) {
			const k = side0[i]!;
			if (ctrl[k] !== rCtrl) continue;
			const f = flags[k]!;
			if (f & STATED) {
				anyStated = true;
				if ((se[k]! <= D && D <= sl[k]!) || f & EXPLICIT_END || (f & HOLDS && D <= sl[k]!)) {
					statedNow = true;
				}
			}
			if (sinceK < 0 || se[k]! < se[sinceK]! || (se[k] === se[sinceK] && sl[k]! < sl[sinceK]!)) {
				sinceK = k;
			}
			if (
				el[k] !== Infinity &&
				(untilK < 0 || ee[k]! < ee[untilK]! || (ee[k] === ee[untilK] && el[k]! < el[untilK]!))
			) {
				untilK = k;
			}
		}
		this.rBasis = !anyStated ? B_INFERRED : statedNow ? B_STATED : B_CARRIED;
		if (flags[sinceK]! & HAS_START) {
			this.rSince = this.startWin(sinceK);
		}
		if (untilK >= 0) {
			this.rUntil = this.endWin(untilK);
		}
	}

	/** Whether record r holds the result of the last evaluation. */
	private matches(r: number): boolean {
		const { recI, recB } = this;
		const i = r * 6;
		const b = r * 4;
		return (
			recI[i] === this.rSides &&
			recB[b] === this.rCtrl &&
			recB[b + 1] === this.rBasis &&
			recI[i + 1] === this.rContra &&
			recI[i + 2] === this.rSup &&
			recB[b + 2] === this.rUncFrom &&
			recB[b + 3] === this.rUncTo &&
			recI[i + 3] === this.rUnc &&
			recI[i + 4] === this.rSince &&
			recI[i + 5] === this.rUntil
		);
	}

	/** Whether records a and b (of the same place, so with the same interned lists and windows) hold the same state. */
	private sameRecord(a: number, b: number): boolean {
		const { recI, recB } = this;
		for (let j = 0; j < 6; j++) if (recI[a * 6 + j] !== recI[b * 6 + j]) return false;
		for (let j = 0; j < 4; j++) if (recB[a * 4 + j] !== recB[b * 4 + j]) return false;
		return true;
	}

	/** The record of the last evaluation: the place's unknown record, or a new one. */
	private record(): number {
		if (this.rCtrl === UNKNOWN && this.rUncFrom === 0 && this.rSup === -1) return this.unknownRec;
		return this.newRecord();
	}

	private newRecord(): number {
		const r = this.recN;
		if ((r + 1) * 4 > this.recB.length) {
			const cap = this.room(r + 1, this.recB.length / 4);
			this.recI = grownI32(this.recI, cap * 6);
			this.recB = grownU8(this.recB, cap * 4);
		}
		const { recI, recB } = this;
		const i = r * 6;
		const b = r * 4;
		recI[i] = this.rSides;
		recI[i + 1] = this.rContra;
		recI[i + 2] = this.rSup;
		recI[i + 3] = this.rUnc;
		recI[i + 4] = this.rSince;
		recI[i + 5] = this.rUntil;
		recB[b] = this.rCtrl;
		recB[b + 1] = this.rBasis;
		recB[b + 2] = this.rUncFrom;
		recB[b + 3] = this.rUncTo;
		this.recN = r + 1;
		return r;
	}

	/** The output list of a rank-ordered claim list, interned. */
	private listOf(list: Int32Array, len: number): number {
		const node = this.walk(list, len);
		return this.nodeList[node]!;
	}

	/** The interning node of a rank-ordered claim list, keyed by its digits k + 1 in base n + 1 while exact. */
	private walk(list: Int32Array, len: number): number {
		if (len > this.maxDigits) {
			let key = '';
			for (let i = 0; i < len; i++) key += String.fromCharCode(list[i]! + 1);
			let node = this.longLists.get(key);
			if (node === undefined) {
				node = this.newNode(list, len);
				this.longLists.set(key, node);
			}
			return node;
		}
		const base = this.base;
		let key = 0;
		for (let i = len - 1; i >= 0; i--) key = key * base + list[i]! + 1;
		const { keys, slotGen, gen } = this;
		const mask = keys.length - 1;
		let h = hashKey(key) & mask;
		while (slotGen[h] === gen) {
			if (keys[h] === key) return this.slotNode[h]!;
			h = (h + 1) & mask;
		}
		keys[h] = key;
		slotGen[h] = gen;
		const node = this.newNode(list, len);
		this.slotNode[h] = node;
		if (this.nodeN * 2 > keys.length) this.growTable();
		return node;
	}

	/** A new node of the place, standing for a new list in the output with the given claims. */
	private newNode(list: Int32Array, len: number): number {
		const node = this.nodeN;
		if (node === this.nodeList.length) {
			this.nodeList = grownI32(this.nodeList, node * 2);
			this.nodeContra = grownI32(this.nodeContra, node * 2);
		}
		const j = this.listN;
		if (j + 2 > this.listOff.length) {
			const cap = this.room(j + 2, this.listOff.length);
			this.listOff = grownI32(this.listOff, cap);
			this.listSides = grownU8(this.listSides, cap);
		}
		const at = this.listOff[j]!;
		if (at + len > this.listData.length) {
			this.listData = grownI32(this.listData, this.room(at + len, this.listData.length));
		}
		const { listData, entry, ctrl } = this;
		let distinct = 0;
		for (let i = 0; i < len; i++) {
			const k = list[i]!;
			listData[at + i] = entry[k]!;
			let seen = false;
			for (let q = 0; q < i && !seen; q++) seen = ctrl[list[q]!] === ctrl[k];
			if (!seen) distinct++;
		}
		this.listOff[j + 1] = at + len;
		this.listSides[j] = distinct;
		this.listN = j + 1;
		this.nodeList[node] = j;
		this.nodeContra[node] = -2;
		this.nodeN = node + 1;
		return node;
	}

	/** Doubles the key table, keeping the place's entries. */
	private growTable(): void {
		const { keys, slotGen, slotNode, gen } = this;
		const cap = keys.length * 2;
		const mask = cap - 1;
		this.keys = new Float64Array(cap);
		this.slotGen = new Int32Array(cap);
		this.slotNode = new Int32Array(cap);
		for (let i = 0; i < keys.length; i++) {
			if (slotGen[i] !== gen) continue;
			let h = hashKey(keys[i]!) & mask;
			while (this.slotGen[h] === gen) h = (h + 1) & mask;
			this.keys[h] = keys[i]!;
			this.slotGen[h] = gen;
			this.slotNode[h] = slotNode[i]!;
		}
	}
}

/** A string hash (FNV-1a) for ReportsById. */
function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h ^ (h >>> 15);
}

/**
 * Report indices by id: an open-addressing table sized once for all reports (a Map of a few
 * hundred thousand strings, grown one entry at a time, costs several times more).
 */
class ReportIndex {
	/** Per slot: report index + 1, or 0 when the slot is empty. */
	private readonly slots: Int32Array;
	private readonly hashes: Int32Array;
	private readonly mask: number;

	constructor(private readonly ids: readonly string[]) {
		let cap = 16;
		while (cap < ids.length * 1.25) cap *= 2;
		this.slots = new Int32Array(cap);
		this.hashes = new Int32Array(cap);
		this.mask = cap - 1;
	}

	/** Adds report g under ids[g]; false when that id is taken already. */
	add(g: number): boolean {
		const id = this.ids[g]!;
		const h = hashString(id) | 0;
		let i = h & this.mask;
		for (let q = this.slots[i]!; q !== 0; q = this.slots[i]!) {
			if (this.hashes[i] === h && this.ids[q - 1] === id) return false;
			i = (i + 1) & this.mask;
		}
		this.slots[i] = g + 1;
		this.hashes[i] = h;
		return true;
	}

	/** The index of the report with this id, or -1. */
	get(id: string): number {
		const h = hashString(id) | 0;
		let i = h & this.mask;
		for (let q = this.slots[i]!; q !== 0; q = this.slots[i]!) {
			if (this.hashes[i] === h && this.ids[q - 1] === id) return q - 1;
			i = (i + 1) & this.mask;
		}
		return -1;
	}
}

/** The code of controller c in `names`, added if new (a corpus has a handful of controllers). */
function codeOf(names: ControlValue[], c: Controller): number {
	for (let i = 1; i < names.length; i++) if (names[i] === c) return i;
	if (names.length > 255) throw new Error('more than 255 distinct controllers');
	names.push(c);
	return names.length - 1;
}

/** Compiles reports into a timeline over the given places; throws on inconsistent input. */
export function compileTimeline(reports: readonly Report[], placeIds: readonly string[]): Timeline {
	const index = new Map<string, number>();
	placeIds.forEach((id, i) => {
		if (index.has(id)) throw new Error(`place id ${JSON.stringify(id)} is listed twice`);
		index.set(id, i);
	});
	const n = reports.length;
	const reportIds = new Array<string>(n);
	for (let g = 0; g < n; g++) reportIds[g] = reports[g]!.id;
	const byId = new ReportIndex(reportIds);
	const placeOf = new Int32Array(n);
	/** Reports of place p: ownData[ownOff[p] .. ownOff[p + 1]), in input order. */
	const ownOff = new Int32Array(placeIds.length + 1);
	const pubSet = new Set<number>();
	const names: ControlValue[] = ['unknown'];
	const reportCtrl = new Uint8Array(n);
	const reportDisp = new Uint8Array(n);
	let first = Infinity;
	let last = -Infinity;
	let corrections = 0;
	let lastPlace: string | null = null;
	let p = -1;
	let lastPub = NaN;
	for (let g = 0; g < n; g++) {
		const r = reports[g]!;
		if (!byId.add(g)) throw new Error(`report id ${JSON.stringify(r.id)} is used twice`);
		if (r.place !== lastPlace) {
			p = index.get(r.place) ?? -1;
			if (p < 0) {
				throw new Error(
					`report ${JSON.stringify(r.id)} names an unknown place ${JSON.stringify(r.place)}`
				);
			}
			lastPlace = r.place;
		}
		if (!isDay(r.published)) {
			throw new Error(`report ${JSON.stringify(r.id)}: published is not a whole day number`);
		}
		checkWindow(r, 'start', r.start);
		checkWindow(r, 'end', r.end);
		reportCtrl[g] = codeOf(names, r.controller);
		if (r.displaced !== null) reportDisp[g] = codeOf(names, r.displaced);
		placeOf[g] = p;
		ownOff[p + 1] = ownOff[p + 1]! + 1;
		if (r.published !== lastPub) {
			pubSet.add(r.published);
			lastPub = r.published;
		}
		if (r.published > last) last = r.published;
		first = Math.min(first, earliestFinite(r.start), earliestFinite(r.end));
		corrections += r.relations.length;
	}
	for (let q = 0; q < placeIds.length; q++) ownOff[q + 1] = ownOff[q + 1]! + ownOff[q]!;
	const ownData = new Int32Array(n);
	const cursor = ownOff.slice(0, placeIds.length);
	for (let g = 0; g < n; g++) ownData[cursor[placeOf[g]!]!++] = g;

	// Corrections, by corrected report: corrOff[g] .. corrOff[g + 1] index corrPub and corrSe.
	let corr: Corrections | null = null;
	const extraPubs = new Map<number, number[]>();
	if (corrections > 0) {
		const target: number[] = [];
		const by: number[] = [];
		for (let g = 0; g < n; g++) {
			for (const rel of reports[g]!.relations) {
				if (rel.type !== 'corrects') continue;
				const t = byId.get(rel.report);
				if (t < 0) continue;
				target.push(t);
				by.push(g);
				const tp = placeOf[t]!;
				if (tp !== placeOf[g]) {
					let list = extraPubs.get(tp);
					if (list === undefined) extraPubs.set(tp, (list = []));
					list.push(reports[g]!.published);
				}
			}
		}
		if (target.length > 0) {
			const off = new Int32Array(n + 1);
			for (const t of target) off[t + 1] = off[t + 1]! + 1;
			for (let g = 0; g < n; g++) off[g + 1] = off[g + 1]! + off[g]!;
			const at = off.slice(0, n);
			const pub = new Float64Array(target.length);
			const startEarliest = new Float64Array(target.length);
			for (let i = 0; i < target.length; i++) {
				const j = at[target[i]!]!++;
				const q = reports[by[i]!]!;
				pub[j] = q.published;
				startEarliest[j] = q.start?.earliest ?? -Infinity;
			}
			corr = { off, pub, startEarliest };
		}
	}
	const compiler = new PlaceCompiler(placeIds.length, reports, reportCtrl, reportDisp, corr);
	const none: number[] = [];
	for (let q = 0; q < placeIds.length; q++) {
		compiler.compile(q, ownData.subarray(ownOff[q]!, ownOff[q + 1]!), extraPubs.get(q) ?? none);
	}
	const packed = compiler.result();
	const data: TimelineData = {
		ids: Object.freeze([...placeIds]),
		index,
		...packed,
		reportIds,
		reportCtrl,
		reportDisp,
		names: Object.freeze(names),
		objects: null,
		publications: Object.freeze([...pubSet].sort((a, b) => a - b)),
		range: reports.length === 0 ? null : Object.freeze({ first, last }),
		changeCache: new Map()
	};
	return data as unknown as Timeline;
}

/** A hash of a whole number below 2^53, for the key table. */
function hashKey(key: number): number {
	const h = Math.imul((key >>> 0) ^ Math.imul((key / 0x100000000) >>> 0, 0x27d4eb2d), 0x9e3779b1);
	return h ^ (h >>> 16);
}

/** Whether day d falls in one of the m sorted, disjoint regions [lo[i], hi[i]]. */
function inRegions(lo: Float64Array, hi: Float64Array, m: number, d: number): boolean {
	for (let i = 0; i < m; i++) {
		if (d < lo[i]!) return false;
		if (d <= hi[i]!) return true;
	}
	return false;
}

/** Up to this many days, addDay keeps the days sorted and unique as they come. */
const SORTED_DAYS = 64;

/**
 * Adds day d to a[0..n) and returns the new length. While n < SORTED_DAYS, a stays sorted and
 * free of duplicates (a bucket has a few dozen distinct days, added many times over); past that,
 * days are only appended, to be sorted with sortDays.
 */
function addDay(a: Float64Array, n: number, d: number): number {
	if (n >= SORTED_DAYS) {
		a[n] = d;
		return n + 1;
	}
	let j = n - 1;
	while (j >= 0 && a[j]! > d) j--;
	if (j >= 0 && a[j] === d) return n;
	for (let i = n; i > j + 1; i--) a[i] = a[i - 1]!;
	a[j + 1] = d;
	return n + 1;
}

/** Sorts a[0..n) ascending. */
function sortDays(a: Float64Array, n: number): void {
	a.subarray(0, n).sort();
}

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
	return d.segRec[countAtMost(d.starts, lo + 1, d.offsets[o + 1]!, day) - 1]!;
}

function lookup(d: TimelineData, i: number, day: Day, horizon: Day): PlaceState {
	return stateOf(d, i, recordAt(d, i, day, horizon));
}

/** The PlaceState of record rec of place i, built the first time it is asked for. */
function stateOf(d: TimelineData, i: number, rec: number): PlaceState {
	const objects = d.objects ?? newObjects(d);
	const state = objects.states[rec];
	return state !== undefined ? state : materialize(d, objects, i, rec);
}

function newObjects(d: TimelineData): Objects {
	const objects: Objects = {
		states: new Array<PlaceState | undefined>(d.recB.length / 4),
		sides: new Array<readonly Side[] | undefined>(d.listSides.length),
		refs: new Array<readonly ClaimRef[] | undefined>(d.listSides.length),
		ref: new Array<ClaimRef | undefined>(d.reportIds.length * 2),
		windows: new Array<DayWindow | undefined>(d.winData.length / 2),
		uncertain: new Map()
	};
	d.objects = objects;
	return objects;
}

/** Window w, shared; null for -1. */
function windowOf(d: TimelineData, o: Objects, w: number): DayWindow | null {
	if (w < 0) return null;
	let win = o.windows[w];
	if (win === undefined) {
		win = Object.freeze({
			earliest: fromDay32(d.winData[2 * w]!),
			latest: fromDay32(d.winData[2 * w + 1]!)
		});
		o.windows[w] = win;
	}
	return win;
}

/** The shared, frozen reference of a list entry. */
function refOf(d: TimelineData, o: Objects, e: number): ClaimRef {
	let r = o.ref[e];
	if (r === undefined) {
		r = Object.freeze({ report: d.reportIds[e >> 1]!, implied: (e & 1) === 1 });
		o.ref[e] = r;
	}
	return r;
}

function entryController(d: TimelineData, e: number): number {
	return (e & 1) === 1 ? d.reportDisp[e >> 1]! : d.reportCtrl[e >> 1]!;
}

function refsOf(d: TimelineData, o: Objects, list: number): readonly ClaimRef[] {
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

/** The sides of a list: its claims grouped by controller, in order of each controller's first claim. */
function sidesOf(d: TimelineData, o: Objects, list: number): readonly Side[] {
	if (list < 0) return NO_SIDES;
	let sides = o.sides[list];
	if (sides === undefined) {
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
				if (seen) continue;
				const claims: ClaimRef[] = [];
				for (let j = i; j < hi; j++) {
					if (entryController(d, d.listData[j]!) === c) claims.push(refOf(d, o, d.listData[j]!));
				}
				out[n++] = Object.freeze({
					controller: d.names[c] as Controller,
					claims: Object.freeze(claims)
				});
			}
		}
		sides = Object.freeze(out);
		o.sides[list] = sides;
	}
	return sides;
}

/** The shared uncertainty "may change from f to t within window w". */
function uncertainOf(d: TimelineData, o: Objects, f: number, t: number, w: number): Uncertain {
	const key = (w * 256 + f) * 256 + t;
	let u = o.uncertain.get(key);
	if (u === undefined) {
		u = Object.freeze({ from: d.names[f]!, to: d.names[t]!, window: windowOf(d, o, w)! });
		o.uncertain.set(key, u);
	}
	return u;
}

/** Builds (once) the PlaceState of record r, a state of place p. */
function materialize(d: TimelineData, o: Objects, p: number, r: number): PlaceState {
	const { recI, recB } = d;
	const i = r * 6;
	const b = r * 4;
	const sides = sidesOf(d, o, recI[i]!);
	const from = recB[b + 2]!;
	const state: PlaceState = Object.freeze({
		place: d.ids[p]!,
		controller: d.names[recB[b]!]!,
		basis: BASES[recB[b + 1]!]!,
		disputed: sides.length >= 2,
		sides,
		uncertain: from === 0 ? null : uncertainOf(d, o, from - 1, recB[b + 3]!, recI[i + 3]!),
		supporting: sides.length > 0 ? sides[0]!.claims : NO_REFS,
		contradicting: refsOf(d, o, recI[i + 1]!),
		superseded: refsOf(d, o, recI[i + 2]!),
		since: windowOf(d, o, recI[i + 4]!),
		until: windowOf(d, o, recI[i + 5]!)
	});
	o.states[r] = state;
	return state;
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
	return lookup(d, placeIndex(d, place), day, horizon);
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
	for (let i = 0; i < n; i++) out[i] = lookup(d, i, day, horizon);
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
	if (!Number.isInteger(id) || id < 0 || id >= d.recB.length / 4) {
		throw new Error(`not a state id of this timeline: ${id}`);
	}
}

/** The state with this id (from stateIdsAt): the same object controlAt returns for it. */
export function stateById(t: Timeline, id: number): PlaceState {
	const d = data(t);
	checkStateId(d, id);
	// The place whose records include id: the last p with recOff[p] <= id.
	let lo = 0;
	let hi = d.ids.length;
	while (hi - lo > 1) {
		const mid = (lo + hi) >>> 1;
		if (d.recOff[mid]! <= id) lo = mid;
		else hi = mid;
	}
	return stateOf(d, lo, id);
}

/** What the map shows for state `id`, without building its object. */
export function controllerById(t: Timeline, id: number): ControlValue {
	const d = data(t);
	checkStateId(d, id);
	return d.names[d.recB[id * 4]!]!;
}

/** Whether state `id` is disputed, without building its object. */
export function disputedById(t: Timeline, id: number): boolean {
	const d = data(t);
	checkStateId(d, id);
	const sides = d.recI[id * 6]!;
	return sides >= 0 && d.listSides[sides]! >= 2;
}

/** Whether state `id` may be about to change (its `uncertain` is set), without building its object. */
export function uncertainById(t: Timeline, id: number): boolean {
	const d = data(t);
	checkStateId(d, id);
	return d.recB[id * 4 + 2] !== 0;
}

/** Whether records a and b (of one place) differ in controller, basis, disputed flag or uncertainty. */
function shownDifferently(d: TimelineData, a: number, b: number): boolean {
	const { recI, recB, listSides } = d;
	if (a === b) return false;
	const i = a * 4;
	const j = b * 4;
	if (recB[i] !== recB[j] || recB[i + 1] !== recB[j + 1]) return true;
	const sa = recI[a * 6]!;
	const sb = recI[b * 6]!;
	if ((sa >= 0 && listSides[sa]! >= 2) !== (sb >= 0 && listSides[sb]! >= 2)) return true;
	if (recB[i + 2] !== recB[j + 2]) return true;
	if (recB[i + 2] === 0) return false;
	return recB[i + 3] !== recB[j + 3] || recI[a * 6 + 3] !== recI[b * 6 + 3];
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
			if (shownDifferently(d, d.segRec[i - 1]!, d.segRec[i]!)) days.push(fromDay32(d.starts[i]!));
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
