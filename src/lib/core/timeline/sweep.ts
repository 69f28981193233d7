/**
 * How the timeline is made fast: the compiler of one place at a time (reference.ts says what
 * it must answer). For each horizon bucket (reports published by one publication day
 * counted), the days where anything can change are swept once, and each stretch of days
 * between them gets one state record (evaluate.ts), shared between equal neighbours and with
 * the previous bucket wherever the new reports change nothing.
 *
 * A bucket differs from the previous one only inside its changed regions: the days of the
 * newly counted claims, of claims whose open end a new claim cut, and of claims a newly
 * counted correction sets aside. Outside them the previous bucket's segments are copied.
 * Inside them, a state can only change on a breakpoint: a day on which some claim starts,
 * becomes certain, leaves its start window, enters its end window, ends, or is superseded.
 */
import type { Report } from '../types';
import { ChangedDays } from './changed-days';
import { ClaimLists } from './claim-lists';
import { CUTS, OPEN, PlaceClaims, type Corrections } from './claims';
import { DayEvaluator } from './evaluate';
import type { TimelineData } from './layout';
import { Growth, NEG_INF, toDay32 } from './packing';
import { RecordStore, StateFields } from './records';
import { SegmentStore } from './segments';
import { WindowTable } from './windows';

/** The parts of TimelineData the compiler writes. */
export type CompiledPlaces = Pick<
	TimelineData,
	| 'pubOff'
	| 'pubDays'
	| 'bucketOff'
	| 'offsets'
	| 'starts'
	| 'segmentRecord'
	| 'recordInts'
	| 'recordBytes'
	| 'windows'
	| 'listOff'
	| 'listData'
	| 'listSides'
	| 'recordOff'
>;

/** Compiles one place after another into the packed arrays of TimelineData, reusing its buffers between places. */
export class PlaceCompiler {
	private readonly growth: Growth;
	private readonly claims = new PlaceClaims();
	private readonly windows: WindowTable;
	private readonly lists: ClaimLists;
	private readonly records: RecordStore;
	private readonly segments: SegmentStore;
	private readonly evaluator: DayEvaluator;
	private readonly fields = new StateFields();
	private readonly recordOff: Int32Array;
	/** The place's publication days, and its bucket offsets into the segments (reused). */
	private readonly pubDays: number[] = [];
	private bucketOffsets = new Int32Array(64);
	private unknownRecord = 0;
	/** The days the current bucket can differ from the previous one on. */
	private readonly changed = new ChangedDays();
	// The walk over one bucket.
	/** Claims counted at the bucket's horizon: claims 0 .. counted - 1. */
	private counted = 0;
	/** The previous bucket's segments end here; this bucket's begin at bucketFirst. */
	private previousEnd = 0;
	private bucketFirst = 0;
	/** Where the copy and the reuse of the previous bucket's segments have got to. */
	private copyCursor = 0;
	private reuseCursor = 0;
	/** The next claim (in byStart order) to activate. */
	private nextByStart = 0;

	constructor(
		private readonly places: number,
		private readonly reports: readonly Report[],
		private readonly reportController: Uint8Array,
		private readonly reportDisplaced: Uint8Array,
		private readonly corrections: Corrections | null
	) {
		this.growth = new Growth(places);
		this.windows = new WindowTable(this.growth);
		this.lists = new ClaimLists(this.growth, this.claims);
		this.records = new RecordStore(this.growth);
		this.segments = new SegmentStore(this.growth, places);
		this.evaluator = new DayEvaluator(this.claims, this.lists, this.windows);
		this.recordOff = new Int32Array(places + 1);
	}

