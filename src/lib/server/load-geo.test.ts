import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn, loadGeoDir } from './load-geo';

describe('jsonErrorOffset', () => {
	it('returns -1 for valid JSON', () => {
		expect(jsonErrorOffset('{ "a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"] }')).toBe(-1);
	});

	it('points at a trailing comma’s closing bracket', () => {
		expect(jsonErrorOffset('[1, 2,]')).toBe(6);
	});

	it('points at an unquoted property name', () => {
		expect(jsonErrorOffset('{ a: 1 }')).toBe(2);
	});

	it('points at the end of a truncated document', () => {
		expect(jsonErrorOffset('{ "a": [1')).toBe(9);
	});

	it('points at a misspelled literal', () => {
		expect(jsonErrorOffset('{ "a": tru }')).toBe(7);
	});

	it('points at text after the document', () => {
		expect(jsonErrorOffset('{} {}')).toBe(3);
	});

	it('points at the string that holds a raw line break', () => {
		expect(jsonErrorOffset('[1, "a\nb"]')).toBe(4);
	});

	it('agrees with JSON.parse that a leading zero is an error', () => {
		expect(jsonErrorOffset('[01]')).toBe(2);
	});
});

describe('lineColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});

describe('loadGeoDir', () => {
	it('reads the valid fixture with a text and a hash for each capture', () => {
		const dir = fileURLToPath(new URL('../../../scripts/fixtures/valid', import.meta.url));
		const loaded = loadGeoDir(dir);
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		expect(Object.keys(loaded.input.texts)).toEqual(['daily.txt', 'wire.txt']);
		expect(loaded.input.hashes?.['wire.txt']).toBe(
			'56e5adb22a539d42d31249781e225641ab620c3e5cf1d633d954f6dcc960ebb8'
		);
	});

	it('reports each missing file instead of throwing', () => {
		const loaded = loadGeoDir('/nonexistent-geo-dir');
		expect(loaded.ok ? [] : loaded.problems.map((p) => p.file)).toEqual([
			'geo/sources/sources.json',
			'geo/reports.json',
			'geo/places.geojson'
		]);
	});
});
