/**
 * The map as a PNG a reader can cite: a title band with the date and the view (and the sources,
 * when the outlet lens is on), the rendered map with the place names drawn on it (their
 * on-screen labels are HTML, not part of the map canvas), the legend, and the attribution. The
 * WebGL canvas is copied inside MapLibre's `render` event, while its drawing buffer is valid.
 *
 * Rules:
 * - Every swatch in the image (each place's label, every legend entry) is drawn by
 *   `paintSwatch` from a `StateLook` (core/encoding.ts), with the colours, stripes, dots and
 *   opacity of map/colors.ts: the same encoding as the map, the list and the on-page legend. A
 *   guessed state is never drawn as firmly as a stated one.
 * - The legend is core/encoding.ts `legendGroups()`, the one the page's legend draws, with the
 *   carried-forward fade rule in its words.
 */
import type * as maplibregl from 'maplibre-gl';
import { isEmptyLook, legendGroups, type StateLook } from '$lib/core/encoding';
import { CONTROLLER_STYLE, SWATCH_STRIPES, UNCERTAIN_DOTS, swatchOpacity } from './colors';

export interface PngOptions {
	/** First line of the title band: the date, e.g. "Reported control, 12 November 2017". */
	readonly title: string;
	/**
	 * The view and, when the outlet lens is on, its sources, e.g. "As known now: all 49 reports
	 * count… Only teleSUR." Wrapped to the image's width.
	 */
	readonly subtitle: string;
	/** Place labels to draw: the words, and the state's look, at the place's centre. */
	readonly labels: readonly { lon: number; lat: number; text: string; look: StateLook }[];
	/** Attribution line, plain text. */
	readonly attribution: string;
}

const INK = '#1b232c';
const SOFT = '#55606b';
const PAPER = '#f7f5f0';
const OUTLINE = '#1f1f1f';
const PAD = 16;
const FOOT = 28;
/** Legend metrics, in CSS pixels. */
const LEGEND = Object.freeze({ swatch: 14, gap: 3, rowHeight: 22, titleHeight: 20, top: 10 });

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
 * Draws one state's swatch, a `size`-pixel square at (x, y), as the CSS swatch (StateSwatch)
 * and the map draw it: the holder's colour at the evidence strength's opacity, the contested
 * hatch and the inferred stripes inside it, dots when uncertain, a thin outline (a firm one and
 * nothing inside when empty), and a dashed ring outside when disputed.
 */