	/**
	 * Compiles place p from its own reports (indices into `reports`, sorted here by publication,
	 * in place) and the publication days of other places' reports correcting them.
	 */
	compile(p: number, own: Int32Array, extraPubs: number[]): void {
		this.sortByPublication(own);
		this.collectPublicationDays(own, extraPubs);
		this.growth.place = p;
		const { claims, pubDays } = this;
		claims.load(this.reports, own, this.reportController, this.reportDisplaced, this.corrections);
		this.ensureScratch(claims.ensure(claims.count));
		this.lists.beginPlace();
		this.windows.beginPlace();
		this.fields.clear();
		this.recordOff[p] = this.records.count;
		this.unknownRecord = this.records.add(this.fields);
		if (this.bucketOffsets.length < pubDays.length + 2) {
			this.bucketOffsets = new Int32Array(pubDays.length * 2 + 2);
		}
		const offsets = this.bucketOffsets;
		offsets[0] = this.segments.count;
		this.segments.push(NEG_INF, this.unknownRecord);
		offsets[1] = this.segments.count;
		this.counted = 0;
		for (let b = 0; b < pubDays.length; b++) {
			this.bucket(b, pubDays[b]!);
			offsets[b + 2] = this.segments.count;
		}
		this.segments.endPlace(p, pubDays, offsets);
	}

	/** Every place compiled so far, packed in place order (copied to exact size). */
	result(): CompiledPlaces {
		this.recordOff[this.places] = this.records.count;
		return {
			...this.segments.result(),
			...this.records.result(),
			...this.lists.result(),
			windows: this.windows.result(),
			recordOff: this.recordOff
		};
	}

	private sortByPublication(own: Int32Array): void {
		const { reports } = this;
		for (let i = 1; i < own.length; i++) {
			if (reports[own[i - 1]!]!.published > reports[own[i]!]!.published) {
				own.sort((a, b) => reports[a]!.published - reports[b]!.published);
				return;
			}
		}
	}

	/** The distinct publication days of the place's reports and of the reports correcting them. */
	private collectPublicationDays(own: Int32Array, extraPubs: number[]): void {
		const { reports, pubDays } = this;
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
	}

	private ensureScratch(cap: number): void {
		this.evaluator.ensure(cap);
		this.changed.ensure(cap);
	}

	/** Adds the segments of horizon bucket b + 1 (reports published by H counted). */
	private bucket(b: number, H: number): void {
		const { published, count } = this.claims;
		const before = this.counted;
		let counted = before;
		while (counted < count && published[counted]! <= H) counted++;
		this.counted = counted;
		this.cutOpenEnds(b, before);
		this.changed.clear();
		this.addClaimRegions(b, before);
		this.applyCorrections(H, before);
		this.insertByStart(before);
		this.changed.mergeRegions();
		this.changed.collectBreakpoints(this.claims, counted);
		this.walk(b);
	}

	/** Open ends cut by later direct claims of a different controller (pairs old/new, new/new, new/old). */
	private cutOpenEnds(b: number, before: number): void {
		const { claims, counted } = this;
		const { flags } = claims;
		for (let q = before; q < counted; q++) {
			if (!(flags[q]! & CUTS)) continue;
			for (let r = 0; r < counted; r++) claims.cut(r, q, b, before);
		}
		for (let r = before; r < counted; r++) {
			if (!(flags[r]! & OPEN)) continue;
			for (let q = 0; q < before; q++) if (flags[q]! & CUTS) claims.cut(r, q, b, before);
		}
	}

	/**
	 * The days of the newly counted claims, and of older claims as they were before this
	 * bucket cut them. (A claim whose latest end comes before its earliest start is never
	 * active: no region.)
	 */
	private addClaimRegions(b: number, before: number): void {
		const { startEarliest, endLatest, endLatestBefore, cutStamp } = this.claims;
		for (let k = before; k < this.counted; k++) {
			if (startEarliest[k]! <= endLatest[k]!)
				this.changed.addRegion(startEarliest[k]!, endLatest[k]!);
		}
		for (let k = 0; k < before; k++) {
			if (cutStamp[k] === b && startEarliest[k]! <= endLatestBefore[k]!) {
				this.changed.addRegion(startEarliest[k]!, endLatestBefore[k]!);
			}
		}
	}

	/** Corrections counted at this horizon: when a claim is set aside from an earlier day, its days from then on change. */
	private applyCorrections(H: number, before: number): void {
		const c = this.claims;
		const { correctionOff, correctionPub, correctionStart, supersededFrom } = c;
		for (let k = 0; k < this.counted; k++) {
			const lo = correctionOff[k]!;
			const hi = correctionOff[k + 1]!;
			if (lo === hi) continue;
			let from = Infinity;
			for (let j = lo; j < hi; j++) {
				if (correctionPub[j]! <= H && correctionStart[j]! < from) from = correctionStart[j]!;
			}
			if (from < supersededFrom[k]! && k < before) {
				const a = Math.max(c.startEarliest[k]!, from);
				if (a <= c.endLatest[k]!) this.changed.addRegion(a, c.endLatest[k]!);
			}
			supersededFrom[k] = from;
		}
	}

