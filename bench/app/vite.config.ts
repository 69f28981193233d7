/**
 * The bench-only build: two static pages that are never part of what users get.
 *
 * - `bare.html`: a bare MapLibre map of the same basemap as the app (same `buildStyle`, same
 *   geo/basemap/*.geojson), without places, labels or Svelte: the floor the app is compared to.
 * - `many-places.html`: the app's own ExplorerMap with 5,000 generated polygons, stepped through
 *   the same `setStates` path as playback, to measure the step at scale.
 *
 * Built to bench/out/ (gitignored) by `npm run bench`; `vite build --config bench/app/vite.config.ts`
 * also works on its own.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** `.geojson` files import like `.json` ones: the parsed object as the default export. */
function geojson(): Plugin {
	return {
		name: 'bench-geojson',
		enforce: 'pre',
		transform(code, id) {
			if (!id.split('?')[0]!.endsWith('.geojson')) return null;
			return { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null };
		}
	};
}

export default defineConfig({
	root: here('.'),
	base: './',
	publicDir: false,
	logLevel: 'warn',
	// svelte(): the many-places page drives the map with the app's own Playback (a .svelte.ts module).
	plugins: [geojson(), svelte({ configFile: false })],
	// The many-places page reads the map's test hooks (window.__atlas).
	define: { __ATLAS_TEST_HOOKS__: 'true' },
	resolve: { alias: { $lib: here('../../src/lib') } },
	build: {
		outDir: here('../out'),
		emptyOutDir: true,
		reportCompressedSize: false,
		chunkSizeWarningLimit: 2000,
		rollupOptions: {
			input: { bare: here('bare.html'), 'many-places': here('many-places.html') },
			// MapLibre in a chunk of its own name, so CPU profiles can tell its JS from the page's.
			output: {
				manualChunks: (id) => (id.includes('/node_modules/maplibre-gl/') ? 'maplibre' : undefined)
			}
		}
	},
	preview: { host: '127.0.0.1' }
});
