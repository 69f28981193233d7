/**
 * The reference answerer: the timeline rules of timeline.ts evaluated directly, one query at
 * a time, by reading every report. Slow and plain on purpose: the compiled timeline must give
 * a deep-equal PlaceState for every place, day and horizon, and the tests and the benchmark
 * hold it to that.
 *
 * The rules, as written in docs/control.md: a report counts at horizon H when published by H;
 * each counted report claims its controller from its start to its end (an open end runs to the
 * next later-starting claim of another controller); `displaced` adds an inferred claim for the
 * time before the start; a correction sets the corrected report aside from the corrector's
 * start on; certain claims decide, possible ones mark the day uncertain.
 */
import type { Day, DayWindow } from './dates';
import type { Controller, Report } from './types';
import type { Basis, ClaimRef, ControlValue, PlaceState, Side } from './timeline';

interface Claim {
	readonly controller: Controller;
	/** Null = since before anything in the data. */
	readonly start: DayWindow | null;
	/** Null = open. */
	readonly end: DayWindow | null;
	readonly basis: 'stated' | 'inferred';
	readonly published: Day;
	readonly kind: Report['kind'];
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

/** Stated before inferred, then later published, then later start, then report id, then direct before implied. */
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

/** The claims the counted reports make about the place, with open ends resolved (rules 2 and 3). */
function claimsFor(counted: readonly Report[], place: string): Claim[] {
	const raw: Claim[] = [];
	for (const r of counted) {
		if (r.place !== place) continue;
		raw.push({
			controller: r.controller,
			start: r.start,
			end: r.end,
			basis: r.basis,
			published: r.published,
			kind: r.kind,
			explicitEnd: r.end !== null,
			ref: { report: r.id, implied: false },
			report: r
		});
		if (r.displaced !== null && r.start !== null) {
			raw.push({
				controller: r.displaced,
				start: null,
				end: r.start,
				basis: 'inferred',
				published: r.published,
				kind: r.kind,
				explicitEnd: false,
				ref: { report: r.id, implied: true },
				report: r
			});
		}
	}
	// An open end, and an implied claim's end, are cut by later claims of another controller.
	return raw.map((c) => {
		if (c.explicitEnd) return c;
		const later = raw.filter(
			(q) =>
				q.controller !== c.controller && q.start !== null && q.start.earliest > startOf(c).earliest
		);
		if (later.length === 0) return c;
		const end = {
			earliest: Math.min(endEarliest(c), ...later.map((q) => startOf(q).earliest)),
			latest: Math.min(endLatest(c), ...later.map((q) => startOf(q).latest))
		};
		return { ...c, end };
	});
}

function refsOf(claims: readonly Claim[]): ClaimRef[] {
	return claims.map((c) => ({ report: c.ref.report, implied: c.ref.implied }));
}

function sidesOf(sortedClaims: readonly Claim[]): Side[] {
	const byController = new Map<Controller, Claim[]>();
	for (const c of sortedClaims) {
		const list = byController.get(c.controller) ?? [];
		list.push(c);
		byController.set(c.controller, list);
	}
	return [...byController].map(([controller, claims]) => ({ controller, claims: refsOf(claims) }));
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

	// Rule 1: the horizon.
	const counted = reports.filter((r) => r.published <= horizon);
	const countedIds = new Set(counted.map((r) => r.id));

	// Rules 2 and 3: claims with their ends.
	const claims = claimsFor(counted, place);

	// Rule 4: corrections.
	const isSuperseded = (c: Claim): boolean =>
		countedIds.has(c.report.id) &&
		counted.some(
			(q) =>
				q.relations.some((rel) => rel.type === 'corrects' && rel.report === c.report.id) &&
				(q.start === null ? -Infinity : q.start.earliest) <= D
		);

	// Rule 5: coverage.
	const certainly = (c: Claim): boolean => startOf(c).latest <= D && D < endEarliest(c);
	const possibly = (c: Claim): boolean =>
		startOf(c).earliest <= D && D <= endLatest(c) && !certainly(c);
	const inStartWindow = (c: Claim): boolean => startOf(c).earliest <= D && D <= startOf(c).latest;
	const inEndWindow = (c: Claim): boolean => endEarliest(c) <= D && D <= endLatest(c);

	const superseded = claims
		.filter((c) => isSuperseded(c) && (certainly(c) || possibly(c)))
		.sort(preferred);
	const live = claims.filter((c) => !isSuperseded(c)).sort(preferred);
	const certain = live.filter(certainly);
	const possible = live.filter(possibly);

	// Rule 6: resolution.
	let controller: ControlValue = 'unknown';
	let sides: Side[] = [];
	let supportingClaims: Claim[] = [];
	let contradictingClaims: Claim[] = [];
	let uncertain: PlaceState['uncertain'] = null;

	if (certain.length > 0) {
		const first = certain[0]!;
		controller = first.controller;
		sides = sidesOf(certain);
		supportingClaims = certain.filter((c) => c.controller === first.controller);
		contradictingClaims = certain.filter((c) => c.controller !== first.controller);
		const arriving = possible.find(
			(c) => inStartWindow(c) && !inEndWindow(c) && c.controller !== first.controller
		);
		if (arriving !== undefined) {
			uncertain = {
				from: controller,
				to: arriving.controller,
				window: copyWindow(startOf(arriving))
			};
		}
	} else if (possible.length > 0) {
		const leaving = possible.filter(inEndWindow);
		const arriving = possible.filter(inStartWindow);
		const from: ControlValue = leaving[0]?.controller ?? 'unknown';
		const to: ControlValue = arriving[0]?.controller ?? 'unknown';
		controller = from;
		sides = sidesOf(leaving);
		supportingClaims = leaving.filter((c) => c.controller === from);
		contradictingClaims = possible.filter((c) => c.controller !== from);
		const windowClaim = arriving[0];
		const window =
			windowClaim !== undefined
				? copyWindow(startOf(windowClaim))
				: { earliest: endEarliest(leaving[0]!), latest: endLatest(leaving[0]!) };
		uncertain = { from, to, window };
	}

	let basis: Basis = 'none';
	let since: DayWindow | null = null;
	let until: DayWindow | null = null;
	if (supportingClaims.length > 0) {
		const stated = supportingClaims.filter((c) => c.basis === 'stated');
		if (stated.length === 0) basis = 'inferred';
		else if (
			stated.some(
				(c) => inStartWindow(c) || c.explicitEnd || (c.kind === 'holds' && D <= startOf(c).latest)
			)
		) {
			basis = 'stated';
		} else basis = 'carried';

		const byStart = [...supportingClaims].sort(
			(a, b) =>
				compareNumbers(startOf(a).earliest, startOf(b).earliest) ||
				compareNumbers(startOf(a).latest, startOf(b).latest) ||
				preferred(a, b)
		);
		const earliest = byStart[0]!;
		since = earliest.start === null ? null : copyWindow(earliest.start);

		const ending = supportingClaims
			.filter((c) => c.end !== null)
			.sort(
				(a, b) =>
					compareNumbers(endEarliest(a), endEarliest(b)) ||
					compareNumbers(endLatest(a), endLatest(b)) ||
					preferred(a, b)
			);
		const firstEnd = ending[0];
		until = firstEnd === undefined ? null : copyWindow(firstEnd.end!);
	}

	return {
		place,
		controller,
		basis,
		disputed: sides.length >= 2,
		sides,
		uncertain,
		supporting: refsOf(supportingClaims),
		contradicting: refsOf(contradictingClaims),
		superseded: refsOf(superseded),
		since,
		until
	};
}

function compareNumbers(a: number, b: number): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