	/** Adds the newly counted claims to byStart (insertion: claims come nearly in order). */
	private insertByStart(before: number): void {
		const { byStart, startEarliest } = this.claims;
		for (let k = before; k < this.counted; k++) {
			let j = k - 1;
			while (j >= 0 && startEarliest[byStart[j]!]! > startEarliest[k]!) {
				byStart[j + 1] = byStart[j]!;
				j--;
			}
			byStart[j + 1] = k;
		}
	}

	/** Walks the days: copies the previous bucket outside the regions, evaluates inside them. */
	private walk(b: number): void {
		const {
			regionStart,
			regionEnd,
			regionCount,
			breakpoints: bp,
			breakpointCount: nb
		} = this.changed;
		const offsets = this.bucketOffsets;
		this.previousEnd = offsets[b + 1]!;
		this.bucketFirst = this.segments.count;
		this.copyCursor = offsets[b]!;
		this.reuseCursor = this.copyCursor;
		this.nextByStart = 0;
		this.evaluator.reset();
		let bi = 0;
		let x = -Infinity;
		for (let i = 0; i < regionCount; i++) {
			const lo = regionStart[i]!;
			const hi = regionEnd[i]!;
			if (x < lo) this.copy(x, lo);
			while (bi < nb && bp[bi]! <= lo) bi++;
			if (lo === -Infinity) {
				const first = bi < nb && bp[bi]! <= hi ? bp[bi]! : hi === Infinity ? 1 : hi + 1;
				this.evaluateAt(-Infinity, first - 1);
			} else this.evaluateAt(lo, lo);
			while (bi < nb && bp[bi]! <= hi) {
				this.evaluateAt(bp[bi]!, bp[bi]!);
				bi++;
			}
			x = hi + 1;
		}
		if (x !== Infinity) this.copy(x, Infinity);
	}

	/** Copies the previous bucket's segments over the days [x, y). */
	private copy(x: number, y: number): void {
		const { starts, records } = this.segments;
		const end = this.previousEnd;
		const x32 = toDay32(x);
		const y32 = toDay32(y);
		let j = this.copyCursor;
		while (j + 1 < end && starts[j + 1]! <= x32) j++;
		this.pushCopy(x32, records[j]!);
		while (j + 1 < end && starts[j + 1]! < y32) {
			j++;
			this.pushCopy(starts[j]!, records[j]!);
		}
		this.copyCursor = j;
	}

	private pushCopy(start: number, record: number): void {
		const segments = this.segments;
		if (segments.count > this.bucketFirst) {
			const last = segments.records[segments.count - 1]!;
			if (last === record || this.records.same(last, record)) return;
		}
		segments.push(start, record);
	}

	/** Evaluates the segment starting at `start` on its representative day D. */
	private evaluateAt(start: number, D: number): void {
		const { startEarliest, byStart } = this.claims;
		while (this.nextByStart < this.counted && startEarliest[byStart[this.nextByStart]!]! <= D) {
			this.evaluator.activate(byStart[this.nextByStart++]!);
		}
		const f = this.fields;
		this.evaluator.evaluate(D, f);
		const segments = this.segments;
		const records = this.records;
		if (
			segments.count > this.bucketFirst &&
			records.matches(segments.records[segments.count - 1]!, f)
		) {
			return;
		}
		// The previous bucket's record for D, when it holds the same state, is shared.
		const { starts } = segments;
		let j = this.reuseCursor;
		while (j + 1 < this.previousEnd && starts[j + 1]! <= D) j++;
		this.reuseCursor = j;
		const candidate = segments.records[j]!;
		const record = records.matches(candidate, f)
			? candidate
			: f.isBlank()
				? this.unknownRecord
				: records.add(f);
		segments.push(toDay32(start), record);
	}
}
