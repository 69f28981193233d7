import { describe, expect, it } from 'vitest';
import { splitProfile, splitSnapshot, type ProfileLike } from './profile';

const frame = (id: number, functionName: string, url = '') => ({
	id,
	callFrame: { functionName, url }
});

const isMaplibre = (url: string) => /\/maplibre-[^/]*\.js/.test(url);

describe('splitProfile(profile, isMaplibre)', () => {
	const profile: ProfileLike = Object.freeze({
		nodes: [
			frame(1, '(root)'),
			frame(2, '(idle)'),
			frame(3, '(garbage collector)'),
			frame(4, '(program)'),
			frame(5, 'bufferSubData'),
			frame(6, 'getParameter'),
			frame(7, 'renderLayer', 'http://127.0.0.1:4181/assets/maplibre-Ab12.js'),
			frame(8, 'setStates', 'http://127.0.0.1:4181/assets/many-places-Cd34.js')
		],
		samples: [2, 3, 4, 1, 5, 6, 7, 8, 8],
		// µs since the previous sample
		timeDeltas: [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]
	});

	it('puts each sample’s time (µs → ms) under the kind of its node', () => {
		expect(splitProfile(profile, isMaplibre)).toEqual({
			idle: 1,
			gc: 2,
			program: 7, // (program) and (root)
			native: 11, // every frame without a URL: bufferSubData and getParameter
			bufferSubData: 5,
			maplibre: 7,
			page: 17
		});
	});

	it('skips samples of unknown nodes and treats missing deltas as 0', () => {
		const split = splitProfile(
			{ nodes: [frame(1, '(idle)')], samples: [1, 99, 1], timeDeltas: [500] },
			isMaplibre
		);
		expect(split.idle).toBe(0.5);
		expect(split.page + split.native + split.program).toBe(0);
	});

	it('gives all zeros for a profile without samples', () => {
		const split = splitProfile({ nodes: [frame(1, '(idle)')] }, isMaplibre);
		expect(Object.values(split).every((v) => v === 0)).toBe(true);
	});
});

describe('splitSnapshot(json)', () => {
	// Two fields per node (type index, self size), as V8 writes them with more fields.
	const snapshot = (nodes: number[]) =>
		JSON.stringify({
			snapshot: {
				meta: {
					node_fields: ['type', 'name', 'self_size'],
					node_types: [
						['hidden', 'array', 'string', 'object', 'code', 'native'],
						'string',
						'number'
					]
				}
			},
			nodes
		});

	it('sums self sizes: code, native, and everything else as JS objects', () => {
		const json = snapshot([3, 0, 100, 4, 0, 40, 5, 0, 7, 2, 0, 11, 4, 0, 2]);
		expect(splitSnapshot(json)).toEqual({ objects: 111, code: 42, native: 7 });
	});

	it('reads the field positions from the snapshot’s meta, not fixed offsets', () => {
		const json = JSON.stringify({
			snapshot: {
				meta: { node_fields: ['self_size', 'type'], node_types: [['object', 'code']] }
			},
			nodes: [10, 1, 5, 0]
		});
		expect(splitSnapshot(json)).toEqual({ objects: 5, code: 10, native: 0 });
	});

	it('throws naming what is missing when the snapshot has no node_fields', () => {
		expect(() => splitSnapshot(JSON.stringify({ nodes: [] }))).toThrow(
			/heap snapshot: expected snapshot\.meta\.node_fields/
		);
	});
});
