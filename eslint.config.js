import js from '@eslint/js';
import { fileURLToPath } from 'node:url';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The floors of the architecture (docs/architecture.md), enforced on every import in src/:
 *
 *   routes      → anything in src/lib
 *   components  → core, state, the colours (src/lib/map/colors.ts), other components;
 *                 only map-wrapping components (Map*.svelte, Compare*.svelte) → map
 *   state       → core
 *   map         → core
 *   server      → core, map (the basemap layer names and URLs)
 *   core        → core
 *   nothing in src/ → scripts/ or bench/ (scripts/ and bench/ may import src/)
 *
 * Colours are presentation, so they stay in src/lib/map/colors.ts (keyed by the vocabulary in
 * core); that one file is the documented exception components may import from map/. It imports
 * only core itself. Test files may also read fixtures through src/lib/server/load-geo.ts.
 * Libraries (npm packages, SvelteKit's $app/$env) are not floors; what core may not import
 * from them is the separate no-restricted-imports rule below.
 */
const FLOORS = {
	plugins: { boundaries },
	settings: {
		'import/resolver': {
			[fileURLToPath(new URL('./eslint-resolver.cjs', import.meta.url))]: {}
		},
		'boundaries/elements': [
			{ type: 'core', pattern: 'src/lib/core', partialMatch: false },
			{ type: 'map', pattern: 'src/lib/map', partialMatch: false },
			{ type: 'state', pattern: 'src/lib/state', partialMatch: false },
			{ type: 'components', pattern: 'src/lib/components', partialMatch: false },
			{ type: 'server', pattern: 'src/lib/server', partialMatch: false },
			// The dev-only review tooling (npm run dev's /review page): file access and highlighting.
			{ type: 'review', pattern: 'src/lib/review', partialMatch: false },
			{ type: 'routes', pattern: 'src/routes', partialMatch: false },
			{ type: 'params', pattern: 'src/params', partialMatch: false },
			{ type: 'scripts', pattern: 'scripts', partialMatch: false },
			{ type: 'bench', pattern: 'bench', partialMatch: false },
			{ type: 'e2e', pattern: 'e2e', partialMatch: false }
		],
		'boundaries/files': [
			{ category: 'colors', pattern: 'src/lib/map/colors.ts' },
			{ category: 'map-component', pattern: 'src/lib/components/{Map,Compare}*.svelte' },
			{ category: 'test', pattern: '**/*.{test,fixture}.ts' }
		]
	},
	rules: {
		'boundaries/dependencies': [
			'error',
			{
				default: 'disallow',
				policies: [
					{ from: { element: { type: 'core' } }, allow: { to: { element: { type: 'core' } } } },
					{
						from: { element: { type: 'map' } },
						allow: { to: { element: { types: { anyOf: ['core', 'map'] } } } }
					},
					{
						from: { element: { type: 'state' } },
						allow: { to: { element: { types: { anyOf: ['core', 'state'] } } } }
					},
					{
						from: { element: { type: 'components' } },
						allow: {
							to: { element: { types: { anyOf: ['core', 'state', 'components'] } } }
						}
					},
					{
						from: { element: { type: 'components' } },
						allow: { to: { file: { categories: 'colors' } } }
					},
					{
						from: { file: { categories: 'map-component' } },
						allow: { to: { element: { type: 'map' } } }
					},
					{
						from: { element: { type: 'server' } },
						allow: { to: { element: { types: { anyOf: ['core', 'map', 'server'] } } } }
					},
					{
						from: { element: { type: 'review' } },
						allow: { to: { element: { types: { anyOf: ['core', 'server', 'review'] } } } }
					},
					{
						from: { element: { types: { anyOf: ['routes', 'params'] } } },
						allow: {
							to: {
								element: {
									types: {
										anyOf: [
											'core',
											'map',
											'state',
											'components',
											'server',
											'review',
											'routes',
											'params'
										]
									}
								}
							}
						}
					},
					{
						from: { file: { categories: 'test' } },
						allow: { to: { element: { type: 'server' } } }
					},
					{
						from: { element: { types: { anyOf: ['scripts', 'bench', 'e2e'] } } },
						allow: { to: { element: { types: '*' } } }
					}
				]
			}
		]
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			// Links off the app are attribution links to sources; shallow-routing calls write this
			// same page's own query string, built from location.pathname.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignorePushState: true, ignoreReplaceState: true }
			],
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	FLOORS,
	{
		// The core answers questions about data; it never touches the DOM, the map or the framework.
		files: ['src/lib/core/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'src/lib/core is framework-free.' },
						{
							group: ['maplibre-gl', 'maplibre-gl/*'],
							message: 'src/lib/core never imports MapLibre.'
						},
						{
							group: ['$app/*', '$env/*'],
							message: 'src/lib/core never imports SvelteKit modules.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage']
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'.tmp/',
			'eslint-resolver.cjs'
		]
	}
);
