/**
 * Who controls a place on day D, as known at horizon H: the rules of the timeline, read
 * plainly and evaluated directly, one query at a time, by reading every report. This is the
 * specification. The compiled timeline (index.ts; how it is made fast: sweep.ts) must give a
 * deep-equal PlaceState for every place, day and horizon, and the tests and the benchmark hold
 * it to that. Slow and plain on purpose.
 *
 * The rules (docs/control.md tells them in words):
 *
 * 1. Horizon. A report counts at horizon H when it was certainly published by H
 *    (`published <= H`). H = +∞ is "as known now"; H = D is "as reported at the time".
 * 2. Claims. Each counted report about the place claims its controller from its start window
 *    (null = since before anything in the data) to its end window (null = open). A report that
 *    says the place was taken from a force (`displaced`) and has a start also makes an implied,
 *    inferred claim that this force held the place, ending at the report's start window and
 *    starting at `displacedSince` (the earliest the text supports for that hold) or, when that
 *    is null, on the single day before the earliest day of the report's start window: "taken
 *    from X" supports no more than "X held it just before". When that earliest day is not
 *    known either ("on or before 9 November") and no displacedSince is given, the text dates
 *    no day of X's hold, and no implied claim is made. (compileTimeline rejects a
 *    displacedSince without a displaced force or a start, or beginning after the start ends.)
 * 3. Open ends. A claim with no explicit end (an open claim, or an implied one) ends where the
 *    first later-starting direct claim of another controller starts: its end window becomes
 *    the earliest of those starts. A later claim of the same controller confirms it instead.
 *    An implied claim is also cut by a direct claim of another controller starting on its own
 *    first day (a report beats an inference), and never cuts another claim itself.
 * 4. Corrections. A counted report that corrects another sets the corrected report's claims
 *    aside (superseded) from the corrector's earliest start on; before that they still count.
 * 5. Coverage. On day D a claim certainly covers D when its latest start <= D < its earliest
 *    end, and possibly covers D when D otherwise falls between its earliest start and latest
 *    end (inside its uncertain start or end window).
 * 6. Resolution. Claims are preferred: stated before inferred, then newer publication, then
 *    later start, then report id, then direct before implied. If any live claim certainly
 *    covers D, those claims, grouped by controller, are the sides; the preferred claim's side
 *    is shown, the others contradict it, and the day is disputed with two sides or more; a
 *    possible claim of another controller in its start window (and not in its end window)
 *    makes the day uncertain (an arrival). With only possible claims, the state that may still hold (a claim in its end
 *    window) is shown, or unknown, and the day is uncertain.
 * 7. Basis. The claims of the shown side are the supporting ones. `stated`: a stated
 *    supporting claim says it for D (D lies in its start window, or it has an explicit end);
 *    `inferred`: every supporting claim is inferred (implied, or a report whose basis is
 *    inferred); `carried`: D is after the stated days of every stated supporting claim;
 *    `none`: nothing covers D. `since` is the start window of the earliest-starting
 *    supporting claim (null when it has none), `until` the earliest explicit or cut end.
 *    `carriedFrom`, for a carried state only, is the last stated day of its stated supporting
 *    claims: the latest day of their start windows (null when none of them has a start).
 */
import type { Day, DayWindow } from '../dates';
import type { Controller, Report } from '../types';
import type { Basis, ClaimRef, ControlValue, PlaceState, Side } from './types';

/** One claim a counted report makes about the place (rule 2). */
interface Claim {
	readonly controller: Controller;
	/** Null = since before anything in the data. */
	readonly start: DayWindow | null;
	/** Null = open. */
	readonly end: DayWindow | null;
	readonly basis: 'stated' | 'inferred';
	readonly published: Day;
	/** The report itself gives the end (the claim is stated throughout, and never cut). */
	readonly explicitEnd: boolean;
	readonly ref: ClaimRef;
	readonly report: Report;
}

const NO_START: DayWindow = { earliest: -Infinity, latest: -Infinity };

function startOf(c: Claim): DayWindow {
	return c.start ?? NO_START;
}

function endEarliest(c: Claim): number {
	return c.end === null ? Infinity : c.end.earliest;
}

function endLatest(c: Claim): number {
	return c.end === null ? Infinity : c.end.latest;
}

function compareNumbers(a: number, b: number): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Rule 6's preference: stated before inferred, newer publication, later start, report id, direct before implied. */
function preferred(a: Claim, b: Claim): number {
	if (a.basis !== b.basis) return a.basis === 'stated' ? -1 : 1;
	if (a.published !== b.published) return a.published > b.published ? -1 : 1;
	const sa = startOf(a).earliest;
	const sb = startOf(b).earliest;
	if (sa !== sb) return sa > sb ? -1 : 1;
	if (a.ref.report !== b.ref.report) return a.ref.report < b.ref.report ? -1 : 1;
	if (a.ref.implied !== b.ref.implied) return a.ref.implied ? 1 : -1;
	return 0;
}

