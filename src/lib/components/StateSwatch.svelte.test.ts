import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { StateLook } from '$lib/core/encoding';
import { CARRIED_FADE, INFERRED_STRENGTH } from '$lib/core/story';
import { CONTROL_VALUES } from '$lib/core/vocabulary';
import { CONTROLLER_STYLE, hexToRgb } from '$lib/map/colors';
import Legend from './Legend.svelte';
import StateSwatch from './StateSwatch.svelte';

const look = (over: Partial<StateLook> = {}): StateLook => ({
	controller: 'syrian-government',
	basis: 'stated',
	strength: 1,
	disputed: false,
	uncertain: false,
	...over
});

/** The swatch's outer element and its colour layer (null when nothing is drawn inside). */
async function draw(l: StateLook) {
	const { container } = await render(StateSwatch, { look: l });
	const outer = container.querySelector<HTMLElement>('[data-swatch]')!;
	const fill = outer.querySelector<HTMLElement>('[data-swatch-fill]');
	return { outer, fill, dots: outer.querySelector<HTMLElement>('[data-swatch-dots]') };
}

const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;

describe('StateSwatch', async () => {
	for (const v of CONTROL_VALUES.filter((c) => c !== 'unknown')) {
		it(`draws a stated ${v} state in its colour at full strength`, async () => {
			const { fill } = await draw(look({ controller: v }));
			const css = getComputedStyle(fill!);
			// Contested is its colour under the hatch: a gradient of the two.
			if (v === 'contested') expect(css.backgroundImage).toContain(rgb(CONTROLLER_STYLE[v].fill));
			else expect(css.backgroundColor).toBe(rgb(CONTROLLER_STYLE[v].fill));
			expect(Number(css.opacity)).toBe(1);
		});
	}

	it('hatches a contested state and leaves a held one plain', async () => {
		const contested = getComputedStyle((await draw(look({ controller: 'contested' }))).fill!);
		expect(contested.backgroundImage).toMatch(/repeating-linear-gradient/);
		expect(contested.backgroundImage).toContain(rgb('#2b2b2b'));
		expect(getComputedStyle((await draw(look())).fill!).backgroundImage).toBe('none');
	});

	it('draws an inferred state paler, with light stripes', async () => {
		const css = getComputedStyle(
			(await draw(look({ basis: 'inferred', strength: INFERRED_STRENGTH }))).fill!
		);
		expect(Number(css.opacity)).toBeCloseTo(INFERRED_STRENGTH, 5);
		expect(css.backgroundImage).toMatch(/repeating-linear-gradient\(45deg, rgba\(255, 255, 255/);
		expect(css.backgroundColor).toBe(rgb(CONTROLLER_STYLE['syrian-government'].fill));
	});

	it('fades a carried state to its strength, never below the floor, without stripes', async () => {
		const mid = getComputedStyle((await draw(look({ basis: 'carried', strength: 0.7 }))).fill!);
		expect(Number(mid.opacity)).toBeCloseTo(0.7, 5);
		expect(mid.backgroundImage).toBe('none');
		const old = getComputedStyle((await draw(look({ basis: 'carried', strength: 0.1 }))).fill!);
		expect(Number(old.opacity)).toBeCloseTo(CARRIED_FADE.floor, 5);
	});

	it('fades only the colour: the outline of a faded swatch keeps full opacity', async () => {
		const { outer } = await draw(look({ basis: 'carried', strength: CARRIED_FADE.floor }));
		expect(Number(getComputedStyle(outer).opacity)).toBe(1);
	});

	it('draws "none" and "unknown" as an empty outline', async () => {
		for (const l of [
			look({ basis: 'none', strength: 0 }),
			look({ controller: 'unknown', basis: 'none', strength: 0 })
		]) {
			const { outer, fill } = await draw(l);
			expect(fill).toBeNull();
			const css = getComputedStyle(outer);
			expect(css.backgroundColor).toBe('rgba(0, 0, 0, 0)');
			expect(parseFloat(css.borderTopWidth)).toBeGreaterThanOrEqual(1);
			expect(css.borderTopStyle).toBe('solid');
		}
	});

	it('rings a disputed state with a dashed outline, and only a disputed one', async () => {
		expect(getComputedStyle((await draw(look({ disputed: true }))).outer).outlineStyle).toBe(
			'dashed'
		);
		expect(getComputedStyle((await draw(look())).outer).outlineStyle).toBe('none');
	});

	it('puts dots over a state that may have changed hands, and only over that one', async () => {
		const { dots } = await draw(look({ uncertain: true }));
		expect(getComputedStyle(dots!).backgroundImage).toMatch(/radial-gradient/);
		expect((await draw(look())).dots).toBeNull();
	});

	it('says what it draws in data attributes and is hidden from assistive technology', async () => {
		const { outer } = await draw(look({ basis: 'inferred', strength: 0.6, disputed: true }));
		expect(outer.dataset).toMatchObject({
			controller: 'syrian-government',
			basis: 'inferred',
			strength: '0.6',
			disputed: 'true',
			uncertain: 'false'
		});
		expect(outer.getAttribute('aria-hidden')).toBe('true');
	});
});

describe('Legend', async () => {
	it('draws every holder and every basis with the swatch, the carried fade from full to the floor', async () => {
		const { container } = await render(Legend);
		const entry = (key: string) => container.querySelector(`[data-entry="${key}"]`)!;
		for (const v of CONTROL_VALUES) expect(entry(v).querySelector('[data-swatch]')).not.toBeNull();
		const opacities = [...entry('carried').querySelectorAll<HTMLElement>('[data-swatch-fill]')].map(
			(f) => Number(getComputedStyle(f).opacity)
		);
		expect(opacities).toHaveLength(3);
		expect(opacities[0]).toBe(1);
		expect(opacities[2]).toBeCloseTo(CARRIED_FADE.floor, 5);
		expect(entry('carried').textContent).toContain(
			'full for a week after the last report on the place, then fading to 35% by two months'
		);
		expect(entry('none').querySelector('[data-swatch-fill]')).toBeNull();
		const inferred = entry('inferred').querySelector<HTMLElement>('[data-swatch-fill]')!;
		expect(Number(getComputedStyle(inferred).opacity)).toBeLessThan(1);
	});
});
