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

describe('layoutPngLabels: the day’s notes, by the map’s rule for notes', () => {
	const spots = [spot('a', 120, 150), spot('b', 150, 160)];
	const labelSizes = sizes(['a', 'b']);
	const usual = { w: 224, h: 46 };
	const wide = { w: 320, h: 32 };

	it('places a note clear of every label and mark, inside the image, after the labels', () => {
		const { labels, notes } = layoutPngLabels(
			spots,
			labelSizes,
			420,
			300,
			[],
			[{ id: 'a', shapes: [usual, wide] }]
		);
		expect(notes).toHaveLength(1);
		const n = notes[0]!;
		expect(n.id).toBe('a');
		expect(n.box.minX).toBeGreaterThanOrEqual(0);
		expect(n.box.maxX).toBeLessThanOrEqual(420);
		expect(n.box.minY).toBeGreaterThanOrEqual(0);
		expect(n.box.maxY).toBeLessThanOrEqual(300);
		for (const l of labels) expect(hit(n.box, l.box), `note on ${l.id}`).toBe(false);
		for (const s of spots) {
			const m = box(s.x - MARK_PX / 2, s.y - MARK_PX / 2, MARK_PX, MARK_PX);
			expect(hit(n.box, m), `note on ${s.id}'s mark`).toBe(false);
		}
		expect(n.box.maxX - n.box.minX).toBe(n.shape === 0 ? usual.w : wide.w);
	});

	it('takes a wider, shorter shape when the usual one finds no room', () => {
		// An image too short for the usual note anywhere but across the labels.
		const tight = layoutPngLabels(
			[spot('a', 200, 40)],
			sizes(['a']),
			420,
			80,
			[],
			[
				{
					id: 'a',
					shapes: [
						{ w: 224, h: 60 },
						{ w: 400, h: 14 }
					]
				}
			]
		);
		expect(tight.notes[0]!.shape).toBe(1);
		expect(hit(tight.notes[0]!.box, tight.labels[0]!.box)).toBe(false);
	});

	it('keeps names off a note, and leaves out a note of a place outside the image', () => {
		const name = { text: 'Town', kind: 'town' as const, rank: 1 };
		const first = layoutPngLabels(spots, labelSizes, 420, 300, [], [{ id: 'a', shapes: [usual] }])
			.notes[0]!;
		const { notes, names } = layoutPngLabels(
			[...spots, spot('x', 500, 20)],
			labelSizes,
			420,
			300,
			[{ ...name, box: box(first.box.minX + 4, first.box.minY + 4, 40, 12) }],
			[
				{ id: 'a', shapes: [usual] },
				{ id: 'x', shapes: [usual] }
			]
		);
		expect(notes.map((n) => n.id)).toEqual(['a']);
		expect(names).toEqual([]);
	});
});
