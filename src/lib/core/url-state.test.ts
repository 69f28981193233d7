import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates';
import { VIEW_MODES } from './vocabulary';
import { formatUrlState, parseUrlState, type UrlContext } from './url-state';

function ctx(): UrlContext {
	return Object.freeze({
		places: Object.freeze(['al-boukamal', 'al-qaim', 'raqqa']),
		first: isoToDay('2017-08-01'),
		last: isoToDay('2017-11-28'),
		defaultDate: isoToDay('2017-11-28'),
		bounds: Object.freeze({ minZoom: 3, maxZoom: 14, south: 30, north: 40, west: 33, east: 47 })
	});
}

describe('parseUrlState', () => {
	it('returns the defaults and no notice for an empty URL', () => {
		const { state, notices } = parseUrlState('', '', ctx());
		expect(state).toEqual({
			date: isoToDay('2017-11-28'),
			place: null,
			view: 'now',
			camera: null
		});
		expect(notices).toEqual([]);
	});

	it('reads date, place, view and the map hash', () => {
		const { state, notices } = parseUrlState(
			'?date=2017-11-12&place=al-boukamal&view=reported',
			'#7.5/34.45/40.93',
			ctx()
		);
		expect(state).toEqual({
			date: isoToDay('2017-11-12'),
			place: 'al-boukamal',
			view: 'reported',
			camera: { zoom: 7.5, lat: 34.45, lon: 40.93 }
		});
		expect(notices).toEqual([]);
	});

	it('falls back to the default date with a notice for a malformed date', () => {
		const { state, notices } = parseUrlState('?date=12/11/2017', '', ctx());
		expect(state.date).toBe(isoToDay('2017-11-28'));
		expect(notices).toHaveLength(1);
		expect(notices[0]!.kind).toBe('date-invalid');
		expect(notices[0]!.text).toContain('"12/11/2017" is not a date');
		expect(notices[0]!.text).toContain('showing 28 November 2017');
	});

	it('falls back with a notice for an impossible calendar day', () => {
		const { notices } = parseUrlState('?date=2017-02-30', '', ctx());
		expect(notices[0]!.kind).toBe('date-invalid');
	});

	it('clamps a date before the reports to the first day and names both dates', () => {
		const { state, notices } = parseUrlState('?date=2016-01-01', '', ctx());
		expect(state.date).toBe(isoToDay('2017-08-01'));
		expect(notices).toEqual([
			{
				kind: 'date-clamped',
				text: 'The link asked for 1 January 2016, before the first day of the reports; showing 1 August 2017.'
			}
		]);
	});

	it('clamps a date after the reports to the last day and names both dates', () => {
		const { state, notices } = parseUrlState('?date=2018-03-01', '', ctx());
		expect(state.date).toBe(isoToDay('2017-11-28'));
		expect(notices).toEqual([
			{
				kind: 'date-clamped',
				text: 'The link asked for 1 March 2018, after the last day of the reports; showing 28 November 2017.'
			}
		]);
	});

	it('takes the first and last days themselves without a notice', () => {
		expect(parseUrlState('?date=2017-08-01', '', ctx()).notices).toEqual([]);
		expect(parseUrlState('?date=2017-11-28', '', ctx()).notices).toEqual([]);
	});

	it('gives each bad value its own notice', () => {
		const { notices } = parseUrlState('?date=garbage&place=nowhere&view=sideways', '#x', ctx());
		expect(notices.map((n) => n.kind)).toEqual([
			'date-invalid',
			'place-unknown',
			'view-unknown',
			'camera-invalid'
		]);
	});

	it('takes the context default view when the link names none, and says so for a bad one', () => {
		const c = { ...ctx(), defaultView: 'compare' as const };
		expect(parseUrlState('', '', c).state.view).toBe('compare');
		const bad = parseUrlState('?view=x', '', c);
		expect(bad.state.view).toBe('compare');
		expect(bad.notices[0]!.text).toContain('showing both side by side');
		const out = formatUrlState(
			{ date: c.defaultDate, place: null, view: 'compare', camera: null },
			{ date: c.defaultDate, view: 'compare' }
		);
		expect(out.search).toBe('');
		expect(parseUrlState('?view=now', '', c).state.view).toBe('now');
	});

	it('reads view=compare', () => {
		expect(parseUrlState('?view=compare', '', ctx())).toEqual({
			state: { date: isoToDay('2017-11-28'), place: null, view: 'compare', camera: null },
			notices: []
		});
	});

	it('selects no place and says so for an unknown place id', () => {
		const { state, notices } = parseUrlState('?place=atlantis', '', ctx());
		expect(state.place).toBeNull();
		expect(notices[0]!.text).toContain('There is no place "atlantis"');
	});

	it('shortens and defangs a long hostile value in its notice', () => {
		const evil = '<script>alert(1)</script>' + 'x'.repeat(200);
		const { notices } = parseUrlState(`?place=${encodeURIComponent(evil)}`, '', ctx());
		expect(notices[0]!.text.length).toBeLessThan(100);
	});

	it('uses the first of repeated date keys and says so', () => {
		const { state, notices } = parseUrlState('?date=2017-11-09&date=2017-11-19', '', ctx());
		expect(state.date).toBe(isoToDay('2017-11-09'));
		expect(notices[0]!.kind).toBe('date-repeated');
	});

	it('rejects an unknown view mode with a notice', () => {
		const { state, notices } = parseUrlState('?view=then', '', ctx());
		expect(state.view).toBe('now');
		expect(notices[0]!.kind).toBe('view-unknown');
		expect(notices[0]!.text).toContain('"then" is not a view');
	});

	it('reads view=compare, and writes it only when it is not the default view', () => {
		const { state } = parseUrlState('?view=compare', '', ctx());
		expect(state.view).toBe('compare');
		expect(formatUrlState(state, { date: state.date }).search).toBe('?view=compare');
		expect(formatUrlState(state, { date: state.date, view: 'compare' }).search).toBe('');
	});

	it('writes every view, the default too, when defaults.view is null', () => {
		const { state } = parseUrlState('?view=compare', '', ctx());
		expect(formatUrlState(state, { date: state.date, view: null }).search).toBe('?view=compare');
		expect(formatUrlState({ ...state, view: 'now' }, { date: state.date, view: null }).search).toBe(
			'?view=now'
		);
	});

	it('takes the context default view when the link names none, and writes other views', () => {
		const { state } = parseUrlState('', '', { ...ctx(), defaultView: 'compare' });
		expect(state.view).toBe('compare');
		const now = { ...state, view: 'now' as const };
		expect(formatUrlState(now, { date: state.date, view: 'compare' }).search).toBe('?view=now');
	});

	it('rejects a hash outside the map bounds', () => {
		const { state, notices } = parseUrlState('', '#5/89/170', ctx());
		expect(state.camera).toBeNull();
		expect(notices[0]!.kind).toBe('camera-invalid');
	});

	it('rejects a hash that is not numbers', () => {
		expect(parseUrlState('', '#NaN/Infinity/1e400', ctx()).state.camera).toBeNull();
	});
});

