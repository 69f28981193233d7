/**
 * One colour per reported controller, shared by the map, its labels, the legend and the
 * text summary so that a colour means the same thing everywhere.
 *
 * The scheme follows the convention of the Wikipedia maps of the Syrian civil war (red for the
 * Syrian government, yellow for the SDF, black for ISIS), with a blue-violet for the Iraqi
 * government that cannot be confused with any of those. "Contested" is dark orange overlaid
 * with a dark diagonal hatch (hatch.ts draws the map pattern, `swatchBackground` the CSS one).
 *
 * `fill` is the solid colour (used at reduced opacity on the map, at full strength for chips and
 * swatches); `text` is the colour to write on a chip filled with `fill`. Every pair has a
 * contrast ratio of at least 4.5:1 (WCAG 2 AA for normal text): see `contrastRatio`.
 *
 * Plain TypeScript: no MapLibre, no DOM, so the legend and the summary can import it anywhere.
 */
import type { ControlValue } from '$lib/core/vocabulary';

export type { ControlValue };

export interface ControlStyle {
	/** Short human label, e.g. for the legend. */
	readonly label: string;
	/** Solid fill colour, #rrggbb. */
	readonly fill: string;
	/** Text colour readable on `fill` (WCAG AA, ≥ 4.5:1), #rrggbb. */
	readonly text: string;
}

export const CONTROLLER_STYLE: Readonly<Record<ControlValue, ControlStyle>> = Object.freeze({
	'syrian-government': { label: 'Syrian government', fill: '#d62728', text: '#ffffff' },
	isis: { label: 'ISIS', fill: '#333333', text: '#ffffff' },
	'iraqi-government': { label: 'Iraqi government', fill: '#5b5bd6', text: '#ffffff' },
	sdf: { label: 'SDF', fill: '#f2c300', text: '#1a1a1a' },
	contested: { label: 'Contested', fill: '#d9730d', text: '#1a1a1a' },
	unknown: { label: 'Unknown', fill: '#c9c9c9', text: '#1a1a1a' }
});

/** Legend order: the four controllers, then contested, then unknown. */
export const CONTROL_VALUES: readonly ControlValue[] = Object.freeze([
	'syrian-government',
	'sdf',
	'isis',
	'iraqi-government',
	'contested',
	'unknown'
]);

/** The dark stripe colour of the contested hatch (drawn over the contested fill). */
export const HATCH_STRIPE = '#2b2b2b';

/** Map fill opacity: stated or inferred control, uncertain control, and unknown. */
export const FILL_OPACITY = Object.freeze({ known: 0.62, uncertain: 0.42, unknown: 0.3 });

/**
 * A CSS `background` value for a legend or label swatch: the solid fill, or for "contested"
 * the same dark diagonal hatch as on the map.
 */
export function swatchBackground(value: ControlValue): string {
	const { fill } = CONTROLLER_STYLE[value];
	if (value !== 'contested') return fill;
	return `repeating-linear-gradient(135deg, ${HATCH_STRIPE} 0 2px, ${fill} 2px 5px)`;
}

/** The style for a value, falling back to "unknown" for anything unexpected. */
export function controlStyle(value: string | null | undefined): ControlStyle {
	return Object.hasOwn(CONTROLLER_STYLE, value ?? '')
		? CONTROLLER_STYLE[value as ControlValue]
		: CONTROLLER_STYLE.unknown;
}

/** `#rgb` or `#rrggbb` to [r, g, b] in 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
	let h = hex.replace(/^#/, '');
	if (h.length === 3) h = [...h].map((c) => c + c).join('');
	if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a #rrggbb colour: ${hex}`);
	const n = parseInt(h, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = hexToRgb(hex).map((v) => {
		const c = v / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
