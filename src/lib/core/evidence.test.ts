import { describe, expect, it } from 'vitest';
import { groupByOutlet } from './evidence';
import type { ClaimRef, PlaceState } from './timeline';
import type { Report, Source } from './types';

const ref = (report: string, implied = false): ClaimRef => ({ report, implied });

function fixtures() {
	const source = (id: string) => Object.freeze({ id, outlet: id.toUpperCase() }) as Source;
	const report = (id: string, src: string) => Object.freeze({ id, source: src }) as Report;
	const reports = [report('a1', 'a'), report('a2', 'a'), report('b1', 'b'), report('c1', 'c')];
	return {
		reportById: new Map(reports.map((r) => [r.id, r])),
		sourceById: new Map(['a', 'b', 'c'].map((id) => [id, source(id)]))
	};
}

function state(over: Partial<PlaceState>): PlaceState {
	return Object.freeze({
		supporting: [],
		contradicting: [],
		superseded: [],
		...over
	}) as PlaceState;
}

describe('groupByOutlet', () => {
	it('puts outlets that support the state first, supporting claims first within each', () => {
		const { reportById, sourceById } = fixtures();
		const groups = groupByOutlet(
			state({
				contradicting: [ref('c1'), ref('a2')],
				supporting: [ref('b1'), ref('a1')],
				superseded: []
			}),
			reportById,
			sourceById
		);
		expect(groups.map((g) => g.source.id)).toEqual(['b', 'a', 'c']);
		expect(groups[1]!.items.map((i) => `${i.report.id}:${i.role}`)).toEqual([
			'a1:supporting',
			'a2:contradicting'
		]);
		expect(groups.map((g) => g.supporting)).toEqual([1, 1, 0]);
	});

	it('lists every claim exactly once, implied ones included', () => {
		const { reportById, sourceById } = fixtures();
		const s = state({ supporting: [ref('a1', true)], superseded: [ref('b1')] });
		const items = groupByOutlet(s, reportById, sourceById).flatMap((g) => g.items);
		expect(items.map((i) => [i.report.id, i.claim.implied, i.role])).toEqual([
			['a1', true, 'supporting'],
			['b1', false, 'superseded']
		]);
	});

	it('throws naming a report missing from the corpus', () => {
		const { reportById, sourceById } = fixtures();
		expect(() => groupByOutlet(state({ supporting: [ref('zz')] }), reportById, sourceById)).toThrow(
			'evidence: report zz is not in the corpus'
		);
	});
});
