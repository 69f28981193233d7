import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../bench/synthetic-corpus';
import type { ReportSpec } from '../../../bench/synthetic-corpus';
import { isoToDay } from './dates';
import type { Day, DayWindow } from './dates';
import {
	changeDays,
	compileTimeline,
	controlAllAt,
	controlAt,
	controllerById,
	dateRange,
	placeIds,
	stateById,
	stateIdsAt,
	publicationDays
} from './timeline';
import type { ClaimRef, PlaceState, Timeline } from './timeline';
import { naiveControlAt } from './timeline-reference';
import type { Report } from './types';

const PLACE = 'al-boukamal';

function day(iso: string): Day {
	return isoToDay(iso);
}

function win(from: string, to: string = from): DayWindow {
	return { earliest: day(from), latest: day(to) };
}

function ref(report: string, implied = false): ClaimRef {
	return { report, implied };
}

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

function reportsOf(specs: readonly ReportSpec[]): readonly Report[] {
	return deepFreeze(specs.map(makeReport));
}

function compile(specs: readonly ReportSpec[], places: readonly string[] = [PLACE]): Timeline {
	return compileTimeline(reportsOf(specs), deepFreeze([...places]));
}

const UNKNOWN = {
	controller: 'unknown',
	basis: 'none',
	disputed: false,
	sides: [],
	uncertain: null,
	supporting: [],
	contradicting: [],
	superseded: [],
	since: null,
	until: null
} as const;

interface Case {
	readonly name: string;
	readonly reports: readonly ReportSpec[];
	readonly day: string;
	/** Defaults to every report. */
	readonly horizon?: string;
	readonly place?: string;
	readonly places?: readonly string[];
	readonly expected: Partial<PlaceState>;
}

const took = (
	id: string,
	controller: ReportSpec['controller'],
	start: string,
	published: string,
	extra: Partial<ReportSpec> = {}
): ReportSpec => ({ id, kind: 'took', controller, start, published, ...extra });

const holds = (
	id: string,
	controller: ReportSpec['controller'],
	start: string,
	published: string,
	extra: Partial<ReportSpec> = {}
): ReportSpec => ({ id, kind: 'holds', controller, start, published, ...extra });

