import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day, DayWindow } from '../dates';
import {
	changeDays,
	compileTimeline,
	controlAllAt,
	controlAt,
	controllerById,
	disputedById,
	stateById,
	stateIdsAt,
	uncertainById
} from './index';
import type { PlaceState } from './index';
import { naiveControlAt } from './reference';
import type { Controller, Relation, Report, ReportKind } from '../types';

const PLACES = ['p0', 'p1', 'p2'] as const;
const CONTROLLERS: readonly Controller[] = [
	'syrian-government',
	'isis',
	'iraqi-government',
	'sdf',
	'contested'
];
const KINDS: readonly ReportKind[] = [
	'took',
	'retook',
	'holds',
	'held',
	'lost',
	'withdrew',
	'contested'
];
/** Days are small numbers so that reports overlap often. */
const FIRST = 0;
const LAST = 40;

const windowArb: fc.Arbitrary<DayWindow> = fc.oneof(
	fc.integer({ min: FIRST, max: LAST }).map((d) => ({ earliest: d, latest: d })),
	fc
		.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 1, max: 8 }))
		.map(([d, n]) => ({ earliest: d, latest: d + n })),
	fc.integer({ min: FIRST, max: LAST }).map((d) => ({ earliest: -Infinity, latest: d }))
);

interface Draft {
	readonly place: (typeof PLACES)[number];
	readonly kind: ReportKind;
	readonly controller: Controller;
	readonly displaced: Controller | null;
	/** Kept only where a report may carry it: displaced, with a start it does not begin after. */
	readonly displacedSince: DayWindow | null;
	readonly start: DayWindow | null;
	readonly end: DayWindow | null;
	readonly published: Day;
	readonly basis: 'stated' | 'inferred';
	readonly relations: readonly { type: Relation['type']; target: number }[];
}

const draftArb: fc.Arbitrary<Draft> = fc.record({
	place: fc.constantFrom(...PLACES),
	kind: fc.constantFrom(...KINDS),
	controller: fc.constantFrom(...CONTROLLERS),
	displaced: fc.option(fc.constantFrom(...CONTROLLERS), { freq: 2 }),
	displacedSince: fc.option(windowArb, { freq: 2 }),
	start: fc.option(windowArb, { freq: 4 }),
	end: fc.option(windowArb, { freq: 2 }),
	published: fc.integer({ min: FIRST, max: LAST + 5 }),
	basis: fc.constantFrom('stated', 'inferred'),
	relations: fc.array(
		fc.record({
			type: fc.constantFrom('corrects', 'corrects', 'contradicts', 'confirms'),
			target: fc.nat()
		}),
		{ maxLength: 2 }
	)
});

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

/** Turns drafts into deep-frozen reports; relations point at any report, this place or another, itself included. */
function toReports(drafts: readonly Draft[]): readonly Report[] {
	const reports = drafts.map((d, i): Report => ({
		id: `r${String(i).padStart(2, '0')}`,
		place: d.place,
		kind: d.kind,
		controller: d.controller,
		displaced: d.displaced,
		displacedSince:
			d.displaced !== null &&
			d.start !== null &&
			d.displacedSince !== null &&
			d.displacedSince.earliest <= d.start.latest
				? d.displacedSince
				: null,
		start: d.start,
		end: d.end,
		when: 'generated',
		source: `s${i}`,
		published: d.published,
		quote: { exact: 'generated' },
		anchor: { start: 0, end: 9 },
		attribution: ['generated'],
		basis: d.basis,
		reasoning: d.basis === 'inferred' ? 'generated' : null,
		placeImplied: null,
		relations: d.relations.map((r) => ({
			type: r.type,
			report: `r${String(r.target % drafts.length).padStart(2, '0')}`
		}))
	}));
	return deepFreeze(reports);
}

/** Up to about 15 reports per place. */
const timelineArb = fc.array(draftArb, { minLength: 1, maxLength: 45 }).map(toReports);
const dayArb = fc.integer({ min: FIRST - 3, max: LAST + 12 });
const horizonArb = fc.oneof(
	fc.constant(Infinity),
	fc.constant(-Infinity),
	fc.integer({ min: FIRST - 1, max: LAST + 6 })
);

const RUNS = { numRuns: Number(process.env.TIMELINE_RUNS ?? 300) };
/** Generous, for slow or busy machines: the first property takes about 2 s at 300 runs. */
const TIMEOUT = { timeout: 120_000 };

