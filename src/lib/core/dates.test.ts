import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dayToIso,
	describeWindow,
	formatDayLong,
	formatWindow,
	isExactDay,
	isoToDay,
	parseWindow,
	weekday
} from './dates';
import type { DayWindow } from './dates';

/** Day numbers of 1900-01-01 and 2099-12-31. */
const FIRST_DAY = -25567;
const LAST_DAY = 47481;
const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

describe('isoToDay and dayToIso', () => {
	it.each([
		['1970-01-01', 0],
		['1969-12-31', -1],
		['2017-11-09', 17479],
		['2017-11-19', 17489],
		['2000-02-29', 11016]
	] as const)('isoToDay reads %s as day %i and dayToIso writes it back', (iso, n) => {
		expect(isoToDay(iso)).toBe(n);
		expect(dayToIso(n)).toBe(iso);
	});

	it('round-trips every day from 1900 to 2099 through its ISO form', () => {
		fc.assert(
			fc.property(dayArb, (d) => {
				expect(isoToDay(dayToIso(d))).toBe(d);
			})
		);
	});

	it('round-trips every ISO date from 1900 to 2099 through its day number', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
				(date) => {
					const iso = date.toISOString().slice(0, 10);
					expect(dayToIso(isoToDay(iso))).toBe(iso);
				}
			)
		);
	});

	it.each(['2017-02-29', '2017-13-01', '2017-11-31', '2017-00-10'])(
		'isoToDay rejects the impossible day %s',
		(iso) => {
			expect(() => isoToDay(iso)).toThrow(/no such day/);
		}
	);

	it.each(['2017-11', '17-11-09', '2017-11-9', ' 2017-11-09', '2017/11/09', ''])(
		'isoToDay rejects %j, which is not of the form YYYY-MM-DD',
		(text) => {
			expect(() => isoToDay(text)).toThrow(/YYYY-MM-DD/);
		}
	);

	it('dayToIso rejects a day number that is not whole', () => {
		expect(() => dayToIso(17479.5)).toThrow(/not a whole day number/);
	});
});

describe('weekday', () => {
	it.each([
		['2017-11-09', 'Thursday', 4],
		['2017-11-19', 'Sunday', 0],
		['1970-01-01', 'Thursday', 4],
		['1969-12-31', 'Wednesday', 3],
		['2017-11-04', 'Saturday', 6]
	] as const)('%s is a %s', (iso, _name, expected) => {
		expect(weekday(isoToDay(iso))).toBe(expected);
	});

	it('advances by one each day and repeats every seven days', () => {
		fc.assert(
			fc.property(dayArb, (d) => {
				expect(weekday(d + 1)).toBe((weekday(d) + 1) % 7);
				expect(weekday(d + 7)).toBe(weekday(d));
			})
		);
	});
});

describe('parseWindow', () => {
	const day = isoToDay;
	it.each([
		['2017-11-09', { earliest: day('2017-11-09'), latest: day('2017-11-09') }],
		['2017-11', { earliest: day('2017-11-01'), latest: day('2017-11-30') }],
		['2017-02', { earliest: day('2017-02-01'), latest: day('2017-02-28') }],
		['2016-02', { earliest: day('2016-02-01'), latest: day('2016-02-29') }],
		['2017', { earliest: day('2017-01-01'), latest: day('2017-12-31') }],
		['2017-11-04/2017-11-05', { earliest: day('2017-11-04'), latest: day('2017-11-05') }],
		['2017-10/2017-11-05', { earliest: day('2017-10-01'), latest: day('2017-11-05') }],
		['2017-11-10/2017-12', { earliest: day('2017-11-10'), latest: day('2017-12-31') }],
		['../2017-11-09', { earliest: -Infinity, latest: day('2017-11-09') }],
		['../2017-11', { earliest: -Infinity, latest: day('2017-11-30') }]
	] as const)('reads %s', (text, expected) => {
		expect(parseWindow(text)).toEqual(expected);
	});

	it.each([
		['2017-11-05/2017-11-04', /ends before it starts/],
		['2017-13', /no such month/],
		['2017-02-30', /no such day/],
		['9 November 2017', /not a date/],
		['2017-11-09/', /not a date/],
		['../', /not a date/],
		['../..', /not a date/],
		['', /not a date/]
	] as const)('rejects %j with the reason', (text, reason) => {
		expect(() => parseWindow(text)).toThrow(reason);
	});
});

describe('formatWindow', () => {
	it.each([
		'2017-11-09',
		'2017-11',
		'2017-02',
		'2017',
		'2017-11-04/2017-11-05',
		'2017-10-15/2017-11-05',
		'2016-12-31/2017-01-01',
		'2017-01-01/2018-12-31',
		'../2017-11-09'
	])('writes %s back in the same shortest form', (text) => {
		expect(formatWindow(parseWindow(text))).toBe(text);
	});

	it.each([
		['2017-11-01/2017-11-30', '2017-11'],
		['2017-01-01/2017-12-31', '2017'],
		['2017-11-09/2017-11-09', '2017-11-09'],
		['2017-10/2017-11-05', '2017-10-01/2017-11-05'],
		['../2017-11', '../2017-11-30']
	] as const)('writes %s in its shortest form %s', (text, shortest) => {
		expect(formatWindow(parseWindow(text))).toBe(shortest);
	});

	const windowArb: fc.Arbitrary<DayWindow> = fc.oneof(
		fc
			.tuple(dayArb, fc.integer({ min: 0, max: 800 }))
			.map(([d, n]) => ({ earliest: d, latest: Math.min(d + n, LAST_DAY) })),
		dayArb.map((d) => ({ earliest: -Infinity, latest: d }))
	);

	it('parses what it writes back to the same window, for any window', () => {
		fc.assert(
			fc.property(windowArb, (w) => {
				expect(parseWindow(formatWindow(w))).toEqual(w);
			})
		);
	});

	it('writes again exactly what it parsed from its own output', () => {
		fc.assert(
			fc.property(windowArb, (w) => {
				const text = formatWindow(w);
				expect(formatWindow(parseWindow(text))).toBe(text);
			})
		);
	});
});

describe('isExactDay, formatDayLong and describeWindow', () => {
	it('isExactDay is true only for a single known day', () => {
		expect(isExactDay(parseWindow('2017-11-09'))).toBe(true);
		expect(isExactDay(parseWindow('2017-11'))).toBe(false);
		expect(isExactDay(parseWindow('../2017-11-09'))).toBe(false);
	});

	it('formatDayLong writes a day in words', () => {
		expect(formatDayLong(isoToDay('2017-11-09'))).toBe('9 November 2017');
	});

	it.each([
		['2017-11-09', '9 November 2017'],
		['2017-08', 'August 2017'],
		['2017', '2017'],
		['2017-11-04/2017-11-05', '4–5 November 2017'],
		['2017-10-30/2017-11-02', '30 October – 2 November 2017'],
		['2016-12-30/2017-01-02', '30 December 2016 – 2 January 2017'],
		['../2017-11-09', 'on or before 9 November 2017']
	] as const)('describeWindow writes %s as "%s"', (text, words) => {
		expect(describeWindow(parseWindow(text))).toBe(words);
	});
});
