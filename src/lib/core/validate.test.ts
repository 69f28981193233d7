import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGeoDir } from '../server/load-geo';
import { isoToDay } from './dates';
import { validateCorpus } from './validate';
import type { Corpus } from './types';
import type { CorpusInput, Problem } from './validate';

type Json = Record<string, unknown>;
type Position = number[];

/** The fixture input with its files typed loosely enough to break them. */
interface Draft {
	sourcesFile: { sources: Json[] };
	reportsFile: { reports: Json[] };
	placesFile: { type: string; features: Json[] };
	texts: Record<string, string>;
	hashes: Record<string, string>;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const item of Object.values(value)) deepFreeze(item);
		Object.freeze(value);
	}
	return value;
}

const FIXTURE = fileURLToPath(new URL('../../../scripts/fixtures/valid', import.meta.url));

const VALID: CorpusInput = (() => {
	const loaded = loadGeoDir(FIXTURE);
	if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.problems)}`);
	return deepFreeze(loaded.input);
})();

/** A copy of the valid fixture with one change applied, frozen again. */
function broken(change: (draft: Draft) => void): CorpusInput {
	const draft = structuredClone(VALID) as unknown as Draft;
	change(draft);
	return deepFreeze(draft as unknown as CorpusInput);
}

function at<T>(list: readonly T[], i: number): T {
	const item = list[i];
	if (item === undefined) throw new Error(`no item ${i}`);
	return item;
}

function report(d: Draft, i: number): Json {
	return at(d.reportsFile.reports, i);
}

function quoteOf(d: Draft, i: number): Json {
	return report(d, i).quote as Json;
}

function feature(d: Draft, i: number): Json {
	return at(d.placesFile.features, i);
}

function propertiesOf(d: Draft, i: number): Json {
	return feature(d, i).properties as Json;
}

function ringOf(d: Draft, i: number): Position[] {
	const geometry = feature(d, i).geometry as { coordinates: Position[][] };
	return at(geometry.coordinates, 0);
}

function corpusOf(input: CorpusInput): Corpus {
	const result = validateCorpus(input);
	if (!result.ok) throw new Error(`expected no problems: ${JSON.stringify(result.problems)}`);
	return result.corpus;
}

function problemsOf(input: CorpusInput): readonly Problem[] {
	const result = validateCorpus(input);
	if (result.ok) throw new Error('expected problems, got none');
	return result.problems;
}

function problem(file: string, path: string, message: string): unknown {
	return expect.objectContaining({ file, path, message: expect.stringContaining(message) });
}

const SOURCES = 'geo/sources/sources.json';
const REPORTS = 'geo/reports.json';
const PLACES = 'geo/places.geojson';

describe('validateCorpus on the valid fixture', () => {
	it('accepts the valid fixture', () => {
		expect(validateCorpus(VALID)).toMatchObject({ ok: true });
	});

	it('keeps sources, reports and places in file order', () => {
		const corpus = corpusOf(VALID);
		expect(corpus.reports.map((r) => r.id)).toEqual([
			'fixture-boukamal-took',
			'fixture-qaim-retook',
			'fixture-deir-ezzor-took',
			'fixture-boukamal-contested',
			'fixture-raqqa-holds',
			'fixture-sukhna-holds'
		]);
		expect(corpus.places.map((p) => p.id)).toEqual([
			'al-boukamal',
			'al-qaim',
			'deir-ezzor',
			'raqqa',
			'al-sukhna'
		]);
	});

	it('parses a source publication date into a day window and keeps its written form', () => {
		const source = at(corpusOf(VALID).sources, 0);
		const day = isoToDay('2017-11-09');
		expect(source.published).toEqual({ earliest: day, latest: day });
		expect(source.publishedText).toBe('2017-11-09');
	});

	it('parses report dates into day windows, null where the data has null', () => {
		const r = at(corpusOf(VALID).reports, 2);
		expect(r.start).toEqual({ earliest: isoToDay('2017-11-01'), latest: isoToDay('2017-11-09') });
		expect(r.end).toBeNull();
	});

	it("dates each report by its source's latest publication day", () => {
		const r = at(corpusOf(VALID).reports, 3);
		expect(r.published).toBe(isoToDay('2017-11-20'));
	});

	it('gives null for an absent displaced controller and an absent reasoning', () => {
		const r = at(corpusOf(VALID).reports, 2);
		expect(r.displaced).toBeNull();
		expect(r.reasoning).toBeNull();
	});

	it('gives an empty relations list when a report has none', () => {
		expect(at(corpusOf(VALID).reports, 1).relations).toEqual([]);
	});

	it('anchors every quote at the offsets of its exact text in the source', () => {
		const corpus = corpusOf(VALID);
		for (const r of corpus.reports) {
			const file = corpus.sources.find((s) => s.id === r.source)?.file ?? '';
			const text = VALID.texts[file] ?? '';
			expect(text.slice(r.anchor.start, r.anchor.end)).toBe(r.quote.exact);
		}
	});

	it('takes the place name, aliases and centre from the feature properties', () => {
		const place = at(corpusOf(VALID).places, 0);
		expect(place).toMatchObject({
			id: 'al-boukamal',
			name: 'Al-Boukamal',
			nameAr: 'البوكمال',
			country: 'Syria',
			center: [40.9367, 34.4536]
		});
		expect(place.aliases).toContain('Abu Kamal');
	});

	it('accepts a place drawn as a MultiPolygon', () => {
		const input = broken((d) => {
			const geometry = feature(d, 0).geometry as Json;
			feature(d, 0).geometry = { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
		});
		expect(validateCorpus(input)).toMatchObject({ ok: true });
	});
});

describe('validateCorpus on the sources file', () => {
	it('reports an unknown extra field', () => {
		const input = broken((d) => {
			at(d.sourcesFile.sources, 0).author = 'someone';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[0].author', 'unknown field "author"')
		);
	});

	it('reports a duplicate source id', () => {
		const input = broken((d) => {
			at(d.sourcesFile.sources, 1).id = 'fixture-wire-2017-11-09';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[1].id', 'duplicate source id "fixture-wire-2017-11-09"')
		);
	});

	it('reports a sha256 that does not match the captured file', () => {
		const input = broken((d) => {
			at(d.sourcesFile.sources, 0).sha256 = '0'.repeat(64);
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[0].sha256', 'does not match wire.txt, whose SHA-256 is 56e5adb2')
		);
	});

	it('reports a source whose text file is missing', () => {
		const input = broken((d) => {
			delete d.texts['daily.txt'];
			delete d.hashes['daily.txt'];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[1].file', 'no such file in geo/sources/: "daily.txt"')
		);
	});

	it('reports a missing text file once, not again for each quote in it', () => {
		const input = broken((d) => {
			delete d.texts['daily.txt'];
			delete d.hashes['daily.txt'];
		});
		expect(problemsOf(input)).toHaveLength(1);
	});

	it('reports two sources that share one text file', () => {
		const input = broken((d) => {
			at(d.sourcesFile.sources, 1).file = 'wire.txt';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[1].file', '"wire.txt" is also the file of sources[0]')
		);
	});

	it('reports a sources file without a sources list', () => {
		const input = broken((d) => {
			d.sourcesFile = { items: [] } as unknown as Draft['sourcesFile'];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources', 'missing required field "sources"')
		);
	});
});

describe('validateCorpus on the reports file', () => {
	it('reports a field value outside the schema, such as an unknown controller', () => {
		const input = broken((d) => {
			report(d, 0).controller = 'russia';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[0].controller', 'must be one of syrian-government')
		);
	});

	it('reports a missing required field', () => {
		const input = broken((d) => {
			delete report(d, 1).when;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].when', 'missing required field "when"')
		);
	});

	it('reports an unknown extra field inside a quote', () => {
		const input = broken((d) => {
			quoteOf(d, 1).context = 'x';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].quote.context', 'unknown field "context"')
		);
	});

	it('reports a duplicate report id', () => {
		const input = broken((d) => {
			report(d, 1).id = 'fixture-boukamal-took';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].id', 'duplicate report id "fixture-boukamal-took": reports[0]')
		);
	});

	it('reports a source id that resolves to no source', () => {
		const input = broken((d) => {
			report(d, 2).source = 'fixture-nowhere';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[2].source', 'no source with id "fixture-nowhere"')
		);
	});

	it('reports a relation to a report that does not exist', () => {
		const input = broken((d) => {
			at(report(d, 3).relations as Json[], 0).report = 'fixture-nowhere';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[3].relations[0].report', 'no report with id "fixture-nowhere"')
		);
	});

	it('reports a relation of a report to itself', () => {
		const input = broken((d) => {
			at(report(d, 3).relations as Json[], 0).report = 'fixture-boukamal-contested';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[3].relations[0].report', 'cannot relate to itself')
		);
	});

	it('reports a date text that is not a date', () => {
		const input = broken((d) => {
			report(d, 1).start = '2017-13-03';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].start', 'must be a date')
		);
	});

	it('reports an end before the start', () => {
		const input = broken((d) => {
			report(d, 1).end = '2017-11-01';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].end', 'ends (2017-11-01) before it starts (2017-11-03)')
		);
	});

	it("reports a start later than its source's publication", () => {
		const input = broken((d) => {
			report(d, 1).start = '2017-11-12';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				REPORTS,
				'reports[1].start',
				'after its source "fixture-wire-2017-11-09" was published (2017-11-09)'
			)
		);
	});

	it('reports a quote that is not in the source text, prefixed with the file name', () => {
		const input = broken((d) => {
			quoteOf(d, 2).exact = 'Deir ez-Zor was liberated';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[2].quote.exact', 'wire.txt: quote not found')
		);
	});

	it('reports a quote that occurs twice and has no prefix or suffix', () => {
		const input = broken((d) => {
			delete quoteOf(d, 0).suffix;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[0].quote', 'wire.txt: quote "had taken Al-Boukamal" occurs 2 times')
		);
	});

	it('reports a prefix that precedes no occurrence of the quote', () => {
		const input = broken((d) => {
			quoteOf(d, 3).prefix = 'on Monday, and ';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				REPORTS,
				'reports[3].quote.prefix',
				'daily.txt: quote "fighting continues in the town" occurs once, but no occurrence has the prefix'
			)
		);
	});

	it('reports an inferred report without reasoning', () => {
		const input = broken((d) => {
			delete report(d, 5).reasoning;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[5].reasoning', 'an inferred report must give its reasoning')
		);
	});

	it('reports an inferred report without reasoning even when another field of it is invalid', () => {
		const input = broken((d) => {
			delete report(d, 5).reasoning;
			report(d, 5).kind = 'captured';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[5].reasoning', 'an inferred report must give its reasoning')
		);
	});

	it('reports a place id that is not a slug', () => {
		const input = broken((d) => {
			report(d, 4).place = 'Palmyra';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[4].place', 'must be a lower-case slug')
		);
	});

	it('reports a place id that no feature has', () => {
		const input = broken((d) => {
			report(d, 4).place = 'palmyra';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[4].place', 'no place "palmyra" in geo/places.geojson')
		);
	});

	it('reports a place that has no feature in the places file', () => {
		const input = broken((d) => {
			d.placesFile.features.splice(4, 1);
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[5].place', 'no place "al-sukhna" in geo/places.geojson')
		);
	});

	it('still checks the cross-file rules of a report that fails its schema', () => {
		const input = broken((d) => {
			report(d, 2).controller = 'russia';
			report(d, 2).source = 'fixture-nowhere';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[2].source', 'no source with id "fixture-nowhere"')
		);
	});
});

describe('validateCorpus: a quote names its place', () => {
	it('reports a quote that names neither the place nor an alias', () => {
		const input = broken((d) => {
			delete report(d, 3).placeImplied;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[3].quote.exact', 'does not name its place "al-boukamal"')
		);
	});

	it('names the place and its aliases in the problem, and the way out (placeImplied)', () => {
		const input = broken((d) => {
			delete report(d, 3).placeImplied;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				REPORTS,
				'reports[3].quote.exact',
				'Abu Kamal, Albu Kamal, Al-Bukamal, Boukamal): quote the words that name it, or say in "placeImplied"'
			)
		);
	});

	it('reports a quote that names another place', () => {
		const input = broken((d) => {
			report(d, 2).place = 'raqqa';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[2].quote.exact', 'does not name its place "raqqa"')
		);
	});

	it('accepts a quote that names an alias, ignoring case, accents, hyphens and apostrophes', () => {
		const input = broken((d) => {
			propertiesOf(d, 1).aliases = ['Qa’im'];
			propertiesOf(d, 1).name = "AL QÁ'IM";
		});
		expect(validateCorpus(input)).toMatchObject({ ok: true });
	});

	it('does not take a name inside a longer word as naming the place', () => {
		const input = broken((d) => {
			propertiesOf(d, 1).name = 'Qai';
			propertiesOf(d, 1).aliases = [];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[1].quote.exact', 'does not name its place "al-qaim"')
		);
	});

	it('keeps the placeImplied reason on the report, null where the quote names the place', () => {
		const corpus = corpusOf(VALID);
		expect(at(corpus.reports, 3).placeImplied).toContain('the town');
		expect(at(corpus.reports, 0).placeImplied).toBeNull();
	});
});

describe('validateCorpus: displacedSince', () => {
	it('gives null when a report has no displacedSince', () => {
		expect(at(corpusOf(VALID).reports, 0).displacedSince).toBeNull();
	});

	it('parses displacedSince into a day window', () => {
		const input = broken((d) => {
			report(d, 0).displacedSince = '2014';
		});
		expect(at(corpusOf(input).reports, 0).displacedSince).toEqual({
			earliest: isoToDay('2014-01-01'),
			latest: isoToDay('2014-12-31')
		});
	});

	it('accepts an explicit null', () => {
		const input = broken((d) => {
			report(d, 0).displacedSince = null;
		});
		expect(at(corpusOf(input).reports, 0).displacedSince).toBeNull();
	});

	it('reports displacedSince on a report without displaced', () => {
		const input = broken((d) => {
			report(d, 2).displacedSince = '2017-10';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[2].displacedSince', 'it needs "displaced"')
		);
	});

	it('reports a displacedSince that is not a date', () => {
		const input = broken((d) => {
			report(d, 0).displacedSince = 'since the war began';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(REPORTS, 'reports[0].displacedSince', 'must be a date')
		);
	});

	it('reports a displaced hold that begins after the capture', () => {
		const input = broken((d) => {
			report(d, 0).displacedSince = '2017-11-10';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				REPORTS,
				'reports[0].displacedSince',
				"begins (2017-11-10) after the report's start (2017-11-09)"
			)
		);
	});
});

describe('validateCorpus: the article body in each source', () => {
	it('gives the body as character offsets from the first opening word to the last closing word', () => {
		const source = at(corpusOf(VALID).sources, 0);
		const text = VALID.texts[source.file] ?? '';
		const body = text.slice(source.body.start, source.body.end);
		expect(body.startsWith('Fixture Wire, 9 November 2017')).toBe(true);
		expect(body.endsWith('the statement added.')).toBe(true);
		expect(text.slice(0, source.body.start)).toContain('FIXTURE TEXT');
	});

	it('treats the whole capture as the article while no body is marked (a source just added)', () => {
		const input = broken((d) => {
			delete (at(d.sourcesFile.sources, 0) as Record<string, unknown>).body;
		});
		const source = at(corpusOf(input).sources, 0);
		expect(source.body).toEqual({ start: 0, end: (input.texts[source.file] ?? '').length });
	});

	it('reports opening words that are not in the text', () => {
		const input = broken((d) => {
			(at(d.sourcesFile.sources, 0).body as Json).first = 'Fixture Wire, 10 November 2017';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[0].body.first', 'are not in wire.txt')
		);
	});

	it('reports closing words that occur more than once', () => {
		const input = broken((d) => {
			(at(d.sourcesFile.sources, 0).body as Json).last = 'Al-Boukamal';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[0].body.last', 'occur 2 times in wire.txt')
		);
	});

	it('reports closing words that come before the opening words', () => {
		const input = broken((d) => {
			(at(d.sourcesFile.sources, 0).body as Json).last = 'Fixture Wire, 9 November 2017';
			(at(d.sourcesFile.sources, 0).body as Json).first = 'the statement added.';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(SOURCES, 'sources[0].body.last', 'come before the opening words')
		);
	});
});

describe('validateCorpus on the places file', () => {
	it('reports invalid GeoJSON found by check-geojson at the path of the offending value', () => {
		const input = broken((d) => {
			ringOf(d, 1)[2] = [41.1245];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				PLACES,
				'features[1].geometry.coordinates[0][2]',
				'A position should have 2 or 3 elements'
			)
		);
	});

	it('reports a file that is not a FeatureCollection', () => {
		const input = broken((d) => {
			d.placesFile = feature(d, 0) as unknown as Draft['placesFile'];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, '', 'must be a GeoJSON FeatureCollection')
		);
	});

	it('reports a geometry that is not a polygon', () => {
		const input = broken((d) => {
			feature(d, 0).geometry = { type: 'Point', coordinates: [40.9367, 34.4536] };
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[0].geometry.type', 'must be Polygon or MultiPolygon')
		);
	});

	it('reports a self-intersecting ring', () => {
		const input = broken((d) => {
			const ring = ringOf(d, 2);
			const [b, c] = [at(ring, 1), at(ring, 2)];
			ring[1] = c;
			ring[2] = b;
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[2].geometry.coordinates', 'self-intersection')
		);
	});

	it('reports a clockwise exterior ring', () => {
		const input = broken((d) => {
			ringOf(d, 3).reverse();
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[3].geometry.coordinates[0]', 'the exterior ring is clockwise')
		);
	});

	it('reports a counter-clockwise hole', () => {
		const input = broken((d) => {
			const geometry = feature(d, 0).geometry as { coordinates: Position[][] };
			geometry.coordinates.push([
				[40.92, 34.46],
				[40.93, 34.46],
				[40.93, 34.47],
				[40.92, 34.47],
				[40.92, 34.46]
			]);
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[0].geometry.coordinates[1]', 'the hole is counter-clockwise')
		);
	});

	it('reports a position outside the region', () => {
		const input = broken((d) => {
			ringOf(d, 4)[1] = [46, 34.8568];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(
				PLACES,
				'features[4].geometry.coordinates[0][1]',
				'[46, 34.8568] is outside the region'
			)
		);
	});

	it('reports a polygon that does not contain its centre', () => {
		const input = broken((d) => {
			propertiesOf(d, 2).center = [40.3, 35.3333];
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[2].properties.center', "is not inside the feature's polygon")
		);
	});

	it('accepts a sixth place: the places are the features of the file', () => {
		const input = broken((d) => {
			const extra = structuredClone(feature(d, 4));
			extra.id = 'palmyra';
			Object.assign(extra.properties as Json, { id: 'palmyra', name: 'Palmyra', aliases: [] });
			d.placesFile.features.push(extra);
			const r = structuredClone(report(d, 5));
			Object.assign(r, { id: 'fixture-palmyra-implied', place: 'palmyra' });
			r.placeImplied = 'Test: the fixture text names no sixth town.';
			d.reportsFile.reports.push(r);
		});
		const corpus = corpusOf(input);
		expect(corpus.places.map((p) => p.id)).toContain('palmyra');
		expect(corpus.reports.find((r) => r.id === 'fixture-palmyra-implied')?.place).toBe('palmyra');
	});

	it('reports a feature id that is not a slug', () => {
		const input = broken((d) => {
			feature(d, 4).id = 'Al Sukhna';
			propertiesOf(d, 4).id = 'Al Sukhna';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[4].id', '"Al Sukhna" is not a place id')
		);
	});

	it('reports a duplicate place id', () => {
		const input = broken((d) => {
			feature(d, 4).id = 'raqqa';
			propertiesOf(d, 4).id = 'raqqa';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[4].id', 'duplicate place id "raqqa": features[3] has it too')
		);
	});

	it('reports a file without any place', () => {
		const input = broken((d) => {
			d.placesFile.features = [];
		});
		expect(problemsOf(input)).toContainEqual(problem(PLACES, 'features', 'lists no place'));
	});

	it('reports a feature id that differs from its properties.id', () => {
		const input = broken((d) => {
			propertiesOf(d, 1).id = 'qaim';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[1].id', '"al-qaim" differs from properties.id "qaim"')
		);
	});

	it('reports invalid feature properties', () => {
		const input = broken((d) => {
			propertiesOf(d, 3).nameAr = 'Raqqa';
		});
		expect(problemsOf(input)).toContainEqual(
			problem(PLACES, 'features[3].properties.nameAr', 'must be written in Arabic script')
		);
	});
});

describe('validateCorpus with several defects', () => {
	it('reports every defect at once, across all three files', () => {
		const input = broken((d) => {
			at(d.sourcesFile.sources, 0).sha256 = '0'.repeat(64);
			report(d, 1).end = '2017-11-01';
			quoteOf(d, 2).exact = 'Deir ez-Zor was liberated';
			delete report(d, 5).reasoning;
			ringOf(d, 3).reverse();
		});
		const problems = problemsOf(input);
		expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
			`${SOURCES}: sources[0].sha256`,
			`${REPORTS}: reports[1].end`,
			`${REPORTS}: reports[2].quote.exact`,
			`${REPORTS}: reports[5].reasoning`,
			`${PLACES}: features[3].geometry.coordinates[0]`
		]);
	});
});