const CASES: readonly Case[] = [
	{
		name: 'returns unknown before the first report about a place',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09')],
		day: '2017-11-08',
		expected: { place: PLACE, ...UNKNOWN }
	},
	{
		name: 'returns unknown for a place that no report mentions',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09')],
		places: [PLACE, 'al-qaim'],
		place: 'al-qaim',
		day: '2017-11-20',
		expected: { place: 'al-qaim', ...UNKNOWN }
	},
	{
		name: 'does not count a report published after the horizon',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-10')],
		day: '2017-11-09',
		horizon: '2017-11-09',
		expected: { controller: 'unknown', supporting: [] }
	},
	{
		name: 'counts a report published on the horizon day',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-10')],
		day: '2017-11-09',
		horizon: '2017-11-10',
		expected: { controller: 'syrian-government', supporting: [ref('a')] }
	},
	{
		name: 'counts every report when no horizon is given',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-12-31')],
		day: '2017-11-09',
		expected: { controller: 'syrian-government', supporting: [ref('a')] }
	},
	{
		name: 'carries an open-ended claim forward to later days',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09')],
		day: '2017-11-30',
		expected: {
			controller: 'syrian-government',
			basis: 'carried',
			supporting: [ref('a')],
			since: win('2017-11-09'),
			until: null
		}
	},
	{
		name: 'never extends a claim backward before its start, even when it is newer',
		reports: [
			took('a', 'isis', '2017-11-05', '2017-11-05'),
			took('b', 'syrian-government', '2017-11-09', '2017-11-20')
		],
		day: '2017-11-07',
		expected: { controller: 'isis', supporting: [ref('a')], contradicting: [], disputed: false }
	},
	{
		name: 'ends an open claim where a later event of another controller starts',
		reports: [
			holds('a', 'isis', '2017-11-01', '2017-11-01'),
			took('b', 'syrian-government', '2017-11-10', '2017-11-10')
		],
		day: '2017-11-12',
		expected: {
			controller: 'syrian-government',
			supporting: [ref('b')],
			contradicting: [],
			disputed: false
		}
	},
	{
		name: 'gives the ended claim the start of the later event as its until',
		reports: [
			holds('a', 'isis', '2017-11-01', '2017-11-01'),
			took('b', 'syrian-government', '2017-11-10', '2017-11-10')
		],
		day: '2017-11-05',
		expected: { controller: 'isis', since: win('2017-11-01'), until: win('2017-11-10') }
	},
	{
		name: 'treats a later report of the same controller as confirmation, not an end',
		reports: [
			took('a', 'syrian-government', '2017-11-01', '2017-11-01'),
			holds('b', 'syrian-government', '2017-11-10', '2017-11-10')
		],
		day: '2017-11-05',
		expected: { controller: 'syrian-government', supporting: [ref('a')], until: null }
	},
	{
		name: 'lists every confirming report as support, newest first',
		reports: [
			took('a', 'syrian-government', '2017-11-01', '2017-11-01'),
			holds('b', 'syrian-government', '2017-11-10', '2017-11-10')
		],
		day: '2017-11-12',
		expected: {
			controller: 'syrian-government',
			disputed: false,
			supporting: [ref('b'), ref('a')],
			since: win('2017-11-01')
		}
	},
	{
		name: 'ends a claim only by events that start after it',
		reports: [
			took('a', 'syrian-government', '2017-11-10', '2017-11-10'),
			holds('b', 'isis', '2017-11-05', '2017-11-20')
		],
		day: '2017-11-12',
		expected: { controller: 'syrian-government', contradicting: [], disputed: false }
	},
	{
		name: 'marks the days inside a start window as uncertain between the old and the new controller',
		reports: [
			holds('a', 'isis', '2017-11-01', '2017-11-01'),
			took('b', 'syrian-government', '2017-11-10/2017-11-14', '2017-11-15')
		],
		day: '2017-11-12',
		expected: {
			controller: 'isis',
			uncertain: { from: 'isis', to: 'syrian-government', window: win('2017-11-10', '2017-11-14') },
			supporting: [ref('a')],
			contradicting: [ref('b')],
			disputed: false
		}
	},
	{
		name: 'makes the new controller certain from the last day of its start window',
		reports: [
			holds('a', 'isis', '2017-11-01', '2017-11-01'),
			took('b', 'syrian-government', '2017-11-10/2017-11-14', '2017-11-15')
		],
		day: '2017-11-14',
		expected: {
			controller: 'syrian-government',
			basis: 'stated',
			uncertain: null,
			supporting: [ref('b')],
			contradicting: []
		}
	},
	{
		name: 'keeps a certain state but marks an arrival whose start window covers the day',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-01',
				end: '2017-11-30',
				published: '2017-11-02'
			},
			took('b', 'isis', '2017-11-10/2017-11-14', '2017-11-15')
		],
		day: '2017-11-12',
		expected: {
			controller: 'syrian-government',
			basis: 'stated',
			disputed: false,
			uncertain: { from: 'syrian-government', to: 'isis', window: win('2017-11-10', '2017-11-14') },
			supporting: [ref('a')],
			contradicting: []
		}
	},
	{
		name: 'shows the preferred side first when two certain claims disagree',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-01',
				end: '2017-11-30',
				published: '2017-11-02'
			},
			took('b', 'isis', '2017-11-10/2017-11-14', '2017-11-15')
		],
		day: '2017-11-20',
		expected: {
			controller: 'isis',
			disputed: true,
			sides: [
				{ controller: 'isis', claims: [ref('b')] },
				{ controller: 'syrian-government', claims: [ref('a')] }
			],
			supporting: [ref('b')],
			contradicting: [ref('a')],
			uncertain: null
		}
	},
	{
		name: 'keeps the state that may still hold inside an end window',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-01',
				end: '2017-11-10/2017-11-12',
				published: '2017-11-20'
			}
		],
		day: '2017-11-11',
		expected: {
			controller: 'syrian-government',
			basis: 'stated',
			uncertain: {
				from: 'syrian-government',
				to: 'unknown',
				window: win('2017-11-10', '2017-11-12')
			},
			supporting: [ref('a')],
			until: win('2017-11-10', '2017-11-12')
		}
	},
	{
		name: 'returns unknown after an end window',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-01',
				end: '2017-11-10/2017-11-12',
				published: '2017-11-20'
			}
		],
		day: '2017-11-13',
		expected: { ...UNKNOWN }
	},
	{
		name: 'ignores a report whose end comes before its start',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-10',
				end: '2017-11-05',
				published: '2017-11-20'
			}
		],
		day: '2017-11-07',
		expected: { ...UNKNOWN }
	},
	{
		name: 'infers that the displaced force held the place before the start',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' })],
		day: '2017-11-01',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('a', true)],
			since: null,
			until: win('2017-11-09')
		}
	},
	{
		name: 'ends the inferred earlier state at the start of the report that implies it',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' })],
		day: '2017-11-09',
		expected: {
			controller: 'syrian-government',
			basis: 'stated',
			disputed: false,
			supporting: [ref('a')],
			contradicting: []
		}
	},
	{
		// Regression: "taken from ISIS on the 9th" made 8 November disputed against "fighting on the 8th".
		name: 'ends the inferred earlier state where an earlier report of another force begins',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' }),
			{
				id: 'b',
				kind: 'contested',
				controller: 'contested',
				start: '2017-11-08',
				published: '2017-11-09'
			}
		],
		day: '2017-11-08',
		expected: {
			controller: 'contested',
			disputed: false,
			supporting: [ref('b')],
			contradicting: []
		}
	},
	{
		name: 'keeps the inferred earlier state before an earlier report of another force begins',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' }),
			{
				id: 'b',
				kind: 'contested',
				controller: 'contested',
				start: '2017-11-08',
				published: '2017-11-09'
			}
		],
		day: '2017-11-07',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('a', true)],
			until: win('2017-11-08')
		}
	},
	{
		name: 'infers nothing from a displaced force when the start is not known',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				displaced: 'isis',
				start: null,
				end: '2017-11-20',
				published: '2017-11-20'
			}
		],
		day: '2017-11-01',
		expected: { controller: 'syrian-government', supporting: [ref('a')], contradicting: [] }
	},
	{
		name: "supersedes a corrected report from the corrector's start",
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			holds('b', 'isis', '2017-11-12', '2017-11-13', {
				relations: [{ type: 'corrects', report: 'a' }]
			})
		],
		day: '2017-11-12',
		expected: {
			controller: 'isis',
			supporting: [ref('b')],
			contradicting: [],
			superseded: [ref('a')]
		}
	},
	{
		name: "keeps the corrected report on days before the corrector's start",
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			holds('b', 'isis', '2017-11-12', '2017-11-13', {
				relations: [{ type: 'corrects', report: 'a' }]
			})
		],
		day: '2017-11-10',
		expected: { controller: 'syrian-government', supporting: [ref('a')], superseded: [] }
	},
	{
		name: 'ignores a correction published after the horizon',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			holds('b', 'isis', '2017-11-12', '2017-11-13', {
				relations: [{ type: 'corrects', report: 'a' }]
			})
		],
		day: '2017-11-12',
		horizon: '2017-11-12',
		expected: { controller: 'syrian-government', basis: 'carried', superseded: [] }
	},
	{
		name: 'supersedes a corrected report on every day when the correction gives no start',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			{
				id: 'b',
				kind: 'held',
				controller: 'isis',
				start: null,
				end: '2017-11-30',
				published: '2017-11-30',
				relations: [{ type: 'corrects', report: 'a' }]
			}
		],
		day: '2017-11-20',
		expected: {
			controller: 'isis',
			basis: 'stated',
			disputed: false,
			supporting: [ref('b')],
			superseded: [ref('a')]
		}
	},
	{
		name: 'supersedes the implied earlier state of a corrected report as well',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' }),
			holds('b', 'isis', '2017-11-01', '2017-11-10', {
				relations: [{ type: 'corrects', report: 'a' }]
			})
		],
		day: '2017-11-05',
		expected: {
			controller: 'isis',
			disputed: false,
			supporting: [ref('b')],
			contradicting: [],
			superseded: [ref('a', true)]
		}
	},
	{
		name: 'keeps plain disagreement as a dispute between both sides',
		reports: [
			holds('a', 'syrian-government', '2017-11-10', '2017-11-10'),
			holds('b', 'isis', '2017-11-10', '2017-11-11')
		],
		day: '2017-11-12',
		expected: {
			controller: 'isis',
			disputed: true,
			sides: [
				{ controller: 'isis', claims: [ref('b')] },
				{ controller: 'syrian-government', claims: [ref('a')] }
			],
			supporting: [ref('b')],
			contradicting: [ref('a')],
			superseded: []
		}
	},
	{
		name: 'does not remove a claim that another report only contradicts',
		reports: [
			holds('a', 'syrian-government', '2017-11-10', '2017-11-10'),
			holds('b', 'isis', '2017-11-10', '2017-11-11', {
				relations: [{ type: 'contradicts', report: 'a' }]
			})
		],
		day: '2017-11-12',
		expected: { controller: 'isis', disputed: true, contradicting: [ref('a')], superseded: [] }
	},
	{
		name: 'prefers a stated claim over a newer inferred one',
		reports: [
			holds('a', 'syrian-government', '2017-11-10', '2017-11-10'),
			holds('b', 'isis', '2017-11-10', '2017-11-12', { basis: 'inferred' })
		],
		day: '2017-11-12',
		expected: {
			controller: 'syrian-government',
			disputed: true,
			supporting: [ref('a')],
			contradicting: [ref('b')]
		}
	},
	{
		name: 'calls a state stated on the day its start window closes',
		reports: [took('a', 'syrian-government', '2017-11-09/2017-11-11', '2017-11-12')],
		day: '2017-11-11',
		expected: { controller: 'syrian-government', basis: 'stated' }
	},
	{
		name: 'calls a state carried after its stated event when nothing newer is reported',
		reports: [took('a', 'syrian-government', '2017-11-09/2017-11-11', '2017-11-12')],
		day: '2017-11-12',
		expected: { controller: 'syrian-government', basis: 'carried' }
	},
	{
		name: 'calls a state inferred when all its supporting claims are inferred',
		reports: [holds('a', 'syrian-government', '2017-11-10', '2017-11-10', { basis: 'inferred' })],
		day: '2017-11-10',
		expected: { controller: 'syrian-government', basis: 'inferred' }
	},
	{
		name: 'calls a state stated throughout an explicit interval',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				start: '2017-11-01',
				end: '2017-11-30',
				published: '2017-12-01'
			}
		],
		day: '2017-11-20',
		expected: { controller: 'syrian-government', basis: 'stated', until: win('2017-11-30') }
	},
	{
		name: 'calls an on-or-before snapshot stated on its date',
		reports: [holds('a', 'syrian-government', '../2017-11-10', '2017-11-10')],
		day: '2017-11-10',
		expected: {
			controller: 'syrian-government',
			basis: 'stated',
			since: { earliest: -Infinity, latest: day('2017-11-10') }
		}
	},
	{
		name: 'treats the days before an on-or-before date as an uncertain arrival',
		reports: [holds('a', 'syrian-government', '../2017-11-10', '2017-11-10')],
		day: '2017-11-04',
		expected: {
			controller: 'unknown',
			uncertain: {
				from: 'unknown',
				to: 'syrian-government',
				window: { earliest: -Infinity, latest: day('2017-11-10') }
			}
		}
	},
	{
		name: 'calls a snapshot carried on the days after its date',
		reports: [holds('a', 'syrian-government', '2017-11-10', '2017-11-10')],
		day: '2017-11-11',
		expected: { controller: 'syrian-government', basis: 'carried' }
	},
	{
		name: 'says an uncertain arrival with nothing before it may be starting from unknown',
		reports: [took('a', 'syrian-government', '2017-11-09/2017-11-11', '2017-11-12')],
		day: '2017-11-10',
		expected: {
			...UNKNOWN,
			uncertain: {
				from: 'unknown',
				to: 'syrian-government',
				window: win('2017-11-09', '2017-11-11')
			},
			contradicting: [ref('a')]
		}
	}
];

