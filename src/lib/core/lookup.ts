/**
 * Read-only indexes over the corpus, built once: by id, and counts by a key. Inputs are never
 * changed; a later item with the same id replaces an earlier one (validation rejects duplicate
 * ids before anything is indexed).
 */

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
	for (const x of items) {
		const k = key(x);
		out.set(k, (out.get(k) ?? 0) + 1);
	}
	return out;
}
