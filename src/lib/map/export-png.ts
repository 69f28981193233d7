/**
 * The map as a PNG a reader can cite: a title band with the date and the view (and the sources,
 * when the outlet lens is on), the rendered map with the place names drawn on it (their
 * on-screen labels are HTML, not part of the map canvas), the legend, and the attribution. In
 * the compare view on a wide screen, both maps side by side, each under its heading, as the
 * page shows them. Each WebGL canvas is copied inside MapLibre's `render` event, while its
 * drawing buffer is valid (`shootMap`), and the image is drawn from the copies (`shotsToPng`).
 *
 * Rules:
 * - Every swatch in the image (each place's label, every legend entry) is drawn by
 *   `paintSwatch` from a `StateLook` (core/encoding.ts), with the colours, stripes, dots and
 *   opacity of map/colors.ts: the same encoding as the map, the list and the on-page legend. A
 *   guessed state is never drawn as firmly as a stated one.
 * - Where the map shows a place's round mark (zoomed out, its outline smaller than the mark),
 *   the image draws the same mark (`paintMark`), in the same encoding.
 * - Labels are placed by the map's own rule (labels/placement.ts `LabelSpace`): clear of one
 *   another and of the marks, inside the map, with a leader line that crosses nothing where one
 *   can be found (`layoutPngLabels`). The day's notes at places (the map's callouts, e.g. where
 *   the two views differ) follow, by the map's rule for them (`placeNote`), in the map's note
 *   style. The town and country names the map shows are drawn at its spots where they stay
 *   clear of the image's labels and notes.
 * - The legend is core/legend.ts `legendGroups()`, the one the page's legend draws, with the
 *   carried-forward fade rule in its words.
 */
import type * as maplibregl from 'maplibre-gl';
import { isEmptyLook, type StateLook } from '$lib/core/encoding';
import { legendGroups } from '$lib/core/legend';
import {
	LabelSpace,
	MARK_PX,
	box,
	leaderSegment,
	placeNote,
	type Box,
	type PlaceSpot,
	type Segment,
	type ShownName
} from './labels/placement';
import { CONTROLLER_STYLE, SWATCH_STRIPES, UNCERTAIN_DOTS, swatchOpacity } from './colors';

/** The words around the map(s): the title band and the attribution. */
export interface PngText {
	/** First line of the title band: the date, e.g. "Reported control, 12 November 2017". */
	readonly title: string;
	/**
	 * The view and, when the outlet lens is on, its sources, e.g. "As known now: all 49 reports
	 * count… Only teleSUR." Wrapped to the image's width.
	 */
	readonly subtitle: string;
	/** Attribution line, plain text. */
	readonly attribution: string;
}

/** A place label to draw: the place, its words, and the state's look. */
export interface PngLabelText {
	readonly id: string;
	readonly text: string;
	readonly look: StateLook;
}

/** One map's image: the words around it and its place labels. */
export interface PngOptions extends PngText {
	readonly labels: readonly PngLabelText[];
}

/** A note at a place, as the map shows it (MapLabels.notes): the place and its words. */
export interface PngNoteText {
	readonly place: string;
	readonly text: string;
}

const INK = '#1b232c';
const SOFT = '#55606b';
const PAPER = '#f7f5f0';
const OUTLINE = '#1f1f1f';
const PAD = 16;
/** Legend metrics, in CSS pixels. */
const LEGEND = Object.freeze({
	swatch: 14,
	gap: 3,
	lineHeight: 16,
	rowGap: 6,
	top: 12,
	font: '12px system-ui, sans-serif',
	titleFont: '600 12px system-ui, sans-serif'
});
/** A note's box, as labels.css `.map-callout` draws it (px). */
const NOTE = Object.freeze({
	font: '500 11.5px system-ui, sans-serif',
	lineHeight: 14.4,
	padX: 6.4,
	padY: 3.2,
	border: 1,
	radius: 5.6,
	fill: '#fffbe6',
	stroke: '#1f1f1f',
	ink: '#111111',
	/** Its usual width and a wider one, as the map's (map-labels.ts CALLOUT_WIDTHS). */
	widths: [224, 320]
});
const TITLE_FONT = '600 20px system-ui, sans-serif';
const SUBTITLE_FONT = '14px system-ui, sans-serif';
const FOOT_FONT = '11px system-ui, sans-serif';

