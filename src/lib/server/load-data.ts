/**
 * Build-time data loading for the prerendered page: reads geo/, validates it with the same
 * checker as `npm run data:check`, and fails the build with every problem if anything is wrong.
 * Runs only on the server (at prerender); the browser receives the validated result as data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '$lib/core/validate';
import type { Corpus } from '$lib/core/types';
import { BASEMAP_LAYERS, basemapUrl, type BasemapLayer } from '$lib/map/basemap-layers';
import { base } from '$app/paths';
import { loadGeoDir } from './load-geo';

/** A country label: where to write a country's name (geo/basemap/country-labels.geojson). */
export type CountryLabels = GeoJSON.FeatureCollection<GeoJSON.Point, { id: string; name: string }>;

/**
 * The basemap: its drawn layers by same-origin URL (served from geo/basemap/ by the
 * /basemap/[layer] route), and the towns and country labels as data, since their labels are HTML.
 */
export type Basemap = Readonly<Record<BasemapLayer, string>> & {
	readonly towns: GeoJSON.FeatureCollection;
	/** One point per country named at regional zoom, `properties: { id, name }`. */
	readonly countryLabels: CountryLabels;
};

export interface AppData {
	readonly corpus: Corpus;
	/** Each source's captured text, by source id. */
	readonly texts: Readonly<Record<string, string>>;
	readonly placesGeo: GeoJSON.FeatureCollection;
	readonly basemap: Basemap;
}

/** The geo/ folder: GEO_DIR lets tests build the app on a fixture corpus. */
export const GEO_DIR = process.env.GEO_DIR ?? 'geo';

function readGeoJson<T extends GeoJSON.FeatureCollection = GeoJSON.FeatureCollection>(
	file: string
): T {
	return JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as T;
}

/** Loads and validates everything; throws one error listing every problem. */
export function loadAppData(): AppData {
	const loaded = loadGeoDir(GEO_DIR);
	const result = loaded.ok ? validateCorpus(loaded.input) : loaded;
	if (!result.ok) {
		const lines = result.problems.map(
			(p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`
		);
		throw new Error(`The data in ${GEO_DIR}/ did not pass its checks:\n${lines.join('\n')}`);
	}
	if (!loaded.ok) throw new Error('unreachable');
	const texts: Record<string, string> = {};
	for (const s of result.corpus.sources) {
		const text = loaded.input.texts[s.file];
		if (text === undefined) throw new Error(`${GEO_DIR}/sources/${s.file} is missing`);
		texts[s.id] = text;
	}
	return {
		corpus: result.corpus,
		texts,
		placesGeo: loaded.input.placesFile as GeoJSON.FeatureCollection,
		basemap: {
			...(Object.fromEntries(BASEMAP_LAYERS.map((l) => [l, basemapUrl(l, base)])) as Record<
				BasemapLayer,
				string
			>),
			towns: readGeoJson('basemap/towns.geojson'),
			countryLabels: readGeoJson<CountryLabels>('basemap/country-labels.geojson')
		}
	};
}
