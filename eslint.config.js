import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
			'.tmp/'
		]
	}
);
