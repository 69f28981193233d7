import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { browserLaunchOptions } from './scripts/browser';

/**
 * How the browser's JavaScript is built (bench row 1 counts every byte of it the first view
 * fetches; docs/performance.md, "The first view's JavaScript"). SvelteKit runs two builds, the
 * server's (`build.ssr`) and then the browser's; only the browser's is changed:
 * - minified by terser, not esbuild: MapLibre is most of the first view's code, and esbuild
 *   re-minifying it comes out ~8 kB gzip larger than terser does;
 * - everything the page `/` imports statically (the page, MapLibre, Svelte's runtime, SvelteKit's
 *   client, the core) is one chunk, `first-view`: each file is compressed on its own, and the ten
 *   small runtime chunks Rollup made cost ~6 kB gzip more than the same code in one file. The
 *   parts loaded on demand (lazy.svelte.ts, export-png.ts) stay chunks of their own. Rollup adds
 *   a manual chunk's static imports to it, so `first-view` imports no other chunk (no cycle);
 *   its modules now run when SvelteKit's entry loads it, just before the page would have. The
 *   only one with work at load is explorer-map.ts, which starts MapLibre's worker: sooner is
 *   what it wants.
 * `ATLAS_MINIFY=0` builds it unminified (names kept: for CPU profiles, docs/performance.md).
 */
function firstViewBundle(): Plugin {
	return {
		name: 'atlas-first-view-bundle',
		enforce: 'post',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					minify: process.env.ATLAS_MINIFY === '0' ? false : 'terser',
					terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
					rollupOptions: {
						output: {
							manualChunks: (id: string) =>
								id.endsWith('/src/routes/+page.svelte') ? 'first-view' : undefined
						}
					}
				}
			};
		}
	};
}

/**
 * Two Vitest projects:
 * - `unit`: plain TypeScript and runes classes (`*.test.ts`, `*.svelte.test.ts` under
 *   src/lib/state) in Node, with Svelte's browser build so `$derived` and `$state` react as in
 *   the app;
 * - `component`: Svelte components (`src/lib/components/*.svelte.test.ts`) rendered in the same
 *   headless Chromium the e2e tests drive (scripts/browser.ts finds it).
 */
export default defineConfig({
	plugins: [sveltekit(), firstViewBundle()],
	// `window.__atlas` (src/lib/map/explorer-map.ts) exists only in test builds: `npm run build:test`.
	define: { __ATLAS_TEST_HOOKS__: JSON.stringify(process.env.ATLAS_TEST_HOOKS === '1') },
	server: { fs: { allow: ['geo'] } },
	// MapLibre's worker is an ES module (it is started with `type: 'module'`); bundled by Vite
	// (`?worker&url` in explorer-map.ts) so that the same minifier as the page's code runs over it.
	worker: { format: 'es' },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
					exclude: ['src/lib/components/**'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['src/lib/components/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: browserLaunchOptions() }),
						instances: [{ browser: 'chromium' }],
						screenshotFailures: false
					}
				}
			}
		]
	}
});