type Ctx = CanvasRenderingContext2D;

/** Parallel bands over a square, "/" (`dir` 1) or "\" (`dir` -1), `width` wide every `period`. */
function stripes(
	ctx: Ctx,
	x: number,
	y: number,
	size: number,
	s: { width: number; period: number; color: string; alpha: number },
	dir: 1 | -1
): void {
	ctx.save();
	ctx.translate(x + size / 2, y + size / 2);
	ctx.rotate((dir * Math.PI) / 4);
	ctx.globalAlpha *= s.alpha;
	ctx.fillStyle = s.color;
	const r = size;
	for (let t = -r; t < r; t += s.period) ctx.fillRect(t, -r, s.width, 2 * r);
	ctx.restore();
}

/**
 * The inside of a swatch or mark, a `size`-pixel square at (x, y) (clip it for a disc): the
 * holder's colour at the evidence strength's opacity, the contested hatch and the inferred
 * stripes, dots when uncertain. Nothing for an empty look.
 */
function paintFill(ctx: Ctx, x: number, y: number, size: number, look: StateLook): void {
	if (isEmptyLook(look)) return;
	ctx.save();
	ctx.globalAlpha = swatchOpacity(look.strength);
	ctx.fillStyle = CONTROLLER_STYLE[look.controller].fill;
	ctx.fillRect(x, y, size, size);
	if (look.controller === 'contested') stripes(ctx, x, y, size, SWATCH_STRIPES.hatch, 1);
	if (look.basis === 'inferred') stripes(ctx, x, y, size, SWATCH_STRIPES.inferred, -1);
	if (look.uncertain) {
		ctx.globalAlpha = UNCERTAIN_DOTS.alpha;
		ctx.fillStyle = UNCERTAIN_DOTS.color;
		const p = UNCERTAIN_DOTS.period;
		for (let dy = p / 2; dy < size; dy += p) {
			for (let dx = p / 2; dx < size; dx += p) {
				ctx.beginPath();
				ctx.arc(x + dx, y + dy, UNCERTAIN_DOTS.radius, 0, 2 * Math.PI);
				ctx.fill();
			}
		}
	}
	ctx.restore();
}

/**
 * Draws one state's swatch, a `size`-pixel square at (x, y), as the CSS swatch (StateSwatch)
 * and the map draw it: its inside (`paintFill`), a thin outline (a firm one and nothing inside
 * when empty), and a dashed ring outside when disputed.
 */
export function paintSwatch(ctx: Ctx, x: number, y: number, size: number, look: StateLook): void {
	ctx.save();
	ctx.save();
	ctx.beginPath();
	ctx.rect(x, y, size, size);
	ctx.clip();
	paintFill(ctx, x, y, size, look);
	ctx.restore();
	const empty = isEmptyLook(look);
	ctx.strokeStyle = empty ? OUTLINE : 'rgba(0,0,0,0.45)';
	ctx.lineWidth = empty ? 1.5 : 1;
	const inset = empty ? 0.75 : 0.5;
	ctx.strokeRect(x + inset, y + inset, size - 2 * inset, size - 2 * inset);
	if (look.disputed) {
		ctx.setLineDash([3, 2]);
		ctx.strokeStyle = OUTLINE;
		ctx.lineWidth = 1.5;
		ctx.strokeRect(x - 2.25, y - 2.25, size + 4.5, size + 4.5);
	}
	ctx.restore();
}

/**
 * Draws a place's round mark centred on (cx, cy), as the map draws it (labels.css
 * `.place-mark`): a white halo, the inside (`paintFill`) in a disc, a dark border, and a dashed
 * ring outside when disputed.
 */
export function paintMark(ctx: Ctx, cx: number, cy: number, look: StateLook): void {
	const r = MARK_PX / 2;
	ctx.save();
	ctx.beginPath();
	ctx.arc(cx, cy, r + 2, 0, 2 * Math.PI);
	ctx.fillStyle = 'rgba(255,255,255,0.9)';
	ctx.fill();
	ctx.save();
	ctx.beginPath();
	ctx.arc(cx, cy, r - 1, 0, 2 * Math.PI);
	ctx.clip();
	paintFill(ctx, cx - r, cy - r, MARK_PX, look);
	ctx.restore();
	ctx.beginPath();
	ctx.arc(cx, cy, r - 1, 0, 2 * Math.PI);
	ctx.strokeStyle = OUTLINE;
	ctx.lineWidth = 2;
	ctx.stroke();
	if (look.disputed) {
		ctx.beginPath();
		ctx.arc(cx, cy, r + 3.25, 0, 2 * Math.PI);
		ctx.setLineDash([4, 3]);
		ctx.lineWidth = 2.5;
		ctx.stroke();
	}
	ctx.restore();
}

