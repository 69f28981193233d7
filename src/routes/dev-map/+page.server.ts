// THROWAWAY dev route for the map component. Delete before finishing.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.ATLAS_GEO_DIR ?? 'geo';
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), dir, p), 'utf8'));

export const prerender = false;
export function load() {
	return {
		basemap: {
			land: read('basemap/land.geojson'),
			countries: read('basemap/countries.geojson'),
			borders: read('basemap/borders.geojson'),
			rivers: read('basemap/rivers.geojson'),
			towns: read('basemap/towns.geojson')
		},
		places: read('places.geojson')
	};
}