describe('formatUrlState', () => {
	it('leaves out values that equal their defaults', () => {
		const out = formatUrlState(
			{ date: isoToDay('2017-11-28'), place: null, view: 'now', camera: null },
			{ date: isoToDay('2017-11-28') }
		);
		expect(out).toEqual({ search: '', hash: '' });
	});

	it('formats the camera as zoom/lat/lon with bounded precision', () => {
		const camera = { zoom: 6.123456, lat: 34.4536123, lon: 40.93671234 };
		const out = formatUrlState(
			{ date: isoToDay('2017-11-28'), place: null, view: 'now', camera },
			{ date: isoToDay('2017-11-28') }
		);
		expect(out.hash).toBe('#6.12/34.4536/40.9367');
	});

	it('round-trips through parseUrlState for every valid state', () => {
		const c = ctx();
		fc.assert(
			fc.property(
				fc.integer({ min: c.first, max: c.last }),
				fc.option(fc.constantFrom(...c.places), { nil: null }),
				fc.constantFrom(...VIEW_MODES),
				fc.option(
					fc.record({
						zoom: fc.integer({ min: 300, max: 1400 }).map((z) => z / 100),
						lat: fc.integer({ min: 300000, max: 400000 }).map((x) => x / 10000),
						lon: fc.integer({ min: 330000, max: 470000 }).map((x) => x / 10000)
					}),
					{ nil: null }
				),
				(date, place, view, camera) => {
					const state = { date, place, view, camera };
					const { search, hash } = formatUrlState(state, { date: c.defaultDate });
					const back = parseUrlState(search, hash, c);
					expect(back.notices).toEqual([]);
					expect(back.state).toEqual(state);
				}
			)
		);
	});
});

describe('the source lens in the URL', () => {
	const withSources = (): UrlContext =>
		Object.freeze({ ...ctx(), sources: Object.freeze(['telesur', 'cgtn', 'reuters']) });

	it('reads one or more comma-separated source ids, sorted', () => {
		const { state, notices } = parseUrlState('?source=telesur,cgtn', '', withSources());
		expect(state.sources).toEqual(['cgtn', 'telesur']);
		expect(notices).toEqual([]);
	});

	it('reads repeated source keys as one lens without repeats', () => {
		const { state } = parseUrlState('?source=cgtn&source=telesur,cgtn', '', withSources());
		expect(state.sources).toEqual(['cgtn', 'telesur']);
	});

	it('drops an unknown source id with a notice naming it and keeps the known ones', () => {
		const { state, notices } = parseUrlState('?source=telesur,bbc', '', withSources());
		expect(state.sources).toEqual(['telesur']);
		expect(notices).toEqual([
			{
				kind: 'source-unknown',
				text: 'There is no source "bbc"; it is left out of the source filter.'
			}
		]);
	});

	it('leaves the lens out when no source is named', () => {
		const { state } = parseUrlState('?source=', '', withSources());
		expect(state.sources).toBeUndefined();
	});

	it('writes the lens as one comma-separated value and round-trips it', () => {
		const c = withSources();
		const state = {
			date: isoToDay('2017-11-14'),
			place: null,
			view: 'now' as const,
			camera: null,
			sources: ['telesur', 'cgtn']
		};
		const { search } = formatUrlState(state, { date: c.defaultDate });
		expect(search).toBe('?date=2017-11-14&source=cgtn,telesur');
		expect(parseUrlState(search, '', c).state).toEqual({ ...state, sources: ['cgtn', 'telesur'] });
	});

	it('writes no source parameter for an empty lens', () => {
		const c = withSources();
		const { search } = formatUrlState(
			{ date: c.defaultDate, place: null, view: 'now', camera: null, sources: [] },
			{ date: c.defaultDate }
		);
		expect(search).toBe('');
	});
});
