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
 * contrast ratio of at least 4.5:1 (WCAG 2 AA for normal text), checked by colors.test.ts.
 *
 * Evidence strength is drawn the same way everywhere (`evidenceSwatch`, style.ts): stated solid,
 * inferred paler with light stripes, carried fading with the days since its last report, none
 * an empty outline.
 *
 * Plain TypeScript: no MapLibre, no DOM, so the legend and the summary can import it anywhere.
 */
import { CARRIED_FADE } from '$lib/core/story';
import { CONTROL_VALUES, type Basis, type ControlValue } from '$lib/core/vocabulary';

export type { ControlValue };

export interface ControlStyle {
	/** Solid fill colour, #rrggbb. */
	readonly fill: string;
	/** Text colour readable on `fill` (WCAG AA, ≥ 4.5:1, checked by colors.test.ts), #rrggbb. */
	readonly text: string;
}

export const CONTROLLER_STYLE: Readonly<Record<ControlValue, ControlStyle>> = Object.freeze({
	'syrian-government': { fill: '#d62728', text: '#ffffff' },
	isis: { fill: '#333333', text: '#ffffff' },
	'iraqi-government': { fill: '#5b5bd6', text: '#ffffff' },
	sdf: { fill: '#f2c300', text: '#1a1a1a' },
	contested: { fill: '#d9730d', text: '#1a1a1a' },
	unknown: { fill: '#c9c9c9', text: '#1a1a1a' }
});

/** Legend order: the four controllers, then contested, then unknown (from the vocabulary). */
export { CONTROL_VALUES };

/** The dark stripe colour of the contested hatch (drawn over the contested fill). */
export const HATCH_STRIPE = '#2b2b2b';

/**
 * Map fill opacity at full evidence strength: known control, and uncertain control. The fill is
 * multiplied by the evidence strength (core/story.ts: stated 1, inferred paler, carried fading),
 * so `none` (strength 0) leaves an empty outline.
 */
export const FILL_OPACITY = Object.freeze({ known: 0.62, uncertain: 0.42 });

/** The light stripe drawn over inferred states (map pattern and CSS swatches alike). */
export const INFERRED_STRIPE = '#ffffff';

/**
 * The stripes of a swatch, in CSS pixels, shared by the CSS backgrounds below and the PNG
 * export's canvas painter: the contested hatch runs "/" (like the map's hatch), the inferred
 * stripes "\" (like the map's back-hatch), so the two never read as one another.
 */
export const SWATCH_STRIPES = Object.freeze({
	hatch: { width: 2, period: 5, color: HATCH_STRIPE, alpha: 1 },
	inferred: { width: 1.5, period: 4, color: INFERRED_STRIPE, alpha: 0.7 }
});

/** The white dots drawn over an uncertain state (CSS and canvas swatches). */
export const UNCERTAIN_DOTS = Object.freeze({
	radius: 0.9,
	period: 4,
	color: '#ffffff',
	alpha: 0.95
});

/**
 * A CSS `background` value for a legend or label swatch: the solid fill, or for "contested"
 * the same dark diagonal hatch as on the map.
 */
export function swatchBackground(value: ControlValue): string {
	const { fill } = CONTROLLER_STYLE[value];
	if (value !== 'contested') return fill;
	const { width, period } = SWATCH_STRIPES.hatch;
	return `repeating-linear-gradient(135deg, ${HATCH_STRIPE} 0 ${width}px, ${fill} ${width}px ${period}px)`;
}

/**
 * The CSS for a swatch or mark drawn with its evidence: the controller's background, with the
 * light back-slanted stripes of an inferred state over it, at `strength` opacity (core/story.ts
 * evidenceStrength); `none` and `unknown` are an empty swatch (no background: the element's
 * own border is the outline). The same encoding as the map's fill.
 */
export function evidenceSwatch(
	value: ControlValue,
	basis: Basis,
	strength: number
): { background: string; opacity: number } {
	if (value === 'unknown' || basis === 'none') return { background: 'transparent', opacity: 1 };
	const base = swatchBackground(value);
	const { width, period, alpha } = SWATCH_STRIPES.inferred;
	const stripe = `${INFERRED_STRIPE}${Math.round(alpha * 255)
		.toString(16)
		.padStart(2, '0')}`;
	const background =
		basis === 'inferred'
			? `repeating-linear-gradient(45deg, ${stripe} 0 ${width}px, transparent ${width}px ${period}px), ${base}`
			: base;
	return { background, opacity: swatchOpacity(strength) };
}

/**
 * The opacity of a filled swatch at `strength`: never fainter than the carried floor
 * (core/story.ts CARRIED_FADE), so a faded swatch still shows its colour.
 */
export function swatchOpacity(strength: number): number {
	return Math.max(CARRIED_FADE.floor, Math.min(1, strength));
}

/** `#rgb` or `#rrggbb` to [r, g, b] in 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
	let h = hex.replace(/^#/, '');
	if (h.length === 3) h = [...h].map((c) => c + c).join('');
	if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a #rrggbb colour: ${hex}`);
	const n = parseInt(h, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
