import { describe, expect, it } from 'vitest';
import {
	createPropertyExpression,
	latest,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { CONTROLLER_STYLE, FILL_OPACITY } from './colors';
import { buildStyle, LAYER_IDS, STATE_KEYS } from './style';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = buildStyle({
	land: empty,
	countries: empty,
	borders: empty,
	rivers: empty,
	lakes: empty,
	places: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'al-boukamal' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[40.9, 34.4],
							[41, 34.4],
							[41, 34.5],
							[40.9, 34.4]
						]
					]
				}
			}
		]
	}
});

function paintOf(id: string): Record<string, unknown> {
	const layer = style.layers.find((l) => l.id === id);
	if (!layer || !('paint' in layer) || !layer.paint) throw new Error(`no paint on ${id}`);
	return layer.paint as Record<string, unknown>;
}

/** MapLibre's own compiled form of a `fill-color` value, as its renderer builds it. */
function fillColor(value: unknown) {
	const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		'paint_fill'
	]!['fill-color']!;
	const made = createPropertyExpression(value, 'fill-color', spec);
	if (made.result !== 'success') throw new Error(JSON.stringify(made.value));
	return made.value;
}

describe('buildStyle', () => {
	it("passes MapLibre's style validation", () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it("draws the places' fill with the countries' shader program (colour per feature, one opacity)", () => {
		// MapLibre compiles one program per paint-property kind set; the place fill matching the
		// countries' set is one compile fewer at first view (docs/performance.md).
		const places = paintOf(LAYER_IDS.placesFill);
		const countries = paintOf(LAYER_IDS.countries);
		expect(places['fill-opacity']).toBeUndefined();
		expect(countries['fill-opacity']).toBeUndefined();
		expect(fillColor(places['fill-color']).kind).toBe('source');
		expect(fillColor(countries['fill-color']).kind).toBe('source');
	});

	it("fades the place fill through its colour's alpha: uncertainty and evidence strength", () => {
		const color = fillColor(paintOf(LAYER_IDS.placesFill)['fill-color']);
		const at = (state: Record<string, unknown>) =>
			color.evaluate({ zoom: 6 }, { type: 'Polygon', properties: {} }, state) as {
				r: number;
				a: number;
			};
		const held = { [STATE_KEYS.controller]: 'syrian-government' };
		const full = at({ ...held, [STATE_KEYS.strength]: 1 });
		const half = at({ ...held, [STATE_KEYS.strength]: 0.5 });
		const unsure = at({ ...held, [STATE_KEYS.strength]: 1, [STATE_KEYS.uncertain]: true });
		const none = at({ ...held, [STATE_KEYS.strength]: 0 });
		expect(full.a).toBeCloseTo(FILL_OPACITY.known);
		expect(half.a).toBeCloseTo(FILL_OPACITY.known / 2);
		expect(unsure.a).toBeCloseTo(FILL_OPACITY.uncertain);
		expect(none.a).toBe(0);
		// The hue stays the controller's (MapLibre keeps colours premultiplied by alpha).
		const red = Number.parseInt(CONTROLLER_STYLE['syrian-government'].fill.slice(1, 3), 16) / 255;
		expect(full.r / full.a).toBeCloseTo(red, 2);
		expect(half.r / half.a).toBeCloseTo(red, 2);
	});
});
