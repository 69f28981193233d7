import { describe, expect, it } from 'vitest';
import { byId, countBy } from './lookup';

describe('byId', () => {
	it('maps each id to its item, in input order', () => {
		const items = Object.freeze([
			Object.freeze({ id: 'b', n: 1 }),
			Object.freeze({ id: 'a', n: 2 })
		]);
		const map = byId(items);
		expect([...map.keys()]).toEqual(['b', 'a']);
		expect(map.get('a')).toBe(items[1]);
	});

	it('returns an empty map for no items', () => {
		expect(byId([]).size).toBe(0);
	});

	it('keeps the last of two items with the same id', () => {
		expect(
			byId([
				{ id: 'a', n: 1 },
				{ id: 'a', n: 2 }
			]).get('a')
		).toEqual({ id: 'a', n: 2 });
	});
});

describe('countBy', () => {
	it('counts items per key, keys in first-seen order', () => {
		const reports = Object.freeze([{ source: 'cgtn' }, { source: 'telesur' }, { source: 'cgtn' }]);
		const counts = countBy(reports, (r) => r.source);
		expect([...counts]).toEqual([
			['cgtn', 2],
			['telesur', 1]
		]);
	});

	it('has no entry for a key no item has', () => {
		expect(countBy([{ k: 'x' }], (r) => r.k).get('y')).toBeUndefined();
	});

	it('calls the key function once per item', () => {
		let calls = 0;
		countBy([1, 2, 3], (n) => {
			calls++;
			return String(n % 2);
		});
		expect(calls).toBe(3);
	});
});
