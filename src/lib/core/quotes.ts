/**
 * Anchoring quotes in their source texts: the W3C Web Annotation TextQuoteSelector
 * (https://www.w3.org/TR/annotation-model/#text-quote-selector).
 *
 * Rules:
 * - `exact` is matched verbatim, code unit for code unit: no case folding, no whitespace or
 *   quote-mark normalisation. A quote that only matches loosely is an error, and the error
 *   says where the loose match is, so the data can be corrected to the captured text.
 * - `prefix`, when given, must end exactly where the occurrence begins; `suffix`, when given,
 *   must begin exactly where it ends.
 * - Exactly one occurrence may remain after that; anything else throws a QuoteError whose
 *   `kind` says what went wrong and whose message gives the offsets needed to fix it.
 */
import type { Anchor, TextQuote } from './types';

/** What went wrong when anchoring a quote. */
export type QuoteErrorKind =
	| 'empty' // `exact` is the empty string
	| 'not-found' // `exact` does not occur at all
	| 'ambiguous' // `exact` occurs more than once and no prefix or suffix was given
	| 'context-mismatch' // prefix/suffix given, but no occurrence has them
	| 'still-ambiguous'; // prefix/suffix given, but more than one occurrence has them

/** Thrown by anchorQuote; `kind` tells which part of the selector to fix. */
export class QuoteError extends Error {
	readonly kind: QuoteErrorKind;

	constructor(kind: QuoteErrorKind, message: string) {
		super(message);
		this.name = 'QuoteError';
		this.kind = kind;
	}
}

/** How much text to show around an offset in an error message. */
const PEEK = 24;

/** Every start offset at which `needle` occurs in `text`, overlapping occurrences included. */
function occurrences(text: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

function show(s: string): string {
	return JSON.stringify(s);
}

function abbreviate(s: string, max = 60): string {
	return s.length <= max ? show(s) : `${show(s.slice(0, max))}…`;
}

const QUOTE_FOLD: Readonly<Record<string, string>> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u2032': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-'
};

/** A loosened copy of a text, with where each of its characters came from. */
interface Loose {
	readonly text: string;
	/** For each code unit of `text`: the offset in the original where it starts. */
	readonly from: readonly number[];
	/** For each code unit of `text`: the offset in the original just after it. */
	readonly to: readonly number[];
}

/**
 * Lower-cases, folds curly quotes and dashes to ASCII, and collapses every run of
 * whitespace to one space; keeps a map back to the original offsets.
 */
function loosen(original: string): Loose {
	let text = '';
	const from: number[] = [];
	const to: number[] = [];
	let i = 0;
	while (i < original.length) {
		const cp = original.codePointAt(i) ?? 0;
		const ch = String.fromCodePoint(cp);
		if (/\s/u.test(ch)) {
			let j = i + ch.length;
			while (j < original.length && /\s/u.test(original[j] ?? '')) j++;
			text += ' ';
			from.push(i);
			to.push(j);
			i = j;
			continue;
		}
		const folded = QUOTE_FOLD[ch] ?? ch.toLowerCase();
		// Keep the original character when lower-casing would change its length.
		const out = folded.length === ch.length ? folded : ch;
		for (let k = 0; k < out.length; k++) {
			text += out[k];
			from.push(i);
			to.push(i + ch.length);
		}
		i += ch.length;
	}
	return { text, from, to };
}

/** Where the quote matches when case, whitespace, quote marks and dashes are ignored. */
function looseMatches(text: string, exact: string): Anchor[] {
	const hay = loosen(text);
	const needle = loosen(exact).text.trim();
	if (needle.length === 0) return [];
	return occurrences(hay.text, needle).map((at) => ({
		start: hay.from[at] ?? 0,
		end: hay.to[at + needle.length - 1] ?? text.length
	}));
}

