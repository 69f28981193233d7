/**
 * The basemap layers MapLibre fetches by URL from the app's own origin (`/basemap/<layer>.geojson`,
 * prerendered from geo/basemap/). Fetched rather than inlined so that the page's first bytes stay
 * small and a layer that fails to load is a real, reportable event. Each is a source of the
 * style (style.ts `StyleInput`) of the same name. Towns and country labels are not here: their
 * labels are HTML, so they reach the map as data (load-data.ts `Basemap`).
 */
export const BASEMAP_LAYERS = ['land', 'countries', 'borders', 'rivers', 'lakes'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The same-origin URL of a basemap layer. */
export function basemapUrl(layer: BasemapLayer, base = ''): string {
	return `${base}/basemap/${layer}.geojson`;
}
