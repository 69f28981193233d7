/**
 * The baseline page: MapLibre alone drawing the app's basemap (the same `buildStyle`, minus the
 * place source and its layers), no labels, no Svelte. Query: `w`, `h` (map size in CSS px,
 * default the window), `zoom`, `lat`, `lon` (default a view of the region). Sets
 * `data-map-ready="true"` on the map container at the first `idle`, like the app.
 *
 * `window.__bare.repaint(on)` makes MapLibre redraw every frame: the per-frame floor the app's
 * playback frames are compared with.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { SOURCE_IDS, buildStyle } from '$lib/map/style';
import { basemap } from './basemap';

declare global {
	interface Window {
		__bare?: { repaint(on: boolean): void };
	}
}

maplibregl.setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
const num = (key: string, fallback: number): number => {
	const v = Number(q.get(key));
	return q.has(key) && Number.isFinite(v) ? v : fallback;
};

const container = document.getElementById('map') as HTMLDivElement;
if (q.has('w')) container.style.width = `${num('w', 0)}px`;
if (q.has('h')) container.style.height = `${num('h', 0)}px`;

const style = buildStyle({ ...basemap, places: { type: 'FeatureCollection', features: [] } });
delete style.sources[SOURCE_IDS.places];
style.layers = style.layers.filter((l) => !('source' in l) || l.source !== SOURCE_IDS.places);

const map = new maplibregl.Map({
	container,
	style,
	center: [num('lon', 40), num('lat', 35)],
	zoom: num('zoom', 6),
	attributionControl: false
});
map.once('idle', () => {
	container.dataset.mapReady = 'true';
});
window.__bare = {
	repaint(on) {
		map.repaint = on;
	}
};
