/**
 * The MapLibre style of the atlas, built from GeoJSON passed in as plain objects.
 *
 * Fully offline: no `glyphs`, no `sprite`, no tile URLs; every source is `type: 'geojson'` with
 * inline data or a same-origin URL. There are no symbol layers (no glyphs to draw text with):
 * place, town and country labels are HTML markers (explorer-map.ts).
 *
 * The basemap stays quiet under the places: pale land, the two countries of the story a shade
 * apart, water in the sea's pale blue-grey (no blue near the Iraqi government's blue-violet),
 * rivers that widen with the zoom so the Euphrates reads as a river through a town at zoom 11.
 * The rivers are GSHHG's World Data Bank II lines (metres, not kilometres, off the channel), so
 * at town zoom the Euphrates runs through Deir Ezzor, al-Boukamal and al-Qa'im as it does on the
 * ground. No built-up tint: no package carries built-up areas for the region, and none is
 * invented (geo/basemap/README.md). The two fill patterns are generated at runtime
 * (hatch.ts) and registered under `PATTERN_IDS` by the map.
 *
 * Place styling is driven only by feature state (keys in `STATE_KEYS`) so that playback never
 * touches the data or the layers: `controller` picks the fill colour, `contested` shows the
 * hatch layer, `uncertain` lightens the fill and shows dots, `disputed` swaps the solid outline
 * for a dashed one, `hover` and `selected` draw a heavier outline. Evidence: `strength`
 * multiplies the fill (stated 1, inferred paler, carried fading, none 0: an empty outline) and
 * `inferred` adds light back-slanted stripes.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { CONTROLLER_STYLE, FILL_OPACITY, type ControlValue } from './colors';

export type AnyFeatureCollection = FeatureCollection<Geometry, GeoJsonProperties>;

/** A basemap layer: its data, or the same-origin URL MapLibre fetches it from. */
export type LayerData = AnyFeatureCollection | string;

export interface StyleInput {
	/** Land polygons (everything not covered is drawn as sea). */
	land: LayerData;
	/** Country polygons, properties `name` and `id` (a slug: `syria`, `iraq` …). */
	countries: LayerData;
	/** International borders as lines. */
	borders: LayerData;
	/**
	 * Rivers as lines; `name` is `Euphrates`, `Tigris`, `Khabur` or null, `level` the World Data
	 * Bank II level (1 double-lined … 4 additional rivers; null where Natural Earth fills a gap).
	 */
	rivers: LayerData;
	/** Lakes and reservoirs as polygons (Lake Assad and the Euphrates reservoirs); optional. */
	lakes?: LayerData;
	/** The five place polygons; each has a string id (feature `id` or `properties.id`). */
	places: AnyFeatureCollection;
}

/** What a map is given of the basemap: its layers, and the points its names are drawn at. */
export interface BasemapInput extends Omit<StyleInput, 'places'> {
	/** Town points: properties `name`, `country`, `rank` 1–3 (1 = always shown). */
	towns: AnyFeatureCollection;
	/** Country name points (properties `name`), shown at regional zoom where they fit. */
	countryLabels?: AnyFeatureCollection;
}

export const SOURCE_IDS = Object.freeze({
	land: 'land',
	countries: 'countries',
	borders: 'borders',
	rivers: 'rivers',
	lakes: 'lakes',
	places: 'places'
});

export const LAYER_IDS = Object.freeze({
	background: 'background',
	land: 'land',
	countries: 'countries-fill',
	lakes: 'lakes',
	rivers: 'rivers',
	borders: 'borders',
	placesHalo: 'places-halo',
	placesFill: 'places-fill',
	placesHatch: 'places-hatch',
	placesUncertain: 'places-uncertain',
	placesInferred: 'places-inferred',
	placesOutline: 'places-outline',
	placesOutlineDisputed: 'places-outline-disputed',
	placesHighlightHalo: 'places-highlight-halo'
});

/** Images the map must register with `addImage` (see hatch.ts). */
export const PATTERN_IDS = Object.freeze({
	hatch: 'atlas-hatch',
	dots: 'atlas-dots',
	inferred: 'atlas-inferred'
});

/** The feature-state keys of a place. */
export const STATE_KEYS = Object.freeze({
	controller: 'controller',
	disputed: 'disputed',
	uncertain: 'uncertain',
	selected: 'selected',
	hover: 'hover',
	/** The state is inferred: light stripes over the fill. */
	inferred: 'inferred',
	/** Evidence strength 0–1 (core/story.ts evidenceStrength): multiplies the fill. */
	strength: 'strength'
});

