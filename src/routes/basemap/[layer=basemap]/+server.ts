import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASEMAP_LAYERS } from '$lib/map/basemap-layers';
import { GEO_DIR } from '$lib/server/load-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => BASEMAP_LAYERS.map((l) => ({ layer: `${l}.geojson` }));

/** A basemap layer from geo/basemap/, served as a static file of the build. */
export const GET: RequestHandler = ({ params }) => {
	const body = readFileSync(join(GEO_DIR, 'basemap', params.layer), 'utf8');
	JSON.parse(body); // a broken layer fails the build here, not in a reader's browser
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
};
