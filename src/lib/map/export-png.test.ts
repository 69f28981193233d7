import { describe, expect, it } from 'vitest';
import { layoutPngLabels } from './export-png';
import { MARK_PX, box, segmentCrossesBox, type PlaceSpot } from './labels/placement';

const spot = (id: string, x: number, y: number, mark = true): PlaceSpot => ({
	id,
	x,
	y,
	rx: MARK_PX / 2,
	ry: MARK_PX / 2,
	mark
});
const sizes = (ids: string[], w = 120, h = 20) => new Map(ids.map((id) => [id, { w, h }]));
const hit = (
	a: { minX: number; minY: number; maxX: number; maxY: number },
	b: { minX: number; minY: number; maxX: number; maxY: number }
) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

describe('layoutPngLabels: the PNG places its labels by the map’s own rule', () => {
	// Five places as close together as al-Boukamal and al-Qa'im are at the regional view: some
	// labels must move off their ring.
	const spots = [
		spot('a', 200, 150),
		spot('b', 222, 160),
		spot('c', 205, 126),
		spot('d', 178, 172),
		spot('e', 244, 138)
	];
	const ids = spots.map((s) => s.id);
	const out = layoutPngLabels(spots, sizes(ids), 420, 300).labels;
	const marks = spots.map((s) => box(s.x - MARK_PX / 2, s.y - MARK_PX / 2, MARK_PX, MARK_PX));

	it('labels every place, inside the image, over no other label and no mark', () => {
		expect(out.map((l) => l.id)).toEqual(ids);
		for (const [i, l] of out.entries()) {
			expect(l.box.minX).toBeGreaterThanOrEqual(0);
			expect(l.box.maxX).toBeLessThanOrEqual(420);
			expect(l.box.minY).toBeGreaterThanOrEqual(0);
			expect(l.box.maxY).toBeLessThanOrEqual(300);
			for (const m of marks) expect(hit(l.box, m), `${l.id} on a mark`).toBe(false);
			for (const o of out.slice(i + 1)) expect(hit(l.box, o.box), `${l.id}/${o.id}`).toBe(false);
		}
	});

	it('draws a leader line only off the ring, and none through another label', () => {
		const led = out.filter((l) => l.leader);
		expect(led.length).toBeGreaterThan(0);
		for (const l of led) {
			const { x0, y0, x1, y1 } = l.leader!;
			for (const o of out)
				if (o !== l)
					expect(segmentCrossesBox(x0, y0, x1, y1, o.box), `${l.id}→${o.id}`).toBe(false);
		}
	});

	it('leaves out a place outside the image, and does not take its mark', () => {
		const far = layoutPngLabels(
			[spot('x', -40, 100, false), spot('a', 30, 100)],
			sizes(['x', 'a']),
			300,
			200
		).labels;
		expect(far.map((l) => l.id)).toEqual(['a']);
	});

	it('draws the names the map shows where they stay clear of the image’s labels', () => {
		const name = (text: string, minX: number, minY: number) => ({
			text,
			kind: 'town' as const,
			rank: 1,
			box: box(minX, minY, 60, 14)
		});
		// a's label goes right of its mark, over the first name; the second is clear of it.
		const { labels, names } = layoutPngLabels([spot('a', 100, 100)], sizes(['a']), 400, 300, [
			name('Under', 150, 94),
			name('Clear', 150, 200)
		]);
		expect(labels[0]!.box.minX).toBeGreaterThan(100);
		expect(names.map((n) => n.text)).toEqual(['Clear']);
	});
});
