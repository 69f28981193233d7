/** `.geojson` imports in the bench pages (see the `bench-geojson` plugin in vite.config.ts). */
declare module '*.geojson' {
	const value: import('geojson').FeatureCollection;
	export default value;
}