describe('controlAt', () => {
	it.each(CASES)('$name', (c) => {
		const places = c.places ?? [PLACE];
		const reports = reportsOf(c.reports);
		const t = compileTimeline(reports, deepFreeze([...places]));
		const place = c.place ?? PLACE;
		const horizon = c.horizon === undefined ? Infinity : day(c.horizon);
		const state = controlAt(t, place, day(c.day), horizon);
		expect(state).toMatchObject(c.expected);
		expect(naiveControlAt(reports, place, day(c.day), horizon)).toEqual(state);
	});

	it('returns frozen states that are shared between queries', () => {
		const t = compile([took('a', 'syrian-government', '2017-11-09', '2017-11-09')]);
		const first = controlAt(t, PLACE, day('2017-11-20'));
		expect(Object.isFrozen(first)).toBe(true);
		expect(Object.isFrozen(first.supporting)).toBe(true);
		expect(controlAt(t, PLACE, day('2017-11-25'))).toBe(first);
	});

	it('throws a clear error for an unknown place id', () => {
		const t = compile([took('a', 'syrian-government', '2017-11-09', '2017-11-09')]);
		expect(() => controlAt(t, 'atlantis', day('2017-11-09'))).toThrow(
			/unknown place id "atlantis"/
		);
	});

	it('throws a clear error for a day that is not a whole number', () => {
		const t = compile([took('a', 'syrian-government', '2017-11-09', '2017-11-09')]);
		expect(() => controlAt(t, PLACE, 17479.5)).toThrow(/not a whole day number/);
		expect(() => controlAt(t, PLACE, Number.NaN)).toThrow(/not a whole day number/);
	});

	it('throws a clear error for a horizon that is not a number', () => {
		const t = compile([took('a', 'syrian-government', '2017-11-09', '2017-11-09')]);
		expect(() => controlAt(t, PLACE, day('2017-11-09'), Number.NaN)).toThrow(/horizon/);
	});
});