function notFound(text: string, exact: string): QuoteError {
	const loose = looseMatches(text, exact);
	let message = `quote not found: ${abbreviate(exact)} does not occur in the text`;
	const first = loose[0];
	if (first) {
		const found = text.slice(first.start, first.end);
		const what =
			found.toLowerCase() === exact.toLowerCase()
				? 'differs only in letter case'
				: 'differs in whitespace, quote marks, dashes or letter case';
		const where = loose.map((a) => a.start).join(', ');
		message +=
			`; a loose match that ${what} is at offset${loose.length > 1 ? 's' : ''} ${where}: ` +
			`${show(found)} (copy the text exactly as captured)`;
	}
	return new QuoteError('not-found', message);
}

function describeContext(text: string, at: number, exactLength: number, quote: TextQuote): string {
	const parts: string[] = [];
	if (quote.prefix !== undefined) {
		const before = text.slice(Math.max(0, at - quote.prefix.length), at);
		parts.push(`preceded by ${show(before)}`);
	}
	if (quote.suffix !== undefined) {
		const end = at + exactLength;
		parts.push(`followed by ${show(text.slice(end, end + quote.suffix.length))}`);
	}
	return `at ${at} ${parts.join(' and ')}`;
}

function given(quote: TextQuote): string {
	const parts: string[] = [];
	if (quote.prefix !== undefined) parts.push(`prefix ${show(quote.prefix)}`);
	if (quote.suffix !== undefined) parts.push(`suffix ${show(quote.suffix)}`);
	return parts.join(' and ');
}

/**
 * Finds the one place in `text` that `quote` selects (W3C TextQuoteSelector); throws a
 * QuoteError saying why when it selects no place or more than one.
 */
export function anchorQuote(text: string, quote: TextQuote): Anchor {
	const { exact, prefix, suffix } = quote;
	if (exact.length === 0) throw new QuoteError('empty', 'quote is empty: "exact" has no text');
	const all = occurrences(text, exact);
	if (all.length === 0) throw notFound(text, exact);

	const matching = all.filter(
		(at) =>
			(prefix === undefined || text.slice(Math.max(0, at - prefix.length), at) === prefix) &&
			(suffix === undefined || text.startsWith(suffix, at + exact.length))
	);
	const times = all.length === 1 ? 'once' : `${all.length} times`;

	if (prefix === undefined && suffix === undefined && all.length > 1) {
		const where = all
			.map((at) => `${at} (after ${show(text.slice(Math.max(0, at - PEEK), at))})`)
			.join(', ');
		throw new QuoteError(
			'ambiguous',
			`quote ${abbreviate(exact)} occurs ${times}, at offsets ${where}; ` +
				'add a prefix or suffix to say which one is meant'
		);
	}
	if (matching.length === 0) {
		const where = all.map((at) => describeContext(text, at, exact.length, quote)).join('; ');
		throw new QuoteError(
			'context-mismatch',
			`quote ${abbreviate(exact)} occurs ${times}, but no occurrence has the ${given(quote)}: ` +
				`the text has it ${where}`
		);
	}
	if (matching.length > 1) {
		throw new QuoteError(
			'still-ambiguous',
			`quote ${abbreviate(exact)} with ${given(quote)} still matches ${matching.length} ` +
				`places, at offsets ${matching.join(', ')}; lengthen the prefix or suffix`
		);
	}
	const start = matching[0] ?? 0;
	return { start, end: start + exact.length };
}

/** The text either side of an anchored quote, up to `chars` code units each way, never splitting a surrogate pair. */
export function contextAround(
	text: string,
	anchor: Anchor,
	chars: number
): { before: string; exact: string; after: string } {
	let from = Math.max(0, anchor.start - chars);
	let to = Math.min(text.length, anchor.end + chars);
	if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
	if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
	return {
		before: text.slice(Math.min(from, anchor.start), anchor.start),
		exact: text.slice(anchor.start, anchor.end),
		after: text.slice(anchor.end, Math.max(to, anchor.end))
	};
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
