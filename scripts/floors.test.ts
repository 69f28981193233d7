/**
 * The architecture floors (eslint.config.js, docs/architecture.md) fail lint when crossed: each
 * case lints one import line as if it sat in a file at a made-up path inside a floor, through
 * ESLint's own Node API and the project's real config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probes are not on disk, so the TypeScript project service cannot type them; the floors
// need no types (the import resolver reads paths), so the probes are parsed without it.
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfig: [
		{
			files: ['**/*.svelte', '**/*.svelte.ts'],
			languageOptions: { parserOptions: { projectService: false } }
		}
	]
});

/** The boundaries errors for `code` placed at `filePath` (relative to the project root). */
async function floorErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const fatal = (result?.messages ?? []).filter((m) => m.fatal);
	// A probe that does not parse would pass every "passes" case: fail loudly instead.
	if (fatal.length > 0) throw new Error(`${filePath}: ${fatal[0]!.message}`);
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'boundaries/dependencies')
		.map((m) => m.message);
}

const svelte = (imports: string) => `<script lang="ts">\n${imports}\nvoid x;\n</script>\n`;

// The first lint loads the config, the parsers and the resolver: allow for a busy machine.
describe('the floors', { timeout: 120_000 }, () => {
	it.each([
		['core → map', 'src/lib/core/floor-probe.ts', "import { x } from '$lib/map/explorer-map';"],
		[
			'core → state',
			'src/lib/core/floor-probe.ts',
			"import { x } from '$lib/state/explorer.svelte';"
		],
		['core → server', 'src/lib/core/floor-probe.ts', "import { x } from '../server/load-geo';"],
		[
			'core → scripts',
			'src/lib/core/floor-probe.ts',
			"import { x } from '../../../scripts/browser';"
		],
		['core → bench', 'src/lib/core/floor-probe.ts', "import { x } from '../../../bench/core';"],
		[
			'map → state',
			'src/lib/map/floor-probe.ts',
			"import { x } from '$lib/state/playback.svelte';"
		],
		['state → map', 'src/lib/state/floor-probe.ts', "import { x } from '$lib/map/colors';"],
		[
			'state → server',
			'src/lib/state/floor-probe.ts',
			"import { x } from '$lib/server/load-data';"
		],
		[
			'server → scripts',
			'src/lib/server/floor-probe.ts',
			"import { x } from '../../../scripts/browser';"
		],
		[
			'a component → map',
			'src/lib/components/FloorProbe.svelte',
			svelte("import { x } from '$lib/map/explorer-map';")
		],
		[
			'a component → server',
			'src/lib/components/FloorProbe.svelte',
			svelte("import { x } from '$lib/server/load-data';")
		],
		['a route → scripts', 'src/routes/floor-probe.ts', "import { x } from '../../scripts/browser';"]
	])('%s fails lint', async (_name, filePath, code) => {
		const errors = await floorErrors(filePath, `${code}\nvoid x;\n`);
		expect(errors).toHaveLength(1);
	});

	it.each([
		['core → core', 'src/lib/core/floor-probe.ts', "import { x } from './dates';"],
		['core → a library', 'src/lib/core/floor-probe.ts', "import { x } from 'valibot';"],
		['map → core', 'src/lib/map/floor-probe.ts', "import { x } from '$lib/core/vocabulary';"],
		['state → core', 'src/lib/state/floor-probe.ts', "import { x } from '$lib/core/timeline';"],
		[
			'a component → core, state, colours',
			'src/lib/components/FloorProbe.svelte',
			svelte(
				"import { x } from '$lib/core/dates';\nimport { y } from '$lib/state/playback.svelte';\nimport { z } from '$lib/map/colors';"
			)
		],
		[
			'MapView → map',
			'src/lib/components/MapProbe.svelte',
			svelte("import { x } from '$lib/map/explorer-map';")
		],
		[
			'a Compare component → map',
			'src/lib/components/CompareProbe.svelte',
			svelte("import { x } from '$lib/map/explorer-map';")
		],
		[
			'a route → lib',
			'src/routes/floor-probe.ts',
			"import { x } from '$lib/server/load-data';\nimport { y } from '$lib/state/explorer.svelte';"
		],
		[
			'a test → the fixture loader',
			'src/lib/core/floor-probe.test.ts',
			"import { x } from '../server/load-geo';"
		],
		['scripts → src', 'scripts/floor-probe.ts', "import { x } from '../src/lib/server/load-geo';"]
	])('%s passes', async (_name, filePath, code) => {
		expect(await floorErrors(filePath, `${code}\nvoid x;\n`)).toEqual([]);
	});
});
