/** The questions the app asks a compiled timeline, and the errors it gives on bad input. */
import { describe, expect, it } from 'vitest';
import { makeReport } from './synthetic-corpus';
import type { Report } from '../types';
import {
	changeDays,
	compileTimeline,
	controlAllAt,
	controlAt,
	controllerById,
	dateRange,
	placeIds,
	publicationDays,
	stateById,
	stateIdsAt
} from './index';
import type { PlaceState } from './index';
import { PLACE, compile, day, holds, reportsOf, took, type ReportSpec } from './testing';

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

	it('throws when displacedSince is given for a report with no start', () => {
		const reports = reportsOf([
			{
				id: 'a',
				kind: 'held',
				controller: 'syrian-government',
				displaced: 'isis',
				displacedSince: '2014-06',
				start: null,
				end: '2017-11-20',
				published: '2017-11-20'
			}
		]);
		expect(() => compileTimeline(reports, [PLACE])).toThrow(
			/report "a": displacedSince is given but the report has no start/
		);
	});

	it('throws when displacedSince is given without a displaced force', () => {
		const reports = reportsOf([
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', { displacedSince: '2014-06' })
		]);
		expect(() => compileTimeline(reports, [PLACE])).toThrow(
			/report "a": displacedSince is given but no displaced force/
		);
	});

	it('throws when displacedSince begins after the start window ends', () => {
		const reports = reportsOf([
			took('a', 'syrian-government', '2017-11-09', '2017-11-09', {
				displaced: 'isis',
				displacedSince: '2017-11-10'
			})
		]);
		expect(() => compileTimeline(reports, [PLACE])).toThrow(
			/report "a": displacedSince begins after the report's start window ends/
		);
	});

	it('throws when displacedSince is not a window of days', () => {
		const base = makeReport(
			took('a', 'isis', '2017-11-09', '2017-11-09', { displaced: 'syrian-government' })
		);
		const reports = [{ ...base, displacedSince: { earliest: 17000, latest: 16000 } }];
		expect(() => compileTimeline(reports, [PLACE])).toThrow(
			/report "a": displacedSince window \[17000, 16000\] is not a window of days/
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
