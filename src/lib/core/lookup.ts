/** Read-only indexes over the corpus, built once: by id, and counts by a key. */

/** A map from each item's `id` to the item. */
export function byId<T extends { readonly id: string }>(
	items: readonly T[]
): ReadonlyMap<string, T> {
	return new Map(items.map((x) => [x.id, x]));
}

/** How many items share each key. */
export function countBy<T>(
	items: readonly T[],
	key: (x: T) => string
): ReadonlyMap<string, number> {
	const out = new Map<string, number>();
	for (const x of items) out.set(key(x), (out.get(key(x)) ?? 0) + 1);
	return out;
}

/** A map from each entry's key to its value. */
export function indexBy<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
	return new Map(entries);
}
