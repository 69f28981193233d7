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
 * one frozen PlaceState, shared between equal neighbours and across buckets. A query is two
 * binary searches; it reads no report and allocates nothing.
 */
import type { Day, DayWindow } from './dates';
import type { Controller, Report } from './types';

/** What the map shows for a place: a controller, or 'unknown' when no report covers the day. */
export type ControlValue = Controller | 'unknown';

/** How the shown state is known: stated for that day, carried forward, inferred, or none. */
export type Basis = 'stated' | 'inferred' | 'carried-forward' | 'none';

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

interface TimelineData {
	readonly ids: readonly string[];
	readonly index: ReadonlyMap<string, number>;
	/** Place i's publication days are pubDays[pubOff[i] .. pubOff[i + 1]). */
	readonly pubOff: Int32Array;
	readonly pubDays: Float64Array;
	/** Place i's bucket k owns segments [offsets[bucketOff[i] + k], offsets[bucketOff[i] + k + 1]). */
	readonly bucketOff: Int32Array;
	readonly offsets: Int32Array;
	/** First day of each segment; the first segment of each bucket starts at -Infinity. */
	readonly starts: Float64Array;
	readonly states: readonly PlaceState[];
	readonly publications: readonly Day[];
	readonly range: { readonly first: Day; readonly last: Day } | null;
	readonly changeCache: Map<number, readonly Day[]>;
}

const NO_REFS: readonly ClaimRef[] = Object.freeze([]);
const NO_SIDES: readonly Side[] = Object.freeze([]);
const CHANGE_CACHE_LIMIT = 32;
/** The state of a place no counted report covers. */
function unknownState(place: string): PlaceState {
	return Object.freeze({
		place,
		controller: 'unknown',
		basis: 'none',
		disputed: false,
		sides: NO_SIDES,
		uncertain: null,
		supporting: NO_REFS,
		contradicting: NO_REFS,
		superseded: NO_REFS,
		since: null,
		until: null
	});
}
/** Placeholder before the first place is compiled. */
const NO_STATE: PlaceState = unknownState('');

// Claim flags.
const STATED = 1;
const HOLDS = 2;
const EXPLICIT_END = 4;
const OPEN = 8;
const HAS_START = 16;
const IMPLIED = 32;

function frozenWindow(w: DayWindow): DayWindow {
	return Object.freeze({ earliest: w.earliest, latest: w.latest });
}

function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
	if (a === b) return true;
	if (a === null || b === null) return false;
	return a.earliest === b.earliest && a.latest === b.latest;
}

function checkWindow(r: Report, name: string, w: DayWindow | null): void {
	if (w === null) return;
	const ok =
		!Number.isNaN(w.earliest) &&
		Number.isFinite(w.latest) &&
		w.earliest !== Infinity &&
		w.earliest <= w.latest;
	if (!ok) {
		throw new Error(
			`report ${JSON.stringify(r.id)}: ${name} window [${w.earliest}, ${w.latest}] is not a window of days`
		);
	}
}

function earliestFinite(w: DayWindow | null): number {
	if (w === null) return Infinity;
	return Number.isFinite(w.earliest) ? w.earliest : w.latest;
}

interface Corrector {
	readonly published: Day;
	readonly startEarliest: Day;
}

/** What is interned for one rank-ordered list of claims: equal lists share these objects. */
interface ListNode {
	refs: readonly ClaimRef[] | null;
	side: Side | null;
	sides: readonly Side[] | null;
	contra: readonly ClaimRef[] | null;
}

