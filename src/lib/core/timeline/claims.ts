/**
 * The claims of one place, as the compiler holds them: one row of typed arrays per claim.
 * Reference.ts states the rules these rows encode; this module only lays them out.
 *
 * - A report makes a direct claim: its controller from its start window to its end window.
 *   When it says the place was taken from a force (`displaced`) and has a start, it also makes
 *   an implied, inferred claim of that force ending where the report's start window is, and
 *   starting at `displacedSince`, or else on the day before the start window's earliest day
 *   (none when that day is unknown too).
 * - Claims are numbered in publication order, so the claims counted at a horizon are a prefix.
 * - A claim without an explicit end is open: a later-starting direct claim of another
 *   controller cuts its end (`cut`); an implied claim also by one starting on its first day.
 *   The cut end of each claim is kept per bucket.
 * - The preferred order (stated before inferred, newer publication, later start, report id,
 *   direct before implied) is total and fixed, so it is computed once as a rank.
 */
import type { Report } from '../types';

// Claim flags.
export const STATED = 1;
export const EXPLICIT_END = 2;
export const OPEN = 4;
export const HAS_START = 8;
export const IMPLIED = 16;
/** A direct claim with a start: it cuts the open ends of other controllers' claims. */
export const CUTS = 32;

/** Who corrects report g: entries off[g] .. off[g + 1] of the publication days and earliest starts of the correcting reports. */
export interface Corrections {
	readonly off: Int32Array;
	readonly pub: Float64Array;
	readonly startEarliest: Float64Array;
}

/** Whether report r makes an implied claim: it displaced a force, and its text dates a day of that force's hold. */
function impliesClaim(r: Report): boolean {
	if (r.displaced === null || r.start === null) return false;
	return r.displacedSince !== null || r.start.earliest !== -Infinity;
}

/** How many claims report r makes: its own, and the one implied by `displaced`. */
export function claimCount(r: Report): number {
	return impliesClaim(r) ? 2 : 1;
}

export class PlaceClaims {
	/** The number of claims of the place. */
	count = 0;
	private capacity = 0;
	startEarliest = new Float64Array(0);
	startLatest = new Float64Array(0);
	/** The end window, as cut so far. */
	endEarliest = new Float64Array(0);
	endLatest = new Float64Array(0);
	/** endLatest before the cuts of bucket cutStamp[k], for the regions that bucket changes. */
	endLatestBefore = new Float64Array(0);
	cutStamp = new Int32Array(0);
	published = new Float64Array(0);
	/** The earliest start of a counted report correcting the claim's report (Infinity = none). */
	supersededFrom = new Float64Array(0);
	flags = new Uint8Array(0);
	/** Position in the preferred order. */
	rank = new Int32Array(0);
	/** The counted claims by earliest start. */
	byStart = new Int32Array(0);
	controller = new Uint8Array(0);
	/** The claim's list entry: report index * 2, + 1 for the claim implied by `displaced`. */
	entry = new Int32Array(0);
	/** Interned start and end windows of each claim, -1 until needed (the end window also after a cut). */
	startWindow = new Int32Array(0);
	endWindow = new Int32Array(0);
	reportId: string[] = [];
	/** Claim k's correcting reports are correctionPub/-Start[correctionOff[k] .. correctionOff[k + 1]). */
	correctionOff = new Int32Array(0);
	correctionPub: number[] = [];
	correctionStart: number[] = [];
	private order = new Int32Array(0);

	/** Room for n claims; returns the capacity, for sizing the scratch arrays of the sweep. */
	ensure(n: number): number {
		if (n <= this.capacity) return this.capacity;
		const cap = Math.max(64, n * 2);
		this.capacity = cap;
		this.startEarliest = new Float64Array(cap);
		this.startLatest = new Float64Array(cap);
		this.endEarliest = new Float64Array(cap);
		this.endLatest = new Float64Array(cap);
		this.endLatestBefore = new Float64Array(cap);
		this.cutStamp = new Int32Array(cap);
		this.published = new Float64Array(cap);
		this.supersededFrom = new Float64Array(cap);
		this.flags = new Uint8Array(cap);
		this.rank = new Int32Array(cap);
		this.byStart = new Int32Array(cap);
		this.controller = new Uint8Array(cap);
		this.entry = new Int32Array(cap);
		this.startWindow = new Int32Array(cap);
		this.endWindow = new Int32Array(cap);
		this.correctionOff = new Int32Array(cap + 1);
		this.order = new Int32Array(cap);
		return cap;
	}

