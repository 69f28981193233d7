/**
 * Folding text for name matching: "Al-Qa’im", "al Qaim" and "AL-QAIM" fold to the same key.
 *
 * Rules:
 * - Letters are lower-cased and stripped of accents and other combining marks (NFD, then marks
 *   dropped), so "Ḩasakah" matches "Hasakah"; Arabic letters are kept, their vowel marks dropped.
 * - Apostrophes, ayn/hamza signs and similar are dropped ("Qa'im" → "qaim").
 * - Every other run of non-letters and non-digits becomes one space ("Deir ez-Zor" → "deir ez zor").
 * - Each folded code unit remembers where it came from, so a match in the folded text maps back to
 *   exact offsets in the original: the quote taken from there is verbatim.
 */

/** A folded copy of a text, with the original offset range of each of its code units. */
export interface Folded {
	readonly text: string;
	/** For each code unit of `text`: offset in the original where its character starts. */
	readonly from: readonly number[];
	/** For each code unit of `text`: offset in the original just after its character. */
	readonly to: readonly number[];
}

/** Marks that are part of a name's spelling only (apostrophes, ayn and hamza signs): dropped. */
const DROPPED = /['’‘`´ʼʻʾʿˀˁ]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds `original` per the module rules, keeping a map back to original offsets. */
export function fold(original: string): Folded {
	let text = '';
	const from: number[] = [];
	const to: number[] = [];
	let pendingSpace = -1;
	let i = 0;
	while (i < original.length) {
		const cp = original.codePointAt(i) ?? 0;
		const ch = String.fromCodePoint(cp);
		const end = i + ch.length;
		if (DROPPED.test(ch)) {
			i = end;
			continue;
		}
		const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		if (base.length === 0 || !WORD_CHAR.test(base)) {
			if (base.length > 0 && pendingSpace < 0 && text.length > 0) pendingSpace = i;
			i = end;
			continue;
		}
		if (pendingSpace >= 0) {
			text += ' ';
			from.push(pendingSpace);
			to.push(pendingSpace + 1);
			pendingSpace = -1;
		}
		for (const unit of base) {
			for (let k = 0; k < unit.length; k++) {
				text += unit[k];
				from.push(i);
				to.push(end);
			}
		}
		i = end;
	}
	return { text, from, to };
}

/** The folded key of a name alone (no offsets): what gazetteer and lexicon entries are stored as. */
export function foldKey(name: string): string {
	return fold(name).text;
}

/** A match of a folded needle in a folded text, in original offsets. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/**
 * Every whole-word occurrence of the folded `key` in `hay` (a word boundary is the start, the end,
 * or a space in the folded text), as original offsets.
 */
export function findKey(hay: Folded, key: string): Span[] {
	const out: Span[] = [];
	if (key.length === 0) return out;
	for (let at = hay.text.indexOf(key); at >= 0; at = hay.text.indexOf(key, at + 1)) {
		const before = at === 0 || hay.text[at - 1] === ' ';
		const after = at + key.length === hay.text.length || hay.text[at + key.length] === ' ';
		if (before && after) {
			out.push({ start: hay.from[at] ?? 0, end: hay.to[at + key.length - 1] ?? 0 });
		}
	}
	return out;
}
