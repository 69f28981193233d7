import { describe, expect, it } from 'vitest';
import { isoToDay, type DayWindow } from './dates';
import type { ClaimRef, PlaceState } from './timeline';
import type { Report } from './types';
import {
	BASIS_LABEL,
	BASIS_WORDS,
	claimWords,
	countWords,
	horizonWords,
	placeSentence,
	readsDifferently,
	shortLabel,
	stateSentence,
	whenWords
} from './words';
import { BASES } from './vocabulary';
import { glossaryFor } from './glossary';

const w = (a: string, b = a): DayWindow => ({ earliest: isoToDay(a), latest: isoToDay(b) });
const claims = (n: number): ClaimRef[] =>
	Array.from({ length: n }, (_, i) => ({ report: `r${i}`, implied: false }));

function state(over: Partial<PlaceState> = {}): PlaceState {
	return Object.freeze({
		place: 'al-boukamal',
		controller: 'syrian-government',
		basis: 'stated',
		disputed: false,
		sides: [{ controller: 'syrian-government', claims: claims(3) }],
		uncertain: null,
		supporting: claims(3),
		contradicting: [],
		superseded: [],
		since: w('2017-11-09'),
		until: null,
		...over
	}) as PlaceState;
}

describe('whenWords', () => {
	it.each([
		[w('2017-11-09'), '9 November'],
		[w('2017-11-10', '2017-11-18'), 'some day between 10 and 18 November'],
		[w('2017-10-30', '2017-11-02'), 'some day between 30 October and 2 November'],
		[w('2017-08-01', '2017-08-31'), 'some day in August'],
		// Regression: a whole year (al-Boukamal's ISIS hold since 2014) read "some day between 2014".
		[w('2014-01-01', '2014-12-31'), 'some day in 2014'],
		[{ earliest: -Infinity, latest: isoToDay('2017-11-09') }, '9 November or earlier'],
		[w('2016-12-30', '2017-01-02'), 'some day between 30 December 2016 and 2 January 2017']
	])('whenWords(%o) is "%s"', (win, text) => {
		expect(whenWords(win)).toBe(text);
	});
});

describe('stateSentence: one sentence per state, for a reader', () => {
	it.each<[string, PlaceState, string]>([
		[
			'a stated holder with a start',
			state(),
			'Reported held by the Syrian government since 9 November (3 reports)'
		],
		[
			'one report',
			state({ supporting: claims(1), since: w('2017-11-04', '2017-11-05') }),
			'Reported held by the Syrian government since some day between 4 and 5 November (1 report)'
		],
		[
			'a state carried from an earlier report',
			state({ basis: 'carried' }),
			'Last reported held by the Syrian government since 9 November (3 reports)'
		],
		[
			'an inferred earlier holder with an end',
			state({
				controller: 'isis',
				basis: 'inferred',
				since: null,
				until: w('2017-11-08'),
				supporting: claims(1)
			}),
			'Inferred held by ISIS until 8 November (1 report)'
		],
		[
			'a place being fought over',
			state({ controller: 'contested', since: w('2017-11-08') }),
			'Reported fought over since 8 November (3 reports)'
		],
		[
			'no report',
			state({ controller: 'unknown', basis: 'none', sides: [], supporting: [], since: null }),
			'Not known: no report covers this day'
		],
		[
			'a change of hands on an unknown day',
			state({
				basis: 'carried',
				uncertain: { from: 'syrian-government', to: 'isis', window: w('2017-11-10', '2017-11-18') }
			}),
			'Held by the Syrian government until some day between 10 and 18 November, then reported lost to ISIS'
		],
		[
			'a change from no report to a holder',
			state({
				controller: 'unknown',
				basis: 'none',
				uncertain: {
					from: 'unknown',
					to: 'syrian-government',
					window: w('2017-08-01', '2017-08-31')
				}
			}),
			'Not known until some day in August, then reported held by the Syrian government'
		],
		[
			'reports that disagree',
			state({
				disputed: true,
				sides: [
					{ controller: 'syrian-government', claims: claims(3) },
					{ controller: 'isis', claims: claims(1) }
				]
			}),
			'Reports disagree: 3 say the Syrian government holds it, 1 says ISIS'
		],
		[
			'reports that disagree about fighting',
			state({
				controller: 'contested',
				disputed: true,
				sides: [
					{ controller: 'contested', claims: claims(2) },
					{ controller: 'sdf', claims: claims(2) }
				]
			}),
			'Reports disagree: 2 say it is fought over, 2 say the SDF'
		]
	])('%s', (_, s, sentence) => {
		expect(stateSentence(s)).toBe(sentence);
	});

	it('says "published by this day" when only earlier reports count', () => {
		const s = state({ controller: 'unknown', basis: 'none', sides: [], supporting: [] });
		expect(stateSentence(s, 'reported')).toBe(
			'Not known: no report published by this day covers it'
		);
	});

	it('never uses the phrases the first users could not read', () => {
		const all = [
			state(),
			state({ basis: 'carried', until: w('2017-11-18', '2017-11-19') }),
			state({ controller: 'unknown', basis: 'none', supporting: [] })
		].map((s) => stateSentence(s));
		for (const text of all) {
			expect(text).not.toMatch(/carried forward|Claim took|only the 0 of|—/);
		}
	});
});

