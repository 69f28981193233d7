import { describe, expect, it } from 'vitest';
import {
	LabelSpace,
	MARK_PX,
	RINGS,
	RING_STEP,
	box,
	candidates,
	leaderLine,
	placeNote,
	segmentCrossesBox,
	segmentsCross,
	type Around,
	type Box
} from './placement';

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

/**
 * A 600×300 map with a place at (290, 150) inside a taken block (every ring taken) and taken
 * bands along the top and bottom: its label must go left or right of the block.
 */
function blocked(block: Box): { space: LabelSpace; a: Around } {
	const space = new LabelSpace(600, 300);
	const a = around({ x: 290, y: 150 });
	space.take(block);
	space.take(box(0, 0, 600, 60));
	space.take(box(0, 240, 600, 60));
	return { space, a };
}

describe('segmentCrossesBox', () => {
	const b = box(10, 10, 20, 10); // x 10–30, y 10–20

	it('is true for a segment through the box, or ending inside it', () => {
		expect(segmentCrossesBox(0, 15, 40, 15, b)).toBe(true);
		expect(segmentCrossesBox(0, 0, 40, 30, b)).toBe(true);
		expect(segmentCrossesBox(20, 0, 20, 12, b)).toBe(true);
	});

	it('is false for a segment that passes by, stops short, or only runs along an edge', () => {
		expect(segmentCrossesBox(0, 25, 40, 25, b)).toBe(false);
		expect(segmentCrossesBox(0, 15, 9, 15, b)).toBe(false);
		expect(segmentCrossesBox(0, 10, 40, 10, b)).toBe(false);
		expect(segmentCrossesBox(0, 0, 10, 10, b)).toBe(false);
		expect(segmentCrossesBox(5, 5, 5, 5, b)).toBe(false);
	});
});

describe('segmentsCross', () => {
	const seg = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

	it('is true for two segments that cross inside both', () => {
		expect(segmentsCross(seg(0, 0, 10, 10), seg(0, 10, 10, 0))).toBe(true);
		expect(segmentsCross(seg(5, -5, 5, 5), seg(0, 0, 10, 1))).toBe(true);
	});

	it('is false for segments that meet at an end, stop short, are parallel or run along each other', () => {
		// Two leader lines of one place both start on its ring.
		expect(segmentsCross(seg(0, 0, 10, 10), seg(0, 0, 10, -10))).toBe(false);
		expect(segmentsCross(seg(0, 0, 10, 10), seg(10, 10, 20, 0))).toBe(false);
		expect(segmentsCross(seg(0, 0, 4, 4), seg(0, 10, 10, 0))).toBe(false);
		expect(segmentsCross(seg(0, 0, 10, 0), seg(0, 5, 10, 5))).toBe(false);
		expect(segmentsCross(seg(0, 0, 10, 0), seg(5, 0, 15, 0))).toBe(false);
		// One ends on the other: touching, not crossing.
		expect(segmentsCross(seg(5, 0, 5, 5), seg(0, 5, 10, 5))).toBe(false);
	});
});

