/**
 * The app's basemap layers (geo/basemap/), bundled into the bench pages as parsed objects.
 * The app fetches the same files by URL; either way MapLibre parses them in its worker.
 */
import borders from '../../geo/basemap/borders.geojson';
import countries from '../../geo/basemap/countries.geojson';
import lakes from '../../geo/basemap/lakes.geojson';
import land from '../../geo/basemap/land.geojson';
import rivers from '../../geo/basemap/rivers.geojson';
import towns from '../../geo/basemap/towns.geojson';

export const basemap = { land, countries, borders, rivers, lakes };
export { towns };