/** Splits `text` into lines no wider than `width` in the context's current font. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** One thing the legend draws, at a position relative to the legend's top-left corner. */
type LegendItem =
	| { kind: 'title'; x: number; y: number; text: string }
	| { kind: 'entry'; x: number; y: number; lines: readonly string[]; looks: readonly StateLook[] };

/**
 * Lays the legend out in rows `width` wide: each group under its title, entries flowing left to
 * right and wrapping; an entry too long for a whole row wraps its words. Returns what to draw
 * (each entry at the top of its first line) and the legend's height.
 */
function layoutLegend(ctx: Ctx, width: number): { items: LegendItem[]; height: number } {
	const items: LegendItem[] = [];
	const right = width - PAD;
	let y = LEGEND.top;
	for (const g of legendGroups()) {
		ctx.font = LEGEND.titleFont;
		for (const line of wrap(ctx, g.title, right - PAD)) {
			items.push({ kind: 'title', x: PAD, y, text: line });
			y += LEGEND.lineHeight;
		}
		y += 4;
		ctx.font = LEGEND.font;
		let x = PAD;
		let rowHeight = 0;
		for (const e of g.entries) {
			const swatches = e.looks.length * (LEGEND.swatch + LEGEND.gap) + 4;
			const textWidth = ctx.measureText(e.label).width;
			if (x > PAD && x + swatches + textWidth > right) {
				x = PAD;
				y += rowHeight + LEGEND.rowGap;
				rowHeight = 0;
			}
			const lines =
				x + swatches + textWidth > right ? wrap(ctx, e.label, right - x - swatches) : [e.label];
			const widest = Math.max(...lines.map((l) => ctx.measureText(l).width));
			items.push({ kind: 'entry', x, y, lines, looks: e.looks });
			rowHeight = Math.max(rowHeight, lines.length * LEGEND.lineHeight);
			x += swatches + widest + 18;
		}
		y += rowHeight + LEGEND.rowGap + 6;
	}
	return { items, height: y };
}

function drawLegend(ctx: Ctx, items: readonly LegendItem[], top: number): void {
	ctx.textBaseline = 'middle';
	ctx.fillStyle = INK;
	for (const it of items) {
		const mid = top + it.y + LEGEND.lineHeight / 2;
		if (it.kind === 'title') {
			ctx.font = LEGEND.titleFont;
			ctx.fillStyle = INK;
			ctx.fillText(it.text, it.x, mid);
			continue;
		}
		let x = it.x;
		for (const look of it.looks) {
			paintSwatch(ctx, x, mid - LEGEND.swatch / 2, LEGEND.swatch, look);
			x += LEGEND.swatch + LEGEND.gap;
		}
		ctx.font = LEGEND.font;
		ctx.fillStyle = INK;
		it.lines.forEach((line, i) => ctx.fillText(line, x + 4, mid + i * LEGEND.lineHeight));
	}
}

/** A PNG label's box and, when it sits off its ring, the leader line back to the place. */
export interface PngLabel {
	readonly id: string;
	readonly box: Box;
	readonly leader: Segment | null;
}

/** A PNG note's box, which of its shapes it took (`placeNote`), and its leader line. */
export interface PngNote extends PngLabel {
	readonly shape: number;
}

/**
 * Where each label of `w`×`h` goes in a `width`×`height` map image: the marks are taken first,
 * then each label in the order given, by the map's own rule (LabelSpace.placeAround); a label
 * of a place outside the image is left out. Then each note at a place, in its shapes' order, by
 * the map's rule for notes (`placeNote`); a note of a place outside the image, or with no
 * shape, is left out. Then the town and country names the map shows, at the map's own spots,
 * each only where it is still free (the image's labels are wider than the map's): the names to
 * draw.
 */
