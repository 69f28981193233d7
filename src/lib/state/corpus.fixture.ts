/**
 * The real corpus (geo/), read and validated once, for the state tests: state classes are tested
 * on the data the app ships, not on mocks of it.
 */
import { loadGeoDir } from '$lib/server/load-geo';
import { validateCorpus } from '$lib/core/validate';
import type { Corpus } from '$lib/core/types';

let cached: Corpus | null = null;

export function realCorpus(): Corpus {
	if (cached) return cached;
	const loaded = loadGeoDir('geo');
	if (!loaded.ok) throw new Error(`geo/ could not be read: ${loaded.problems[0]?.message}`);
	const result = validateCorpus(loaded.input);
	if (!result.ok) throw new Error(`geo/ is not valid: ${result.problems[0]?.message}`);
	cached = result.corpus;
	return cached;
}