export function paintSwatch(ctx: Ctx, x: number, y: number, size: number, look: StateLook): void {
	ctx.save();
	if (isEmptyLook(look)) {
		ctx.strokeStyle = OUTLINE;
		ctx.lineWidth = 1.5;
		ctx.strokeRect(x + 0.75, y + 0.75, size - 1.5, size - 1.5);
	} else {
		ctx.save();
		ctx.beginPath();
		ctx.rect(x, y, size, size);
		ctx.clip();
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
		ctx.strokeStyle = 'rgba(0,0,0,0.45)';
		ctx.lineWidth = 1;
		ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
	}
	if (look.disputed) {
		ctx.setLineDash([3, 2]);
		ctx.strokeStyle = OUTLINE;
		ctx.lineWidth = 1.5;
		ctx.strokeRect(x - 2.25, y - 2.25, size + 4.5, size + 4.5);
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
	| { kind: 'entry'; x: number; y: number; text: string; looks: readonly StateLook[] };

/**
 * Lays the legend out in rows `width` wide (entries flow left to right and wrap; each group
 * starts a row under its title) and returns what to draw and the legend's height.
 */
function layoutLegend(ctx: Ctx, width: number): { items: LegendItem[]; height: number } {
	const items: LegendItem[] = [];
	let y = LEGEND.top;
	for (const g of legendGroups()) {
		ctx.font = '600 12px system-ui, sans-serif';
		items.push({ kind: 'title', x: PAD, y: y + LEGEND.titleHeight / 2, text: g.title });
		y += LEGEND.titleHeight;
		ctx.font = '12px system-ui, sans-serif';
		let x = PAD;
		for (const e of g.entries) {
			const swatches = e.looks.length * (LEGEND.swatch + LEGEND.gap) + 4;
			const w = swatches + ctx.measureText(e.label).width;
			if (x > PAD && x + w > width - PAD) {
				x = PAD;
				y += LEGEND.rowHeight;
			}
			items.push({ kind: 'entry', x, y: y + LEGEND.rowHeight / 2, text: e.label, looks: e.looks });
			x += w + 18;
		}
		y += LEGEND.rowHeight + 4;
	}
	return { items, height: y };
}

function drawLegend(ctx: Ctx, items: readonly LegendItem[], top: number): void {
	ctx.textBaseline = 'middle';
	for (const it of items) {
		const y = top + it.y;
		if (it.kind === 'title') {
			ctx.font = '600 12px system-ui, sans-serif';
			ctx.fillStyle = INK;
			ctx.fillText(it.text, it.x, y);
			continue;
		}
		let x = it.x;
		for (const look of it.looks) {
			paintSwatch(ctx, x, y - LEGEND.swatch / 2, LEGEND.swatch, look);
			x += LEGEND.swatch + LEGEND.gap;
		}
		ctx.font = '12px system-ui, sans-serif';
		ctx.fillStyle = INK;
		ctx.fillText(it.text, x + 4, y);
	}
}

/** Renders the map and its annotations into a PNG blob. */
export function mapToPng(map: maplibregl.Map, o: PngOptions): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const gl = map.getCanvas();
				const scale = gl.width / gl.clientWidth || 1;
				const w = gl.clientWidth;
				const h = gl.clientHeight;
				const canvas = document.createElement('canvas');
				const measure = canvas.getContext('2d');
				if (!measure) throw new Error('no 2D canvas for the PNG export');
				measure.font = '14px system-ui, sans-serif';
				const sub = wrap(measure, o.subtitle, w - 2 * PAD);
				const band = 40 + sub.length * 18 + 6;
				const legend = layoutLegend(measure, w);
				const total = band + h + legend.height + FOOT;

				// Setting the size resets the context: measure first, then draw.
				canvas.width = Math.round(w * scale);
				canvas.height = Math.round(total * scale);
				const ctx = canvas.getContext('2d')!;
				ctx.scale(scale, scale);
				ctx.fillStyle = PAPER;
				ctx.fillRect(0, 0, w, total);
				ctx.fillStyle = INK;
				ctx.font = '600 20px system-ui, sans-serif';
				ctx.fillText(o.title, PAD, 28);
				ctx.font = '14px system-ui, sans-serif';
				ctx.fillStyle = SOFT;
				sub.forEach((line, i) => ctx.fillText(line, PAD, 50 + i * 18));
				ctx.drawImage(gl, 0, band, w, h);

				ctx.font = '600 13px system-ui, sans-serif';
				ctx.textBaseline = 'middle';
				for (const l of o.labels) {
					const p = map.project([l.lon, l.lat]);
					if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) continue;
					const tw = ctx.measureText(l.text).width;
					// Right of the place, or left of it where the right edge would cut the text.
					const x = p.x + 10 + tw + 24 > w ? p.x - tw - 30 : p.x + 10;
					const y = p.y + band;
					ctx.fillStyle = 'rgba(255,255,255,0.92)';
					ctx.fillRect(x - 4, y - 10, tw + 24, 20);
					paintSwatch(ctx, x, y - 5, 10, l.look);
					ctx.fillStyle = INK;
					ctx.fillText(l.text, x + 16, y);
				}

				drawLegend(ctx, legend.items, band + h);
				ctx.font = '11px system-ui, sans-serif';
				ctx.fillStyle = SOFT;
				ctx.fillText(o.attribution, PAD, band + h + legend.height + FOOT / 2);

				canvas.toBlob(
					(b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
					'image/png'
				);
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		});
		map.triggerRepaint();
	});
}
