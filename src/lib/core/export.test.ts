import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates';
import { csvCell, exportRecords, statesToCsv, statesToGeoJson } from './export';
import { compileTimeline, controlAllAt } from './timeline';
import type { Corpus, Report } from './types';

function corpus(): Corpus {
	const day = isoToDay('2017-11-09');
	const report: Report = {
		id: 'r1',
		place: 'town',
		kind: 'took',
		controller: 'syrian-government',
		displaced: 'isis',
		displacedSince: null,
		start: { earliest: day, latest: day },
		end: null,
		when: 'Thursday',
		source: 's1',
		published: day,
		quote: { exact: 'the army, "finally", took the town' },
		anchor: { start: 0, end: 34 },
		attribution: ['a spokesman', 'Outlet'],
		basis: 'stated',
		reasoning: null,
		placeImplied: null,
		relations: []
	};
	return Object.freeze({
		places: [
			{
				id: 'town',
				name: 'Town',
				nameAr: 'بلدة',
				aliases: [],
				country: 'Syria',
				governorate: 'X',
				center: [40, 34] as const,
				geometryNote: 'approximate'
			}
		],
		sources: [
			{
				id: 's1',
				file: 's1.txt',
				outlet: 'Outlet',
				outletKind: 'newspaper',
				headline: null,
				published: { earliest: day, latest: day },
				publishedText: '2017-11-09',
				publishedEvidence: 'x',
				url: null,
				metadataNote: 'x',
				body: { start: 0, end: 34 }
			}
		],
		reports: [report]
	});
}

function statesAt(iso: string) {
	const c = corpus();
	const t = compileTimeline(c.reports, ['town']);
	return controlAllAt(t, isoToDay(iso), Infinity, new Array(1));
}

describe('csvCell', () => {
	it('quotes a cell with a comma, a quote or a line break and doubles inner quotes', () => {
		expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
	});
	it('leaves a plain cell as it is', () => {
		expect(csvCell('plain')).toBe('plain');
	});
	it('defuses a cell a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
	});
	it('writes null as an empty cell', () => {
		expect(csvCell(null)).toBe('');
	});
});

describe('statesToCsv', () => {
	it('writes a header and one row per place with the verbatim excerpt and its attribution', () => {
		const csv = statesToCsv(statesAt('2017-11-10'), {
			corpus: corpus(),
			date: isoToDay('2017-11-10'),
			mode: 'now'
		});
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^place,name,name_ar,date,view,controller,basis/);
		expect(lines[1]).toContain('town,Town,بلدة,2017-11-10,as known now,syrian-government,carried');
		expect(lines[1]).toContain('“the army, ""finally"", took the town” — a spokesman → Outlet');
	});
	it('cites the report that implies an earlier holder, marked as implied', () => {
		// The day before the takeover: "taken from ISIS" implies no more than that day.
		const csv = statesToCsv(statesAt('2017-11-08'), {
			corpus: corpus(),
			date: isoToDay('2017-11-08'),
			mode: 'now'
		});
		expect(csv).toContain('isis,inferred');
		expect(csv).toContain('[implied earlier holder]');
	});
});

describe('statesToGeoJson', () => {
	it('pairs each place geometry with its state and citations', () => {
		const geometry = {
			type: 'Polygon',
			coordinates: [
				[
					[40, 34],
					[40.1, 34],
					[40, 34.1],
					[40, 34]
				]
			]
		};
		const fc = statesToGeoJson(
			statesAt('2017-11-10'),
			{ corpus: corpus(), date: isoToDay('2017-11-10'), mode: 'reported' },
			new Map([['town', geometry]])
		);
		expect(fc.features).toHaveLength(1);
		const f = fc.features[0] as {
			id: string;
			geometry: unknown;
			properties: Record<string, unknown>;
		};
		expect(f.id).toBe('town');
		expect(f.geometry).toBe(geometry);
		expect(f.properties['controller']).toBe('syrian-government');
		expect(f.properties['view']).toBe('as reported at the time');
		expect((f.properties['supporting'] as { excerpt: string }[])[0]!.excerpt).toBe(
			'the army, "finally", took the town'
		);
	});
	it('throws when a place has no geometry', () => {
		expect(() =>
			statesToGeoJson(
				statesAt('2017-11-10'),
				{ corpus: corpus(), date: isoToDay('2017-11-10'), mode: 'now' },
				new Map()
			)
		).toThrow('no geometry for town');
	});
});

describe('exports say the state in words and which sources counted', () => {
	it('adds the state sentence and "all sources" when no lens is on', () => {
		const [r] = exportRecords(statesAt('2017-11-10'), {
			corpus: corpus(),
			date: isoToDay('2017-11-10'),
			mode: 'now'
		});
		expect(r!.state).toBe(
			'Last reported held by the Syrian government since 9 November (1 report)'
		);
		expect(r!.basisLabel).toBe('No report on this day itself');
		expect(r!.sources).toBe('all sources');
	});
	it('names the outlets of a lens', () => {
		const csv = statesToCsv(statesAt('2017-11-10'), {
			corpus: corpus(),
			date: isoToDay('2017-11-10'),
			mode: 'now',
			lens: ['s1']
		});
		expect(csv.split('\r\n')[0]).toMatch(/,state,sources$/);
		expect(csv).toContain(',only Outlet\r\n');
	});
});
