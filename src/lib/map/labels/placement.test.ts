import { describe, expect, it } from 'vitest';
import { LabelSpace, RING_STEP, box, candidates, leaderLine, type Around } from './placement';

const around = (over: Partial<Around> = {}): Around => ({
	id: 'a',
	x: 200,
	y: 150,
	rx: 12,
	ry: 12,
	w: 100,
	h: 20,
	prefer: 'right',
	...over
});

const overlaps = (a: { minX: number; minY: number; maxX: number; maxY: number }, b: typeof a) =>
	a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

describe('candidates', () => {
	it('tries the preferred side first, then the other, then above and below', () => {
		expect(
			candidates(around())
				.slice(0, 4)
				.map((c) => c.side)
		).toEqual(['right', 'left', 'above', 'below']);
		expect(candidates(around({ prefer: 'left' }))[0]!.side).toBe('left');
	});

	it('keeps every first-ring candidate clear of the mark, and only outer rings have leaders', () => {
		const a = around();
		const mark = box(a.x - a.rx, a.y - a.ry, 2 * a.rx, 2 * a.ry);
		for (const c of candidates(a)) {
			expect(overlaps(box(a.x + c.dx, a.y + c.dy, a.w, a.h), mark)).toBe(false);
		}
		const rings = candidates(a);
		expect(rings.filter((c) => !c.leader)).toHaveLength(8);
		expect(rings.filter((c) => c.leader)).toHaveLength(16);
	});
});

describe('LabelSpace.placeAround', () => {
	it('takes the preferred side when it is free', () => {
		const space = new LabelSpace(400, 300);
		const p = space.placeAround(around());
		expect(p).toMatchObject({ side: 'right', clear: true, leader: false });
		expect(p.box.minX).toBeGreaterThan(200 + 12);
	});

	it('goes to the other side when the preferred one is taken', () => {
		const space = new LabelSpace(400, 300);
		space.take(box(215, 130, 150, 40));
		expect(space.placeAround(around()).side).toBe('left');
	});

	it('stays inside the map: a place at the right edge is labelled on its left', () => {
		const space = new LabelSpace(400, 300);
		const p = space.placeAround(around({ x: 360 }));
		expect(p.side).toBe('left');
		expect(space.inside(p.box)).toBe(true);
	});

	it('never lets two labels of close places overlap, using outer rings with leaders', () => {
		const space = new LabelSpace(300, 200);
		const places = [
			around({ id: 'a', x: 140, y: 100 }),
			around({ id: 'b', x: 160, y: 100 }),
			around({ id: 'c', x: 150, y: 80 }),
			around({ id: 'd', x: 150, y: 120 })
		];
		for (const p of places) space.take(box(p.x - 12, p.y - 12, 24, 24));
		const placed = places.map((p) => space.placeAround(p));
		for (const p of placed) expect(p.clear).toBe(true);
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++)
				expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
	});

	it('moves a label out to a further ring, with a leader line, when the first ring is full', () => {
		const space = new LabelSpace(400, 300);
		const a = around();
		// Everything within 35 px of the centre is taken (e.g. other marks and labels).
		space.take(box(a.x - 35, a.y - 35, 70, 70));
		const p = space.placeAround(a);
		expect(p).toMatchObject({ clear: true, leader: true, side: 'right' });
		expect(p.dx).toBe(a.rx + 4 + RING_STEP);
	});

	it('when every ring is taken, finds the nearest free spot in the map, with a leader', () => {
		const space = new LabelSpace(400, 300);
		const a = around();
		// Everything within 110 px of the centre is taken; the top-left corner of the map is free.
		space.take(box(a.x - 110, a.y - 110, 220, 220));
		space.take(box(0, 200, 400, 100));
		const p = space.placeAround(a);
		expect(p).toMatchObject({ clear: true, leader: true });
		expect(space.inside(p.box)).toBe(true);
		expect(p.box.maxY).toBeLessThanOrEqual(200);
	});

	it('with no free spot, still places the label (it is a control) and says it is not clear', () => {
		const space = new LabelSpace(400, 300);
		space.take(box(0, 0, 400, 300));
		const p = space.placeAround(around());
		expect(p.clear).toBe(false);
		expect(space.inside(p.box)).toBe(true);
	});
});

describe('LabelSpace.claim', () => {
	it('shows a name only where it is inside the map and free', () => {
		const space = new LabelSpace(400, 300);
		expect(space.claim(box(10, 10, 50, 12))).toBe(true);
		expect(space.claim(box(30, 12, 50, 12))).toBe(false);
		expect(space.claim(box(380, 10, 50, 12))).toBe(false);
		expect(space.claim(box(100, 100, 50, 12))).toBe(true);
	});
});

describe('leaderLine', () => {
	it('runs from the ring to the nearest point of the label', () => {
		// A label 40 px right of the centre, vertically centred: the line is horizontal.
		const line = leaderLine(12, 12, { dx: 40, dy: -10, w: 100, h: 20 });
		expect(line.angle).toBeCloseTo(0);
		expect(line.startX).toBeCloseTo(12);
		expect(line.length).toBeCloseTo(28);
	});

	it('points up and left for a label above-left', () => {
		const line = leaderLine(10, 10, { dx: -150, dy: -60, w: 100, h: 20 });
		expect(line.angle).toBeLessThan(-Math.PI / 2);
		expect(line.length).toBeGreaterThan(0);
	});
});