export function layoutPngLabels(
	spots: readonly PlaceSpot[],
	sizes: ReadonlyMap<string, { w: number; h: number }>,
	width: number,
	height: number,
	names: readonly ShownName[] = [],
	notes: readonly { id: string; shapes: readonly { w: number; h: number }[] }[] = []
): { labels: PngLabel[]; notes: PngNote[]; names: ShownName[] } {
	const space = new LabelSpace(width, height);
	const half = MARK_PX / 2;
	for (const s of spots) if (s.mark) space.take(box(s.x - half, s.y - half, MARK_PX, MARK_PX));
	const inImage = (s: PlaceSpot) => s.x >= 0 && s.y >= 0 && s.x <= width && s.y <= height;
	const out: PngLabel[] = [];
	for (const s of spots) {
		const size = sizes.get(s.id);
		if (!size || !inImage(s)) continue;
		const a = { ...s, ...size, prefer: 'right' as const };
		const p = space.placeAround(a);
		out.push({ id: s.id, box: p.box, leader: p.leader ? leaderSegment(a, p.dx, p.dy) : null });
	}
	const placedNotes: PngNote[] = [];
	for (const n of notes) {
		const s = spots.find((x) => x.id === n.id);
		if (!s || !inImage(s) || n.shapes.length === 0) continue;
		const note = placeNote(space, s, n.shapes.length, (i) => n.shapes[i]!);
		const p = note.placement;
		const a = { ...s, w: note.w, h: note.h, prefer: 'right' as const };
		placedNotes.push({
			id: n.id,
			box: p.box,
			shape: note.shape,
			leader: p.leader ? leaderSegment(a, p.dx, p.dy) : null
		});
	}
	return {
		labels: out,
		notes: placedNotes,
		names: names.filter((n) => space.claim(n.box))
	};
}

/** A note's lines and size at each of its shapes (widths) in a map `mapWidth` wide. */
function noteShapes(
	ctx: Ctx,
	text: string,
	mapWidth: number
): { lines: string[]; w: number; h: number }[] {
	// As the map: its usual widths that fit, then the map's own width less a margin.
	const widths = [...NOTE.widths.filter((cw) => cw < mapWidth - 8), mapWidth - 8];
	ctx.font = NOTE.font;
	const frame = 2 * NOTE.padX + 2 * NOTE.border;
	return widths.map((width) => {
		const lines = wrap(ctx, text, width - frame);
		const widest = Math.max(...lines.map((l) => ctx.measureText(l).width));
		return {
			lines,
			w: Math.ceil(Math.min(width, widest + frame)),
			h: Math.ceil(lines.length * NOTE.lineHeight + 2 * NOTE.padY + 2 * NOTE.border)
		};
	});
}

/** A leader line from a place to its label or note. */
function paintLeader(ctx: Ctx, leader: Segment): void {
	ctx.save();
	ctx.strokeStyle = 'rgba(27,35,44,0.7)';
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(leader.x0, leader.y0);
	ctx.lineTo(leader.x1, leader.y1);
	ctx.stroke();
	ctx.restore();
}

/** A note as labels.css `.map-callout` draws it: a pale box, a dark border, its lines. */
function paintNote(ctx: Ctx, b: Box, lines: readonly string[]): void {
	const x = b.minX;
	const y = b.minY;
	const w = b.maxX - b.minX;
	const h = b.maxY - b.minY;
	ctx.save();
	ctx.beginPath();
	ctx.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, NOTE.radius);
	ctx.fillStyle = NOTE.fill;
	ctx.fill();
	ctx.strokeStyle = NOTE.stroke;
	ctx.lineWidth = NOTE.border;
	ctx.stroke();
	ctx.font = NOTE.font;
	ctx.fillStyle = NOTE.ink;
	ctx.textBaseline = 'middle';
	const left = x + NOTE.border + NOTE.padX;
	const first = y + NOTE.border + NOTE.padY + NOTE.lineHeight / 2;
	lines.forEach((line, i) => ctx.fillText(line, left, first + i * NOTE.lineHeight));
	ctx.restore();
}