describe('compileTimeline', () => {
	it('throws when a report names a place that is not listed', () => {
		const reports = reportsOf([
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { place: 'atlantis' })
		]);
		expect(() => compileTimeline(reports, [PLACE])).toThrow(/unknown place "atlantis"/);
	});

	it('throws when two reports share an id', () => {
		const reports = reportsOf([
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			took('a', 'isis', '2017-11-10', '2017-11-10')
		]);
		expect(() => compileTimeline(reports, [PLACE])).toThrow(/report id "a" is used twice/);
	});

	it('throws when a place id is listed twice', () => {
		expect(() => compileTimeline([], [PLACE, PLACE])).toThrow(/listed twice/);
	});

	it('throws when a window is not made of whole days', () => {
		const half: Report = { ...makeReport(took('a', 'isis', '2017-11-09', '2017-11-09')) };
		const reports = [{ ...half, start: { earliest: 17479.5, latest: 17480 } }];
		expect(() => compileTimeline(reports, [PLACE])).toThrow(
			/report "a": start window \[17479.5, 17480\] is not a window of days/
		);
	});

	it('does not modify the reports it is given', () => {
		const specs = [
			took('b', 'isis', '2017-11-10', '2017-11-12', {
				relations: [{ type: 'corrects', report: 'a' }]
			}),
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' })
		];
		const reports = reportsOf(specs);
		const before = JSON.stringify(reports);
		const t = compileTimeline(reports, [PLACE]);
		controlAt(t, PLACE, day('2017-11-11'));
		expect(JSON.stringify(reports)).toBe(before);
		expect(reports.map((r) => r.id)).toEqual(['b', 'a']);
	});
});

