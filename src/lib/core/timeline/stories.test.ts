/** Stories from the data, rebuilt from synthetic reports, and the regressions they pinned. */
import { describe, expect, it } from 'vitest';
import { compileTimeline, controlAt } from './index';
import { naiveControlAt } from './reference';
import {
	PLACE,
	UNKNOWN,
	compile,
	day,
	ref,
	reportsOf,
	took,
	win,
	type ReportSpec
} from './testing';

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

	it('shows the town held by ISIS on 8 November, the day before it was taken, inferred from "taken from ISIS"', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-08'));
		expect(state).toMatchObject({
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('sana-2017-11-09-took', true)]
		});
	});

	it('shows the town as unknown on 1 November: "taken from ISIS" supports only the day before', () => {
		const state = controlAt(compile(story), PLACE, day('2017-11-01'));
		expect(state).toMatchObject({ ...UNKNOWN });
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
				since: win('2017-11-19'),
				carriedFrom: day('2017-11-19')
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

/**
 * Deir Ezzor, 2017: the only report is an undated related-story headline on a page published
 * 9 November 2017 ("Syrian army liberates Deir Ezzor from ISIS"), so the takeover happened on
 * or before that day. The map showed ISIS holding the city for all of 2017 from it.
 */
describe('the Deir Ezzor regression (one undated "taken from ISIS" headline)', () => {
	const PLACE_DZ = 'deir-ezzor';
	const headline = took(
		'telesur-deir-ezzor-liberated',
		'syrian-government',
		'../2017-11-09',
		'2017-11-09',
		{
			place: PLACE_DZ,
			displaced: 'isis'
		}
	);

	it('no longer shows ISIS holding the city for all of 2017', () => {
		const t = compile([headline], [PLACE_DZ]);
		for (const d of ['2017-01-01', '2017-06-15', '2017-11-08']) {
			const state = controlAt(t, PLACE_DZ, day(d));
			expect(state.controller).not.toBe('isis');
			expect(state).toMatchObject({
				controller: 'unknown',
				basis: 'none',
				supporting: [],
				uncertain: {
					from: 'unknown',
					to: 'syrian-government',
					window: { earliest: -Infinity, latest: day('2017-11-09') }
				}
			});
		}
	});

	it('shows the city with the Syrian army on 9 November, as stated, then carried from that day', () => {
		const t = compile([headline], [PLACE_DZ]);
		expect(controlAt(t, PLACE_DZ, day('2017-11-09'))).toMatchObject({
			controller: 'syrian-government',
			basis: 'stated',
			carriedFrom: null
		});
		expect(controlAt(t, PLACE_DZ, day('2017-11-20'))).toMatchObject({
			controller: 'syrian-government',
			basis: 'carried',
			carriedFrom: day('2017-11-09')
		});
	});

	it('shows ISIS before the takeover only as far back as a displacedSince the text gives', () => {
		const dated = { ...headline, displacedSince: '2014-07/2014-08' };
		const t = compile([dated], [PLACE_DZ]);
		expect(controlAt(t, PLACE_DZ, day('2014-06-01')).controller).toBe('unknown');
		expect(controlAt(t, PLACE_DZ, day('2015-01-01'))).toMatchObject({
			controller: 'isis',
			basis: 'inferred',
			supporting: [ref('telesur-deir-ezzor-liberated', true)]
		});
	});
});
