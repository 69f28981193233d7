/**
 * A thin adapter around one MapLibre map: the only module (with MapView.svelte) that talks to
 * MapLibre. It draws the offline style (style.ts), hands the HTML labels, marks, callouts and
 * names to labels/map-labels.ts, turns clicks and hovers into callbacks, and applies timeline
 * states as feature state only, so playback never re-uploads data or re-adds layers.
 *
 * Importable anywhere (MapView imports it statically, so the page preloads MapLibre); a map is
 * only ever constructed in the browser, from an effect.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import bbox from '@turf/bbox';
import type { Feature, GeoJsonProperties, Geometry } from 'geojson';
import type { Day } from '$lib/core/dates';
import { lookStrength } from '$lib/core/encoding';
import type { PlaceState } from '$lib/core/timeline';
import { REGION, type Basis, type Camera, type ControlValue } from '$lib/core/vocabulary';
import { HATCH_STRIPE, INFERRED_STRIPE } from './colors';
import type { MapShot, PngOptions } from './export-png';
import { MapLabels, type NamedPoint } from './labels/map-labels';
import { MARK_PX } from './labels/placement';
import { km } from './labels/markup';
import { backHatchPattern, dotsPattern, hatchPattern } from './hatch';
import {
	LAYER_IDS,
	PATTERN_IDS,
	SOURCE_IDS,
	STATE_KEYS,
	buildStyle,
	placeIdOf,
	type AnyFeatureCollection,
	type BasemapInput,
	type StyleInput
} from './style';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's worker as soon as this module runs in a browser (while the page hydrates),
// not when the map is constructed: the worker script is large and the first tiles wait for it.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') maplibregl.prewarm();

/** What the map needs of a place to label it. */
export interface PlaceLike {
	readonly id: string;
	readonly name: string;
	readonly nameAr: string;
	readonly center: readonly [number, number];
}

/**
 * What the map reads of a timeline `PlaceState` (a structural subset, so any PlaceState fits).
 * States are compared by identity: the same object means nothing changed.
 */
export interface MapPlaceState {
	readonly place: string;
	readonly controller: ControlValue;
	/** How the state is known; drawn as evidence strength (absent: drawn as stated). */
	readonly basis?: Basis;
	/** For a carried state, the last day a report stated it: the fade counts from here (core/story.ts). */
	readonly carriedFrom?: Day | null;
	readonly disputed: boolean;
	readonly uncertain: unknown;
}

/** A short note drawn at a place on the map (a difference between the views, a change that day). */
export interface MapCallout {
	readonly place: string;
	readonly text: string;
}

/** What an ExplorerMap reports to its owner. */
export type ExplorerMapCallbacks = Pick<
	ExplorerMapOptions,
	'onSelect' | 'onHover' | 'onViewChange' | 'onError' | 'onReady'
>;

export interface ExplorerMapOptions {
	/** Basemap layers and the place polygons, as plain GeoJSON objects. */
	data: StyleInput;
	/** Town points: properties `name`, `country`, `rank` 1–3 (1 = always shown). */
	towns: AnyFeatureCollection;
	/** Country name points (properties `name`), shown at regional zoom where they fit. */
	countries?: AnyFeatureCollection;
	/** Place labels; derived from `data.places` (properties name, nameAr, center) when omitted. */
	places?: readonly PlaceLike[];
	/** Initial camera; when absent the map fits all the places. */
	initialView?: Camera | null;
	/** A place was chosen on the map or with its label. */
	onSelect(id: string | null): void;
	/** The pointer entered (id, point relative to the map container) or left (null) a place. */
	onHover(id: string | null, point?: { x: number; y: number }): void;
	/** The camera settled somewhere new (after every pan, zoom, reset or jump). */
	onViewChange?(view: Camera): void;
	/** MapLibre reported an error (a layer, a source, the WebGL context…). */
	onError?(message: string): void;
	/**
	 * Draw nothing but the sea until this settles, and keep the basemap's data from the worker
	 * until then (the places load at once: their states are written meanwhile). The compare
	 * view's second map waits for the first to be ready: loaded and drawn together, each slows
	 * the other (one worker parses both maps' data; the software renderer of a machine without a
	 * GPU draws one frame at a time), and the first map comes sooner (docs/performance.md).
	 */
	hold?: Promise<void>;
	/** The map is ready: its first states drawn (as `data-map-ready="true"`). */
	onReady?(): void;
}

