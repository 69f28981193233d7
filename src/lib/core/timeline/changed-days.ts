/**
 * The days on which one horizon bucket can differ from the previous one: changed regions
 * (day ranges, sorted and merged) and, inside them, breakpoints (the days on which a state
 * can change). Days outside every region are copied from the previous bucket; each stretch
 * between breakpoints is evaluated once (sweep.ts).
 *
 * While a claim is active (earliest start <= D <= latest end) the outcome of every comparison
 * `evaluate` makes for it can only change where it starts, becomes certain, leaves its start
 * window, enters its end window, ends or is superseded: those are its breakpoints.
 */
import { STATED, type PlaceClaims } from './claims';

/** Up to this many breakpoints, they are kept sorted and unique as they come. */
const SORTED_DAYS = 64;

export class ChangedDays {
	/** Region i is the days [regionStart[i], regionEnd[i]]. */
	regionStart = new Float64Array(0);
	regionEnd = new Float64Array(0);
	regionCount = 0;
	/** Sorted, unique once `collectBreakpoints` returns. */
	breakpoints = new Float64Array(0);
	breakpointCount = 0;

	/** Room for the regions and breakpoints of `cap` claims. */
	ensure(cap: number): void {
		if (this.breakpoints.length >= cap * 6) return;
		this.breakpoints = new Float64Array(cap * 6);
		this.regionStart = new Float64Array(cap * 3);
		this.regionEnd = new Float64Array(cap * 3);
	}

	clear(): void {
		this.regionCount = 0;
		this.breakpointCount = 0;
	}

	addRegion(lo: number, hi: number): void {
		this.regionStart[this.regionCount] = lo;
		this.regionEnd[this.regionCount++] = hi;
	}

	/** Sorts the regions by start and merges those that overlap or touch. */
	mergeRegions(): void {
		const { regionStart: lo, regionEnd: hi } = this;
		const n = this.regionCount;
		for (let i = 1; i < n; i++) {
			const a = lo[i]!;
			const z = hi[i]!;
			let j = i - 1;
			while (j >= 0 && lo[j]! > a) {
				lo[j + 1] = lo[j]!;
				hi[j + 1] = hi[j]!;
				j--;
			}
			lo[j + 1] = a;
			hi[j + 1] = z;
		}
		let m = 0;
		for (let i = 0; i < n; i++) {
			if (m > 0 && lo[i]! <= hi[m - 1]! + 1) {
				if (hi[i]! > hi[m - 1]!) hi[m - 1] = hi[i]!;
			} else {
				lo[m] = lo[i]!;
				hi[m++] = hi[i]!;
			}
		}
		this.regionCount = m;
	}

	/** The breakpoints of claims 0 .. counted - 1 that fall in a (merged) region. */
	collectBreakpoints(claims: PlaceClaims, counted: number): void {
		const { startEarliest, startLatest, endEarliest, endLatest, supersededFrom, flags } = claims;
		const firstRegion = this.regionCount > 0 ? this.regionStart[0]! : Infinity;
		this.breakpointCount = 0;
		for (let k = 0; k < counted; k++) {
			const z = endLatest[k]!;
			if (z + 1 < firstRegion) continue;
			const a = startEarliest[k]!;
			const l = startLatest[k]!;
			const e = endEarliest[k]!;
			const s = supersededFrom[k]!;
			if (a !== -Infinity) this.addBreakpoint(a);
			if (l > a && l <= z) this.addBreakpoint(l);
			// Leaving the start window changes a stated claim's basis, or makes a claim certain.
			if (l + 1 > a && l + 1 <= z && (flags[k]! & STATED || e <= l + 1)) this.addBreakpoint(l + 1);
			if (e > a && e <= z && e !== Infinity) this.addBreakpoint(e);
			if (z !== Infinity) this.addBreakpoint(z + 1);
			if (s > a && s <= z && s !== Infinity) this.addBreakpoint(s);
		}
		if (this.breakpointCount > SORTED_DAYS) this.sortBreakpoints();
	}

	/**
	 * Adds day d when it lies in a region. Up to SORTED_DAYS, breakpoints stay sorted and free
	 * of duplicates as they come (a bucket has a few dozen distinct days, added many times
	 * over); past that, days are only appended, to be sorted at the end.
	 */
	private addBreakpoint(d: number): void {
		if (!this.inRegions(d)) return;
		const a = this.breakpoints;
		const n = this.breakpointCount;
		if (n >= SORTED_DAYS) {
			a[n] = d;
			this.breakpointCount = n + 1;
			return;
		}
		let j = n - 1;
		while (j >= 0 && a[j]! > d) j--;
		if (j >= 0 && a[j] === d) return;
		for (let i = n; i > j + 1; i--) a[i] = a[i - 1]!;
		a[j + 1] = d;
		this.breakpointCount = n + 1;
	}

	private sortBreakpoints(): void {
		const bp = this.breakpoints;
		bp.subarray(0, this.breakpointCount).sort();
		let u = 0;
		for (let i = 0; i < this.breakpointCount; i++)
			if (u === 0 || bp[u - 1] !== bp[i]) bp[u++] = bp[i]!;
		this.breakpointCount = u;
	}

	/** Whether day d falls in one of the sorted, disjoint regions. */
	private inRegions(d: number): boolean {
		const { regionStart, regionEnd, regionCount } = this;
		for (let i = 0; i < regionCount; i++) {
			if (d < regionStart[i]!) return false;
			if (d <= regionEnd[i]!) return true;
		}
		return false;
	}
}
