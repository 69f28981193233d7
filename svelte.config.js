import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// ATLAS_BUILD_DIR and ATLAS_KIT_DIR let a test build elsewhere without touching build/.
		adapter: adapter({
			pages: process.env.ATLAS_BUILD_DIR ?? 'build',
			assets: process.env.ATLAS_BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: process.env.ATLAS_KIT_DIR ?? '.svelte-kit',
		prerender: {
			handleHttpError: 'fail',
			// The dev-only review page (src/routes/[review=review]) is never crawled, so never built;
			// every other route must still be prerendered.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((id) => !id.startsWith('/[review=review]'))) throw new Error(message);
			}
		},
		// The page talks to nothing but its own origin. Scripts only from self (SvelteKit hashes its
		// own inline bootstrap); MapLibre's worker is a same-origin file; images may be data: or
		// blob: (patterns, the PNG export). Inline style attributes are allowed for layout only.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
