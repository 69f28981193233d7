import { describe, expect, it } from 'vitest';
import { anchorQuote, contextAround, QuoteError } from './quotes';
import type { TextQuote } from './types';

const TEXT = Object.freeze(
	'The army took the town on Thursday. Later the army took the town again, a monitor said.'
);

function quote(q: TextQuote): TextQuote {
	return Object.freeze({ ...q });
}

function errorOf(text: string, q: TextQuote): QuoteError {
	try {
		anchorQuote(text, q);
	} catch (e) {
		if (e instanceof QuoteError) return e;
		throw e;
	}
	throw new Error('anchorQuote did not throw');
}

describe('anchorQuote', () => {
	it('anchors a quote that occurs exactly once at its offsets', () => {
		const anchor = anchorQuote(TEXT, quote({ exact: 'a monitor said' }));
		expect(TEXT.slice(anchor.start, anchor.end)).toBe('a monitor said');
	});

	it('returns start and end offsets in UTF-16 code units', () => {
		const text = 'قال الجيش: took the town';
		expect(anchorQuote(text, quote({ exact: 'took' }))).toEqual({ start: 11, end: 15 });
	});

	it('picks the occurrence that the prefix precedes', () => {
		const anchor = anchorQuote(TEXT, quote({ exact: 'the army took', prefix: 'Later ' }));
		expect(anchor.start).toBe(TEXT.indexOf('Later ') + 'Later '.length);
	});

	it('picks the occurrence that the suffix follows', () => {
		const anchor = anchorQuote(TEXT, quote({ exact: 'took the town', suffix: ' again' }));
		expect(anchor.start).toBe(TEXT.lastIndexOf('took the town'));
	});

	it('accepts a prefix that runs to the very start of the text', () => {
		const anchor = anchorQuote(TEXT, quote({ exact: 'army took', prefix: 'The ' }));
		expect(anchor.start).toBe(4);
	});

	it('accepts a suffix that runs to the very end of the text', () => {
		const anchor = anchorQuote(TEXT, quote({ exact: 'a monitor', suffix: ' said.' }));
		expect(anchor.end).toBe(TEXT.length - ' said.'.length);
	});

	it('counts overlapping occurrences as separate occurrences', () => {
		const e = errorOf('ababab', quote({ exact: 'abab' }));
		expect(e.message).toContain('occurs 2 times, at offsets 0');
	});

	it('says a quote that does not occur was not found', () => {
		const e = errorOf(TEXT, quote({ exact: 'the rebels took' }));
		expect(e.kind).toBe('not-found');
		expect(e.message).toContain('quote not found: "the rebels took"');
	});

	it('points to a match that differs only in letter case', () => {
		const e = errorOf(TEXT, quote({ exact: 'A Monitor Said' }));
		expect(e.message).toContain('differs only in letter case is at offset 72: "a monitor said"');
	});

	it('points to a match that differs in whitespace', () => {
		const e = errorOf(TEXT, quote({ exact: 'a  monitor\nsaid' }));
		expect(e.message).toContain('differs in whitespace, quote marks, dashes or letter case');
		expect(e.message).toContain('at offset 72: "a monitor said"');
	});

	it('points to a match that differs in the style of quote marks', () => {
		const text = 'He called it “the last stronghold” on Sunday.';
		const e = errorOf(text, quote({ exact: 'it "the last stronghold"' }));
		expect(e.message).toContain('at offset 10: "it “the last stronghold”"');
	});

	it('points to a match that differs in the kind of dash', () => {
		const text = 'the Iraq–Syria border';
		const e = errorOf(text, quote({ exact: 'Iraq-Syria border' }));
		expect(e.message).toContain('at offset 4: "Iraq–Syria border"');
	});

	it('does not mention a loose match when there is none', () => {
		const e = errorOf(TEXT, quote({ exact: 'nowhere in the text' }));
		expect(e.message).not.toContain('loose match');
	});

	it('asks for a prefix or suffix when the quote occurs more than once', () => {
		const e = errorOf(TEXT, quote({ exact: 'took the town' }));
		expect(e.kind).toBe('ambiguous');
		expect(e.message).toContain('occurs 2 times, at offsets 9');
		expect(e.message).toContain('add a prefix or suffix');
	});

	it('lists the offset of every occurrence of an ambiguous quote', () => {
		const e = errorOf(TEXT, quote({ exact: 'took the town' }));
		const offsets = [TEXT.indexOf('took the town'), TEXT.lastIndexOf('took the town')];
		expect(e.message).toMatch(new RegExp(`offsets ${offsets[0]} .*, ${offsets[1]} `));
	});

	it('reports a prefix that precedes no occurrence, with the text actually there', () => {
		const e = errorOf(TEXT, quote({ exact: 'took the town', prefix: 'navy ' }));
		expect(e.kind).toBe('context-mismatch');
		expect(e.message).toContain('no occurrence has the prefix "navy "');
		expect(e.message).toContain('at 9 preceded by "army "');
	});

	it('reports a suffix that follows no occurrence, with the text actually there', () => {
		const e = errorOf(TEXT, quote({ exact: 'a monitor', suffix: ' wrote' }));
		expect(e.kind).toBe('context-mismatch');
		expect(e.message).toContain('at 72 followed by " said."');
	});

	it('rejects a single occurrence whose prefix does not match', () => {
		const e = errorOf(TEXT, quote({ exact: 'a monitor said', prefix: 'twice, ' }));
		expect(e.message).toContain('occurs once, but no occurrence has the prefix');
	});

	it('reports a prefix and suffix that still leave several occurrences', () => {
		const e = errorOf('x abc y. x abc y.', quote({ exact: 'abc', prefix: 'x ', suffix: ' y' }));
		expect(e.kind).toBe('still-ambiguous');
		expect(e.message).toContain('still matches 2 places, at offsets 2, 11');
	});

	it('rejects an empty quote', () => {
		expect(errorOf(TEXT, quote({ exact: '' })).kind).toBe('empty');
	});

	it('throws an instance of Error', () => {
		expect(() => anchorQuote(TEXT, quote({ exact: 'absent' }))).toThrow(Error);
	});
});

describe('contextAround', () => {
	it('returns the requested number of characters either side of the quote', () => {
		const anchor = Object.freeze({ start: 4, end: 8 });
		expect(contextAround(TEXT, anchor, 4)).toEqual({
			before: 'The ',
			exact: 'army',
			after: ' too'
		});
	});

	it('stops at the edges of the text', () => {
		const anchor = Object.freeze({ start: 0, end: 3 });
		expect(contextAround('The end', anchor, 100)).toEqual({
			before: '',
			exact: 'The',
			after: ' end'
		});
	});

	it('never cuts a surrogate pair in half before the quote', () => {
		const anchor = Object.freeze({ start: 4, end: 6 });
		expect(contextAround('a😀bcd😀e', anchor, 2).before).toBe('b');
	});

	it('never cuts a surrogate pair in half after the quote', () => {
		const anchor = Object.freeze({ start: 4, end: 6 });
		expect(contextAround('a😀bcd😀e', anchor, 1).after).toBe('');
	});
});
