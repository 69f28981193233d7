/**
 * The map according to some sources only: a lens keeps the places and the sources of a corpus
 * and only the reports of the chosen sources, so the timeline compiled from it answers "who
 * held this place, if these outlets were all we had read". An empty lens is no lens: every
 * report counts.
 *
 * Rules: a lens names sources by their id in geo/sources/sources.json; an unknown id is an
 * error here (the URL layer drops it with a notice before it gets this far). The same lens,
 * in any order and with repeats, is the same key, so a cache compiles each lens once.
 */
import type { Corpus } from './types';

/** The lens's cache key: its source ids sorted and deduplicated, comma-joined ('' = no lens). */
export function lensKey(ids: readonly string[]): string {
	return [...new Set(ids)].sort().join(',');
}

/** The corpus with only the reports of the given sources; the corpus itself when `ids` is empty. */
export function lensCorpus(corpus: Corpus, ids: readonly string[]): Corpus {
	if (ids.length === 0) return corpus;
	const known = new Set(corpus.sources.map((s) => s.id));
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length > 0) throw new Error(`lens: unknown source id ${unknown.join(', ')}`);
	const keep = new Set(ids);
	return Object.freeze({
		places: corpus.places,
		sources: corpus.sources,
		reports: Object.freeze(corpus.reports.filter((r) => keep.has(r.source)))
	});
}

/**
 * One built value (a compiled timeline, an explorer) per lens, built on first use and kept:
 * switching the lens back and forth compiles nothing twice. Five sources make at most 32
 * lenses, so nothing is evicted.
 */
export class LensCache<T> {
	readonly #built = new Map<string, T>();

	constructor(
		private readonly corpus: Corpus,
		private readonly build: (lensed: Corpus, ids: readonly string[]) => T
	) {}

	/** The value for the lens `ids` (empty: no lens). */
	get(ids: readonly string[]): T {
		const key = lensKey(ids);
		let value = this.#built.get(key);
		if (value === undefined) {
			const sorted = key === '' ? [] : key.split(',');
			value = this.build(lensCorpus(this.corpus, sorted), sorted);
			this.#built.set(key, value);
		}
		return value;
	}
}
