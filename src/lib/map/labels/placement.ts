/**
 * Where the map's HTML labels go: a greedy, collision-aware placement in screen pixels, with the
 * boxes already taken kept in an R-tree (rbush). Pure: no DOM, no MapLibre, so it is unit-tested
 * in Node; `map-labels.ts` measures the elements and applies the answers.
 *
 * The rules, in the order they are applied:
 * 1. Fixed obstacles come first: map controls, overlays (a map's title), every place mark.
 * 2. Place labels, one place at a time, in the order given: each takes the first of its
 *    candidate boxes (beside its mark on the side away from its nearest neighbour, the other
 *    side, above, below, the four corners; then the same ring further out, with a leader line
 *    back to the mark) that lies inside the map, overlaps nothing taken and sits on no leader
 *    line drawn before it, and whose own leader line crosses nothing taken and no leader line
 *    drawn before it (a line through another label reads as striking it out; two crossing
 *    lines leave the reader unsure which goes where). When none is free it
 *    takes the free spot inside the map nearest its place (a grid search, with a leader line);
 *    only when the map has no free spot that size does it take the candidate that overlaps
 *    least (a label is a control: it is never dropped), and says so (`clear: false`).
 * 3. Callouts the same way, around their place, after every label.
 * 4. Country names and town names last: each shows at its own spot only if that spot is inside
 *    the map and free; otherwise it is hidden (they are context, not content).
 */
import RBush from 'rbush';

/** Where the map draws a place now, in map-container pixels (MapLabels.spots). */
export interface PlaceSpot {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	/** The ring its label keeps clear of: the mark's, or the outline's when that is larger. */
	readonly rx: number;
	readonly ry: number;
	/** The round mark shows (zoomed out); otherwise the map's outline stands for the place. */
	readonly mark: boolean;
}

/** A town or country name as the map shows it now: its words and the box it takes there. */
export interface ShownName {
	readonly text: string;
	readonly kind: 'town' | 'country';
	/** Towns: 1 the largest (drawn bolder). */
	readonly rank: number;
	readonly box: Box;
}

/** A screen box in map-container pixels, as rbush stores it. */
export interface Box {
	readonly minX: number;
	readonly minY: number;
	readonly maxX: number;
	readonly maxY: number;
}

export function box(x: number, y: number, w: number, h: number): Box {
	return { minX: x, minY: y, maxX: x + w, maxY: y + h };
}

/** Where a label sits relative to what it labels. */
export type Side =
	| 'right'
	| 'left'
	| 'above'
	| 'below'
	| 'above-right'
	| 'above-left'
	| 'below-right'
	| 'below-left';

/** Something to label around: a point with a clear radius (the mark, or the outline once larger). */
export interface Around {
	readonly id: string;
	/** The centre, in map-container pixels. */
	readonly x: number;
	readonly y: number;
	/** Half the width and height of what is labelled (the mark or the outline's box), px. */
	readonly rx: number;
	readonly ry: number;
	/** The label's size, px. */
	readonly w: number;
	readonly h: number;
	/** The side tried first (e.g. away from the nearest other place). */
	readonly prefer: 'right' | 'left';
}

export interface Placement {
	readonly id: string;
	readonly side: Side;
	/** The label's top-left corner relative to the centre, px. */
	readonly dx: number;
	readonly dy: number;
	/** The label sits off its ring: draw a line back to the mark. */
	readonly leader: boolean;
	/** False when every candidate overlapped something or left the map. */
	readonly clear: boolean;
	/**
	 * False when the leader line crosses another box or leader line: taken only when no spot
	 * with a clear leader was found (the label's box being clear matters more).
	 */
	readonly leaderClear: boolean;
	/** The box taken, in map-container pixels. */
	readonly box: Box;
}

/** Marks are at least this many pixels across; a place's outline takes over once it is wider. */
export const MARK_PX = 24;
/**
 * Room kept between any two boxes, px: markers land on whole pixels, so a box may sit up to a
 * pixel off where it was planned, and labels need a little air anyway.
 */
