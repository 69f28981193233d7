/**
 * One day's state from the active claims: the compiled form of "who holds the place on day D"
 * in reference.ts, computed on one representative day of each stretch the sweep (sweep.ts)
 * finds. The result is left in a StateFields (records.ts) as list and window ids.
 *
 * The active claims are those with earliest start <= D and latest end >= D, kept in preferred
 * order; on D each is superseded (a counted correction starts by D), certain (latest start <=
 * D < earliest end) or possible (D in its start or end window). Certain claims decide; with
 * only possible ones, the state that may still hold is shown and the change is uncertain.
 */
import { BASIS_CARRIED, BASIS_INFERRED, BASIS_STATED, UNKNOWN_CODE } from './layout';
import type { ClaimLists } from './claim-lists';
import { EXPLICIT_END, HAS_START, STATED, type PlaceClaims } from './claims';
import type { StateFields } from './records';
import type { WindowTable } from './windows';

export class DayEvaluator {
	/** Active claims, in preferred order. */
	private active = new Int32Array(0);
	private activeCount = 0;
	// Per evaluation: the active claims by how they cover the day.
	private certain = new Int32Array(0);
	private certainCount = 0;
	private possible = new Int32Array(0);
	private possibleCount = 0;
	private superseded = new Int32Array(0);
	private supersededCount = 0;
	/** Possible claims in their end window: the state the place may be leaving. */
	private leaving = new Int32Array(0);
	private leavingCount = 0;
	private scratch = new Int32Array(0);

	constructor(
		private readonly claims: PlaceClaims,
		private readonly lists: ClaimLists,
		private readonly windows: WindowTable
	) {}

	/** Room for `cap` claims. */
	ensure(cap: number): void {
		if (this.active.length >= cap) return;
		this.active = new Int32Array(cap);
		this.certain = new Int32Array(cap);
		this.possible = new Int32Array(cap);
		this.superseded = new Int32Array(cap);
		this.leaving = new Int32Array(cap);
		this.scratch = new Int32Array(cap);
	}

	/** Empties the active list, for a new bucket. */
	reset(): void {
		this.activeCount = 0;
	}

	/** Inserts claim k into the active list, in preferred order. */
	activate(k: number): void {
		const { active } = this;
		const rank = this.claims.rank;
		const rk = rank[k]!;
		let j = this.activeCount - 1;
		while (j >= 0 && rank[active[j]!]! > rk) {
			active[j + 1] = active[j]!;
			j--;
		}
		active[j + 1] = k;
		this.activeCount++;
	}

	/** The state on day D, into f. */
	evaluate(D: number, f: StateFields): void {
		this.classify(D);
		f.clear();
		if (this.supersededCount > 0) {
			f.superseded = this.lists.listOf(this.superseded, this.supersededCount);
		}
		if (this.certainCount > 0) this.resolveCertain(D, f);
		else if (this.possibleCount > 0) this.resolvePossible(D, f);
		if (f.controller === UNKNOWN_CODE) return;
		if (this.certainCount > 0) this.describeSupport(D, this.certain, this.certainCount, f);
		else this.describeSupport(D, this.leaving, this.leavingCount, f);
	}

	/** Sorts the active claims into superseded, certain and possible on D; drops those ended. */
	private classify(D: number): void {
		const { active, certain, possible, superseded } = this;
		const { startLatest, endEarliest, endLatest, supersededFrom } = this.claims;
		let cc = 0;
		let pc = 0;
		let sc = 0;
		let kept = 0;
		const n = this.activeCount;
		for (let i = 0; i < n; i++) {
			const k = active[i]!;
			if (endLatest[k]! < D) continue;
			active[kept++] = k;
			if (supersededFrom[k]! <= D) superseded[sc++] = k;
			else if (startLatest[k]! <= D && D < endEarliest[k]!) certain[cc++] = k;
			else possible[pc++] = k;
		}
		this.activeCount = kept;
		this.certainCount = cc;
		this.possibleCount = pc;
		this.supersededCount = sc;
	}