/** The page's map data: the basemap with its towns and country names, the places and their names. */
export interface MapData {
	readonly basemap: BasemapInput;
	readonly places: AnyFeatureCollection;
	/** Names and centres for the place labels; read from the polygons when omitted. */
	readonly placeInfo?: readonly PlaceLike[];
}

/** An ExplorerMap's options from the page's map data, its first camera, callbacks and hold. */
export function mapOptions(
	d: MapData,
	initialView: Camera | null,
	callbacks: ExplorerMapCallbacks,
	hold?: Promise<void>
): ExplorerMapOptions {
	return {
		data: { ...d.basemap, places: d.places },
		towns: d.basemap.towns,
		countries: d.basemap.countryLabels,
		places: d.placeInfo,
		initialView,
		...callbacks,
		hold
	};
}

/**
 * A hold (`ExplorerMapOptions.hold`) and the one call that releases it. The compare view's
 * second map is held until the first is ready or has failed, whichever comes first, so that one
 * failure never keeps the other blank.
 */
export function mapHold(): { readonly promise: Promise<void>; readonly release: () => void } {
	let release!: () => void;
	// The executor runs at once: `release` is set before this returns.
	const promise = new Promise<void>((resolve) => (release = resolve));
	return { promise, release };
}

/**
 * True only in test builds (`npm run build:test`, which the e2e tests and the benchmarks use):
 * Vite replaces it with a constant, so a production build carries no test hooks at all.
 */
declare const __ATLAS_TEST_HOOKS__: boolean;

/** Read-only hooks for end-to-end tests and benchmarks, on `window.__atlas` in test builds only. */
export interface AtlasDebugHooks {
	/** Viewport (client) pixel of a point inside the place's polygon, for `page.mouse.click`. */
	project(id: string): { x: number; y: number } | null;
	/** The current camera. */
	view(): Camera;
	/** Resolves after the next frame in which nothing is left to draw. */
	idle(): Promise<void>;
	/** True once the first states are drawn (same moment as `data-map-ready="true"`). */
	readonly ready: boolean;
	/** How many `setFeatureState` calls place states have caused so far. */
	readonly featureStateWrites: number;
	/** Free slot for the page (e.g. the playback step in ms); the map never reads it. */
	stepMs?: number;
}

declare global {
	interface Window {
		__atlas?: AtlasDebugHooks;
	}
}

/**
 * Bounds the camera cannot leave: the region geo/basemap is clipped to (lon 35–45, lat 32–38.5),
 * so the edge of the data is never on screen.
 */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
	[REGION.west, REGION.south],
	[REGION.east, REGION.north]
];
export { TOWN_RANK_ZOOM } from './labels/map-labels';
export { MARK_PX } from './labels/placement';
/** Towns closer than this to a place are not labelled (the place label names them). */
const TOWN_PLACE_MIN_KM = 10;
const FIT_MAX_ZOOM = 11;

type BBox4 = [number, number, number, number];

let instanceCounter = 0;

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

function asBBox(b: number[]): BBox4 {
	return [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0];
}

function unionBBox(boxes: Iterable<BBox4>): BBox4 | null {
	let out: BBox4 | null = null;
	for (const b of boxes) {
		out = out
			? [
					Math.min(out[0], b[0]),
					Math.min(out[1], b[1]),
					Math.max(out[2], b[2]),
					Math.max(out[3], b[3])
				]
			: [...b];
	}
	return out;
}

