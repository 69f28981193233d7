/**
 * What a bench run measures and against which goals, from its command line. The smoke mode is
 * the smallest version of every measurement (CI); its numbers only show that everything runs.
 */

export interface Config {
	mode: 'smoke' | 'full';
	/** Run `npm run build:test` even if build/ holds a test build. */
	rebuild: boolean;
	/** The app's server port; the bench pages' server takes the next (or the next free ones). */
	port: number;
	/** Cold loads of each page for row 2, and whether one uncounted load of each comes first. */
	loads: number;
	warmup: boolean;
	/** Playback window of rows 3 and of the compare row, ms. */
	playMs: number;
	/** Direct steps and all-places bursts on the many-places page. */
	steps: number;
	bursts: number;
	/** Playback before the second heap measurement, ms. */
	memoryMs: number;
	/** `bench/core.ts --small`. */
	coreSmall: boolean;
	/**
	 * Cold processes of `bench/core.ts`: row 4b is the median of their compile times, since one
	 * cold compile moves by a third with one hiccup of a busy machine.
	 */
	coreRuns: number;
}

/** The highest playback speed, days per second (src/lib/state/playback.svelte.ts). */
export const TOP_SPEED = 8;
export const VIEWPORT = { width: 1280, height: 800 } as const;
/** Where the app's playback starts (3a, 5). */
export const PLAYBACK_DATE = '2017-08-01';
/**
 * Row 3a's page: one map. The view is named because the page opens on the compare view (two
 * maps, row 3g) when the URL names none.
 */
export const PLAYBACK_URL = `/?view=now&date=${PLAYBACK_DATE}`;
/**
 * The compare view's playback (3g) starts between al-Boukamal's first capture (9 November) and
 * the reports of its loss and recapture (19 November), when the two maps can differ.
 */
export const COMPARE_URL = '/?view=compare&date=2017-11-12';

export const GOALS = {
	bundle: 1.1,
	firstView: 1.2,
	stepSmall: 2,
	stepLarge: 8,
	stepCompare: 3,
	longTaskMs: 50,
	coreSpeedup: 50,
	compileMs: 1000,
	memory: 1.05
} as const;

/** The run's settings from its arguments (`--smoke`, `--rebuild`) and `BENCH_PORT`. */
export function configFrom(
	argv: readonly string[],
	env: Record<string, string | undefined>
): Config {
	const port = Number(env.BENCH_PORT ?? 4180);
	if (!Number.isInteger(port) || port < 1024 || port > 65000) {
		throw new Error(
			`BENCH_PORT: expected a port number from 1024 to 65000, got "${env.BENCH_PORT}"`
		);
	}
	const smoke = argv.includes('--smoke');
	const sizes = smoke
		? { loads: 2, warmup: false, playMs: 2_000, steps: 40, bursts: 2, memoryMs: 5_000 }
		: { loads: 7, warmup: true, playMs: 10_000, steps: 200, bursts: 5, memoryMs: 60_000 };
	// More cold loads for row 2 narrow its interval where a machine is noisy (each pair ~8 s).
	const at = argv.findIndex((a) => a === '--loads' || a.startsWith('--loads='));
	if (at >= 0) {
		const raw = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
		const loads = Number(raw);
		if (!Number.isInteger(loads) || loads < 1 || loads > 100) {
			throw new Error(`--loads: expected a whole number of cold loads from 1 to 100, got "${raw}"`);
		}
		sizes.loads = loads;
	}
	return {
		mode: smoke ? 'smoke' : 'full',
		rebuild: argv.includes('--rebuild'),
		port,
		...sizes,
		coreSmall: smoke,
		coreRuns: smoke ? 1 : 3
	};
}
