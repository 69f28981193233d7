/**
 * The timeline: who a place was *reported* to hold on a given day, as known at a given
 * knowledge horizon, and on which reports that answer rests. Compiled once, answered fast.
 *
 * In plain words:
 * - Two time axes. The day D being shown, and the horizon H: only reports published on or
 *   before H count. H = +∞ is "as known now"; H = D is "as reported at the time".
 * - Each counted report is a claim that its controller held the place from its start window
 *   to its end window. A report that says the place was taken *from* a force also implies,
 *   as an inferred claim, that this force held it before the start.
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

interface PlaceIndex {
	/** Sorted distinct publication days of the reports that bear on the place. */
	readonly pubDays: Float64Array;
	/** Bucket k (k reports days counted) owns segments [offsets[k], offsets[k + 1]). */
	readonly offsets: Int32Array;
	/** First day of each segment; the first segment of each bucket starts at -Infinity. */
	readonly starts: Float64Array;
	readonly states: readonly PlaceState[];
}

interface TimelineData {
	readonly ids: readonly string[];
	readonly index: ReadonlyMap<string, number>;
	readonly places: readonly PlaceIndex[];
	readonly publications: readonly Day[];
	readonly range: { readonly first: Day; readonly last: Day } | null;
	readonly changeCache: Map<number, readonly Day[]>;
}

const NO_REFS: readonly ClaimRef[] = Object.freeze([]);
const NO_SIDES: readonly Side[] = Object.freeze([]);
const CHANGE_CACHE_LIMIT = 32;

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

/** Scratch buffers reused for every place of one compilation. */
class Scratch {
	cap = 0;
	se = new Float64Array(0);
	sl = new Float64Array(0);
	pub = new Float64Array(0);
	ee = new Float64Array(0);
	el = new Float64Array(0);
	sup = new Float64Array(0);
	flags = new Uint8Array(0);
	rank = new Int32Array(0);
	bySe = new Int32Array(0);
	act = new Int32Array(0);
	cert = new Int32Array(0);
	poss = new Int32Array(0);
	supL = new Int32Array(0);
	contra = new Int32Array(0);
	from = new Int32Array(0);
	sideList = new Int32Array(0);
	corrOff = new Int32Array(0);
	bp = new Float64Array(0);
	sideOff = new Int32Array(8);
	sideCtrl: Controller[] = [];

	ensure(n: number): void {
		if (n <= this.cap) return;
		const cap = Math.max(64, n * 2);
		this.cap = cap;
		this.se = new Float64Array(cap);
		this.sl = new Float64Array(cap);
		this.pub = new Float64Array(cap);
		this.ee = new Float64Array(cap);
		this.el = new Float64Array(cap);
		this.sup = new Float64Array(cap);
		this.flags = new Uint8Array(cap);
		this.rank = new Int32Array(cap);
		this.bySe = new Int32Array(cap);
		this.act = new Int32Array(cap);
		this.cert = new Int32Array(cap);
		this.poss = new Int32Array(cap);
		this.supL = new Int32Array(cap);
		this.contra = new Int32Array(cap);
		this.from = new Int32Array(cap);
		this.sideList = new Int32Array(cap);
		this.corrOff = new Int32Array(cap + 1);
		this.bp = new Float64Array(cap * 6);
		this.sideOff = new Int32Array(cap + 2);
	}
}

interface Corrector {
	readonly published: Day;
	readonly startEarliest: Day;
}

