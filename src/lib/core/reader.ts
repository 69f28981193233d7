/**
 * How the source reader lays out a captured page: the article body first, then the rest of
 * the captured page (menus, related links, captions: "page furniture") apart from it, with
 * the cited excerpt marked wherever it falls. Pure: text and offsets in, segments out.
 *
 * Rules: the segments of the body and of the furniture together are the whole text, each
 * character exactly once, in order within each part; `body` absent means the whole text is
 * the body (sources not yet marked up); bad offsets are an error naming them.
 */
import type { Anchor } from './types';

/** A run of text, marked when it is (part of) the cited excerpt. */
export interface Segment {
	readonly text: string;
	readonly mark: boolean;
}

export interface ReaderLayout {
	/** The article body. */
	readonly body: readonly Segment[];
	/** Captured page text before the body. */
	readonly before: readonly Segment[];
	/** Captured page text after the body. */
	readonly after: readonly Segment[];
	/** Where the excerpt is: in the body, in the page furniture, or nowhere (no excerpt). */
	readonly excerptIn: 'body' | 'furniture' | null;
}

function checkRange(name: string, r: Anchor, length: number): void {
	if (!(
		Number.isInteger(r.start) &&
		Number.isInteger(r.end) &&
		0 <= r.start &&
		r.start <= r.end &&
		r.end <= length
	))
		throw new Error(
			`reader: ${name} ${r.start}–${r.end} is not a range within the text (length ${length})`
		);
}

/** Splits text[from, to) into segments, marking its overlap with `mark`. */
function segments(text: string, from: number, to: number, mark: Anchor | null): Segment[] {
	if (from >= to) return [];
	if (!mark || mark.end <= from || mark.start >= to)
		return [{ text: text.slice(from, to), mark: false }];
	const a = Math.max(from, mark.start);
	const b = Math.min(to, mark.end);
	return [
		{ text: text.slice(from, a), mark: false },
		{ text: text.slice(a, b), mark: true },
		{ text: text.slice(b, to), mark: false }
	].filter((s) => s.text !== '');
}

/** Lays out `text` with its article `body` (absent: all of it) and the excerpt `anchor` marked. */
export function readerLayout(
	text: string,
	body: Anchor | undefined,
	anchor: Anchor | null
): ReaderLayout {
	const b = body ?? { start: 0, end: text.length };
	checkRange('body', b, text.length);
	if (anchor) checkRange('excerpt', anchor, text.length);
	const inBody = anchor ? anchor.start >= b.start && anchor.end <= b.end : false;
	return {
		body: segments(text, b.start, b.end, anchor),
		before: segments(text, 0, b.start, anchor),
		after: segments(text, b.end, text.length, anchor),
		excerptIn: anchor ? (inBody ? 'body' : 'furniture') : null
	};
}