export const BASE_COLORS = Object.freeze({
	sea: '#c9dbe3',
	land: '#ece6d8',
	syria: '#f4efe3',
	iraq: '#efe9da',
	otherCountry: '#e4dfd3',
	/** Lakes: the sea's colour, as a map reader expects of standing water. */
	lake: '#c9dbe3',
	lakeEdge: '#8fb3cc',
	river: '#6f9fc2',
	border: '#7d776b',
	outline: '#1f1f1f',
	halo: '#ffffff'
});

const controller: ExpressionSpecification = [
	'coalesce',
	['feature-state', STATE_KEYS.controller],
	'unknown'
];
/** The two great rivers, drawn widest. */
const greatRiver: ExpressionSpecification = [
	'in',
	['coalesce', ['get', 'name'], ''],
	['literal', ['Euphrates', 'Tigris']]
];
/** A river of WDB II level 4 ("additional rivers"), drawn thinnest; the Khabur is level 3. */
const minorRiver: ExpressionSpecification = ['>=', ['coalesce', ['get', 'level'], 0], 4];
/** Line width by class: great, minor, or the rest (the Khabur, the Balikh, the Orontes …). */
const riverWidth = (great: number, other: number, minor: number): ExpressionSpecification => [
	'case',
	greatRiver,
	great,
	minorRiver,
	minor,
	other
];
const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** The `match` arms controller → colour, default the "unknown" grey. */
function controllerColor(): ExpressionSpecification {
	const arms: string[] = [];
	for (const [value, style] of Object.entries(CONTROLLER_STYLE) as [
		ControlValue,
		{ fill: string }
	][]) {
		if (value === 'unknown') continue;
		arms.push(value, style.fill);
	}
	return ['match', controller, ...arms, CONTROLLER_STYLE.unknown.fill] as ExpressionSpecification;
}

/** A colour expression with its alpha multiplied by `alpha` (0–1), e.g. a feature-state fade. */
function withAlpha(
	color: ExpressionSpecification,
	alpha: ExpressionSpecification
): ExpressionSpecification {
	const c: ExpressionSpecification = ['var', 'c'];
	return [
		'let',
		'c',
		['to-rgba', color],
		['rgba', ['at', 0, c], ['at', 1, c], ['at', 2, c], ['*', ['at', 3, c], alpha]]
	];
}