/** Two places with a report each and one without, for the all-places queries. */
const ALL_PLACES_SPECS: readonly ReportSpec[] = [
	took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
	took('b', 'iraqi-government', '2017-11-03', '2017-11-03', { place: 'al-qaim' })
];
const ALL_PLACES = ['al-qaim', 'raqqa', PLACE] as const;

describe('state ids', () => {
	const specs = ALL_PLACES_SPECS;
	const places = ALL_PLACES;

	it('stand for the states controlAllAt gives, in placeIds order', () => {
		const t = compile(specs, places);
		const ids = stateIdsAt(t, day('2017-11-10'), Infinity, new Int32Array(3));
		const states = controlAllAt(t, day('2017-11-10'), Infinity, new Array<PlaceState>(3));
		expect([...ids].map((id) => stateById(t, id))).toEqual(states);
		expect(stateById(t, ids[2]!)).toBe(states[2]);
		expect([...ids].map((id) => controllerById(t, id))).toEqual([
			'iraqi-government',
			'unknown',
			'syrian-government'
		]);
	});

	it('stay the same while the state does and change with it', () => {
		const t = compile(specs, places);
		const at = (iso: string): number => stateIdsAt(t, day(iso), Infinity, new Int32Array(3))[2]!;
		expect(at('2017-11-10')).toBe(at('2017-11-20'));
		expect(at('2017-11-08')).not.toBe(at('2017-11-10'));
	});

	it('throws a clear error for an id the timeline did not give', () => {
		const t = compile(specs, places);
		expect(() => stateById(t, 1e6)).toThrow(/not a state id of this timeline: 1000000/);
		expect(() => controllerById(t, -1)).toThrow(/not a state id/);
	});
});

