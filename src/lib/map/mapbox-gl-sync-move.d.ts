/** Types for @mapbox/mapbox-gl-sync-move (the camera sync inside @maplibre/maplibre-gl-compare). */
declare module '@mapbox/mapbox-gl-sync-move' {
	import type { Map } from 'maplibre-gl';
	/** Keeps the cameras of the maps in step; returns a function that stops it. */
	export default function syncMaps(...maps: Map[]): () => void;
}