export const BOX_PAD = 2;
/** Space between a mark and its label, px. */
export const LABEL_GAP = 4;
/** How much further out each outer ring of candidates lies, px. */
export const RING_STEP = 22;
/** Rings tried: the first touches the mark, the others need a leader line. */
export const RINGS = 3;
/** Rings of candidates a note (a callout) may try: it is larger than a label and may sit further out. */
export const NOTE_RINGS = 6;
/** Step of the grid searched for a free spot when no ring has one, px. */
export const GRID_STEP = 12;
/** Grid searches allowed per layout: a crowded map of thousands of places skips the rest. */
export const GRID_SEARCHES = 40;

interface Candidate {
	readonly side: Side;
	readonly dx: number;
	readonly dy: number;
	readonly leader: boolean;
}

const ORDER_RIGHT: readonly Side[] = [
	'right',
	'left',
	'above',
	'below',
	'above-right',
	'below-right',
	'above-left',
	'below-left'
];
const ORDER_LEFT: readonly Side[] = [
	'left',
	'right',
	'above',
	'below',
	'above-left',
	'below-left',
	'above-right',
	'below-right'
];

/** The label's top-left corner for one side at one extra distance (px beyond the gap). */
function offsetFor(a: Around, side: Side, extra: number): { dx: number; dy: number } {
	const gx = a.rx + LABEL_GAP + extra;
	const gy = a.ry + LABEL_GAP + extra;
	// Corners sit on the diagonal, pulled in so the label's corner nearly touches the ring.
	const cx = a.rx * 0.7 + LABEL_GAP + extra;
	const cy = a.ry * 0.7 + LABEL_GAP + extra;
	switch (side) {
		case 'right':
			return { dx: gx, dy: -a.h / 2 };
		case 'left':
			return { dx: -gx - a.w, dy: -a.h / 2 };
		case 'above':
			return { dx: -a.w / 2, dy: -gy - a.h };
		case 'below':
			return { dx: -a.w / 2, dy: gy };
		case 'above-right':
			return { dx: cx, dy: -cy - a.h };
		case 'above-left':
			return { dx: -cx - a.w, dy: -cy - a.h };
		case 'below-right':
			return { dx: cx, dy: cy };
		case 'below-left':
			return { dx: -cx - a.w, dy: cy };
	}
}

/** Every candidate for one label, best first. */
export function candidates(a: Around, rings = RINGS): Candidate[] {
	const order = a.prefer === 'left' ? ORDER_LEFT : ORDER_RIGHT;
	const out: Candidate[] = [];
	for (let ring = 0; ring < rings; ring++) {
		for (const side of order) {
			const { dx, dy } = offsetFor(a, side, ring * RING_STEP);
			out.push({ side, dx, dy, leader: ring > 0 });
		}
	}
	return out;
}

/**
 * Whether the segment from (x0, y0) to (x1, y1) passes through the box's inside (Liang–Barsky
 * clipping): touching an edge or a corner does not count.
 */
export function segmentCrossesBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
	const dx = x1 - x0;
	const dy = y1 - y0;
	let t0 = 0;
	let t1 = 1;
	// For each edge: p is the direction's component towards it, q the room left before it.
	const edges: [number, number][] = [
		[-dx, x0 - b.minX],
		[dx, b.maxX - x0],
		[-dy, y0 - b.minY],
		[dy, b.maxY - y0]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return t1 - t0 > 1e-9;
}