function copyWindow(w: DayWindow): DayWindow {
	return { earliest: w.earliest, latest: w.latest };
}

/** Rule 2: where the implied claim of report r starts, or null when it makes none. */
export function impliedStart(r: Report): DayWindow | null {
	if (r.displaced === null || r.start === null) return null;
	if (r.displacedSince !== null) return r.displacedSince;
	if (r.start.earliest === -Infinity) return null;
	const dayBefore = r.start.earliest - 1;
	return { earliest: dayBefore, latest: dayBefore };
}

/** Rule 2: the direct claim of report r, and the implied claim of the force it displaced. */
function claimsOf(r: Report): Claim[] {
	const common = { published: r.published, report: r };
	const direct: Claim = {
		...common,
		controller: r.controller,
		start: r.start,
		end: r.end,
		basis: r.basis,
		explicitEnd: r.end !== null,
		ref: { report: r.id, implied: false }
	};
	const since = impliedStart(r);
	if (since === null) return [direct];
	const implied: Claim = {
		...common,
		controller: r.displaced!,
		start: copyWindow(since),
		end: r.start,
		basis: 'inferred',
		explicitEnd: false,
		ref: { report: r.id, implied: true }
	};
	return [direct, implied];
}

/** Rule 3: whether claim q cuts the open end of claim c. */
function cuts(q: Claim, c: Claim): boolean {
	if (q.controller === c.controller || q.ref.implied || q.start === null) return false;
	const from = startOf(c).earliest;
	return c.ref.implied ? q.start.earliest >= from : q.start.earliest > from;
}

/** Rule 3: c's end, cut by the later-starting direct claims of other controllers. */
function withOpenEndCut(c: Claim, all: readonly Claim[]): Claim {
	if (c.explicitEnd) return c;
	const later = all.filter((q) => cuts(q, c));
	if (later.length === 0) return c;
	const end = {
		earliest: Math.min(endEarliest(c), ...later.map((q) => startOf(q).earliest)),
		latest: Math.min(endLatest(c), ...later.map((q) => startOf(q).latest))
	};
	return { ...c, end };
}

/** Rules 2 and 3: the claims the counted reports make about the place, open ends resolved. */
function claimsFor(counted: readonly Report[], place: string): Claim[] {
	const raw = counted.filter((r) => r.place === place).flatMap(claimsOf);
	return raw.map((c) => withOpenEndCut(c, raw));
}

/** Rule 4: whether a counted report correcting c's report starts by day D. */
function isSuperseded(c: Claim, counted: readonly Report[], D: Day): boolean {
	return counted.some(
		(q) =>
			q.relations.some((rel) => rel.type === 'corrects' && rel.report === c.report.id) &&
			(q.start === null ? -Infinity : q.start.earliest) <= D
	);
}

// Rule 5: coverage of day D.
const certainly = (c: Claim, D: Day): boolean => startOf(c).latest <= D && D < endEarliest(c);
const possibly = (c: Claim, D: Day): boolean =>
	startOf(c).earliest <= D && D <= endLatest(c) && !certainly(c, D);
const inStartWindow = (c: Claim, D: Day): boolean =>
	startOf(c).earliest <= D && D <= startOf(c).latest;
const inEndWindow = (c: Claim, D: Day): boolean => endEarliest(c) <= D && D <= endLatest(c);

function refsOf(claims: readonly Claim[]): ClaimRef[] {
	return claims.map((c) => ({ report: c.ref.report, implied: c.ref.implied }));
}

/** Claims grouped by controller, in order of each controller's first (preferred) claim. */
function sidesOf(sortedClaims: readonly Claim[]): Side[] {
	const byController = new Map<Controller, Claim[]>();
	for (const c of sortedClaims) {
		const list = byController.get(c.controller) ?? [];
		list.push(c);
		byController.set(c.controller, list);
	}
	return [...byController].map(([controller, claims]) => ({ controller, claims: refsOf(claims) }));
}

/** What rule 6 decides. */
interface Resolution {
	readonly controller: ControlValue;
	readonly sides: Side[];
	readonly supporting: Claim[];
	readonly contradicting: Claim[];
	readonly uncertain: PlaceState['uncertain'];
}

const NOTHING: Resolution = {
	controller: 'unknown',
	sides: [],
	supporting: [],
	contradicting: [],
	uncertain: null
};

/** Rule 6 with certain claims: the preferred side is shown; a possible arrival of another controller makes D uncertain. */
function resolveCertain(certain: Claim[], possible: Claim[], D: Day): Resolution {
	const shown = certain[0]!.controller;
	const arriving = possible.find(
		(c) => inStartWindow(c, D) && !inEndWindow(c, D) && c.controller !== shown
	);
	return {
		controller: shown,
		sides: sidesOf(certain),
		supporting: certain.filter((c) => c.controller === shown),
		contradicting: certain.filter((c) => c.controller !== shown),
		uncertain:
			arriving === undefined
				? null
				: { from: shown, to: arriving.controller, window: copyWindow(startOf(arriving)) }
	};
}