function isCenter(v: unknown): v is [number, number] {
	return (
		Array.isArray(v) && v.length >= 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}

/**
 * The evidence strength a state is drawn with on `day` (NaN: its basis alone, as on its first
 * day): the core's own rule (encoding.ts lookStrength), so the map and the list cannot differ.
 * Runs for every place on every playback step, so a timeline PlaceState (basis and carriedFrom
 * present) is read as it is; only a partial state gets its defaults filled in.
 */
function strengthOf(s: MapPlaceState, day: number): number {
	const evidence =
		s.basis !== undefined && s.carriedFrom !== undefined
			? (s as Pick<PlaceState, 'controller' | 'basis' | 'carriedFrom'>)
			: {
					controller: s.controller,
					basis: s.basis ?? 'stated',
					carriedFrom: s.carriedFrom ?? null
				};
	return lookStrength(evidence, Number.isNaN(day) ? -Infinity : day);
}

/** Label fields of a place feature; null if it has no usable id. */
function placeFromFeature(
	f: Feature<Geometry | null, GeoJsonProperties>,
	box: BBox4 | undefined
): PlaceLike | null {
	const id = placeIdOf(f);
	if (!id) return null;
	const p = f.properties ?? {};
	const center = isCenter(p['center'])
		? ([p['center'][0], p['center'][1]] as [number, number])
		: box
			? ([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] as [number, number])
			: null;
	if (!center) return null;
	return {
		id,
		name: typeof p['name'] === 'string' ? p['name'] : id,
		nameAr: typeof p['nameAr'] === 'string' ? p['nameAr'] : '',
		center
	};
}

/** A name and a point from a GeoJSON feature (`label` or `name`; `rank` 1–3, default 3). */
function namedPoint(f: Feature<Geometry | null, GeoJsonProperties>): NamedPoint | null {
	if (f.geometry?.type !== 'Point') return null;
	const [lon, lat] = f.geometry.coordinates;
	if (lon === undefined || lat === undefined) return null;
	const props = f.properties ?? {};
	const name =
		typeof props['label'] === 'string'
			? props['label']
			: typeof props['name'] === 'string'
				? props['name']
				: null;
	if (!name) return null;
	const rank = Math.min(3, Math.max(1, Math.round(Number(props['rank']) || 3))) as 1 | 2 | 3;
	return { name, lngLat: [lon, lat], rank };
}

/** Country names: every named point, all of rank 1. */
function namedPoints(fc: AnyFeatureCollection | undefined): NamedPoint[] {
	const out: NamedPoint[] = [];
	for (const f of fc?.features ?? []) {
		const p = namedPoint(f);
		if (p) out.push({ ...p, rank: 1 });
	}
	return out;
}

/** A zoom-in / frame icon for the reset button (inline, nothing fetched). */
const RESET_ICON =
	'<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">' +
	'<path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" fill="none" stroke="currentColor" stroke-width="2"/>' +
	'<circle cx="10" cy="10" r="2" fill="currentColor"/></svg>';

class ResetViewControl implements maplibregl.IControl {
	private container: HTMLDivElement | null = null;
	constructor(private readonly onReset: () => void) {}

	onAdd(): HTMLElement {
		const div = document.createElement('div');
		div.className = 'maplibregl-ctrl maplibregl-ctrl-group';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'atlas-reset-view';
		button.setAttribute('aria-label', 'Reset view');
		button.title = 'Reset view';
		button.innerHTML = RESET_ICON;
		button.addEventListener('click', () => this.onReset());
		div.append(button);
		this.container = div;
		return div;
	}

	onRemove(): void {
		this.container?.remove();
		this.container = null;
	}
}

export class ExplorerMap {
	readonly map: maplibregl.Map;
	private readonly container: HTMLElement;
	private readonly opts: ExplorerMapOptions;
	private readonly places: readonly PlaceLike[];
	private readonly placeBounds = new Map<string, BBox4>();
	private readonly allBounds: BBox4 | null;
	private readonly labels: MapLabels;
	/** The last state applied per place (identity is the change test). */
	private readonly applied = new Map<string, MapPlaceState>();
	/** The last evidence strength written per place (it changes with the day for carried states). */
	private readonly strengths = new Map<string, number>();
	private readonly idleWaiters = new Set<() => void>();
	private readonly debugHooks: AtlasDebugHooks | null;
	private loaded = false;
	private statesSeen = false;
	private readyScheduled = false;
	/** Until `opts.hold` settles; the layers it hides (all but the background) until then. */
	private held = false;
	private readonly heldLayers: string[] = [];
	/** The basemap sources' data a hold keeps from the worker until then (empty meanwhile). */
	private readonly heldData = new Map<string, maplibregl.GeoJSONSourceSpecification['data']>();
	private ready = false;
	private destroyed = false;
	private selectedId: string | null = null;
	private hoverId: string | null = null;
	private featureStateWrites = 0;
	/** Set while the map moves itself (initial framing): no onViewChange. */
	private quiet = false;

	constructor(container: HTMLElement, opts: ExplorerMapOptions) {
		this.container = container;
		this.opts = opts;
		const uid = ++instanceCounter;

		for (const f of opts.data.places.features) {
			const id = placeIdOf(f);
			if (id && f.geometry) this.placeBounds.set(id, asBBox(bbox(f)));
		}
		this.allBounds = unionBBox(this.placeBounds.values());
		this.places =
			opts.places ??
			opts.data.places.features
				.map((f) => {
					const id = placeIdOf(f);
					return placeFromFeature(f, id ? this.placeBounds.get(id) : undefined);
				})
				.filter((p): p is PlaceLike => p !== null);

		const view = opts.initialView;
		const hasView =
			view != null &&
			[view.zoom, view.lat, view.lon].every((n) => typeof n === 'number' && Number.isFinite(n));

		const style = buildStyle(opts.data);
		if (opts.hold) {
			this.held = true;
			for (const layer of style.layers) {
				if (layer.type === 'background') continue;
				this.heldLayers.push(layer.id);
				layer.layout = { ...layer.layout, visibility: 'none' };
			}
			for (const [id, source] of Object.entries(style.sources)) {
				if (id === SOURCE_IDS.places || source.type !== 'geojson') continue;
				this.heldData.set(id, source.data);
				style.sources[id] = { ...source, data: { type: 'FeatureCollection', features: [] } };
			}
			const settle = () => {
				this.held = false;
				this.release();
			};
			opts.hold.then(settle, settle);
		}
		this.map = new maplibregl.Map({
			container,
			style,
			attributionControl: false,
			// The style is ours, built by buildStyle and checked against the style spec in
			// style.test.ts; validating it again in the browser costs each map ~20 ms of its
			// first frame on the way to the first view.
			validateStyle: false,
			maxBounds: MAX_BOUNDS,
			minZoom: 4,
			maxZoom: 13,
			...(hasView
				? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
				: this.allBounds
					? { bounds: this.allBounds, fitBoundsOptions: { padding: this.fitPadding() } }
					: { center: [40, 35] as [number, number], zoom: 6 }),
			cooperativeGestures: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			maxPitch: 0,
			locale: { 'Map.Title': 'Map. Arrow keys pan, plus and minus zoom.' }
		});
		// No compass is shown, so nothing may rotate the map.
		this.map.keyboard.disableRotation();
		this.map.touchZoomRotate.disableRotation();

		this.map.addControl(
			new maplibregl.AttributionControl({
				compact: false,
				// Short, so that on a half-width map it stays one line and clear of the scale bar:
				// basemap (Natural Earth; rivers from GSHHG, LGPL), lakes (OpenStreetMap), towns
				// (GeoNames). The PNG caption and geo/basemap/README.md say which is which.
				customAttribution: [
					'<a href="https://www.naturalearthdata.com/">Natural Earth</a>, GSHHG',
					'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> (ODbL)',
					'© <a href="https://www.geonames.org/">GeoNames</a> (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)'
				]
			}),
			'bottom-right'
		);
		this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new ResetViewControl(() => this.resetView()), 'top-right');
		// In the attribution's corner, added after it: MapLibre stacks a bottom corner's controls
		// upwards, so the scale sits just above the attribution and is never hidden when the
		// attribution wraps to two lines on a half-width or phone map.
		this.map.addControl(
			new maplibregl.ScaleControl({ maxWidth: 100, unit: 'metric' }),
			'bottom-right'
		);

		this.map.setMissingStyleImageResolver((id) => this.addPattern(id));
		this.map.on('error', (e) => this.reportError(e.error, (e as { sourceId?: string }).sourceId));
		this.map.on('webglcontextlost', () =>
			this.opts.onError?.(
				'The map lost its WebGL context; it will redraw if the browser restores it.'
			)
		);
		this.map.on('load', this.onLoad);
		// The halo is part of the target: at low zoom it is most of what a reader sees of a town.
		const targets = [LAYER_IDS.placesHalo, LAYER_IDS.placesFill];
		this.map.on('click', targets, this.onClick);
		this.map.on('mousemove', targets, this.onMouseMove);
		this.map.on('mouseleave', targets, this.onMouseLeave);
		this.map.on('moveend', this.onMoveEnd);

		this.labels = new MapLabels(this.map, container, {
			uid,
			places: this.places.map((p) => ({ ...p, bounds: this.placeBounds.get(p.id) })),
			towns: this.townPoints(opts.towns),
			countries: namedPoints(opts.countries),
			onSelect: (id) => this.opts.onSelect(id),
			onFocus: (id) => this.reveal(id)
		});
		// While the camera moves, labels keep their offsets; each frame of a zoom lays them out
		// again (coalesced), and the end of any move does so at once.
		this.map.on('zoom', this.labels.schedule);
		this.map.on('moveend', () => this.labels.layout());
		this.map.on('resize', this.labels.resize);
		// Now that the labels can be measured, frame the places so that the labels fit too.
		if (!hasView) this.fitAllQuietly();
		this.labels.layout();

		this.debugHooks = __ATLAS_TEST_HOOKS__ ? this.createDebugHooks() : null;
		if (this.debugHooks && typeof window !== 'undefined') window.__atlas = this.debugHooks;
	}

	// ---- states -------------------------------------------------------------------------

	/**
	 * Apply timeline states. Only places whose state object changed since the last call are
	 * touched: one `setFeatureState` each and a few label attributes. Call freely every frame.
	 */
	setStates(states: readonly MapPlaceState[], day: number = NaN): void {
		if (this.destroyed) return;
		for (let i = 0; i < states.length; i++) {
			const s = states[i]!;
			// Strength moves with the day only for carried states; it is rounded, so a fade writes
			// on few days. No day: drawn at the strength of its basis alone.
			const strength = strengthOf(s, day);
			if (this.applied.get(s.place) === s && this.strengths.get(s.place) === strength) continue;
			this.applied.set(s.place, s);
			this.strengths.set(s.place, strength);
			if (this.loaded) this.writeFeatureState(s);
			this.updateLabel(s, strength);
		}
		if (!this.statesSeen) {
			this.statesSeen = true;
			this.scheduleReady();
		}
	}

	/** Set the screen-reader text that follows a place label's name (e.g. "Syrian government, stated"). */
	setLabelText(id: string, stateText: string): void {
		this.labels.setStateText(id, stateText);
	}

	private writeFeatureState(s: MapPlaceState): void {
		this.featureStateWrites++;
		this.map.setFeatureState(
			{ source: SOURCE_IDS.places, id: s.place },
			{
				[STATE_KEYS.controller]: s.controller,
				[STATE_KEYS.disputed]: s.disputed,
				[STATE_KEYS.uncertain]: s.uncertain !== null && s.uncertain !== undefined,
				[STATE_KEYS.inferred]: s.basis === 'inferred',
				[STATE_KEYS.strength]: this.strengths.get(s.place) ?? 1
			}
		);
	}

	private updateLabel(s: MapPlaceState, strength: number): void {
		this.labels.setLook(s.place, {
			controller: s.controller,
			basis: s.basis ?? 'stated',
			strength,
			disputed: s.disputed,
			uncertain: s.uncertain !== null && s.uncertain !== undefined
		});
	}

	/**
	 * Show short notes at places (replacing any shown), placed clear of the labels. Cheap to call
	 * with the same list again: unchanged notes are left alone.
	 */
	setCallouts(items: readonly MapCallout[]): void {
		if (this.destroyed) return;
		this.labels.setCallouts(items);
	}

	// ---- selection and camera ----------------------------------------------------------------

	/** Mark a place as selected (thick outline, pressed label), or clear the selection. */
	select(id: string | null): void {
		if (this.destroyed || id === this.selectedId) return;
		const prev = this.selectedId;
		this.selectedId = id;
		if (this.loaded) {
			if (prev)
				this.map.setFeatureState(
					{ source: SOURCE_IDS.places, id: prev },
					{ [STATE_KEYS.selected]: false }
				);
			if (id)
				this.map.setFeatureState(
					{ source: SOURCE_IDS.places, id },
					{ [STATE_KEYS.selected]: true }
				);
		}
		this.labels.select(id);
	}

	/** Zoom to a place (animated unless the user prefers reduced motion). */
	fitPlace(id: string): void {
		const b = this.placeBounds.get(id);
		if (!b || this.destroyed) return;
		this.map.fitBounds(b, {
			padding: this.fitPadding([id]),
			maxZoom: FIT_MAX_ZOOM,
			duration: prefersReducedMotion() ? 0 : 800
		});
	}

	/** Back to the view of all places. */
	resetView(): void {
		if (!this.allBounds || this.destroyed) return;
		this.map.fitBounds(this.allBounds, {
			padding: this.fitPadding(this.places.map((p) => p.id)),
			bearing: 0,
			pitch: 0,
			duration: prefersReducedMotion() ? 0 : 600
		});
	}

	/** The current camera, rounded for URLs (zoom 2 decimals, lat/lon 4). */
	getView(): Camera {
		const c = this.map.getCenter();
		return { zoom: round(this.map.getZoom(), 2), lat: round(c.lat, 4), lon: round(c.lng, 4) };
	}

	/** Jump (no animation) to a camera. */
	setView(view: Camera): void {
		if (this.destroyed) return;
		this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
	}

	/** Pixel of the place's center relative to the map container (null for an unknown id). */
	placePoint(id: string): { x: number; y: number } | null {
		const place = this.places.find((p) => p.id === id);
		if (!place || this.destroyed) return null;
		const p = this.map.project([place.center[0], place.center[1]]);
		return { x: p.x, y: p.y };
	}

	/** Viewport (client) pixel of the place's center: what `page.mouse.click` expects. */
	projectPlace(id: string): { x: number; y: number } | null {
		const p = this.placePoint(id);
		if (!p) return null;
		const rect = this.container.getBoundingClientRect();
		return { x: rect.left + p.x, y: rect.top + p.y };
	}

	/**
	 * The map with its annotations as a PNG (see export-png.ts). The PNG writer is loaded on the
	 * first export, not with the first view (docs/performance.md, row 1).
	 */
	toPng(options: PngOptions): Promise<Blob> {
		// shot() has loaded the PNG writer by the time it resolves: this import is the cached one.
		return this.shot().then((shot) =>
			import('./export-png').then((m) =>
				m.shotsToPng([{ shot, heading: null, labels: options.labels }], options)
			)
		);
	}

	/** The map's pixels and where it shows its places, names and notes, for a PNG (export-png.ts). */
	shot(): Promise<MapShot> {
		// A held map is drawn first: the export shows the places, never the empty sea.
		return Promise.all([import('./export-png'), this.opts.hold]).then(([m]) =>
			m.shootMap(this.map, this.labels.spots(), this.labels.shownNames(), this.labels.notes())
		);
	}

	/** Resolves after the next rendered frame that leaves nothing pending (or at once if destroyed). */
	whenIdle(): Promise<void> {
		if (this.destroyed) return Promise.resolve();
		return new Promise((resolve) => {
			const done = () => {
				this.idleWaiters.delete(done);
				resolve();
			};
			this.idleWaiters.add(done);
			this.map.once('idle', done);
			this.map.triggerRepaint();
		});
	}

	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		this.labels.destroy();
		this.map.remove();
		for (const done of [...this.idleWaiters]) done();
		delete this.container.dataset.mapReady;
		if (this.debugHooks && typeof window !== 'undefined' && window.__atlas === this.debugHooks)
			delete window.__atlas;
	}

	private createDebugHooks(): AtlasDebugHooks {
		const hooks: AtlasDebugHooks = {
			project: (id) => this.projectPlace(id),
			view: () => this.getView(),
			idle: () => this.whenIdle(),
			ready: false,
			featureStateWrites: 0
		};
		Object.defineProperties(hooks, {
			ready: { get: () => this.ready, enumerable: true },
			featureStateWrites: { get: () => this.featureStateWrites, enumerable: true }
		});
		return hooks;
	}

	// ---- internals ----------------------------------------------------------------------------

	/**
	 * Padding for fitting places: a margin all round, plus room for the labels of the given
	 * places. Labels may sit beside, above or below their mark (labels/placement.ts), so a
	 * region view leaves half the widest label at each side and one label's height above and
	 * below; a single place leaves a whole label width at each side, where its label goes beside
	 * the outline. No side takes more than 30% of the map.
	 */
	private fitPadding(labelIds: Iterable<string> = []): {
		top: number;
		bottom: number;
		left: number;
		right: number;
	} {
		const w = this.container.clientWidth || 600;
		const h = this.container.clientHeight || 400;
		const base = Math.round(Math.max(8, Math.min(40, w * 0.06, h * 0.06)));
		const ids = [...labelIds];
		let labelW = 0;
		let labelH = 0;
		for (const id of ids) {
			const size = this.labels?.labelSize(id);
			if (!size) continue;
			labelW = Math.max(labelW, size.w);
			labelH = Math.max(labelH, size.h);
		}
		const side = ids.length === 1 ? labelW + MARK_PX : labelW / 2;
		const vertical = labelH + MARK_PX / 2;
		const cap = (n: number, of: number) => Math.round(Math.min(base + n, of * 0.3));
		return {
			top: cap(vertical, h),
			bottom: cap(vertical + 16, h),
			left: cap(side, w),
			right: cap(side, w)
		};
	}

	/** Fit all places with room for their labels, at once and without reporting a view change. */
	private fitAllQuietly(): void {
		if (!this.allBounds) return;
		this.quiet = true;
		try {
			this.map.fitBounds(this.allBounds, {
				padding: this.fitPadding(this.places.map((p) => p.id)),
				duration: 0
			});
		} finally {
			this.quiet = false;
		}
	}

	private reportError(error: unknown, sourceId?: string): void {
		const detail =
			error instanceof Error
				? error.message
				: typeof error === 'string'
					? error
					: 'Unknown map error';
		// A failed source is named for the reader; the rest of the app does not depend on it.
		const message = sourceId
			? `Part of the map (the ${sourceId} layer) could not be loaded: ${detail}. The places, dates and excerpts still work.`
			: `The map reported an error: ${detail}`;
		if (this.opts.onError) this.opts.onError(message);
		else console.error('[map]', error);
	}

	private addPattern(id: string): void {
		if (this.destroyed || this.map.hasImage(id)) return;
		if (id === PATTERN_IDS.hatch) {
			this.map.addImage(id, hatchPattern({ size: 20, stripe: 6, color: HATCH_STRIPE }), {
				pixelRatio: 2
			});
		} else if (id === PATTERN_IDS.inferred) {
			this.map.addImage(
				id,
				backHatchPattern({ size: 12, stripe: 2.5, color: INFERRED_STRIPE, alpha: 0.75 }),
				{ pixelRatio: 2 }
			);
		} else if (id === PATTERN_IDS.dots) {
			this.map.addImage(id, dotsPattern({ size: 14, radius: 2.6 }), { pixelRatio: 2 });
		}
	}

	private readonly onLoad = (): void => {
		if (this.destroyed) return;
		this.addPattern(PATTERN_IDS.hatch);
		this.addPattern(PATTERN_IDS.dots);
		this.addPattern(PATTERN_IDS.inferred);
		this.loaded = true;
		for (const s of this.applied.values()) this.writeFeatureState(s);
		if (this.selectedId) {
			this.map.setFeatureState(
				{ source: SOURCE_IDS.places, id: this.selectedId },
				{ [STATE_KEYS.selected]: true }
			);
		}
		this.labels.layout();
		this.release();
		this.scheduleReady();
	};

	/** Shows the layers a hold kept hidden, once the hold has settled and the style is loaded. */
	private release(): void {
		if (this.destroyed || this.held || !this.loaded || this.heldLayers.length === 0) return;
		for (const [id, data] of this.heldData)
			this.map.getSource<maplibregl.GeoJSONSource>(id)?.setData(data);
		this.heldData.clear();
		for (const id of this.heldLayers) this.map.setLayoutProperty(id, 'visibility', 'visible');
		this.heldLayers.length = 0;
		this.scheduleReady();
	}

	private scheduleReady(): void {
		if (!this.loaded || !this.statesSeen || this.readyScheduled || this.heldLayers.length > 0)
			return;
		this.readyScheduled = true;
		void this.whenIdle().then(() => {
			if (this.destroyed) return;
			this.ready = true;
			this.container.dataset.mapReady = 'true';
			this.opts.onReady?.();
		});
	}

	private featureId(e: maplibregl.MapLayerMouseEvent): string | null {
		const id = e.features?.[0]?.id;
		return id === undefined || id === null ? null : String(id);
	}

	private readonly onClick = (e: maplibregl.MapLayerMouseEvent): void => {
		const id = this.featureId(e);
		if (id) this.opts.onSelect(id);
	};

	private readonly onMouseMove = (e: maplibregl.MapLayerMouseEvent): void => {
		const id = this.featureId(e);
		if (id !== this.hoverId) this.setHover(id);
		this.opts.onHover(id, { x: e.point.x, y: e.point.y });
	};

	private readonly onMouseLeave = (): void => {
		if (this.hoverId === null) return;
		this.setHover(null);
		this.opts.onHover(null);
	};

	private setHover(id: string | null): void {
		if (this.hoverId)
			this.map.setFeatureState(
				{ source: SOURCE_IDS.places, id: this.hoverId },
				{ [STATE_KEYS.hover]: false }
			);
		this.hoverId = id;
		if (id)
			this.map.setFeatureState({ source: SOURCE_IDS.places, id }, { [STATE_KEYS.hover]: true });
		this.map.getCanvas().style.cursor = id ? 'pointer' : '';
	}

	private readonly onMoveEnd = (): void => {
		if (!this.destroyed && !this.quiet) this.opts.onViewChange?.(this.getView());
	};

	/** Pan (zoom unchanged) so a place near or past the edge of the map comes into view. */
	private reveal(id: string): void {
		const place = this.places.find((p) => p.id === id);
		if (!place || this.destroyed) return;
		const p = this.map.project([place.center[0], place.center[1]]);
		const margin = 48;
		const w = this.container.clientWidth;
		const h = this.container.clientHeight;
		if (p.x >= margin && p.y >= margin && p.x <= w - margin && p.y <= h - margin) return;
		this.map.easeTo({
			center: [place.center[0], place.center[1]],
			duration: prefersReducedMotion() ? 0 : 400
		});
	}

	/** Towns worth a name: inside the region, not within TOWN_PLACE_MIN_KM of a place. */
	private townPoints(towns: AnyFeatureCollection): NamedPoint[] {
		const out: NamedPoint[] = [];
		for (const f of towns.features) {
			const point = namedPoint(f);
			if (!point) continue;
			const [lon, lat] = point.lngLat;
			if (lon < REGION.west || lon > REGION.east || lat < REGION.south || lat > REGION.north)
				continue;
			if (this.places.some((p) => km(p.center, point.lngLat) < TOWN_PLACE_MIN_KM)) continue;
			out.push(point);
		}
		// Rank 1 first: the placement gives earlier names the first claim on the space.
		return out.sort((a, b) => a.rank - b.rank);
	}
}