/** The place id of a feature: `properties.id`, else the feature `id`. */
export function placeIdOf(f: Feature<Geometry | null, GeoJsonProperties>): string | null {
	const id = f.properties?.['id'] ?? f.id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** Copies `feature.id` into `properties.id` where missing, so `promoteId: 'id'` finds it. */
function withPromotableIds(places: AnyFeatureCollection): AnyFeatureCollection {
	if (places.features.every((f) => typeof f.properties?.['id'] === 'string')) return places;
	return {
		type: 'FeatureCollection',
		features: places.features.map((f) => ({
			...f,
			properties: { ...f.properties, id: placeIdOf(f) }
		}))
	};
}

const geojson = (data: LayerData) => ({ type: 'geojson' as const, data });

export function buildStyle(input: StyleInput): StyleSpecification {
	const strength: ExpressionSpecification = [
		'number',
		['coalesce', ['feature-state', STATE_KEYS.strength], 1]
	];
	// Evidence drawn: the fill is multiplied by the strength, so `none` is an empty outline.
	const fillOpacity: ExpressionSpecification = [
		'*',
		['case', flag(STATE_KEYS.uncertain), FILL_OPACITY.uncertain, FILL_OPACITY.known],
		strength
	];
	const disputed = flag(STATE_KEYS.disputed);
	const selected = flag(STATE_KEYS.selected);
	const hover = flag(STATE_KEYS.hover);

	const layers: LayerSpecification[] = [
		{
			id: LAYER_IDS.background,
			type: 'background',
			paint: { 'background-color': BASE_COLORS.sea }
		},
		{
			id: LAYER_IDS.land,
			type: 'fill',
			source: SOURCE_IDS.land,
			paint: { 'fill-color': BASE_COLORS.land, 'fill-antialias': false }
		},
		{
			id: LAYER_IDS.countries,
			type: 'fill',
			source: SOURCE_IDS.countries,
			paint: {
				'fill-color': [
					'match',
					['get', 'id'],
					'syria',
					BASE_COLORS.syria,
					'iraq',
					BASE_COLORS.iraq,
					BASE_COLORS.otherCountry
				],
				'fill-antialias': false
			}
		},
		...(input.lakes === undefined
			? []
			: ([
					{
						id: LAYER_IDS.lakes,
						type: 'fill',
						source: SOURCE_IDS.lakes,
						paint: {
							'fill-color': BASE_COLORS.lake,
							'fill-outline-color': BASE_COLORS.lakeEdge
						}
					}
				] satisfies LayerSpecification[])),
		{
			// The Euphrates and the Tigris are drawn wider than the other rivers, and WDB II's
			// "additional rivers" thinner still. The widths grow with the zoom: a hairline across
			// the region, a river a few hundred metres wide at town zoom (the real Euphrates is
			// 150–400 m), so a town outline reads as standing on it.
			id: LAYER_IDS.rivers,
			type: 'line',
			source: SOURCE_IDS.rivers,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.river,
				'line-width': [
					'interpolate',
					['exponential', 1.6],
					['zoom'],
					4,
					riverWidth(0.9, 0.6, 0.3),
					7,
					riverWidth(1.8, 1.1, 0.6),
					10,
					riverWidth(4, 2.2, 1.2),
					13,
					riverWidth(12, 5, 2.5)
				]
			}
		},
		{
			id: LAYER_IDS.borders,
			type: 'line',
			source: SOURCE_IDS.borders,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.4, 12, 2],
				'line-dasharray': [4, 2]
			}
		},
		{
			// Towns are a few kilometres across: at the zoom that frames all five they would be
			// specks. A wide line in the controller's colour keeps each one visible until the
			// polygon itself is large enough to read.
			id: LAYER_IDS.placesHalo,
			type: 'line',
			source: SOURCE_IDS.places,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': controllerColor(),
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 14, 8, 9, 10, 2],
				'line-opacity': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['*', 0.8, strength],
					9,
					['*', 0.55, strength],
					10.5,
					0
				]
			}
		},
		{
			id: LAYER_IDS.placesFill,
			type: 'fill',
			source: SOURCE_IDS.places,
			// No antialiased edge: the outlines below draw the edge, and each antialiased fill costs
			// one more shader program to compile at first view. For the same reason the opacity is
			// the colour's alpha, not `fill-opacity`: a fill whose colour varies per feature and
			// whose opacity does not is the countries' program, already compiled for the basemap.
			paint: {
				'fill-color': withAlpha(controllerColor(), fillOpacity),
				'fill-antialias': false
			}
		},
		{
			// fill-pattern cannot read feature state: the layer is always there, its opacity is not.
			id: LAYER_IDS.placesHatch,
			type: 'fill',
			source: SOURCE_IDS.places,
			paint: {
				'fill-pattern': PATTERN_IDS.hatch,
				'fill-opacity': ['case', ['==', controller, 'contested'], 1, 0],
				'fill-antialias': false
			}
		},
		{
			id: LAYER_IDS.placesUncertain,
			type: 'fill',
			source: SOURCE_IDS.places,
			paint: {
				'fill-pattern': PATTERN_IDS.dots,
				'fill-opacity': ['case', flag(STATE_KEYS.uncertain), 0.75, 0],
				'fill-antialias': false
			}
		},
		{
			id: LAYER_IDS.placesInferred,
			type: 'fill',
			source: SOURCE_IDS.places,
			paint: {
				'fill-pattern': PATTERN_IDS.inferred,
				'fill-opacity': ['case', flag(STATE_KEYS.inferred), 1, 0],
				'fill-antialias': false
			}
		},
		{
			// line-dasharray cannot read feature state either: a second, dashed outline.
			id: LAYER_IDS.placesOutlineDisputed,
			type: 'line',
			source: SOURCE_IDS.places,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.outline,
				'line-width': 2,
				'line-dasharray': [2, 1.5],
				'line-opacity': ['case', disputed, 1, 0]
			}
		},
		{
			id: LAYER_IDS.placesHighlightHalo,
			type: 'line',
			source: SOURCE_IDS.places,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.halo,
				'line-width': ['case', selected, 8, hover, 5, 0],
				'line-opacity': ['case', selected, 0.9, hover, 0.7, 0]
			}
		},
		{
			// The solid outline and the selection/hover outline are one layer: one program fewer to
			// compile at first view, one layer fewer to rewrite when a feature state changes. It is
			// drawn last, over the halo; a disputed place that is neither selected nor hovered has
			// only the dashed outline below.
			id: LAYER_IDS.placesOutline,
			type: 'line',
			source: SOURCE_IDS.places,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.outline,
				'line-width': ['case', selected, 3.5, hover, 2, 1.2],
				'line-opacity': ['case', selected, 1, hover, 0.9, disputed, 0, 0.85]
			}
		}
	];

	return {
		version: 8,
		name: 'Frontline Atlas',
		sources: {
			[SOURCE_IDS.land]: geojson(input.land),
			[SOURCE_IDS.countries]: geojson(input.countries),
			[SOURCE_IDS.borders]: geojson(input.borders),
			[SOURCE_IDS.rivers]: geojson(input.rivers),
			...(input.lakes === undefined ? {} : { [SOURCE_IDS.lakes]: geojson(input.lakes) }),
			[SOURCE_IDS.places]: { ...geojson(withPromotableIds(input.places)), promoteId: 'id' }
		},
		layers
	};
}