/** Compiles reports into a timeline over the given places; throws on inconsistent input. */
export function compileTimeline(reports: readonly Report[], placeIds: readonly string[]): Timeline {
	const index = new Map<string, number>();
	placeIds.forEach((id, i) => {
		if (index.has(id)) throw new Error(`place id ${JSON.stringify(id)} is listed twice`);
		index.set(id, i);
	});
	const byId = new Map<string, Report>();
	const own: Report[][] = placeIds.map(() => []);
	const pubSet = new Set<number>();
	let first = Infinity;
	let last = -Infinity;
	for (const r of reports) {
		if (byId.has(r.id)) throw new Error(`report id ${JSON.stringify(r.id)} is used twice`);
		byId.set(r.id, r);
		const p = index.get(r.place);
		if (p === undefined) {
			throw new Error(`report ${JSON.stringify(r.id)} names an unknown place ${JSON.stringify(r.place)}`);
		}
		if (!Number.isInteger(r.published)) {
			throw new Error(`report ${JSON.stringify(r.id)}: published is not a whole day number`);
		}
		checkWindow(r, 'start', r.start);
		checkWindow(r, 'end', r.end);
		own[p]!.push(r);
		pubSet.add(r.published);
		if (r.published > last) last = r.published;
		for (const w of [r.start, r.end]) {
			if (w === null) continue;
			if (Number.isFinite(w.earliest) && w.earliest < first) first = w.earliest;
			if (w.latest < first) first = w.latest;
		}
	}
	const correctorsOf = new Map<string, Corrector[]>();
	const extraPubs: number[][] = placeIds.map(() => []);
	for (const q of reports) {
		for (const rel of q.relations) {
			if (rel.type !== 'corrects') continue;
			const target = byId.get(rel.report);
			if (target === undefined) continue;
			let list = correctorsOf.get(target.id);
			if (list === undefined) correctorsOf.set(target.id, (list = []));
			list.push({ published: q.published, startEarliest: q.start?.earliest ?? -Infinity });
			if (q.place !== target.place) extraPubs[index.get(target.place)!]!.push(q.published);
		}
	}
	const scratch = new Scratch();
	const places = placeIds.map((id, i) =>
		compilePlace(scratch, id, own[i]!, correctorsOf, extraPubs[i]!)
	);
	const data: TimelineData = {
		ids: Object.freeze([...placeIds]),
		index,
		places,
		publications: Object.freeze([...pubSet].sort((a, b) => a - b)),
		range: reports.length === 0 ? null : Object.freeze({ first, last }),
		changeCache: new Map()
	};
	return data as unknown as Timeline;
}

