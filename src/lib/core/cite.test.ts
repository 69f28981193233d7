import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates';
import { citationOf, citeExcerpt, citeInline, citeSource } from './cite';
import type { Report, Source } from './types';

function source(over: Partial<Source> = {}): Source {
	return Object.freeze({
		id: 's',
		file: 's.txt',
		outlet: 'Outlet',
		outletKind: 'newspaper',
		headline: 'A headline',
		published: { earliest: isoToDay('2017-11-19'), latest: isoToDay('2017-11-20') },
		publishedText: '2017-11-19/2017-11-20',
		publishedEvidence: 'x',
		url: 'https://example.org/a',
		metadataNote: 'x',
		body: { start: 0, end: 1 },
		...over
	});
}

describe('citeSource', () => {
	it('names outlet, headline, the uncertain date and the URL', () => {
		expect(citeSource(source())).toBe(
			'Outlet, “A headline”, 19–20 November 2017. https://example.org/a'
		);
	});
	it('says the headline was not captured and leaves out a missing URL', () => {
		expect(citeSource(source({ headline: null, url: null }))).toBe(
			'Outlet, (headline not captured), 19–20 November 2017.'
		);
	});
});

describe('citeExcerpt', () => {
	it('quotes the excerpt with its attribution chain before the source', () => {
		const r = Object.freeze({
			quote: { exact: 'the words' },
			attribution: ['a spokesman', 'Reuters']
		}) as unknown as Report;
		expect(citeExcerpt(r, source({ url: null }))).toBe(
			'“the words” — a spokesman → Reuters. Outlet, “A headline”, 19–20 November 2017.'
		);
	});
});

describe('citationOf and citeInline', () => {
	const r = Object.freeze({
		id: 'r1',
		basis: 'stated',
		quote: { exact: 'the words' },
		attribution: ['a spokesman', 'Reuters']
	}) as unknown as Report;
	it('marks an implied claim as inferred whatever its report says', () => {
		const c = citationOf({ report: 'r1', implied: true }, r, source());
		expect(c.basis).toBe('inferred');
		expect(c.published).toBe('19–20 November 2017');
	});
	it('writes a citation on one line with the URL and the implied mark', () => {
		const c = citationOf({ report: 'r1', implied: true }, r, source());
		expect(citeInline(c)).toBe(
			'“the words” — a spokesman → Reuters (Outlet, 19–20 November 2017, https://example.org/a) [implied earlier holder]'
		);
	});
});