	/** Loads the claims of the reports `own` (indices into `reports`, sorted by publication). */
	load(
		reports: readonly Report[],
		own: Int32Array,
		reportController: Uint8Array,
		reportDisplaced: Uint8Array,
		corr: Corrections | null
	): void {
		let n = 0;
		for (let i = 0; i < own.length; i++) n += claimCount(reports[own[i]!]!);
		this.ensure(n);
		this.count = n;
		this.correctionPub.length = 0;
		this.correctionStart.length = 0;
		let k = 0;
		for (let x = 0; x < own.length; x++) {
			const g = own[x]!;
			const r = reports[g]!;
			this.addClaim(k++, r, g, false, reportController[g]!, corr);
			if (claimCount(r) === 2) this.addClaim(k++, r, g, true, reportDisplaced[g]!, corr);
		}
		this.correctionOff[n] = this.correctionPub.length;
		this.rankByPreference();
	}

	private addClaim(
		k: number,
		r: Report,
		g: number,
		implied: boolean,
		controller: number,
		corr: Corrections | null
	): void {
		this.correctionOff[k] = this.correctionPub.length;
		if (corr !== null) {
			for (let j = corr.off[g]!; j < corr.off[g + 1]!; j++) {
				this.correctionPub.push(corr.pub[j]!);
				this.correctionStart.push(corr.startEarliest[j]!);
			}
		}
		this.reportId[k] = r.id;
		this.entry[k] = g * 2 + (implied ? 1 : 0);
		this.startWindow[k] = -1;
		this.endWindow[k] = -1;
		this.published[k] = r.published;
		this.supersededFrom[k] = Infinity;
		this.cutStamp[k] = -1;
		this.controller[k] = controller;
		if (!implied) {
			this.startEarliest[k] = r.start === null ? -Infinity : r.start.earliest;
			this.startLatest[k] = r.start === null ? -Infinity : r.start.latest;
			this.endEarliest[k] = r.end === null ? Infinity : r.end.earliest;
			this.endLatest[k] = r.end === null ? Infinity : r.end.latest;
			this.flags[k] =
				(r.basis === 'stated' ? STATED : 0) |
				(r.end !== null ? EXPLICIT_END : OPEN) |
				(r.start !== null ? HAS_START | CUTS : 0);
		} else {
			const start = r.start!;
			const since = r.displacedSince;
			this.startEarliest[k] = since !== null ? since.earliest : start.earliest - 1;
			this.startLatest[k] = since !== null ? since.latest : start.earliest - 1;
			this.endEarliest[k] = start.earliest;
			this.endLatest[k] = start.latest;
			// Open like any claim without a stated end: an earlier report of another force
			// cuts it, so "taken from ISIS on the 9th" does not outlast "fighting on the 8th".
			this.flags[k] = IMPLIED | OPEN | HAS_START;
		}
	}

	/** Whether claim a comes after claim b in the preferred order. */
	private after(a: number, b: number): boolean {
		const { flags, published, startEarliest, reportId } = this;
		const sa = flags[a]! & STATED;
		const sb = flags[b]! & STATED;
		if (sa !== sb) return sb > sa;
		if (published[a] !== published[b]) return published[b]! > published[a]!;
		if (startEarliest[a] !== startEarliest[b]) return startEarliest[a]! < startEarliest[b]!;
		if (reportId[a] !== reportId[b]) return reportId[a]! > reportId[b]!;
		return (flags[a]! & IMPLIED) > (flags[b]! & IMPLIED);
	}

	/** Ranks the claims in the preferred order (insertion sort: a place has a few dozen claims). */
	private rankByPreference(): void {
		const { order, count } = this;
		for (let i = 0; i < count; i++) {
			let j = i - 1;
			while (j >= 0 && this.after(order[j]!, i)) {
				order[j + 1] = order[j]!;
				j--;
			}
			order[j + 1] = i;
		}
		for (let i = 0; i < count; i++) this.rank[order[i]!] = i;
	}

	/**
	 * Cuts the open end of claim r at the start of claim q (a direct claim with a start, CUTS)
	 * when q is of another controller and starts later (or, for an implied r, on r's first
	 * day too). Claims counted before this bucket (r < oldCount) keep their end
	 * before the bucket's first cut in endLatestBefore, stamped with the bucket.
	 */
	cut(r: number, q: number, bucket: number, oldCount: number): void {
		const { flags, controller, startEarliest, startLatest, endEarliest, endLatest } = this;
		if (!(flags[r]! & OPEN) || controller[r] === controller[q]) return;
		const later =
			flags[r]! & IMPLIED
				? startEarliest[q]! >= startEarliest[r]!
				: startEarliest[q]! > startEarliest[r]!;
		if (!later) return;
		if (startEarliest[q]! < endEarliest[r]! || startLatest[q]! < endLatest[r]!) {
			if (r < oldCount && this.cutStamp[r] !== bucket) {
				this.cutStamp[r] = bucket;
				this.endLatestBefore[r] = endLatest[r]!;
			}
			if (startEarliest[q]! < endEarliest[r]!) endEarliest[r] = startEarliest[q]!;
			if (startLatest[q]! < endLatest[r]!) endLatest[r] = startLatest[q]!;
			this.endWindow[r] = -1;
		}
	}
}
