import { describe, expect, it } from 'vitest';
import { readerLayout, type Segment } from './reader';

const TEXT = 'MENU Home\nThe army took the town on Thursday.\nRelated: other news';
const BODY = { start: 10, end: 45 };
const join = (s: readonly Segment[]) => s.map((x) => x.text).join('');

describe('readerLayout', () => {
	it('puts the body apart from the page text around it, every character once', () => {
		const l = readerLayout(TEXT, BODY, null);
		expect(join(l.before)).toBe('MENU Home\n');
		expect(join(l.body)).toBe('The army took the town on Thursday.');
		expect(join(l.after)).toBe('\nRelated: other news');
		expect(join(l.before) + join(l.body) + join(l.after)).toBe(TEXT);
		expect(l.excerptIn).toBeNull();
	});

	it('marks an excerpt in the body', () => {
		const start = TEXT.indexOf('took the town');
		const l = readerLayout(TEXT, BODY, { start, end: start + 'took the town'.length });
		expect(l.body.filter((s) => s.mark).map((s) => s.text)).toEqual(['took the town']);
		expect(l.excerptIn).toBe('body');
	});

	it('marks an excerpt in the page furniture and says so', () => {
		const start = TEXT.indexOf('other news');
		const l = readerLayout(TEXT, BODY, { start, end: TEXT.length });
		expect(l.after.filter((s) => s.mark).map((s) => s.text)).toEqual(['other news']);
		expect(l.body.some((s) => s.mark)).toBe(false);
		expect(l.excerptIn).toBe('furniture');
	});

	it('treats the whole text as the body when the source has no body offsets yet', () => {
		const l = readerLayout(TEXT, undefined, null);
		expect(join(l.body)).toBe(TEXT);
		expect(l.before).toEqual([]);
		expect(l.after).toEqual([]);
	});

	it('throws naming a body range outside the text', () => {
		expect(() => readerLayout('short', { start: 2, end: 99 }, null)).toThrow(
			'reader: body 2–99 is not a range within the text (length 5)'
		);
	});
});