	/** Certain claims decide: the preferred claim's side leads; a possible arrival makes the day uncertain. */
	private resolveCertain(D: number, f: StateFields): void {
		const { certain, certainCount, possible, possibleCount, scratch, lists } = this;
		const { controller, startLatest, endEarliest } = this.claims;
		const node = lists.node(certain, certainCount);
		f.sides = lists.listOfNode(node);
		// Sides are grouped by controller in preferred order, so the first claim's side leads.
		const shown = controller[certain[0]!]!;
		let contra = lists.contradictingOf(node);
		if (contra === -2) {
			let m = 0;
			for (let i = 0; i < certainCount; i++) {
				if (controller[certain[i]!] !== shown) scratch[m++] = certain[i]!;
			}
			contra = m === 0 ? -1 : lists.listOf(scratch, m);
			lists.setContradicting(node, contra);
		}
		f.contradicting = contra;
		f.controller = shown;
		for (let i = 0; i < possibleCount; i++) {
			const k = possible[i]!;
			if (D <= startLatest[k]! && !(endEarliest[k]! <= D) && controller[k] !== shown) {
				f.setUncertain(shown, controller[k]!, this.startWindowOf(k));
				break;
			}
		}
	}

	/** Only possible claims: show what may still hold (a claim in its end window), marked uncertain. */
	private resolvePossible(D: number, f: StateFields): void {
		const { possible, possibleCount, leaving, scratch, lists } = this;
		const { controller, startLatest, endEarliest } = this.claims;
		let lc = 0;
		let arriving = -1;
		for (let i = 0; i < possibleCount; i++) {
			const k = possible[i]!;
			if (endEarliest[k]! <= D) leaving[lc++] = k;
			if (arriving < 0 && D <= startLatest[k]!) arriving = k;
		}
		this.leavingCount = lc;
		let shown = UNKNOWN_CODE;
		if (lc > 0) {
			f.sides = lists.listOf(leaving, lc);
			shown = controller[leaving[0]!]!;
		}
		let m = 0;
		for (let i = 0; i < possibleCount; i++) {
			if (controller[possible[i]!] !== shown) scratch[m++] = possible[i]!;
		}
		f.contradicting = m === 0 ? -1 : lists.listOf(scratch, m);
		if (arriving >= 0) f.setUncertain(shown, controller[arriving]!, this.startWindowOf(arriving));
		else f.setUncertain(shown, UNKNOWN_CODE, this.endWindowOf(leaving[0]!));
		f.controller = shown;
	}

	/** Basis, since and until of the shown state, from the claims of its side. */
	private describeSupport(D: number, side: Int32Array, sideCount: number, f: StateFields): void {
		const { controller, flags, startEarliest, startLatest, endEarliest, endLatest } = this.claims;
		const shown = f.controller;
		let anyStated = false;
		let statedNow = false;
		/** The end of the latest start window of a stated claim: its last stated day when carried. */
		let lastStated = -Infinity;
		let sinceK = -1;
		let untilK = -1;
		for (let i = 0; i < sideCount; i++) {
			const k = side[i]!;
			if (controller[k] !== shown) continue;
			const fl = flags[k]!;
			if (fl & STATED) {
				anyStated = true;
				if (startLatest[k]! > lastStated) lastStated = startLatest[k]!;
				// Active, so startEarliest <= D: stated on D by an explicit end or its start window.
				if (fl & EXPLICIT_END || D <= startLatest[k]!) statedNow = true;
			}
			const se = startEarliest[k]!;
			if (
				sinceK < 0 ||
				se < startEarliest[sinceK]! ||
				(se === startEarliest[sinceK] && startLatest[k]! < startLatest[sinceK]!)
			) {
				sinceK = k;
			}
			const ee = endEarliest[k]!;
			if (
				endLatest[k] !== Infinity &&
				(untilK < 0 ||
					ee < endEarliest[untilK]! ||
					(ee === endEarliest[untilK] && endLatest[k]! < endLatest[untilK]!))
			) {
				untilK = k;
			}
		}
		f.basis = !anyStated ? BASIS_INFERRED : statedNow ? BASIS_STATED : BASIS_CARRIED;
		if (f.basis === BASIS_CARRIED && lastStated !== -Infinity) f.carriedFrom = lastStated;
		if (flags[sinceK]! & HAS_START) f.since = this.startWindowOf(sinceK);
		if (untilK >= 0) f.until = this.endWindowOf(untilK);
	}

	/** The interned start window of claim k (it has one). */
	private startWindowOf(k: number): number {
		const c = this.claims;
		let w = c.startWindow[k]!;
		if (w < 0) {
			w = this.windows.id(c.startEarliest[k]!, c.startLatest[k]!);
			c.startWindow[k] = w;
		}
		return w;
	}

	/** The interned end window of claim k, as cut so far. */
	private endWindowOf(k: number): number {
		const c = this.claims;
		let w = c.endWindow[k]!;
		if (w < 0) {
			w = this.windows.id(c.endEarliest[k]!, c.endLatest[k]!);
			c.endWindow[k] = w;
		}
		return w;
	}
}
