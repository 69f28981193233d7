import { describe, expect, it } from 'vitest';
import { suggestRelations, type ExistingReport } from './relations';

const existing: readonly ExistingReport[] = Object.freeze([
	{
		id: 'a-took',
		place: 'al-boukamal',
		controller: 'syrian-government',
		start: '2017-11-09',
		source: 'a'
	},
	{
		id: 'b-lost',
		place: 'al-boukamal',
		controller: 'isis',
		start: '2017-11-10/2017-11-18',
		source: 'b'
	},
	{
		id: 'c-qaim',
		place: 'al-qaim',
		controller: 'iraqi-government',
		start: '2017-11-04/2017-11-05',
		source: 'c'
	},
	{
		id: 'd-same-source',
		place: 'al-boukamal',
		controller: 'syrian-government',
		start: '2017-11-09',
		source: 'new'
	},
	{
		id: 'e-undated',
		place: 'al-boukamal',
		controller: 'syrian-government',
		start: null,
		source: 'e'
	}
]);

describe('suggestRelations', () => {
	it('confirms a report of the same place and controller at an overlapping date', () => {
		const r = suggestRelations(
			{ place: 'al-boukamal', controller: 'syrian-government', start: '2017-11', source: 'new' },
			existing
		);
		expect(r.map((x) => [x.type, x.report])).toEqual([
			['confirms', 'a-took'],
			['contradicts', 'b-lost']
		]);
	});

	it('contradicts a report of another controller at an overlapping date', () => {
		const r = suggestRelations(
			{ place: 'al-boukamal', controller: 'isis', start: '2017-11-09', source: 'new' },
			existing
		);
		expect(r).toEqual([expect.objectContaining({ type: 'contradicts', report: 'a-took' })]);
	});

	it('suggests nothing for dates that do not overlap, other places, the same source or no start', () => {
		expect(
			suggestRelations(
				{ place: 'al-boukamal', controller: 'isis', start: '2017-10', source: 'new' },
				existing
			)
		).toEqual([]);
		expect(
			suggestRelations(
				{ place: 'raqqa', controller: 'sdf', start: '2017-11', source: 'new' },
				existing
			)
		).toEqual([]);
		expect(
			suggestRelations(
				{ place: 'al-boukamal', controller: 'isis', start: null, source: 'new' },
				existing
			)
		).toEqual([]);
	});
});
