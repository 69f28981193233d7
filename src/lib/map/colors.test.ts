import { describe, expect, it } from 'vitest';
import { CARRIED_FADE } from '$lib/core/story';
import {
	CONTROL_VALUES,
	CONTROLLER_STYLE,
	evidenceSwatch,
	hexToRgb,
	swatchOpacity
} from './colors';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = hexToRgb(hex).map((v) => {
		const c = v / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

describe('CONTROLLER_STYLE', () => {
	it('has a style for every value of the vocabulary', () => {
		expect(Object.keys(CONTROLLER_STYLE).sort()).toEqual([...CONTROL_VALUES].sort());
	});
	for (const v of CONTROL_VALUES) {
		it(`${v}: its text colour on its fill has a WCAG contrast of at least 4.5:1`, () => {
			const { fill, text } = CONTROLLER_STYLE[v];
			expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
		});
	}
	it('the contrast check itself tells black on white (21:1) from grey on grey (1:1)', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#777777')).toBe(1);
	});
});

describe('evidenceSwatch(value, basis, strength)', () => {
	it('is solid for stated, striped for inferred and empty for none', () => {
		expect(evidenceSwatch('isis', 'stated', 1)).toEqual({ background: '#333333', opacity: 1 });
		expect(evidenceSwatch('isis', 'inferred', 0.6).background).toMatch(
			/^repeating-linear-gradient\(45deg/
		);
		expect(evidenceSwatch('isis', 'none', 0).background).toBe('transparent');
	});
	it('fades a carried swatch with its strength but never below the floor', () => {
		expect(evidenceSwatch('sdf', 'carried', 0.5).opacity).toBe(0.5);
		expect(evidenceSwatch('sdf', 'carried', 0.1).opacity).toBe(CARRIED_FADE.floor);
	});
	it('swatchOpacity keeps strengths between the carried floor and 1', () => {
		expect(swatchOpacity(0.6)).toBe(0.6);
		expect(swatchOpacity(0)).toBe(CARRIED_FADE.floor);
		expect(swatchOpacity(2)).toBe(1);
	});
	it('hatches contested and stripes inferred in opposite directions', () => {
		expect(evidenceSwatch('contested', 'stated', 1).background).toMatch(
			/^repeating-linear-gradient\(135deg/
		);
		expect(evidenceSwatch('contested', 'inferred', 0.6).background).toMatch(
			/^repeating-linear-gradient\(45deg.*repeating-linear-gradient\(135deg/
		);
	});
});

describe('hexToRgb', () => {
	it('reads #rgb and #rrggbb and rejects anything else', () => {
		expect(hexToRgb('#fff')).toEqual([255, 255, 255]);
		expect(hexToRgb('#d62728')).toEqual([214, 39, 40]);
		expect(() => hexToRgb('red')).toThrow(/not a #rrggbb colour/);
	});
});
