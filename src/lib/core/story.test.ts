import { describe, expect, it } from 'vitest';
import { makeReport, type ReportSpec } from './timeline/synthetic-corpus';
import { isoToDay, type Day } from './dates';
import {
	CARRIED_FADE,
	INFERRED_STRENGTH,
	carriedFromOf,
	changeEvents,
	changesOn,
	differenceLine,
	evidenceStrength,
	FADE_STEPS,
	firstStoryDay,
	storyWindow,
	viewDifferences
} from './story';
import { compileTimeline, controlAllAt, controlAt, type PlaceState } from './timeline';
import type { Report } from './types';

const day = (iso: string): Day => isoToDay(iso);

function reportsOf(specs: readonly ReportSpec[]): readonly Report[] {
	return Object.freeze(specs.map((s) => Object.freeze(makeReport(s))));
}

/** The al-Boukamal reversal in miniature: declared taken on 9 Nov, lost 10–18 Nov (published 19 Nov), retaken 19 Nov. */
const REVERSAL: readonly ReportSpec[] = Object.freeze([
	{
		id: 'qaim',
		place: 'qaim',
		kind: 'took',
		controller: 'iraqi-government',
		start: '2017-11-04/2017-11-05',
		published: '2017-11-09'
	},
	{
		id: 'taken',
		kind: 'took',
		controller: 'syrian-government',
		start: '2017-11-09',
		published: '2017-11-09'
	},
	{
		id: 'lost',
		kind: 'lost',
		controller: 'isis',
		start: '2017-11-10/2017-11-18',
		published: '2017-11-19'
	},
	{
		id: 'retaken',
		kind: 'retook',
		controller: 'syrian-government',
		start: '2017-11-19',
		published: '2017-11-19'
	},
	{
		id: 'old',
		place: 'raqqa',
		kind: 'took',
		controller: 'sdf',
		start: '../2017-10-01',
		published: '2017-11-20'
	}
]);
const PLACES = Object.freeze(['al-boukamal', 'qaim', 'raqqa']);

function timeline(specs: readonly ReportSpec[] = REVERSAL) {
	const reports = reportsOf(specs);
	return { t: compileTimeline(reports, PLACES), reports };
}

describe('storyWindow(t, reports, margin)', () => {
	it('spans the certain event days with the margin either side, inside the data range', () => {
		const { t, reports } = timeline();
		// The earliest certain day is 1 Oct, also the first day of the data: the margin stops there.
		expect(storyWindow(t, reports, 3)).toEqual({
			first: day('2017-10-01'),
			last: day('2017-11-20')
		});
	});
	it('ignores the open lower bound of "on or before" windows', () => {
		const { t, reports } = timeline();
		expect(storyWindow(t, reports, 0).first).toBe(day('2017-10-01'));
	});
	it('starts `margin` days before the earliest certain day when the data reaches back further', () => {
		const { t, reports } = timeline([
			...REVERSAL,
			{
				id: 'early',
				place: 'qaim',
				controller: 'isis',
				start: '2017-01-01/2017-11-01',
				published: '2017-11-09'
			}
		]);
		expect(storyWindow(t, reports, 3).first).toBe(day('2017-09-28'));
	});
	it('is not widened by a late publication day (a source known only to have appeared by 31 Dec)', () => {
		const { t, reports } = timeline([
			...REVERSAL,
			{
				id: 'late-recap',
				place: 'qaim',
				controller: 'syrian-government',
				start: '2017-11-19',
				published: '2017-12-31'
			}
		]);
		expect(storyWindow(t, reports, 3).last).toBe(day('2017-11-22'));
	});
	it('never reaches past the last day of the data', () => {
		const { t, reports } = timeline();
		expect(storyWindow(t, reports, 30).last).toBe(day('2017-11-20'));
	});
	it('rejects a margin that is not a whole number of days', () => {
		const { t, reports } = timeline();
		expect(() => storyWindow(t, reports, -1)).toThrow(/whole number of days/);
	});
});

describe('firstStoryDay(t, window)', () => {
	it('is the first day the two views name different holders after the first publication', () => {
		const { t, reports } = timeline();
		// From 10 Nov "as known now" has ISIS possibly back; the holders differ once the loss is certain.
		const d = firstStoryDay(t, storyWindow(t, reports));
		const now = controlAt(t, 'al-boukamal', d, Infinity);
		const reported = controlAt(t, 'al-boukamal', d, d);
		expect(reported.controller).toBe('syrian-government');
		expect(now.controller).not.toBe('syrian-government');
		expect(d).toBeGreaterThanOrEqual(day('2017-11-10'));
		expect(d).toBeLessThanOrEqual(day('2017-11-18'));
	});
	it('falls back to the window end when the views never differ', () => {
		const { t, reports } = timeline([REVERSAL[1]!]);
		const w = storyWindow(t, reports);
		expect(firstStoryDay(t, w)).toBe(w.last);
	});
});