describe('controlAllAt', () => {
	const specs = ALL_PLACES_SPECS;
	const places = ALL_PLACES;

	it("fills every place's state in placeIds order", () => {
		const t = compile(specs, places);
		const out = controlAllAt(t, day('2017-11-10'), Infinity, new Array<PlaceState>(3));
		expect(out.map((s) => [s.place, s.controller])).toEqual([
			['al-qaim', 'iraqi-government'],
			['raqqa', 'unknown'],
			[PLACE, 'syrian-government']
		]);
	});

	it('returns the array it was given', () => {
		const t = compile(specs, places);
		const out = new Array<PlaceState>(3);
		expect(controlAllAt(t, day('2017-11-10'), Infinity, out)).toBe(out);
	});

	it('returns the same state objects on repeated calls for the same day', () => {
		const t = compile(specs, places);
		const first = [...controlAllAt(t, day('2017-11-10'), Infinity, new Array<PlaceState>(3))];
		const again = controlAllAt(t, day('2017-11-10'), Infinity, new Array<PlaceState>(3));
		first.forEach((s, i) => expect(again[i]).toBe(s));
	});

	it('answers each place as controlAt does, at a horizon', () => {
		const t = compile(specs, places);
		const out = controlAllAt(t, day('2017-11-10'), day('2017-11-05'), new Array<PlaceState>(3));
		places.forEach((p, i) =>
			expect(out[i]).toBe(controlAt(t, p, day('2017-11-10'), day('2017-11-05')))
		);
	});
});

describe('changeDays, publicationDays, dateRange and placeIds', () => {
	const specs: readonly ReportSpec[] = [
		holds('a', 'isis', '2017-11-01', '2017-11-01'),
		took('b', 'syrian-government', '2017-11-10/2017-11-12', '2017-11-13'),
		holds('c', 'syrian-government', '../2017-10-05', '2017-11-13', { place: 'al-qaim' })
	];

	it('changeDays lists the days on which a shown state changes, sorted and unique', () => {
		const t = compile(specs.slice(0, 2));
		expect(changeDays(t)).toEqual(
			['2017-11-01', '2017-11-02', '2017-11-10', '2017-11-12', '2017-11-13'].map(day)
		);
	});

	it('changeDays at a horizon ignores reports published after it', () => {
		const t = compile(specs.slice(0, 2));
		expect(changeDays(t, day('2017-11-05'))).toEqual(['2017-11-01', '2017-11-02'].map(day));
	});

	it('changeDays merges the change days of all places', () => {
		const t = compile(specs, [PLACE, 'al-qaim']);
		expect(changeDays(t)).toEqual(
			[
				'2017-10-05',
				'2017-10-06',
				'2017-11-01',
				'2017-11-02',
				'2017-11-10',
				'2017-11-12',
				'2017-11-13'
			].map(day)
		);
	});

	it('publicationDays lists each publication day once, in order', () => {
		const t = compile([...specs].reverse(), [PLACE, 'al-qaim']);
		expect(publicationDays(t)).toEqual(['2017-11-01', '2017-11-13'].map(day));
	});

	it('dateRange runs from the earliest finite day in any window to the last publication', () => {
		const t = compile(specs, [PLACE, 'al-qaim']);
		expect(dateRange(t)).toEqual({ first: day('2017-10-05'), last: day('2017-11-13') });
	});

	it('dateRange throws when there are no reports', () => {
		const t = compileTimeline([], [PLACE]);
		expect(() => dateRange(t)).toThrow(/no reports/);
	});

	it('placeIds returns the places in the order they were given', () => {
		const t = compile(specs, ['al-qaim', PLACE]);
		expect(placeIds(t)).toEqual(['al-qaim', PLACE]);
	});
});

