/** `.geojson` imports in the bench pages (see the `bench-geojson` plugin in vite.config.ts). */
declare module '*.geojson' {
	import type { FeatureCollection } from 'geojson';
	const value: FeatureCollection;
	export default value;
}