describe('placeSentence', () => {
	it('puts the place name first and ends the sentence', () => {
		expect(placeSentence('al-Boukamal', state())).toBe(
			'al-Boukamal: Reported held by the Syrian government since 9 November (3 reports).'
		);
	});
});

describe('basis words', () => {
	it('has a label and a plain clause for every basis in the vocabulary', () => {
		for (const b of BASES) {
			expect(BASIS_LABEL[b]).toMatch(/\S/);
			expect(BASIS_WORDS[b]).toMatch(/\S/);
		}
	});
});

describe('glossaryFor', () => {
	it('lists the terms a disputed, inferred state with the SDF uses', () => {
		const s = state({
			controller: 'sdf',
			basis: 'inferred',
			disputed: true,
			sides: [
				{ controller: 'sdf', claims: claims(1) },
				{ controller: 'isis', claims: claims(1) }
			]
		});
		expect(glossaryFor(s)).toEqual(['disputed', 'inferred', 'sdf', 'isis']);
	});
	it('lists nothing for a plain stated government hold', () => {
		expect(glossaryFor(state())).toEqual([]);
	});
});

describe('shortLabel', () => {
	it('marks disagreement and a change on an unknown day', () => {
		expect(shortLabel(state())).toBe('Syrian government');
		expect(shortLabel(state({ disputed: true }))).toBe('Syrian government (reports disagree)');
		expect(
			shortLabel(
				state({ uncertain: { from: 'isis', to: 'sdf', window: w('2017-10-01', '2017-10-20') } })
			)
		).toBe('Syrian government (changing hands)');
	});
});

describe('claimWords', () => {
	const report = (over: Partial<Report>) =>
		({ kind: 'took', controller: 'syrian-government', displaced: 'isis', ...over }) as Report;
	it('says who took the place from whom', () => {
		expect(claimWords(report({}), false)).toBe('Says the Syrian government took it from ISIS');
	});
	it('says a retaking is a taking back', () => {
		expect(claimWords(report({ kind: 'retook', displaced: null }), false)).toBe(
			'Says the Syrian government took it back'
		);
	});
	it('says the earlier holder a taking implies is inferred', () => {
		expect(claimWords(report({}), true)).toBe(
			'Implies ISIS held it before the Syrian government took it (inferred)'
		);
	});
});

describe('horizonWords', () => {
	it('counts the reports that count', () => {
		const d = isoToDay('2017-11-12');
		expect(horizonWords('now', 49, 49, d)).toBe(
			'As known now: all 49 reports count, including those published later.'
		);
		expect(horizonWords('reported', 25, 49, d)).toBe(
			'As reported at the time: 25 of the 49 reports had been published by 12 November 2017, and only they count.'
		);
		expect(horizonWords('reported', 0, 49, d)).toBe(
			'As reported at the time: none of the 49 reports had been published by 12 November 2017.'
		);
	});
	it('says one report in the singular', () => {
		expect(countWords(1)).toBe('1 report');
		expect(countWords(2, 'source')).toBe('2 sources');
	});
});

describe('readsDifferently', () => {
	it('is true when the holder, the disagreement or the doubt differs', () => {
		expect(readsDifferently(state(), state({ controller: 'isis' }))).toBe(true);
		expect(readsDifferently(state(), state({ disputed: true }))).toBe(true);
		expect(readsDifferently(state(), state({ basis: 'carried' }))).toBe(false);
		expect(readsDifferently(state(), undefined)).toBe(false);
	});
});