/**
 * Al-Boukamal, November 2017, rebuilt from synthetic reports that follow the real story: on
 * 9 November the Syrian army declared the town taken from ISIS; reports published on
 * 19 November said it had been lost to a counter-attack some day between 10 and 18 November
 * (one says to ISIS, one that the town was fought over; both correct the 9 November report)
 * and retaken on 19 November.
 */
describe('the al-Boukamal story', () => {
	const story: readonly ReportSpec[] = [
		took('sana-2017-11-09-took', 'syrian-government', '2017-11-09', '2017-11-09', {
			displaced: 'isis'
		}),
		{
			id: 'amaq-2017-11-19-recaptured',
			kind: 'lost',
			controller: 'isis',
			start: '2017-11-10/2017-11-18',
			published: '2017-11-19',
			relations: [{ type: 'corrects', report: 'sana-2017-11-09-took' }]
		},
		{
			id: 'reuters-2017-11-19-fighting',
			kind: 'contested',
			controller: 'contested',
			start: '2017-11-10/2017-11-18',
			published: '2017-11-19',
			relations: [{ type: 'corrects', report: 'sana-2017-11-09-took' }]
		},
		{
			id: 'sana-2017-11-19-retook',
			kind: 'retook',
			controller: 'syrian-government',
			start: '2017-11-19',
			published: '2017-11-19'
		}
	];

	it('shows the town held by ISIS before 9 November, inferred from "taken from ISIS"', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-08'));
		expect(state).toMatchObject({
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('sana-2017-11-09-took', true)]
		});
	});

	it('as reported on 8 November, shows the town as unknown: nothing was published yet', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-08'), day('2017-11-08'));
		expect(state).toMatchObject({ ...UNKNOWN });
	});

	it('shows the town taken by the Syrian army on 9 November, as stated', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-09'));
		expect(state).toMatchObject({ controller: 'syrian-government', basis: 'stated' });
	});

	it('as reported on 12 November, shows the town held by the Syrian army, carried forward', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-12'), day('2017-11-12'));
		expect(state).toMatchObject({
			controller: 'syrian-government',
			basis: 'carried',
			supporting: [ref('sana-2017-11-09-took')],
			superseded: [],
			since: win('2017-11-09'),
			until: null
		});
	});

	it('as known now, does not show 12 November as Syrian army with certainty', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-12'));
		expect(state.controller).not.toBe('syrian-government');
		expect(state).toMatchObject({
			controller: 'unknown',
			uncertain: { from: 'unknown', to: 'isis', window: win('2017-11-10', '2017-11-18') },
			contradicting: [ref('amaq-2017-11-19-recaptured'), ref('reuters-2017-11-19-fighting')]
		});
	});

	it('as known now, lists the 9 November report as superseded on 12 November', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-12'));
		expect(state.superseded).toEqual([ref('sana-2017-11-09-took')]);
	});

	it('as known now, keeps the 9 November report on 9 November itself', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-09'));
		expect(state.superseded).toEqual([]);
	});

	it('shows the town retaken by the Syrian army on 19 November, as stated', () => {
		const t = compile(story);
		for (const horizon of [day('2017-11-19'), Infinity]) {
			expect(controlAt(t, PLACE, day('2017-11-19'), horizon)).toMatchObject({
				controller: 'syrian-government',
				basis: 'stated',
				disputed: false,
				uncertain: null,
				supporting: [ref('sana-2017-11-19-retook')]
			});
		}
	});

	it('keeps the town with the Syrian army after 19 November, carried forward', () => {
		const t = compile(story);
		for (const d of ['2017-11-20', '2017-11-30']) {
			expect(controlAt(t, PLACE, day(d))).toMatchObject({
				controller: 'syrian-government',
				basis: 'carried',
				since: win('2017-11-19')
			});
		}
	});

	it('gives the same answers as the reference on every day of November at both horizons', () => {
		const reports = reportsOf(story);
		const t = compileTimeline(reports, [PLACE]);
		for (let d = day('2017-11-01'); d <= day('2017-11-30'); d++) {
			for (const h of [d, Infinity]) {
				expect(controlAt(t, PLACE, d, h)).toEqual(naiveControlAt(reports, PLACE, d, h));
			}
		}
	});
});