describe('leader lines', () => {
	it('a label off its ring never draws its leader through another label', () => {
		const space = new LabelSpace(400, 300);
		const a = around();
		// The first ring is full (one box around the centre, which the leader starts from)…
		space.take(box(a.x - 35, a.y - 35, 70, 70));
		// …and a small label sits on the way out to the right, inside that box.
		const other = box(a.x + 25, a.y - 5, 5, 10);
		space.take(other);
		const p = space.placeAround(a);
		// Right on the second ring would be free as a box, but its leader would strike the label.
		expect(p).toMatchObject({ clear: true, leader: true, leaderClear: true, side: 'left' });
		const line = leaderLine(a.rx, a.ry, { dx: p.dx, dy: p.dy, w: a.w, h: a.h });
		const x0 = a.x + line.startX;
		const y0 = a.y + line.startY;
		const x1 = x0 + Math.cos(line.angle) * line.length;
		const y1 = y0 + Math.sin(line.angle) * line.length;
		expect(segmentCrossesBox(x0, y0, x1, y1, other)).toBe(false);
	});

	it('the nearest free spot of the grid search keeps its leader clear as well', () => {
		// The label must go left of the taken block (nearer: its closest spot is 164 px away) or
		// right of it (192 px).
		const { space, a } = blocked(box(130, 60, 340, 180));
		// A label stands in the way out to the left.
		space.take(box(135, 100, 10, 100));
		const p = space.placeAround(a);
		expect(p).toMatchObject({ clear: true, leader: true, leaderClear: true });
		expect(p.box.minX).toBeGreaterThan(470);
	});

	it('when every way out is crossed, a free box still beats an overlap: the line may cross', () => {
		const fenced = () => {
			const space = new LabelSpace(400, 300);
			const a = around();
			space.take(box(a.x - 35, a.y - 35, 70, 70));
			// A fence of four thin labels all round the mark, inside the first ring's box.
			space.take(box(a.x - 22, a.y - 22, 44, 2));
			space.take(box(a.x - 22, a.y + 20, 44, 2));
			space.take(box(a.x - 22, a.y - 22, 2, 44));
			space.take(box(a.x + 20, a.y - 22, 2, 44));
			return { space, a };
		};
		const { space, a } = fenced();
		const p = space.placeAround(a);
		expect(p).toMatchObject({ clear: true, leader: true, leaderClear: false, side: 'right' });
		expect(p.dx).toBe(a.rx + 4 + RING_STEP);
		// Asked for a clear leader only, and not forced, it takes nothing; forced, the free box.
		const again = fenced();
		expect(again.space.tryAround(again.a, RINGS, false, 'clear')).toBeNull();
		expect(again.space.tryAround(again.a, RINGS, true, 'clear')).toMatchObject({
			clear: true,
			leaderClear: false,
			side: 'right'
		});
	});

	it('a later label or name never sits on a leader line drawn before it', () => {
		// The label goes to the nearest free spot, left of the taken block, its leader along y = 150.
		const { space, a } = blocked(box(140, 60, 330, 180));
		const p = space.placeAround(a);
		expect(p).toMatchObject({ leader: true, leaderClear: true });
		expect(p.box.maxX).toBeLessThanOrEqual(128);
		// In the open gap between the label and the block: on the line, then just below it.
		expect(space.claim(box(130, 146, 4, 8))).toBe(false);
		expect(space.claim(box(130, 160, 4, 8))).toBe(true);
	});

	it('a leader line never crosses one drawn before it', () => {
		// As above: a's label goes left of the taken block, its leader along y = 150.
		const { space, a } = blocked(box(140, 60, 330, 180));
		const p = space.placeAround(a);
		expect(p).toMatchObject({ leader: true, leaderClear: true });
		// A place below that line, inside the block (so the block is its own mark's box): a
		// label above the line would need a leader across it; one further below would not.
		const b = around({ id: 'b', x: 200, y: 200 });
		expect(space.leaderFree(b, -50, -100)).toBe(false);
		expect(space.leaderFree(b, -50, 20)).toBe(true);
	});

	it("ignores the box that holds the centre: the place's own mark, which the line starts from", () => {
		const space = new LabelSpace(400, 300);
		const a = around();
		space.take(box(a.x - 6, a.y - 6, 12, 12));
		expect(space.leaderFree(a, a.rx + 4 + RING_STEP, -a.h / 2)).toBe(true);
		space.take(box(a.x + 20, a.y - 5, 5, 10));
		expect(space.leaderFree(a, a.rx + 4 + RING_STEP, -a.h / 2)).toBe(false);
	});
});

describe('placeNote', () => {
	const at = { id: 'n', x: 200, y: 100, rx: MARK_PX / 2, ry: MARK_PX / 2 };

	it('takes its usual shape where it is free, asking only that size', () => {
		const space = new LabelSpace(600, 400);
		const asked: number[] = [];
		const note = placeNote(space, at, 3, (i) => {
			asked.push(i);
			return [
				{ w: 224, h: 40 },
				{ w: 320, h: 28 },
				{ w: 590, h: 16 }
			][i]!;
		});
		expect(note.shape).toBe(0);
		expect(asked).toEqual([0]);
		expect(note.placement.clear).toBe(true);
		expect(space.free(note.placement.box)).toBe(false);
	});

	it('tries a wider, shorter shape when the usual one finds no room', () => {
		// A map 60 px tall: a 224×70 note fits nowhere; 500×16 fits above or below the mark.
		const space = new LabelSpace(600, 60);
		const note = placeNote(
			space,
			{ ...at, y: 30 },
			2,
			(i) =>
				[
					{ w: 224, h: 70 },
					{ w: 500, h: 16 }
				][i]!
		);
		expect(note.shape).toBe(1);
		expect(note).toMatchObject({ w: 500, h: 16 });
		expect(note.placement.clear).toBe(true);
	});

	it('with no room in any shape, still places its usual shape (where it overlaps least) and says so', () => {
		const space = new LabelSpace(100, 40);
		const note = placeNote(space, { ...at, x: 50, y: 20 }, 2, () => ({ w: 300, h: 80 }));
		expect(note.shape).toBe(0);
		expect(note.placement.clear).toBe(false);
	});
});