/** Rule 6 with only possible claims: what may still hold is shown, and the change is uncertain. */
function resolvePossible(possible: Claim[], D: Day): Resolution {
	const leaving = possible.filter((c) => inEndWindow(c, D));
	const arriving = possible.filter((c) => inStartWindow(c, D));
	const from: ControlValue = leaving[0]?.controller ?? 'unknown';
	const to: ControlValue = arriving[0]?.controller ?? 'unknown';
	const windowClaim = arriving[0];
	const window =
		windowClaim !== undefined
			? copyWindow(startOf(windowClaim))
			: { earliest: endEarliest(leaving[0]!), latest: endLatest(leaving[0]!) };
	return {
		controller: from,
		sides: sidesOf(leaving),
		supporting: leaving.filter((c) => c.controller === from),
		contradicting: possible.filter((c) => c.controller !== from),
		uncertain: { from, to, window }
	};
}

/** Rule 7: the basis of the shown state on day D, from its supporting claims. */
function basisOf(supporting: readonly Claim[], D: Day): Basis {
	if (supporting.length === 0) return 'none';
	const stated = supporting.filter((c) => c.basis === 'stated');
	if (stated.length === 0) return 'inferred';
	// A supporting claim covers D, so "D within the report's own dates" is: it has an explicit
	// end (its whole span is stated), or D lies in its start window.
	const statedOnD = (c: Claim): boolean => c.explicitEnd || inStartWindow(c, D);
	return stated.some(statedOnD) ? 'stated' : 'carried';
}

/** Rule 7: since = the start window of the earliest-starting supporting claim. */
function sinceOf(supporting: readonly Claim[]): DayWindow | null {
	if (supporting.length === 0) return null;
	const byStart = [...supporting].sort(
		(a, b) =>
			compareNumbers(startOf(a).earliest, startOf(b).earliest) ||
			compareNumbers(startOf(a).latest, startOf(b).latest) ||
			preferred(a, b)
	);
	const earliest = byStart[0]!;
	return earliest.start === null ? null : copyWindow(earliest.start);
}

/** Rule 7: until = the earliest end window among the supporting claims that end. */
function untilOf(supporting: readonly Claim[]): DayWindow | null {
	const ending = supporting
		.filter((c) => c.end !== null)
		.sort(
			(a, b) =>
				compareNumbers(endEarliest(a), endEarliest(b)) ||
				compareNumbers(endLatest(a), endLatest(b)) ||
				preferred(a, b)
		);
	const first = ending[0];
	return first === undefined ? null : copyWindow(first.end!);
}

/** Rule 7: for a carried state, the last day a stated supporting claim stated (the end of its start window). */
function carriedFromOf(supporting: readonly Claim[], basis: Basis): Day | null {
	if (basis !== 'carried') return null;
	let last = -Infinity;
	for (const c of supporting) {
		if (c.basis === 'stated' && startOf(c).latest > last) last = startOf(c).latest;
	}
	return last === -Infinity ? null : last;
}

/** The state of `place` on `day`, counting reports published by `horizon`, computed from scratch. */
export function naiveControlAt(
	reports: readonly Report[],
	place: string,
	day: Day,
	horizon: Day = Infinity
): PlaceState {
	if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
	if (Number.isNaN(horizon)) throw new Error('the horizon is not a number');
	const D = day;
	const counted = reports.filter((r) => r.published <= horizon);
	const claims = claimsFor(counted, place);
	const covers = (c: Claim): boolean => certainly(c, D) || possibly(c, D);
	const setAside = (c: Claim): boolean => isSuperseded(c, counted, D);

	const superseded = claims.filter((c) => setAside(c) && covers(c)).sort(preferred);
	const live = claims.filter((c) => !setAside(c)).sort(preferred);
	const certain = live.filter((c) => certainly(c, D));
	const possible = live.filter((c) => possibly(c, D));
	const resolved =
		certain.length > 0
			? resolveCertain(certain, possible, D)
			: possible.length > 0
				? resolvePossible(possible, D)
				: NOTHING;
	const { supporting } = resolved;
	const basis = basisOf(supporting, D);

	return {
		place,
		controller: resolved.controller,
		basis,
		disputed: resolved.sides.length >= 2,
		sides: resolved.sides,
		uncertain: resolved.uncertain,
		supporting: refsOf(supporting),
		contradicting: refsOf(resolved.contradicting),
		superseded: refsOf(superseded),
		since: sinceOf(supporting),
		until: untilOf(supporting),
		carriedFrom: carriedFromOf(supporting, basis)
	};
}
