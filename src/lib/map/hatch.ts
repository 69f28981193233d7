/**
 * Fill patterns generated at runtime, as raw RGBA pixels for `map.addImage(id, pattern,
 * { pixelRatio })` (the style has no sprite, so nothing is ever fetched):
 * - a diagonal hatch drawn over contested places;
 * - a grid of light dots drawn over places whose state is uncertain;
 * - light back-slanted stripes drawn over places whose state is inferred.
 *
 * Both tile seamlessly. Pixels are straight (not premultiplied) RGBA, like `ImageData`.
 * Pure functions: no DOM, no MapLibre.
 */
import { hexToRgb } from './colors';

export interface PatternImage {
	readonly width: number;
	readonly height: number;
	readonly data: Uint8Array;
}

/** Sub-samples per pixel side used to anti-alias the shapes. */
const SS = 4;

function paint(
	size: number,
	color: string,
	alpha: number,
	covered: (x: number, y: number) => boolean
): PatternImage {
	const [r, g, b] = hexToRgb(color);
	const data = new Uint8Array(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let hits = 0;
			for (let sy = 0; sy < SS; sy++) {
				for (let sx = 0; sx < SS; sx++) {
					if (covered(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)) hits++;
				}
			}
			const i = (py * size + px) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.round((255 * alpha * hits) / (SS * SS));
		}
	}
	return { width: size, height: size, data };
}

export interface HatchOptions {
	/** Tile side in image pixels (the period of the stripes along each axis). Default 16. */
	size?: number;
	/** Stripe thickness measured along an axis, in image pixels. Default 5. */
	stripe?: number;
	/** Stripe colour, #rrggbb. */
	color?: string;
	/** Stripe opacity 0–1. Default 0.85. */
	alpha?: number;
}

/**
 * Diagonal stripes running from bottom-left to top-right ("/"), transparent between them.
 * The stripes satisfy (x + y) mod size < stripe, which tiles seamlessly for any size.
 */
export function hatchPattern(opts: HatchOptions = {}): PatternImage {
	const { size = 16, stripe = 5, color = '#2b2b2b', alpha = 0.85 } = opts;
	return paint(size, color, alpha, (x, y) => (x + y) % size < stripe);
}

/**
 * Diagonal stripes the other way ("\\"): the light stripes over inferred states, which must not
 * be mistaken for the contested hatch. (x - y) mod size < stripe tiles seamlessly too.
 */
export function backHatchPattern(opts: HatchOptions = {}): PatternImage {
	const { size = 16, stripe = 5, color = '#ffffff', alpha = 0.85 } = opts;
	return paint(size, color, alpha, (x, y) => (((x - y) % size) + size) % size < stripe);
}

export interface DotsOptions {
	/** Tile side in image pixels (distance between dots). Default 10. */
	size?: number;
	/** Dot radius in image pixels. Default 2. */
	radius?: number;
	/** Dot colour, #rrggbb. Default white. */
	color?: string;
	/** Dot opacity 0–1. Default 0.9. */
	alpha?: number;
}

/** One round dot centred in each tile, transparent around it. */
export function dotsPattern(opts: DotsOptions = {}): PatternImage {
	const { size = 10, radius = 2, color = '#ffffff', alpha = 0.9 } = opts;
	const c = size / 2;
	const r2 = radius * radius;
	return paint(size, color, alpha, (x, y) => (x - c) ** 2 + (y - c) ** 2 <= r2);
}
