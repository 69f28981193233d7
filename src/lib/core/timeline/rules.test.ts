/**
 * The rules of the timeline as a table of cases: each case is answered by the compiled timeline
 * and by the reference (reference.ts), which must agree.
 */
import { describe, expect, it } from 'vitest';
import { controlAt, compileTimeline } from './index';
import { naiveControlAt } from './reference';
import {
	PLACE,
	UNKNOWN,
	compile,
	day,
	deepFreeze,
	holds,
	ref,
	reportsOf,
	took,
	win,
	type Case
} from './testing';

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
		name: 'infers that the displaced force held the place on the day before the start',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' })],
		day: '2017-11-08',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('a', true)],
			since: win('2017-11-08'),
			until: win('2017-11-09')
		}
	},
	{
		name: 'infers nothing about the displaced force before the day before the start',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displaced: 'isis' })],
		day: '2017-11-07',
		expected: { ...UNKNOWN }
	},
	{
		name: 'infers the displaced force only on the day before the earliest day of a start window',
		reports: [
			took('a', 'syrian-government', '2017-11-04/2017-11-05', '2017-11-09', { displaced: 'isis' })
		],
		day: '2017-11-03',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			uncertain: null,
			since: win('2017-11-03'),
			until: win('2017-11-04', '2017-11-05')
		}
	},
	{
		name: 'keeps the displaced force as the state that may still hold inside the start window',
		reports: [
			took('a', 'syrian-government', '2017-11-04/2017-11-05', '2017-11-09', { displaced: 'isis' })
		],
		day: '2017-11-04',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			uncertain: {
				from: 'isis',
				to: 'syrian-government',
				window: win('2017-11-04', '2017-11-05')
			}
		}
	},
	{
		name: 'starts the inferred earlier state at displacedSince when the text dates the hold',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', {
				displaced: 'isis',
				displacedSince: '2014-06'
			})
		],
		day: '2017-06-01',
		expected: {
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('a', true)],
			since: win('2014-06-01', '2014-06-30'),
			until: win('2017-11-09')
		}
	},
	{
		name: 'makes no inferred earlier state when the start is only "on or before" and no displacedSince is given',
		reports: [took('a', 'syrian-government', '../2017-11-09', '2017-11-09', { displaced: 'isis' })],
		day: '2017-11-08',
		expected: {
			controller: 'unknown',
			supporting: [],
			uncertain: {
				from: 'unknown',
				to: 'syrian-government',
				window: { earliest: -Infinity, latest: day('2017-11-09') }
			}
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
		name: 'keeps an inferred earlier state dated by displacedSince before an earlier report of another force begins',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', {
				displaced: 'isis',
				displacedSince: '2017-11-01'
			}),
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
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', {
				displaced: 'isis',
				displacedSince: '2017-10'
			}),
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
		name: 'calls a state inferred when its only report has an inferred basis, though it is not implied',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { basis: 'inferred' })],
		day: '2017-11-20',
		expected: { controller: 'syrian-government', basis: 'inferred', supporting: [ref('a')] }
	},
	{
		name: 'calls a state stated when one report behind it states the day and another is carried',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			holds('b', 'syrian-government', '2017-11-12', '2017-11-12')
		],
		day: '2017-11-12',
		expected: { controller: 'syrian-government', basis: 'stated', supporting: [ref('b'), ref('a')] }
	},
	{
		name: 'calls a state stated on every day of an explicit end given with no start',
		reports: [
			{
				id: 'a',
				kind: 'held',
				controller: 'isis',
				start: null,
				end: '2017-11-04/2017-11-05',
				published: '2017-11-09'
			}
		],
		day: '2017-10-01',
		expected: {
			controller: 'isis',
			basis: 'stated',
			since: null,
			until: win('2017-11-04', '2017-11-05')
		}
	},
	{
		name: 'says from which day a carried state is carried: the last day its report stated',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09')],
		day: '2017-11-30',
		expected: { basis: 'carried', carriedFrom: day('2017-11-09') }
	},
	{
		name: 'carries a state from the last day of its start window',
		reports: [took('a', 'syrian-government', '2017-11-09/2017-11-11', '2017-11-12')],
		day: '2017-11-20',
		expected: { basis: 'carried', carriedFrom: day('2017-11-11') }
	},
	{
		name: 'carries a state from the newest stated day of all the reports behind it',
		reports: [
			took('a', 'syrian-government', '2017-11-09', '2017-11-09'),
			holds('b', 'syrian-government', '2017-11-14', '2017-11-14'),
			holds('c', 'syrian-government', '2017-11-12', '2017-11-20', { basis: 'inferred' })
		],
		day: '2017-11-25',
		expected: { basis: 'carried', carriedFrom: day('2017-11-14') }
	},
	{
		name: 'gives no carriedFrom to a stated state',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09')],
		day: '2017-11-09',
		expected: { basis: 'stated', carriedFrom: null }
	},
	{
		name: 'gives no carriedFrom to an inferred state',
		reports: [took('a', 'syrian-government', '2017-11-09', '2017-11-09', { basis: 'inferred' })],
		day: '2017-11-20',
		expected: { basis: 'inferred', carriedFrom: null }
	},
	{
		name: 'gives a carried state no carriedFrom when its report gives no start',
		reports: [{ id: 'a', kind: 'holds', controller: 'isis', start: null, published: '2017-11-09' }],
		day: '2017-11-20',
		expected: { controller: 'isis', basis: 'carried', carriedFrom: null }
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