function compilePlace(
	sc: Scratch,
	place: string,
	reports: readonly Report[],
	correctorsOf: ReadonlyMap<string, readonly Corrector[]>,
	extraPubs: readonly number[]
): PlaceIndex {
	const sorted = reports.slice().sort((a, b) => a.published - b.published);
	const pubList = sorted.map((r) => r.published).concat(extraPubs);
	pubList.sort((a, b) => a - b);
	const pubDays: number[] = [];
	for (const d of pubList) if (pubDays.length === 0 || pubDays[pubDays.length - 1] !== d) pubDays.push(d);

	// Claims, in publication order, so that the claims counted at a horizon are a prefix.
	let n = 0;
	for (const r of sorted) n += r.displaced !== null && r.start !== null ? 2 : 1;
	sc.ensure(n);
	const { se, sl, pub, ee, el, sup, flags, rank, bySe, act, cert, poss, supL, contra, from } = sc;
	const { sideList, sideOff, sideCtrl, corrOff, bp } = sc;
	const ctrl: Controller[] = new Array<Controller>(n);
	const ids: string[] = new Array<string>(n);
	const refs: ClaimRef[] = new Array<ClaimRef>(n);
	const sWin: (DayWindow | null)[] = new Array<DayWindow | null>(n);
	const eWin: (DayWindow | null)[] = new Array<DayWindow | null>(n).fill(null);
	const single: (readonly ClaimRef[] | null)[] = new Array<readonly ClaimRef[] | null>(n).fill(null);
	const singleSides: (readonly Side[] | null)[] = new Array<readonly Side[] | null>(n).fill(null);
	const corrPub: number[] = [];
	const corrSe: number[] = [];
	let c = 0;
	for (const r of sorted) {
		const corrs = correctorsOf.get(r.id) ?? [];
		const addCorrectors = (): void => {
			corrOff[c] = corrPub.length;
			for (const q of corrs) {
				corrPub.push(q.published);
				corrSe.push(q.startEarliest);
			}
		};
		addCorrectors();
		ctrl[c] = r.controller;
		ids[c] = r.id;
		refs[c] = Object.freeze({ report: r.id, implied: false });
		sWin[c] = r.start === null ? null : frozenWindow(r.start);
		se[c] = r.start === null ? -Infinity : r.start.earliest;
		sl[c] = r.start === null ? -Infinity : r.start.latest;
		pub[c] = r.published;
		ee[c] = r.end === null ? Infinity : r.end.earliest;
		el[c] = r.end === null ? Infinity : r.end.latest;
		flags[c] =
			(r.basis === 'stated' ? STATED : 0) |
			(r.kind === 'holds' ? HOLDS : 0) |
			(r.end !== null ? EXPLICIT_END : OPEN) |
			(r.start !== null ? HAS_START : 0);
		c++;
		if (r.displaced !== null && r.start !== null) {
			addCorrectors();
			ctrl[c] = r.displaced;
			ids[c] = r.id;
			refs[c] = Object.freeze({ report: r.id, implied: true });
			sWin[c] = null;
			se[c] = -Infinity;
			sl[c] = -Infinity;
			pub[c] = r.published;
			ee[c] = r.start.earliest;
			el[c] = r.start.latest;
			flags[c] = IMPLIED;
			c++;
		}
	}
	corrOff[n] = corrPub.length;

	// The preferred order is total and fixed, so it is computed once as a rank.
	const order: number[] = [];
	for (let i = 0; i < n; i++) order.push(i);
	order.sort((a, b) => {
		const sa = flags[a]! & STATED;
		const sb = flags[b]! & STATED;
		if (sa !== sb) return sb - sa;
		if (pub[a] !== pub[b]) return pub[b]! - pub[a]!;
		if (se[a] !== se[b]) return se[a]! > se[b]! ? -1 : 1;
		if (ids[a] !== ids[b]) return ids[a]! < ids[b]! ? -1 : 1;
		return (flags[a]! & IMPLIED) - (flags[b]! & IMPLIED);
	});
	for (let i = 0; i < n; i++) rank[order[i]!] = i;

	const unknownState: PlaceState = Object.freeze({
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
	const starts: number[] = [-Infinity];
	const states: PlaceState[] = [unknownState];
	const offsets: number[] = [0, 1];

	// Scratch result of one evaluation.
	let rCtrl: ControlValue = 'unknown';
	let rBasis: Basis = 'none';
	let nSides = 0;
	let nContra = 0;
	let nSup = 0;
	let uHas = false;
	let uFrom: ControlValue = 'unknown';
	let uTo: ControlValue = 'unknown';
	let uWin: DayWindow | null = null;
	let sinceWin: DayWindow | null = null;
	let untilWin: DayWindow | null = null;
	let actN = 0;

	const endWindow = (k: number): DayWindow => {
		let w = eWin[k];
		if (w === null || w === undefined) {
			w = Object.freeze({ earliest: ee[k]!, latest: el[k]! });
			eWin[k] = w;
		}
		return w;
	};
	const sortByRank = (a: Int32Array, len: number): void => {
		for (let i = 1; i < len; i++) {
			const v = a[i]!;
			const rv = rank[v]!;
			let j = i - 1;
			while (j >= 0 && rank[a[j]!]! > rv) {
				a[j + 1] = a[j]!;
				j--;
			}
			a[j + 1] = v;
		}
	};
	const group = (list: Int32Array, len: number): void => {
		nSides = 0;
		for (let i = 0; i < len; i++) {
			const k = ctrl[list[i]!]!;
			let s = 0;
			while (s < nSides && sideCtrl[s] !== k) s++;
			if (s === nSides) sideCtrl[nSides++] = k;
		}
		let w = 0;
		for (let s = 0; s < nSides; s++) {
			sideOff[s] = w;
			const k = sideCtrl[s];
			for (let i = 0; i < len; i++) if (ctrl[list[i]!] === k) sideList[w++] = list[i]!;
		}
		sideOff[nSides] = w;
	};

	const evaluate = (D: number): void => {
		let cc = 0;
		let pc = 0;
		nSup = 0;
		let w = 0;
		for (let i = 0; i < actN; i++) {
			const k = act[i]!;
			if (el[k]! < D) continue;
			act[w++] = k;
			if (sup[k]! <= D) {
				supL[nSup++] = k;
				continue;
			}
			if (sl[k]! <= D && D < ee[k]!) cert[cc++] = k;
			else poss[pc++] = k;
		}
		actN = w;
		sortByRank(cert, cc);
		sortByRank(poss, pc);
		sortByRank(supL, nSup);
		nContra = 0;
		uHas = false;
		if (cc > 0) {
			group(cert, cc);
			rCtrl = sideCtrl[0]!;
			for (let i = 0; i < cc; i++) if (ctrl[cert[i]!] !== rCtrl) contra[nContra++] = cert[i]!;
			for (let i = 0; i < pc; i++) {
				const k = poss[i]!;
				const inStart = D <= sl[k]!;
				const inEnd = ee[k]! <= D;
				if (inStart && !inEnd && ctrl[k] !== rCtrl) {
					uHas = true;
					uFrom = rCtrl;
					uTo = ctrl[k]!;
					uWin = sWin[k]!;
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
			group(from, fc);
			rCtrl = nSides > 0 ? sideCtrl[0]! : 'unknown';
			for (let i = 0; i < pc; i++) if (ctrl[poss[i]!] !== rCtrl) contra[nContra++] = poss[i]!;
			uHas = true;
			uFrom = rCtrl;
			if (firstTo >= 0) {
				uTo = ctrl[firstTo]!;
				uWin = sWin[firstTo]!;
			} else {
				uTo = 'unknown';
				uWin = endWindow(from[0]!);
			}
		} else {
			nSides = 0;
			rCtrl = 'unknown';
		}
		sinceWin = null;
		untilWin = null;
		if (nSides === 0) {
			rBasis = 'none';
			return;
		}
		const lo = sideOff[0]!;
		const hi = sideOff[1]!;
		let anyStated = false;
		let statedNow = false;
		let sinceK = -1;
		let untilK = -1;
		for (let i = lo; i < hi; i++) {
			const k = sideList[i]!;
			const f = flags[k]!;
			if (f & STATED) {
				anyStated = true;
				if (
					(se[k]! <= D && D <= sl[k]!) ||
					f & EXPLICIT_END ||
					(f & HOLDS && D <= sl[k]!)
				) {
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
		rBasis = !anyStated ? 'inferred' : statedNow ? 'stated' : 'carried-forward';
		sinceWin = sWin[sinceK] ?? null;
		untilWin = untilK < 0 ? null : endWindow(untilK);
	};

	const sameRefs = (a: readonly ClaimRef[], list: Int32Array, lo: number, hi: number): boolean => {
		if (a.length !== hi - lo) return false;
		for (let i = lo; i < hi; i++) if (a[i - lo] !== refs[list[i]!]) return false;
		return true;
	};
	const matches = (st: PlaceState): boolean => {
		if (st.controller !== rCtrl || st.basis !== rBasis || st.disputed !== nSides >= 2) return false;
		const u = st.uncertain;
		if (u === null) {
			if (uHas) return false;
		} else if (!uHas || u.from !== uFrom || u.to !== uTo || !sameWindow(u.window, uWin)) {
			return false;
		}
		if (!sameWindow(st.since, sinceWin) || !sameWindow(st.until, untilWin)) return false;
		if (st.sides.length !== nSides) return false;
		for (let s = 0; s < nSides; s++) {
			const side = st.sides[s]!;
			if (side.controller !== sideCtrl[s]) return false;
			if (!sameRefs(side.claims, sideList, sideOff[s]!, sideOff[s + 1]!)) return false;
		}
		return sameRefs(st.contradicting, contra, 0, nContra) && sameRefs(st.superseded, supL, 0, nSup);
	};
	const refList = (list: Int32Array, lo: number, hi: number): readonly ClaimRef[] => {
		if (hi === lo) return NO_REFS;
		if (hi - lo === 1) {
			const k = list[lo]!;
			let a = single[k];
			if (a === null || a === undefined) {
				a = Object.freeze([refs[k]!]);
				single[k] = a;
			}
			return a;
		}
		const out: ClaimRef[] = [];
		for (let i = lo; i < hi; i++) out.push(refs[list[i]!]!);
		return Object.freeze(out);
	};
	const materialize = (): PlaceState => {
		if (rCtrl === 'unknown' && !uHas && nSup === 0) return unknownState;
		let sides: readonly Side[] = NO_SIDES;
		if (nSides === 1 && sideOff[1]! - sideOff[0]! === 1) {
			const k = sideList[sideOff[0]!]!;
			let ss = singleSides[k];
			if (ss === null || ss === undefined) {
				ss = Object.freeze([Object.freeze({ controller: ctrl[k]!, claims: refList(sideList, sideOff[0]!, sideOff[1]!) })]);
				singleSides[k] = ss;
			}
			sides = ss;
		} else if (nSides > 0) {
			const out: Side[] = [];
			for (let s = 0; s < nSides; s++) {
				out.push(
					Object.freeze({
						controller: sideCtrl[s]!,
						claims: refList(sideList, sideOff[s]!, sideOff[s + 1]!)
					})
				);
			}
			sides = Object.freeze(out);
		}
		return Object.freeze({
			place,
			controller: rCtrl,
			basis: rBasis,
			disputed: nSides >= 2,
			sides,
			uncertain: uHas ? Object.freeze({ from: uFrom, to: uTo, window: uWin! }) : null,
			supporting: nSides > 0 ? sides[0]!.claims : NO_REFS,
			contradicting: refList(contra, 0, nContra),
			superseded: refList(supL, 0, nSup),
			since: sinceWin,
			until: untilWin
		});
	};

	sup.fill(Infinity, 0, n);
	let counted = 0;
	for (let b = 0; b < pubDays.length; b++) {
		const H = pubDays[b]!;
		const prevCounted = counted;
		while (counted < n && pub[counted]! <= H) counted++;
		// Open ends: cut by later claims of a different controller (pairs old/new, new/new, new/old).
		for (let q = prevCounted; q < counted; q++) {
			if (!(flags[q]! & HAS_START)) continue;
			for (let r = 0; r < counted; r++) cut(r, q);
		}
		for (let r = prevCounted; r < counted; r++) {
			if (!(flags[r]! & OPEN)) continue;
			for (let q = 0; q < prevCounted; q++) if (flags[q]! & HAS_START) cut(r, q);
		}
		// Corrections counted at this horizon.
		for (let k = 0; k < counted; k++) {
			const lo = corrOff[k]!;
			const hi = corrOff[k + 1]!;
			if (lo === hi) continue;
			let s = Infinity;
			for (let j = lo; j < hi; j++) if (corrPub[j]! <= H && corrSe[j]! < s) s = corrSe[j]!;
			sup[k] = s;
		}
		// Claims sorted by earliest start, for the sweep (insertion of the new ones).
		for (let k = prevCounted; k < counted; k++) {
			let j = k - 1;
			while (j >= 0 && se[bySe[j]!]! > se[k]!) {
				bySe[j + 1] = bySe[j]!;
				j--;
			}
			bySe[j + 1] = k;
		}
		// Every day on which a comparison in `evaluate` can change its outcome.
		let nb = 0;
		for (let k = 0; k < counted; k++) {
			const a = se[k]!;
			const z = sl[k]!;
			const e0 = ee[k]!;
			const e1 = el[k]!;
			const s0 = sup[k]!;
			if (a !== -Infinity) bp[nb++] = a;
			if (z !== -Infinity) {
				bp[nb++] = z;
				bp[nb++] = z + 1;
			}
			if (Number.isFinite(e0)) bp[nb++] = e0;
			if (e1 !== Infinity) bp[nb++] = e1 + 1;
			if (Number.isFinite(s0)) bp[nb++] = s0;
		}
		bp.subarray(0, nb).sort();
		let u = 0;
		for (let i = 0; i < nb; i++) if (u === 0 || bp[u - 1] !== bp[i]) bp[u++] = bp[i]!;
		nb = u;

		const prevLo = offsets[b]!;
		const prevHi = offsets[b + 1]!;
		let pb = prevLo;
		const bucketLo = starts.length;
		actN = 0;
		let p = 0;
		for (let s = 0; s <= nb; s++) {
			const start = s === 0 ? -Infinity : bp[s - 1]!;
			const D = s === 0 ? (nb > 0 ? bp[0]! - 1 : 0) : start;
			while (p < counted && se[bySe[p]!]! <= D) act[actN++] = bySe[p++]!;
			evaluate(D);
			if (starts.length > bucketLo && matches(states[states.length - 1]!)) continue;
			while (pb + 1 < prevHi && starts[pb + 1]! <= D) pb++;
			const candidate = states[pb]!;
			starts.push(start);
			states.push(matches(candidate) ? candidate : materialize());
		}
		offsets.push(starts.length);
	}

	function cut(r: number, q: number): void {
		if (!(flags[r]! & OPEN) || ctrl[r] === ctrl[q] || !(se[q]! > se[r]!)) return;
		if (se[q]! < ee[r]!) {
			ee[r] = se[q]!;
			eWin[r] = null;
		}
		if (sl[q]! < el[r]!) {
			el[r] = sl[q]!;
			eWin[r] = null;
		}
	}

	return {
		pubDays: Float64Array.from(pubDays),
		offsets: Int32Array.from(offsets),
		starts: Float64Array.from(starts),
		states: Object.freeze(states)
	};
}

function data(t: Timeline): TimelineData {
	return t as unknown as TimelineData;
}

function placeIndex(d: TimelineData, place: string): PlaceIndex {
	const i = d.index.get(place);
	if (i === undefined) throw new Error(`unknown place id ${JSON.stringify(place)}`);
	return d.places[i]!;
}

function checkDay(day: Day, horizon: Day): void {
	if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
	if (Number.isNaN(horizon)) throw new Error('the horizon is not a number');
}

/** Number of entries of the sorted array `a` that are <= x. */
function countAtMost(a: Float64Array, lo: number, hi: number, x: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function lookup(p: PlaceIndex, day: Day, horizon: Day): PlaceState {
	const b = countAtMost(p.pubDays, 0, p.pubDays.length, horizon);
	const lo = p.offsets[b]!;
	const i = countAtMost(p.starts, lo + 1, p.offsets[b + 1]!, day) - 1;
	return p.states[i]!;
}

/** The state of `place` on `day` counting reports published by `horizon` (default: all); throws on an unknown place or a non-integer day. */
export function controlAt(t: Timeline, place: string, day: Day, horizon: Day = Infinity): PlaceState {
	checkDay(day, horizon);
	return lookup(placeIndex(data(t), place), day, horizon);
}

/** Fills `out` (length = places) with every place's state, in placeIds order; returns out. No allocation. */
export function controlAllAt(t: Timeline, day: Day, horizon: Day, out: PlaceState[]): PlaceState[] {
	checkDay(day, horizon);
	const places = data(t).places;
	for (let i = 0; i < places.length; i++) out[i] = lookup(places[i]!, day, horizon);
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
	for (const p of d.places) {
		const b = countAtMost(p.pubDays, 0, p.pubDays.length, horizon);
		const hi = p.offsets[b + 1]!;
		for (let i = p.offsets[b]! + 1; i < hi; i++) {
			const x = p.states[i - 1]!;
			const y = p.states[i]!;
			if (
				x.controller !== y.controller ||
				x.basis !== y.basis ||
				x.disputed !== y.disputed ||
				!sameUncertain(x.uncertain, y.uncertain)
			) {
				days.push(p.starts[i]!);
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