/** Twice the signed area of the triangle (a, b, c): which side of the line a→b the point c is on. */
function orientation(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	cx: number,
	cy: number
): number {
	return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * Whether two segments cross at a point inside both. Meeting at an end, touching or running
 * along one another does not count: two leader lines of one place start on the same ring.
 */
export function segmentsCross(
	a: { x0: number; y0: number; x1: number; y1: number },
	b: { x0: number; y0: number; x1: number; y1: number }
): boolean {
	const eps = 1e-9;
	const d1 = orientation(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0);
	const d2 = orientation(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1);
	const d3 = orientation(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0);
	const d4 = orientation(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1);
	return (
		((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
		((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
	);
}

function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
	const h = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Screen boxes already taken, and the map's own size. */
export class LabelSpace {
	private readonly tree = new RBush<Box>();
	/** The leader lines of the labels placed so far, by their bounding boxes. */
	private readonly lines = new RBush<Segment>();
	private gridSearches = 0;

	constructor(
		readonly width: number,
		readonly height: number,
		/** Kept clear of the map's edge, px. */
		readonly margin = 2
	) {}

	/** Reserve a box (an obstacle, or a label just placed), with BOX_PAD around it. */
	take(b: Box): void {
		this.tree.insert({
			minX: b.minX - BOX_PAD,
			minY: b.minY - BOX_PAD,
			maxX: b.maxX + BOX_PAD,
			maxY: b.maxY + BOX_PAD
		});
	}

	inside(b: Box): boolean {
		const m = this.margin;
		return b.minX >= m && b.minY >= m && b.maxX <= this.width - m && b.maxY <= this.height - m;
	}

	/** Nothing taken overlaps the box, and no leader line drawn so far runs through it. */
	free(b: Box): boolean {
		return !this.tree.collides(b) && !this.crossedByLeader(b);
	}

	/**
	 * Whether the leader line from the ring around `a`'s centre to a label at (dx, dy) of `a`'s
	 * size runs clear of every box taken, except those that hold the centre itself (the place's
	 * own mark, which the line starts from), and crosses no leader line drawn so far.
	 */
	leaderFree(a: Around, dx: number, dy: number): boolean {
		const seg = leaderSegment(a, dx, dy);
		if (!seg) return true;
		for (const o of this.tree.search(seg)) {
			const holdsCentre = a.x >= o.minX && a.x <= o.maxX && a.y >= o.minY && a.y <= o.maxY;
			if (!holdsCentre && segmentCrossesBox(seg.x0, seg.y0, seg.x1, seg.y1, o)) return false;
		}
		for (const drawn of this.lines.search(seg)) if (segmentsCross(seg, drawn)) return false;
		return true;
	}

	/** Whether a leader line already drawn runs through the box. */
	private crossedByLeader(b: Box): boolean {
		for (const s of this.lines.search(b))
			if (segmentCrossesBox(s.x0, s.y0, s.x1, s.y1, b)) return true;
		return false;
	}

	/** Keep a placed label's leader line: later boxes must not sit on it. */
	private keepLeader(a: Around, dx: number, dy: number): void {
		const seg = leaderSegment(a, dx, dy);
		if (seg) this.lines.insert(seg);
	}

	/** How much of the box other boxes cover, px². */
	overlap(b: Box): number {
		let sum = 0;
		for (const o of this.tree.search(b)) sum += overlapArea(b, o);
		return sum;
	}

	/** How far the box reaches outside the map, px (0 when inside). */
	outside(b: Box): number {
		const m = this.margin;
		return (
			Math.max(0, m - b.minX) +
			Math.max(0, m - b.minY) +
			Math.max(0, b.maxX - (this.width - m)) +
			Math.max(0, b.maxY - (this.height - m))
		);
	}

	/**
	 * Place one label around a point: the first free candidate inside the map, else the one that
	 * leaves the map least and then overlaps least. The box is taken either way. `rings`: how
	 * many rings of candidates to try (larger boxes such as callouts may go further out).
	 */
	placeAround(a: Around, rings = RINGS): Placement {
		return this.tryAround(a, rings, true)!;
	}

	/**
	 * As placeAround, but when no clear spot exists and `force` is false, takes nothing and
	 * returns null (the caller may try another shape of the same label).
	 *
	 * A clear spot is, best first: a candidate whose box and leader line are both free; the
	 * nearest free box in the map whose leader is free; then, unless `leaders` is 'clear', a
	 * candidate or the nearest spot whose box is free but whose leader crosses something (a
	 * line over a label is better than a label over a label).
	 */
	tryAround(
		a: Around,
		rings: number,
		force: boolean,
		leaders: 'clear' | 'any' = 'any'
	): Placement | null {
		let best: { c: Candidate; b: Box; cost: number } | null = null;
		let crossing: { c: Candidate; b: Box } | null = null;
		for (const c of candidates(a, rings)) {
			const b = box(a.x + c.dx, a.y + c.dy, a.w, a.h);
			if (this.inside(b) && this.free(b)) {
				if (!c.leader || this.leaderFree(a, c.dx, c.dy))
					return this.takeCandidate(a, c, b, true, true);
				crossing ??= { c, b };
				continue;
			}
			// Leaving the map costs more than any overlap: a label cut by the edge is unreadable.
			const cost = this.outside(b) * 1e6 + this.overlap(b);
			if (!best || cost < best.cost) best = { c, b, cost };
		}
		const spots = this.nearestFree(a);
		const spot = spots.clear ?? (leaders === 'any' && !crossing ? spots.any : null);
		if (spot) {
			this.take(spot.box);
			this.keepLeader(a, spot.dx, spot.dy);
			return { id: a.id, leader: true, clear: true, leaderClear: spot === spots.clear, ...spot };
		}
		// A free box whose line crosses: when allowed, or when forced (it beats an overlap).
		if (crossing && (leaders === 'any' || force))
			return this.takeCandidate(a, crossing.c, crossing.b, true, false);
		if (!force) return null;
		// Only reached when no candidate box was free, so every candidate was costed.
		const { c, b } = best!;
		return this.takeCandidate(a, c, b, false, !c.leader || this.leaderFree(a, c.dx, c.dy));
	}

	/** Take a candidate's box (after any leader test: the box itself would block its own line). */
	private takeCandidate(
		a: Around,
		c: Candidate,
		b: Box,
		clear: boolean,
		leaderClear: boolean
	): Placement {
		this.take(b);
		if (c.leader) this.keepLeader(a, c.dx, c.dy);
		return {
			id: a.id,
			side: c.side,
			dx: c.dx,
			dy: c.dy,
			leader: c.leader,
			clear,
			leaderClear,
			box: b
		};
	}

	/**
	 * The free boxes of the label's size inside the map whose nearest point is closest to the
	 * centre, on a GRID_STEP grid: the closest whose leader line is free too (`clear`), and the
	 * closest at all (`any`). Neither when there is none, or the search budget is spent.
	 */
	private nearestFree(a: Around): { clear: Spot | null; any: Spot | null } {
		if (this.gridSearches >= GRID_SEARCHES) return { clear: null, any: null };
		this.gridSearches++;
		const m = this.margin;
		let clear: { d: number; x: number; y: number } | null = null;
		let any: { d: number; x: number; y: number } | null = null;
		for (let y = m; y + a.h <= this.height - m; y += GRID_STEP) {
			for (let x = m; x + a.w <= this.width - m; x += GRID_STEP) {
				const nx = Math.max(x, Math.min(a.x, x + a.w)) - a.x;
				const ny = Math.max(y, Math.min(a.y, y + a.h)) - a.y;
				const d = Math.hypot(nx, ny);
				if (clear && d >= clear.d) continue;
				// Never on the place itself: the ring around the centre stays clear.
				if (Math.abs(nx) < a.rx && Math.abs(ny) < a.ry) continue;
				if (!this.free(box(x, y, a.w, a.h))) continue;
				if (!any || d < any.d) any = { d, x, y };
				if (this.leaderFree(a, x - a.x, y - a.y)) clear = { d, x, y };
			}
		}
		return { clear: clear && spotAt(a, clear.x, clear.y), any: any && spotAt(a, any.x, any.y) };
	}

	/** Show a fixed box only if it is inside the map and free (then it is taken); else false. */
	claim(b: Box): boolean {
		if (!this.inside(b) || !this.free(b)) return false;
		this.take(b);
		return true;
	}
}

/** A note placed: where, at which of its shapes, and that shape's size. */
export interface PlacedNote {
	readonly placement: Placement;
	/** Which of the shapes it took (0: its usual one). */
	readonly shape: number;
	readonly w: number;
	readonly h: number;
}

/**
 * Where a note (a callout) goes around a place, the map's and the PNG's one rule. A note that
 * finds no room in its usual shape tries the others (wider, shorter) in turn: first for a spot
 * whose box and leader line are both free, then for any free box; with no room at any, it takes
 * its usual shape where it overlaps least. `sizeAt(i)` is its size in the i-th of `shapes`
 * shapes (asked only as needed: measuring may cost a layout). The box is taken.
 */
export function placeNote(
	space: LabelSpace,
	at: Pick<Around, 'id' | 'x' | 'y' | 'rx' | 'ry'>,
	shapes: number,
	sizeAt: (shape: number) => { w: number; h: number }
): PlacedNote {
	const n = Math.max(1, shapes);
	for (let i = 0; ; i++) {
		const last = i >= n * 2;
		const shape = i % n;
		const { w, h } = sizeAt(shape);
		const a = { id: at.id, x: at.x, y: at.y, rx: at.rx, ry: at.ry, w, h, prefer: 'right' as const };
		const placement = space.tryAround(a, NOTE_RINGS, last, i < n ? 'clear' : 'any');
		if (placement) return { placement, shape, w, h };
	}
}

/** A leader line in map-container pixels, with its bounding box (for rbush). */
export interface Segment extends Box {
	readonly x0: number;
	readonly y0: number;
	readonly x1: number;
	readonly y1: number;
}

/** The leader line from the ring around `a`'s centre to its label at (dx, dy); null if none. */
export function leaderSegment(a: Around, dx: number, dy: number): Segment | null {
	const line = leaderLine(a.rx, a.ry, { dx, dy, w: a.w, h: a.h });
	if (line.length <= 0) return null;
	const x0 = a.x + line.startX;
	const y0 = a.y + line.startY;
	const x1 = x0 + Math.cos(line.angle) * line.length;
	const y1 = y0 + Math.sin(line.angle) * line.length;
	return {
		x0,
		y0,
		x1,
		y1,
		minX: Math.min(x0, x1),
		minY: Math.min(y0, y1),
		maxX: Math.max(x0, x1),
		maxY: Math.max(y0, y1)
	};
}

/** A spot found by the grid search: the label's box at (x, y) and the side it is on. */
interface Spot {
	side: Side;
	dx: number;
	dy: number;
	box: Box;
}

function spotAt(a: Around, x: number, y: number): Spot {
	const dx = x - a.x;
	const dy = y - a.y;
	const cx = dx + a.w / 2;
	const cy = dy + a.h / 2;
	const side: Side =
		Math.abs(cx) > Math.abs(cy) * 2
			? cx > 0
				? 'right'
				: 'left'
			: Math.abs(cy) > Math.abs(cx) * 2
				? cy > 0
					? 'below'
					: 'above'
				: `${cy > 0 ? 'below' : 'above'}-${cx > 0 ? 'right' : 'left'}`;
	return { side, dx, dy, box: box(x, y, a.w, a.h) };
}

/**
 * Where a leader line runs: from the edge of the mark's ring (rx, ry around the centre) towards
 * the nearest point of the label's box, as a length and an angle (radians) from the centre.
 */
export function leaderLine(
	rx: number,
	ry: number,
	label: { dx: number; dy: number; w: number; h: number }
): { startX: number; startY: number; length: number; angle: number } {
	// The label's point nearest the centre (the centre is at 0, 0).
	const nx = Math.max(label.dx, Math.min(0, label.dx + label.w));
	const ny = Math.max(label.dy, Math.min(0, label.dy + label.h));
	const d = Math.hypot(nx, ny);
	if (d === 0) return { startX: 0, startY: 0, length: 0, angle: 0 };
	const angle = Math.atan2(ny, nx);
	// Where the ray leaves the ellipse of the ring.
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	const r = (rx * ry) / Math.hypot(ry * cos, rx * sin) || 0;
	const start = Math.min(r, d);
	return { startX: cos * start, startY: sin * start, length: d - start, angle };
}
