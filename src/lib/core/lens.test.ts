import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates';
import { LensCache, lensCorpus, lensKey } from './lens';
import { compileTimeline, controlAt } from './timeline';
import type { Corpus, Report, Source } from './types';

const day = (iso: string) => isoToDay(iso);

function source(id: string): Source {
	return Object.freeze({
		id,
		file: `${id}.txt`,
		outlet: id.toUpperCase(),
		outletKind: 'newspaper',
		headline: null,
		published: { earliest: day('2017-11-09'), latest: day('2017-11-09') },
		publishedText: '2017-11-09',
		publishedEvidence: 'x',
		url: null,
		metadataNote: 'x',
		body: { start: 0, end: 5 }
	});
}

function report(id: string, src: string, controller: Report['controller']): Report {
	const d = day('2017-11-09');
	return Object.freeze({
		id,
		place: 'town',
		kind: 'holds',
		controller,
		displaced: null,
		displacedSince: null,
		start: { earliest: d, latest: d },
		end: null,
		when: 'Thursday',
		source: src,
		published: d,
		quote: { exact: 'words' },
		anchor: { start: 0, end: 5 },
		attribution: [src],
		basis: 'stated',
		reasoning: null,
		placeImplied: null,
		relations: []
	});
}

function corpus(): Corpus {
	return Object.freeze({
		places: Object.freeze([
			Object.freeze({
				id: 'town',
				name: 'Town',
				nameAr: 'بلدة',
				aliases: [],
				country: 'Syria',
				governorate: 'X',
				center: [40, 34] as const,
				geometryNote: 'approximate'
			})
		]),
		sources: Object.freeze([source('a'), source('b')]),
		reports: Object.freeze([report('r1', 'a', 'syrian-government'), report('r2', 'b', 'isis')])
	});
}

describe('lensKey', () => {
	it('is the same for the same sources in any order and with repeats', () => {
		expect(lensKey(['b', 'a', 'b'])).toBe('a,b');
		expect(lensKey(['a', 'b'])).toBe(lensKey(['b', 'a']));
	});
	it('is empty for no lens', () => {
		expect(lensKey([])).toBe('');
	});
});

describe('lensCorpus', () => {
	it('keeps only the chosen sources’ reports and every place and source', () => {
		const c = corpus();
		const lensed = lensCorpus(c, ['a']);
		expect(lensed.reports.map((r) => r.id)).toEqual(['r1']);
		expect(lensed.places).toBe(c.places);
		expect(lensed.sources).toBe(c.sources);
	});
	it('returns the corpus itself when no source is chosen', () => {
		const c = corpus();
		expect(lensCorpus(c, [])).toBe(c);
	});
	it('throws naming an unknown source id', () => {
		expect(() => lensCorpus(corpus(), ['a', 'nope'])).toThrow('lens: unknown source id nope');
	});
	it('turns a disputed day into one source’s plain answer', () => {
		const c = corpus();
		const d = day('2017-11-10');
		const all = compileTimeline(c.reports, ['town']);
		expect(controlAt(all, 'town', d, Infinity).disputed).toBe(true);
		const onlyA = compileTimeline(lensCorpus(c, ['a']).reports, ['town']);
		const s = controlAt(onlyA, 'town', d, Infinity);
		expect(s.controller).toBe('syrian-government');
		expect(s.disputed).toBe(false);
	});
});

describe('LensCache', () => {
	it('builds each lens once, whatever the order of its ids', () => {
		const built: string[] = [];
		const cache = new LensCache(corpus(), (c, ids) => {
			built.push(ids.join(','));
			return c.reports.length;
		});
		expect(cache.get(['b', 'a'])).toBe(2);
		expect(cache.get(['a', 'b'])).toBe(2);
		expect(cache.get(['a'])).toBe(1);
		expect(cache.get([])).toBe(2);
		expect(built).toEqual(['a,b', 'a', '']);
	});
});