/** A town name (a dot and the name to its right) or a country name, as labels.css draws them. */
function paintName(ctx: Ctx, n: ShownName): void {
	const { minX, minY, maxX, maxY } = n.box;
	const y = (minY + maxY) / 2;
	ctx.save();
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	if (n.kind === 'town') {
		ctx.beginPath();
		ctx.arc(minX + 4, y, 3, 0, 2 * Math.PI);
		ctx.fillStyle = '#5a554c';
		ctx.strokeStyle = '#ffffff';
		ctx.lineWidth = 1.5;
		ctx.stroke();
		ctx.fill();
		ctx.font = n.rank === 1 ? '600 13px system-ui, sans-serif' : '12px system-ui, sans-serif';
		ctx.lineWidth = 3;
		ctx.strokeText(n.text, minX + 11, y);
		ctx.fillStyle = '#3b3833';
		ctx.fillText(n.text, minX + 11, y);
	} else {
		ctx.font = '600 12px system-ui, sans-serif';
		ctx.letterSpacing = '0.18em';
		ctx.textAlign = 'center';
		const text = n.text.toUpperCase();
		ctx.strokeStyle = '#f4f1ea';
		ctx.lineWidth = 3;
		ctx.strokeText(text, (minX + maxX) / 2, y);
		ctx.fillStyle = '#6b6358';
		ctx.fillText(text, (minX + maxX) / 2, y);
	}
	ctx.restore();
}

/**
 * One map as captured for the PNG: a copy of its pixels (`scale` device pixels per CSS pixel),
 * its size in CSS pixels, and where it shows its places, names and notes.
 */
export interface MapShot {
	readonly image: HTMLCanvasElement;
	readonly w: number;
	readonly h: number;
	readonly scale: number;
	readonly spots: readonly PlaceSpot[];
	readonly names: readonly ShownName[];
	readonly notes: readonly PngNoteText[];
}

/**
 * Copies the map's pixels inside MapLibre's `render` event, while its drawing buffer is valid,
 * with where it shows its places, names and notes.
 */
export function shootMap(
	map: maplibregl.Map,
	spots: readonly PlaceSpot[],
	names: readonly ShownName[] = [],
	notes: readonly PngNoteText[] = []
): Promise<MapShot> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const gl = map.getCanvas();
				const image = document.createElement('canvas');
				image.width = gl.width;
				image.height = gl.height;
				const ctx = image.getContext('2d');
				if (!ctx) throw new Error('no 2D canvas for the PNG export');
				ctx.drawImage(gl, 0, 0);
				const w = gl.clientWidth;
				const h = gl.clientHeight;
				resolve({ image, w, h, scale: gl.width / w || 1, spots, names, notes });
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		});
		map.triggerRepaint();
	});
}

/** A map of the image: its capture, the heading over it (side by side), its place labels. */
export interface PngPane {
	readonly shot: MapShot;
	readonly heading: string | null;
	readonly labels: readonly PngLabelText[];
}

/** Room between two maps side by side, and the height of the headings over them, px. */
const PANE_GAP = 12;
const HEADING_H = 28;
const HEADING_FONT = '600 15px system-ui, sans-serif';

/**
 * Draws one map at its corner (the context is translated there): its pixels, the marks the map
 * shows, then the labels, the notes and the names, placed by the map's rules.
 */
function paintPane(ctx: Ctx, p: PngPane): void {
	const { shot } = p;
	const { w, h } = shot;
	ctx.save();
	ctx.beginPath();
	ctx.rect(0, 0, w, h);
	ctx.clip();
	ctx.drawImage(shot.image, 0, 0, w, h);
	// The marks the map shows, then the labels: a white box with the swatch and the words,
	// placed as the map places its own, with a leader line when moved off.
	const looks = new Map(p.labels.map((l) => [l.id, l]));
	for (const s of shot.spots) {
		const l = looks.get(s.id);
		if (l && s.mark) paintMark(ctx, s.x, s.y, l.look);
	}
	ctx.font = '600 13px system-ui, sans-serif';
	const widths = new Map<string, number>();
	const sizes = new Map<string, { w: number; h: number }>();
	for (const l of p.labels) {
		const tw = Math.min(ctx.measureText(l.text).width, w - 2 * PAD - 24);
		widths.set(l.id, tw);
		sizes.set(l.id, { w: tw + 24, h: 20 });
	}
	const shapes = new Map(shot.notes.map((n) => [n.place, noteShapes(ctx, n.text, w)]));
	const layout = layoutPngLabels(
		shot.spots,
		sizes,
		w,
		h,
		shot.names,
		[...shapes].map(([id, s]) => ({ id, shapes: s }))
	);
	for (const n of layout.names) paintName(ctx, n);
	ctx.font = '600 13px system-ui, sans-serif';
	ctx.textBaseline = 'middle';
	for (const { id, box: b, leader } of layout.labels) {
		const l = looks.get(id)!;
		if (leader) paintLeader(ctx, leader);
		const bh = b.maxY - b.minY;
		ctx.fillStyle = 'rgba(255,255,255,0.92)';
		ctx.fillRect(b.minX, b.minY, b.maxX - b.minX, bh);
		paintSwatch(ctx, b.minX + 4, b.minY + 5, 10, l.look);
		ctx.fillStyle = INK;
		ctx.fillText(l.text, b.minX + 20, b.minY + bh / 2, widths.get(id));
	}
	// The notes over the labels, as on the map.
	for (const { id, box: b, leader, shape } of layout.notes) {
		if (leader) paintLeader(ctx, leader);
		paintNote(ctx, b, shapes.get(id)![shape]!.lines);
	}
	ctx.restore();
}

