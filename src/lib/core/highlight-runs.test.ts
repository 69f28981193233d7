import { describe, expect, it } from 'vitest';
import { runs } from './highlight-runs';

describe('runs', () => {
	it('covers the whole text, cut at every highlight boundary, with the highlights of each run', () => {
		const out = runs('abcdefgh', [
			{ id: 'x', start: 2, end: 5 },
			{ id: 'y', start: 4, end: 6 }
		]);
		expect(out.map((r) => [r.text, r.ids])).toEqual([
			['ab', []],
			['cd', ['x']],
			['e', ['x', 'y']],
			['f', ['y']],
			['gh', []]
		]);
		expect(out.map((r) => r.text).join('')).toBe('abcdefgh');
	});
});