describe('the compiled timeline, on random reports', () => {
	it('answers every place, day and horizon exactly as the reference does', TIMEOUT, () => {
		fc.assert(
			fc.property(
				timelineArb,
				fc.array(horizonArb, { minLength: 1, maxLength: 3 }),
				(reports, horizons) => {
					const t = compileTimeline(reports, PLACES);
					for (const h of horizons) {
						for (let d = FIRST - 3; d <= LAST + 12; d++) {
							for (const p of PLACES) {
								expect(controlAt(t, p, d, h)).toEqual(naiveControlAt(reports, p, d, h));
							}
						}
					}
				}
			),
			RUNS
		);
	});

	it(
		'does not change a state when reports published after its horizon are added or removed',
		TIMEOUT,
		() => {
			fc.assert(
				fc.property(timelineArb, dayArb, horizonArb, (reports, d, h) => {
					const known = reports.filter((r) => r.published <= h);
					const all = compileTimeline(reports, PLACES);
					const some = compileTimeline(known, PLACES);
					for (const p of PLACES) expect(controlAt(all, p, d, h)).toEqual(controlAt(some, p, d, h));
				}),
				RUNS
			);
		}
	);

	it('backs every state the map shows with at least one supporting claim', TIMEOUT, () => {
		fc.assert(
			fc.property(timelineArb, dayArb, horizonArb, (reports, d, h) => {
				const t = compileTimeline(reports, PLACES);
				for (const p of PLACES) {
					const s = controlAt(t, p, d, h);
					if (s.controller === 'unknown') {
						expect(s.supporting).toEqual([]);
						expect(s.basis).toBe('none');
					} else {
						expect(s.supporting.length).toBeGreaterThanOrEqual(1);
						expect(s.sides[0]?.controller).toBe(s.controller);
					}
					expect(s.disputed).toBe(s.sides.length >= 2);
				}
			}),
			RUNS
		);
	});

	it(
		'says from when a state is carried only for carried states, always before the day',
		TIMEOUT,
		() => {
			fc.assert(
				fc.property(timelineArb, dayArb, horizonArb, (reports, d, h) => {
					const t = compileTimeline(reports, PLACES);
					for (const p of PLACES) {
						const s = controlAt(t, p, d, h);
						if (s.basis !== 'carried') expect(s.carriedFrom).toBeNull();
						else if (s.carriedFrom !== null) {
							expect(Number.isInteger(s.carriedFrom)).toBe(true);
							expect(s.carriedFrom).toBeLessThan(d);
						}
					}
				}),
				RUNS
			);
		}
	);

	it('never modifies the reports or place ids it is given', TIMEOUT, () => {
		fc.assert(
			fc.property(timelineArb, dayArb, horizonArb, (reports, d, h) => {
				const places = deepFreeze([...PLACES]);
				const before = JSON.stringify(reports);
				const t = compileTimeline(reports, places);
				for (const p of places) controlAt(t, p, d, h);
				controlAllAt(t, d, h, new Array<PlaceState>(places.length));
				changeDays(t, h);
				expect(JSON.stringify(reports)).toBe(before);
				expect(places).toEqual(PLACES);
			}),
			RUNS
		);
	});

	it('fills controlAllAt with the same states controlAt returns', TIMEOUT, () => {
		fc.assert(
			fc.property(timelineArb, dayArb, horizonArb, (reports, d, h) => {
				const t = compileTimeline(reports, PLACES);
				const out = controlAllAt(t, d, h, new Array<PlaceState>(PLACES.length));
				PLACES.forEach((p, i) => expect(out[i]).toBe(controlAt(t, p, d, h)));
			}),
			RUNS
		);
	});

	it('gives state ids that stand for exactly the states controlAllAt returns', TIMEOUT, () => {
		fc.assert(
			fc.property(timelineArb, dayArb, dayArb, horizonArb, (reports, d1, d2, h) => {
				const t = compileTimeline(reports, PLACES);
				const a = stateIdsAt(t, d1, h, new Int32Array(PLACES.length));
				const b = stateIdsAt(t, d2, h, new Int32Array(PLACES.length));
				const states = controlAllAt(t, d1, h, new Array<PlaceState>(PLACES.length));
				PLACES.forEach((_, i) => {
					const s = states[i]!;
					expect(stateById(t, a[i]!)).toBe(s);
					expect(controllerById(t, a[i]!)).toBe(s.controller);
					expect(disputedById(t, a[i]!)).toBe(s.disputed);
					expect(uncertainById(t, a[i]!)).toBe(s.uncertain !== null);
					// Equal ids, equal states; different ids of one place, different states.
					expect(a[i] === b[i]).toBe(stateById(t, b[i]!) === s);
				});
			}),
			RUNS
		);
	});

	it(
		'lists as change days exactly the days on which a shown state differs from the day before',
		TIMEOUT,
		() => {
			fc.assert(
				fc.property(timelineArb, horizonArb, (reports, h) => {
					const t = compileTimeline(reports, PLACES);
					const shown = (p: string, d: Day): string => {
						const s = controlAt(t, p, d, h);
						return JSON.stringify([s.controller, s.basis, s.disputed, s.uncertain]);
					};
					const expected: Day[] = [];
					for (let d = FIRST - 20; d <= LAST + 20; d++) {
						if (PLACES.some((p) => shown(p, d) !== shown(p, d - 1))) expected.push(d);
					}
					expect(changeDays(t, h)).toEqual(expected);
				}),
				RUNS
			);
		}
	);
});