/**
 * Renders maps side by side (one, or the compare view's two, each under its heading) with the
 * title band above, the legend and the attribution below, into a PNG blob.
 */
export function shotsToPng(panes: readonly PngPane[], o: PngText): Promise<Blob> {
	return new Promise((resolve, reject) => {
		try {
			const first = panes[0];
			if (!first) throw new Error('no map to draw in the PNG');
			const scale = first.shot.scale;
			const w = panes.reduce((sum, p) => sum + p.shot.w, 0) + PANE_GAP * (panes.length - 1);
			const h = Math.max(...panes.map((p) => p.shot.h));
			const headed = panes.some((p) => p.heading);
			const canvas = document.createElement('canvas');
			const measure = canvas.getContext('2d');
			if (!measure) throw new Error('no 2D canvas for the PNG export');
			measure.font = TITLE_FONT;
			const title = wrap(measure, o.title, w - 2 * PAD);
			measure.font = SUBTITLE_FONT;
			const sub = wrap(measure, o.subtitle, w - 2 * PAD);
			const band = 12 + title.length * 26 + sub.length * 18 + 10;
			const mapTop = band + (headed ? HEADING_H : 0);
			const legend = layoutLegend(measure, w);
			measure.font = FOOT_FONT;
			const foot = wrap(measure, o.attribution, w - 2 * PAD);
			const below = mapTop + h;
			const total = below + legend.height + foot.length * 14 + 14;

			// Setting the size resets the context: measure first, then draw.
			canvas.width = Math.round(w * scale);
			canvas.height = Math.round(total * scale);
			const ctx = canvas.getContext('2d')!;
			ctx.scale(scale, scale);
			ctx.fillStyle = PAPER;
			ctx.fillRect(0, 0, w, total);
			ctx.textBaseline = 'alphabetic';
			ctx.fillStyle = INK;
			ctx.font = TITLE_FONT;
			title.forEach((line, i) => ctx.fillText(line, PAD, 30 + i * 26));
			ctx.font = SUBTITLE_FONT;
			ctx.fillStyle = SOFT;
			const subTop = 30 + (title.length - 1) * 26 + 22;
			sub.forEach((line, i) => ctx.fillText(line, PAD, subTop + i * 18));

			let left = 0;
			for (const p of panes) {
				if (p.heading) {
					ctx.font = HEADING_FONT;
					ctx.fillStyle = INK;
					ctx.textBaseline = 'middle';
					ctx.fillText(p.heading, left + 8, band + HEADING_H / 2, p.shot.w - 16);
				}
				ctx.save();
				ctx.translate(left, mapTop);
				paintPane(ctx, p);
				ctx.restore();
				left += p.shot.w + PANE_GAP;
			}

			drawLegend(ctx, legend.items, below);
			ctx.font = FOOT_FONT;
			ctx.fillStyle = SOFT;
			ctx.textBaseline = 'middle';
			foot.forEach((line, i) => ctx.fillText(line, PAD, below + legend.height + 7 + i * 14));

			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
				'image/png'
			);
		} catch (e) {
			reject(e instanceof Error ? e : new Error(String(e)));
		}
	});
}
