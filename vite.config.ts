import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserLaunchOptions } from './scripts/browser';

/**
 * Two Vitest projects:
 * - `unit`: plain TypeScript and runes classes (`*.test.ts`, `*.svelte.test.ts` under
 *   src/lib/state) in Node, with Svelte's browser build so `$derived` and `$state` react as in
 *   the app;
 * - `component`: Svelte components (`src/lib/components/*.svelte.test.ts`) rendered in the same
 *   headless Chromium the e2e tests drive (scripts/browser.ts finds it).
 */
export default defineConfig({
	plugins: [sveltekit()],
	// `window.__atlas` (src/lib/map/explorer-map.ts) exists only in test builds: `npm run build:test`.
	define: { __ATLAS_TEST_HOOKS__: JSON.stringify(process.env.ATLAS_TEST_HOOKS === '1') },
	server: { fs: { allow: ['geo'] } },
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