type Uncertain = NonNullable<PlaceState['uncertain']>;

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
	private ctrl: Controller[] = [];
	private ids: string[] = [];
	private source: Report[] = [];
	private refs: (ClaimRef | null)[] = [];
	private sWin: (DayWindow | null)[] = [];
	private eWin: (DayWindow | null)[] = [];
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
	// Interning, per place.
	// Rank-ordered claim lists of the place: an open-addressing table from numeric key to node
	// (slots of other places are told apart by their generation, so nothing is cleared between
	// places), and a map for the rare lists too long for an exact numeric key.
	private keys = new Float64Array(256);
	private slotGen = new Int32Array(256);
	private slotNode = new Int32Array(256);
	private gen = 0;
	private readonly longLists = new Map<string, ListNode>();
	/** Nodes handed out for the place are pool[0 .. nodeN); the pool is reused between places. */
	private readonly pool: ListNode[] = [];
	private nodeN = 0;
	private uncertainties = new Map<DayWindow, Uncertain[]>();
	private base = 1;
	private maxDigits = 1;
	// The place being compiled.
	private n = 0;
	private place = '';
	private unknownState: PlaceState = NO_STATE;
	/** Segment offsets of the place's buckets, absolute (see TimelineData.offsets). */
	private offs = new Int32Array(64);
	// The output of all places so far, laid out as in TimelineData (grown as plain arrays: the
	// buffers of outgrown typed arrays are only freed some time after collection).
	private readonly starts: number[] = [];
	private states: PlaceState[] = [];
	private segN = 0;
	private readonly outPubOff: number[] = [0];
	private readonly outPubDays: number[] = [];
	private readonly outBucketOff: number[] = [0];
	private readonly outOffsets: number[] = [];
	// The walk over one bucket.
	private prevHi = 0;
	private bucketLo = 0;
	private pj = 0;
	private pb = 0;
	private next = 0;
	private counted = 0;
	// The result of the last evaluation.
	private rCtrl: ControlValue = 'unknown';
	private rBasis: Basis = 'none';
	private rSides: readonly Side[] = NO_SIDES;
	private rContra: readonly ClaimRef[] = NO_REFS;
	private rSup: readonly ClaimRef[] = NO_REFS;
	private rUnc: Uncertain | null = null;
	private rSince: DayWindow | null = null;
	private rUntil: DayWindow | null = null;

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

	/** Compiles the next place from its own reports (sorted here, in place) and the publication days of other places' reports correcting them. */
	compile(
		place: string,
		reports: Report[],
		correctorsOf: ReadonlyMap<Report, readonly Corrector[]>,
		extraPubs: number[]
	): void {
		let sorted = true;
		for (let i = 1; i < reports.length && sorted; i++) {
			sorted = reports[i - 1]!.published <= reports[i]!.published;
		}
		if (!sorted) reports.sort((a, b) => a.published - b.published);
		const pubDays: number[] = [];
		if (extraPubs.length > 0) {
			for (const r of reports) extraPubs.push(r.published);
			extraPubs.sort((a, b) => a - b);
			for (const d of extraPubs) if (pubDays[pubDays.length - 1] !== d) pubDays.push(d);
		} else {
			for (const r of reports)
				if (pubDays[pubDays.length - 1] !== r.published) pubDays.push(r.published);
		}
		let n = 0;
		for (const r of reports) n += r.displaced !== null && r.start !== null ? 2 : 1;
		this.ensure(n);
		this.n = n;
		this.place = place;
		const { se, sl, pub, ee, el, sup, flags, mark, corrOff, ctrl, ids, source, refs, sWin, eWin } =
			this;
		const { corrPub, corrSe } = this;
		corrPub.length = 0;
		corrSe.length = 0;
		let c = 0;
		for (const r of reports) {
			const corrs = correctorsOf.size === 0 ? undefined : correctorsOf.get(r);
			const both = r.displaced !== null && r.start !== null ? 2 : 1;
			for (let i = 0; i < both; i++, c++) {
				corrOff[c] = corrPub.length;
				if (corrs !== undefined) {
					for (const q of corrs) {
						corrPub.push(q.published);
						corrSe.push(q.startEarliest);
					}
				}
				ids[c] = r.id;
				source[c] = r;
				refs[c] = null;
				sWin[c] = null;
				eWin[c] = null;
				pub[c] = r.published;
				sup[c] = Infinity;
				mark[c] = -1;
				if (i === 0) {
					ctrl[c] = r.controller;
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
					ctrl[c] = r.displaced!;
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
		this.uncertainties.clear();
		this.base = n + 1;
		this.maxDigits = Math.max(1, Math.floor(52 / Math.log2(n + 2)));
		this.unknownState = unknownState(place);
		if (this.offs.length < pubDays.length + 2) this.offs = new Int32Array(pubDays.length * 2 + 2);
		const offsets = this.offs;
		offsets[0] = this.segN;
		this.pushSegment(-Infinity, this.unknownState);
		offsets[1] = this.segN;
		this.counted = 0;
		for (let b = 0; b < pubDays.length; b++) {
			this.bucket(b, pubDays[b]!, offsets);
			offsets[b + 2] = this.segN;
		}
		const { outPubDays, outOffsets } = this;
		for (const d of pubDays) outPubDays.push(d);
		this.outPubOff.push(outPubDays.length);
		for (let i = 0; i < pubDays.length + 2; i++) outOffsets.push(offsets[i]!);
		this.outBucketOff.push(outOffsets.length);
	}

	/** Every place compiled so far, packed in place order. */
	result(): Pick<
		TimelineData,
		'pubOff' | 'pubDays' | 'bucketOff' | 'offsets' | 'starts' | 'states'
	> {
		const states = this.states.slice(0, this.segN);
		return {
			pubOff: Int32Array.from(this.outPubOff),
			pubDays: Float64Array.from(this.outPubDays),
			bucketOff: Int32Array.from(this.outBucketOff),
			offsets: Int32Array.from(this.outOffsets),
			starts: new Float64Array(this.starts),
			states: Object.freeze(states)
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
			this.eWin[r] = null;
		}
	}

	private pushSegment(start: number, state: PlaceState): void {
		const i = this.segN;
		this.starts[i] = start;
		this.states[i] = state;
		this.segN = i + 1;
	}

	/** Copies the previous bucket's segments over the days [x, y). */
	private copy(x: number, y: number): void {
		const { starts, states, prevHi } = this;
		let pj = this.pj;
		while (pj + 1 < prevHi && starts[pj + 1]! <= x) pj++;
		this.pushCopy(x, states[pj]!);
		while (pj + 1 < prevHi && starts[pj + 1]! < y) {
			pj++;
			this.pushCopy(starts[pj]!, states[pj]!);
		}
		this.pj = pj;
	}

	private pushCopy(start: number, st: PlaceState): void {
		if (this.segN > this.bucketLo) {
			const last = this.states[this.segN - 1]!;
			if (last === st || sameState(last, st)) return;
		}
		this.pushSegment(start, st);
	}

	/** Evaluates the segment starting at `start` on its representative day D. */
	private evalAt(start: number, D: number): void {
		const { se, bySe } = this;
		while (this.next < this.counted && se[bySe[this.next]!]! <= D)
			this.activate(bySe[this.next++]!);
		this.evaluate(D);
		if (this.segN > this.bucketLo && this.matches(this.states[this.segN - 1]!)) return;
		const { starts, prevHi } = this;
		let pb = this.pb;
		while (pb + 1 < prevHi && starts[pb + 1]! <= D) pb++;
		this.pb = pb;
		const candidate = this.states[pb]!;
		this.pushSegment(start, this.matches(candidate) ? candidate : this.materialize());
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
		this.rSup = nSup === 0 ? NO_REFS : this.refsOf(this.walk(supL, nSup), supL, nSup);
		this.rUnc = null;
		let rCtrl: ControlValue;
		let side0: Int32Array = cert;
		let side0Len = cc;
		if (cc > 0) {
			const node = this.walk(cert, cc);
			const sides = node.sides ?? this.sidesOf(node, cert, cc);
			this.rSides = sides;
			rCtrl = sides[0]!.controller;
			let contra = node.contra;
			if (contra === null) {
				let m = 0;
				for (let i = 0; i < cc; i++) if (ctrl[cert[i]!] !== rCtrl) tmp[m++] = cert[i]!;
				contra = m === 0 ? NO_REFS : this.refsOf(this.walk(tmp, m), tmp, m);
				node.contra = contra;
			}
			this.rContra = contra;
			for (let i = 0; i < pc; i++) {
				const k = poss[i]!;
				if (D <= sl[k]! && !(ee[k]! <= D) && ctrl[k] !== rCtrl) {
					this.rUnc = this.uncertainOf(rCtrl, ctrl[k]!, this.startWindow(k)!);
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
			if (fc === 0) {
				this.rSides = NO_SIDES;
				rCtrl = 'unknown';
			} else {
				const node = this.walk(from, fc);
				const sides = node.sides ?? this.sidesOf(node, from, fc);
				this.rSides = sides;
				rCtrl = sides[0]!.controller;
			}
			let m = 0;
			for (let i = 0; i < pc; i++) if (ctrl[poss[i]!] !== rCtrl) tmp[m++] = poss[i]!;
			this.rContra = m === 0 ? NO_REFS : this.refsOf(this.walk(tmp, m), tmp, m);
			this.rUnc =
				firstTo >= 0
					? this.uncertainOf(rCtrl, ctrl[firstTo]!, this.startWindow(firstTo)!)
					: this.uncertainOf(rCtrl, 'unknown', this.endWindow(from[0]!));
			side0 = from;
			side0Len = fc;
		} else {
			this.rSides = NO_SIDES;
			rCtrl = 'unknown';
			this.rContra = NO_REFS;
		}
		this.rCtrl = rCtrl;
		if (rCtrl === 'unknown') {
			this.rBasis = 'none';
			this.rSince = null;
			this.rUntil = null;
			return;
		}
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
		this.rBasis = !anyStated ? 'inferred' : statedNow ? 'stated' : 'carried-forward';
		this.rSince = this.startWindow(sinceK);
		this.rUntil = untilK < 0 ? null : this.endWindow(untilK);
	}

	private matches(st: PlaceState): boolean {
		return (
			st.sides === this.rSides &&
			st.controller === this.rCtrl &&
			st.basis === this.rBasis &&
			st.contradicting === this.rContra &&
			st.superseded === this.rSup &&
			st.uncertain === this.rUnc &&
			sameWindow(st.since, this.rSince) &&
			sameWindow(st.until, this.rUntil)
		);
	}

	private materialize(): PlaceState {
		const sides = this.rSides;
		if (this.rCtrl === 'unknown' && this.rUnc === null && this.rSup === NO_REFS) {
			return this.unknownState;
		}
		return Object.freeze({
			place: this.place,
			controller: this.rCtrl,
			basis: this.rBasis,
			disputed: sides.length >= 2,
			sides,
			uncertain: this.rUnc,
			supporting: sides.length > 0 ? sides[0]!.claims : NO_REFS,
			contradicting: this.rContra,
			superseded: this.rSup,
			since: this.rSince,
			until: this.rUntil
		});
	}

	/** The interning node of a rank-ordered claim list, keyed by its digits k + 1 in base n + 1 while exact. */
	private walk(list: Int32Array, len: number): ListNode {
		if (len > this.maxDigits) {
			let key = '';
			for (let i = 0; i < len; i++) key += String.fromCharCode(list[i]! + 1);
			let node = this.longLists.get(key);
			if (node === undefined) {
				node = this.newNode();
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
			if (keys[h] === key) return this.pool[this.slotNode[h]!]!;
			h = (h + 1) & mask;
		}
		keys[h] = key;
		slotGen[h] = gen;
		this.slotNode[h] = this.nodeN;
		const node = this.newNode();
		if (this.nodeN * 2 > keys.length) this.growTable();
		return node;
	}

	private newNode(): ListNode {
		let node = this.pool[this.nodeN];
		if (node === undefined) {
			node = { refs: null, side: null, sides: null, contra: null };
			this.pool.push(node);
		} else {
			node.refs = null;
			node.side = null;
			node.sides = null;
			node.contra = null;
		}
		this.nodeN++;
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

	private refsOf(node: ListNode, list: Int32Array, len: number): readonly ClaimRef[] {
		let a = node.refs;
		if (a === null) {
			// Sized exactly: an array grown by push keeps spare capacity, and there are many of these.
			const out = new Array<ClaimRef>(len);
			for (let i = 0; i < len; i++) out[i] = this.ref(list[i]!);
			a = Object.freeze(out);
			node.refs = a;
		}
		return a;
	}

	/** Sides of a rank-ordered list of claims: grouped by controller, preferred side first. */
	private sidesOf(node: ListNode, list: Int32Array, len: number): readonly Side[] {
		const { ctrl } = this;
		const tmp = this.tmp;
		let count = 0;
		for (let i = 0; i < len; i++) {
			let seen = false;
			for (let j = 0; j < i && !seen; j++) seen = ctrl[list[j]!] === ctrl[list[i]!];
			if (!seen) count++;
		}
		const out = new Array<Side>(count);
		count = 0;
		for (let i = 0; i < len; i++) {
			const k = ctrl[list[i]!]!;
			let seen = false;
			for (let j = 0; j < i && !seen; j++) seen = ctrl[list[j]!] === k;
			if (seen) continue;
			let m = 0;
			for (let j = i; j < len; j++) if (ctrl[list[j]!] === k) tmp[m++] = list[j]!;
			const sub = m === len ? node : this.walk(tmp, m);
			let side = sub.side;
			if (side === null) {
				side = Object.freeze({ controller: k, claims: this.refsOf(sub, tmp, m) });
				sub.side = side;
			}
			out[count++] = side;
		}
		const sides = Object.freeze(out);
		node.sides = sides;
		return sides;
	}

	private uncertainOf(f: ControlValue, t: ControlValue, w: DayWindow): Uncertain {
		let list = this.uncertainties.get(w);
		if (list === undefined) {
			list = [];
			this.uncertainties.set(w, list);
		}
		for (const u of list) if (u.from === f && u.to === t) return u;
		const u = Object.freeze({ from: f, to: t, window: w });
		list.push(u);
		return u;
	}

	private ref(k: number): ClaimRef {
		let r = this.refs[k];
		if (r === null || r === undefined) {
			r = Object.freeze({ report: this.ids[k]!, implied: (this.flags[k]! & IMPLIED) !== 0 });
			this.refs[k] = r;
		}
		return r;
	}

	/** The start window of claim k; null for a claim with no start. */
	private startWindow(k: number): DayWindow | null {
		let w = this.sWin[k];
		if (w === null || w === undefined) {
			const s = this.flags[k]! & HAS_START ? this.source[k]!.start : null;
			if (s === null) return null;
			w = frozenWindow(s);
			this.sWin[k] = w;
		}
		return w;
	}

	private endWindow(k: number): DayWindow {
		let w = this.eWin[k];
		if (w === null || w === undefined) {
			w = Object.freeze({ earliest: this.ee[k]!, latest: this.el[k]! });
			this.eWin[k] = w;
		}
		return w;
	}
}

function sameState(a: PlaceState, b: PlaceState): boolean {
	return (
		a.sides === b.sides &&
		a.controller === b.controller &&
		a.basis === b.basis &&
		a.contradicting === b.contradicting &&
		a.superseded === b.superseded &&
		a.uncertain === b.uncertain &&
		sameWindow(a.since, b.since) &&
		sameWindow(a.until, b.until)
	);
}

/** A string hash (FNV-1a) for ReportsById. */
function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h ^ (h >>> 15);
}

/**
 * Reports by id: an open-addressing table sized once for all reports (a Map of a few hundred
 * thousand strings, grown one entry at a time, costs several times more).
 */
class ReportsById {
	/** Per slot: the report, or undefined when the slot is empty. */
	private readonly slots: (Report | undefined)[];
	private readonly hashes: number[];
	private readonly mask: number;

	constructor(reports: readonly Report[]) {
		let cap = 16;
		while (cap < reports.length * 2) cap *= 2;
		this.slots = new Array<Report | undefined>(cap).fill(undefined);
		this.hashes = new Array<number>(cap).fill(0);
		this.mask = cap - 1;
	}

	/** Adds r; false when its id is taken already. */
	add(r: Report): boolean {
		const h = hashString(r.id);
		let i = h & this.mask;
		for (let q = this.slots[i]; q !== undefined; q = this.slots[i]) {
			if (this.hashes[i] === h && q.id === r.id) return false;
			i = (i + 1) & this.mask;
		}
		this.slots[i] = r;
		this.hashes[i] = h;
		return true;
	}

	get(id: string): Report | undefined {
		const h = hashString(id);
		let i = h & this.mask;
		for (let q = this.slots[i]; q !== undefined; q = this.slots[i]) {
			if (this.hashes[i] === h && q.id === id) return q;
			i = (i + 1) & this.mask;
		}
		return undefined;
	}
}

/** Compiles reports into a timeline over the given places; throws on inconsistent input. */
export function compileTimeline(reports: readonly Report[], placeIds: readonly string[]): Timeline {
	const index = new Map<string, number>();
	placeIds.forEach((id, i) => {
		if (index.has(id)) throw new Error(`place id ${JSON.stringify(id)} is listed twice`);
		index.set(id, i);
	});
	const byId = new ReportsById(reports);
	const own: Report[][] = placeIds.map(() => []);
	const pubSet = new Set<number>();
	let first = Infinity;
	let last = -Infinity;
	let corrections = false;
	for (const r of reports) {
		if (!byId.add(r)) throw new Error(`report id ${JSON.stringify(r.id)} is used twice`);
		const p = index.get(r.place);
		if (p === undefined) {
			throw new Error(
				`report ${JSON.stringify(r.id)} names an unknown place ${JSON.stringify(r.place)}`
			);
		}
		if (!Number.isInteger(r.published)) {
			throw new Error(`report ${JSON.stringify(r.id)}: published is not a whole day number`);
		}
		checkWindow(r, 'start', r.start);
		checkWindow(r, 'end', r.end);
		own[p]!.push(r);
		pubSet.add(r.published);
		if (r.published > last) last = r.published;
		first = Math.min(first, earliestFinite(r.start), earliestFinite(r.end));
		if (r.relations.length > 0) corrections = true;
	}
	const correctorsOf = new Map<Report, Corrector[]>();
	const extraPubs: number[][] = placeIds.map(() => []);
	if (corrections) {
		for (const q of reports) {
			for (const rel of q.relations) {
				if (rel.type !== 'corrects') continue;
				const target = byId.get(rel.report);
				if (target === undefined) continue;
				let list = correctorsOf.get(target);
				if (list === undefined) {
					list = [];
					correctorsOf.set(target, list);
				}
				list.push({ published: q.published, startEarliest: q.start?.earliest ?? -Infinity });
				if (q.place !== target.place) extraPubs[index.get(target.place)!]!.push(q.published);
			}
		}
	}
	const compiler = new PlaceCompiler();
	placeIds.forEach((id, i) => compiler.compile(id, own[i]!, correctorsOf, extraPubs[i]!));
	const data: TimelineData = {
		ids: Object.freeze([...placeIds]),
		index,
		...compiler.result(),
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

/** Number of entries of the sorted array `a` in [lo, hi) that are <= x, plus lo. */
function countAtMost(a: Float64Array, lo: number, hi: number, x: number): number {
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

function lookup(d: TimelineData, i: number, day: Day, horizon: Day): PlaceState {
	const o = bucketIndex(d, i, horizon);
	const lo = d.offsets[o]!;
	return d.states[countAtMost(d.starts, lo + 1, d.offsets[o + 1]!, day) - 1]!;
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

/** Fills `out` (length = places) with every place's state, in placeIds order; returns out. No allocation. */
export function controlAllAt(t: Timeline, day: Day, horizon: Day, out: PlaceState[]): PlaceState[] {
	checkDay(day, horizon);
	const d = data(t);
	const n = d.ids.length;
	for (let i = 0; i < n; i++) out[i] = lookup(d, i, day, horizon);
	return out;
}

function sameUncertain(a: PlaceState['uncertain'], b: PlaceState['uncertain']): boolean {
	if (a === b) return true;
	if (a === null || b === null) return false;
	return a.from === b.from && a.to === b.to && sameWindow(a.window, b.window);
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
			const x = d.states[i - 1]!;
			const y = d.states[i]!;
			if (
				x.controller !== y.controller ||
				x.basis !== y.basis ||
				x.disputed !== y.disputed ||
				!sameUncertain(x.uncertain, y.uncertain)
			) {
				days.push(d.starts[i]!);
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
