import type { ParamMatcher } from '@sveltejs/kit';
import { BASEMAP_LAYERS } from '$lib/map/basemap-layers';

/** Only the basemap layers that exist are routes. */
export const match: ParamMatcher = (param) =>
	(BASEMAP_LAYERS as readonly string[]).map((l) => `${l}.geojson`).includes(param);