describe('viewDifferences(now, reported)', () => {
	it('lists places where the reported view knows something and reads differently', () => {
		const { t } = timeline();
		const d = day('2017-11-15');
		const now = controlAllAt(t, d, Infinity, []);
		const reported = controlAllAt(t, d, d, []);
		const diffs = viewDifferences(now, reported);
		expect(diffs.map((x) => x.place)).toEqual(['al-boukamal']);
		expect(diffs[0]!.reported.controller).toBe('syrian-government');
	});
	it('does not count a view that knows nothing yet as a different story', () => {
		const { t } = timeline();
		const d = day('2017-11-05');
		expect(viewDifferences(controlAllAt(t, d, Infinity, []), controlAllAt(t, d, d, []))).toEqual(
			[]
		);
	});
	it('differenceLine words both views from their states', () => {
		const { t } = timeline();
		const d = day('2017-11-15');
		const [diff] = viewDifferences(controlAllAt(t, d, Infinity, []), controlAllAt(t, d, d, []));
		expect(differenceLine('al-Boukamal', diff!)).toBe(
			'al-Boukamal: reported Syrian government since 9 Nov — known now: may have changed to ISIS 10–18 Nov'
		);
	});
	it('rejects lists of different lengths', () => {
		expect(() => viewDifferences([], [{} as PlaceState])).toThrow(/differ in length/);
	});
});

describe('changeEvents(t, horizon, window)', () => {
	it('lists each change of a place, with the state before and after, in day order', () => {
		const { t } = timeline();
		const events = changeEvents(t).filter((e) => e.place === 'al-boukamal');
		expect(events[0]).toMatchObject({
			day: day('2017-11-09'),
			state: { controller: 'syrian-government' }
		});
		expect(events.at(-1)).toMatchObject({
			day: day('2017-11-19'),
			state: { controller: 'syrian-government', basis: 'stated' },
			previous: { controller: 'isis' }
		});
		for (let i = 1; i < events.length; i++)
			expect(events[i]!.day).toBeGreaterThanOrEqual(events[i - 1]!.day);
	});
	it('keeps only the days inside the window', () => {
		const { t } = timeline();
		const w = { first: day('2017-11-09'), last: day('2017-11-09') };
		expect(changeEvents(t, Infinity, w).every((e) => e.day === w.first)).toBe(true);
	});
	it('at a horizon before the loss was published shows no loss', () => {
		const { t } = timeline();
		const events = changeEvents(t, day('2017-11-10'));
		expect(events.some((e) => e.state.controller === 'isis')).toBe(false);
	});
});

describe('changesOn(t, day, horizon)', () => {
	it('names the places that change on the day, as known at the horizon', () => {
		const { t } = timeline();
		expect(changesOn(t, day('2017-11-09')).map((e) => e.place)).toEqual(['al-boukamal']);
		expect(changesOn(t, day('2017-11-12'))).toEqual([]);
	});
	it('as reported at the time, a change published later is not yet a change', () => {
		const { t } = timeline();
		const d = day('2017-11-18');
		expect(changesOn(t, d, d).some((e) => e.state.controller === 'isis')).toBe(false);
	});
});

describe('evidenceStrength(state, day)', () => {
	const base = {
		place: 'x',
		controller: 'isis',
		disputed: false,
		sides: [],
		uncertain: null,
		supporting: [],
		contradicting: [],
		superseded: [],
		until: null,
		since: null,
		carriedFrom: null
	} as const;
	const carried = (from: Day): PlaceState => ({ ...base, basis: 'carried', carriedFrom: from });
	it('is full for stated, INFERRED_STRENGTH for inferred and 0 for none', () => {
		expect(evidenceStrength({ ...base, basis: 'stated' }, 0)).toBe(1);
		expect(evidenceStrength({ ...base, basis: 'inferred' }, 0)).toBe(INFERRED_STRENGTH);
		expect(evidenceStrength({ basis: 'none', carriedFrom: null }, 0)).toBe(0);
	});
	it('keeps a carried state full for a week, then fades to the floor by two months', () => {
		const s = carried(100);
		expect(evidenceStrength(s, 100 + CARRIED_FADE.fullDays)).toBe(1);
		const mid = evidenceStrength(s, 130);
		expect(mid).toBeLessThan(1);
		expect(mid).toBeGreaterThan(CARRIED_FADE.floor);
		expect(evidenceStrength(s, 100 + CARRIED_FADE.floorDays)).toBe(CARRIED_FADE.floor);
		expect(evidenceStrength(s, 400)).toBe(CARRIED_FADE.floor);
	});
	it('fades in twentieths, a step about every four days, never back up', () => {
		const s = carried(100);
		const days = Array.from({ length: 70 }, (_, i) => evidenceStrength(s, 100 + i));
		for (const v of days)
			expect(Math.abs(v * FADE_STEPS - Math.round(v * FADE_STEPS))).toBeLessThan(1e-9);
		for (let i = 1; i < days.length; i++) expect(days[i]!).toBeLessThanOrEqual(days[i - 1]!);
		// From full (1) to the floor (0.35): 13 changes over the 53 days of the fade.
		const changes = days.filter((v, i) => i > 0 && v !== days[i - 1]).length;
		expect(changes).toBe(13);
	});
	it("reads the timeline's carriedFrom for carried states only", () => {
		expect(carriedFromOf(carried(100))).toBe(100);
		expect(carriedFromOf({ ...base, basis: 'stated', carriedFrom: null })).toBeNull();
		expect(carriedFromOf({ ...base, basis: 'carried', carriedFrom: null })).toBeNull();
	});
});
