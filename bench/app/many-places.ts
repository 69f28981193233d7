/**
 * ExplorerMap (the class the app uses) with a synthetic layer of small polygons (5,000 by
 * default, `?n=`), each with a seeded storyline of PlaceState-like objects, stepped by the app's
 * own Playback class through `setStates`: feature state only, identity as the change test, as in
 * the app. About `?rate=` (default 2%) of the places change on a given day.
 *
 * No HTML labels (`places: []`): 5,000 DOM markers would measure the DOM, not the map, and the
 * app would label at that scale differently (see docs/scaling.md).
 *
 * Hooks on `window.__manyPlaces`: `play(speed)`, `pause()`, the timings of each playback step's
 * `setStates` (`stepMs`); `repaint(on)`: redraw every frame with no change (this scene's floor);
 * `steps(k)`: k more days, one task each, without waiting for frames (many samples of the same
 * `setStates` calls, when SwiftShader takes a second per frame of this scene); `burst(rounds)`:
 * every place changes at once, `rounds` times, timing `setStates` and the map frame after it.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Polygon } from 'geojson';
import { CONTROL_VALUES } from '$lib/map/colors';
import { ExplorerMap, MAX_BOUNDS, type MapPlaceState } from '$lib/map/explorer-map';
import { Playback } from '$lib/state/playback.svelte';
import { seededRandom } from '../../src/lib/core/timeline/synthetic-corpus';
import { basemap, towns } from './basemap';

interface ManyPlacesHooks {
	readonly places: number;
	readonly days: number;
	/** `setStates` duration of each playback step, ms. */
	readonly stepMs: number[];
	/** `setFeatureState` calls per playback step. */
	readonly stepWrites: number[];
	play(speed: number): void;
	pause(): void;
	/** Redraw every frame (MapLibre's `repaint`), with no state change: this scene's frame floor. */
	repaint(on: boolean): void;
	steps(k: number): Promise<{ stepMs: number[]; setStatesMs: number[]; writes: number[] }>;
	burst(rounds: number): Promise<{ setStatesMs: number[]; renderMs: number[] }>;
}

declare global {
	interface Window {
		__manyPlaces?: ManyPlacesHooks;
		/** Start of the animation-frame callback running now (set by the bench's instrument). */
		__benchCallbackStart?: number;
	}
}

const q = new URLSearchParams(location.search);
const N = Math.max(1, Math.round(Number(q.get('n') ?? 5000)));
const RATE = Number(q.get('rate') ?? 0.02);
const SEED = Math.round(Number(q.get('seed') ?? 20171109));
const DAYS = 400;

const rnd = seededRandom(SEED);

// ---- geometry: a jittered grid of small octagons over the region --------------------------
const [[west, south], [east, north]] = MAX_BOUNDS;
const cols = Math.ceil(Math.sqrt(N * ((east - west) / (north - south))));
const rows = Math.ceil(N / cols);
const cw = (east - west - 0.6) / cols;
const ch = (north - south - 0.6) / rows;
const ids: string[] = [];
const features: FeatureCollection<Polygon>['features'] = [];
for (let i = 0; i < N; i++) {
	const id = `p${String(i).padStart(5, '0')}`;
	ids.push(id);
	const cx = west + 0.3 + ((i % cols) + 0.5 + (rnd() - 0.5) * 0.3) * cw;
	const cy = south + 0.3 + (Math.floor(i / cols) + 0.5 + (rnd() - 0.5) * 0.3) * ch;
	const r = 0.3 * Math.min(cw, ch) * (0.7 + 0.3 * rnd());
	const ring: [number, number][] = [];
	for (let k = 0; k < 8; k++) {
		const a = (k / 8) * 2 * Math.PI;
		const rr = r * (0.8 + 0.2 * rnd());
		ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
	}
	ring.push(ring[0]!);
	features.push({
		type: 'Feature',
		id,
		properties: { id, name: id },
		geometry: { type: 'Polygon', coordinates: [ring] }
	});
}

// ---- states: frozen objects, shared between days while nothing changes ----------------------
const controllers = CONTROL_VALUES;
function randomState(place: string): MapPlaceState {
	const disputed = rnd() < 0.08;
	const uncertain = !disputed && rnd() < 0.08 ? { from: 'unknown', to: 'unknown' } : null;
	return Object.freeze({
		place,
		controller: controllers[Math.floor(rnd() * controllers.length)]!,
		basis: rnd() < 0.8 ? 'stated' : 'inferred',
		disputed,
		uncertain
	});
}
const initial: MapPlaceState[] = ids.map(randomState);
/** Changes that take effect on each day: [place index, new state]. */
const changesOn: [number, MapPlaceState][][] = [[]];
for (let d = 1; d < DAYS; d++) {
	const list: [number, MapPlaceState][] = [];
	for (let i = 0; i < N; i++) if (rnd() < RATE) list.push([i, randomState(ids[i]!)]);
	changesOn.push(list);
}

const current = initial.slice();
let shownDay = 0;
/** Moves `current` to `day`: forward by the day's changes, or replays from day 0. */
function statesAt(day: number): MapPlaceState[] {
	if (day < shownDay) {
		for (let i = 0; i < N; i++) current[i] = initial[i]!;
		shownDay = 0;
	}
	while (shownDay < day) {
		shownDay++;
		for (const [i, s] of changesOn[shownDay]!) current[i] = s;
	}
	return current;
}

// ---- the map ---------------------------------------------------------------------------------
const container = document.getElementById('map') as HTMLDivElement;
const slider = document.getElementById('date-slider') as HTMLInputElement;
slider.max = String(DAYS - 1);
(document.getElementById('count') as HTMLOutputElement).textContent =
	`${N.toLocaleString('en-US')} places`;

const explorerMap = new ExplorerMap(container, {
	data: { ...basemap, places: { type: 'FeatureCollection', features } },
	towns,
	places: [],
	onSelect: () => {},
	onHover: () => {}
});
const map = explorerMap.map;

const stepMs: number[] = [];
const stepWrites: number[] = [];
const writes = (): number => window.__atlas?.featureStateWrites ?? 0;

/**
 * Shows a day: its states through `setStates`, and the slider. Returns the ms in `setStates`,
 * the `setFeatureState` calls, and the ms of the whole step (states lookup and slider included).
 */
function show(d: number): [number, number, number] {
	const start = performance.now();
	const states = statesAt(d);
	const w0 = writes();
	const t0 = performance.now();
	explorerMap.setStates(states);
	const ms = performance.now() - t0;
	if (window.__atlas) window.__atlas.stepMs = ms;
	slider.value = String(d);
	slider.setAttribute('aria-valuetext', `day ${d}`);
	return [ms, writes() - w0, performance.now() - start];
}

let day = 0;
const playback = new Playback({
	day: () => day,
	setDay: (d) => {
		day = d;
		const [ms, w] = show(d);
		stepMs.push(ms);
		stepWrites.push(w);
	},
	range: () => ({ first: 0, last: DAYS - 1 })
});

/** Resolves in a task of its own (no 4 ms clamp, unlike nested timeouts). */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => resolve();
		ch.port2.postMessage(null);
	});
}
playback.loop = true;

/** The JS time of the map frame that follows, from the start of its animation-frame callback. */
function nextRenderMs(): Promise<number> {
	return new Promise((resolve) =>
		map.once('render', () => resolve(performance.now() - (window.__benchCallbackStart ?? NaN)))
	);
}

// Two full sets of states, different everywhere: alternating them changes every place.
const burstSets = [ids.map(randomState), ids.map(randomState)] as const;

window.__manyPlaces = {
	places: N,
	days: DAYS,
	stepMs,
	stepWrites,
	play(speed) {
		playback.speed = speed;
		playback.play();
	},
	pause() {
		playback.pause();
	},
	repaint(on) {
		map.repaint = on;
	},
	async steps(k) {
		const all: number[] = [];
		const setStatesMs: number[] = [];
		const w: number[] = [];
		for (let i = 0; i < k; i++) {
			await nextTask();
			day = day + 1 < DAYS ? day + 1 : 0;
			const [ms, n, total] = show(day);
			setStatesMs.push(ms);
			w.push(n);
			all.push(total);
		}
		return { stepMs: all, setStatesMs, writes: w };
	},
	async burst(rounds) {
		const setStatesMs: number[] = [];
		const renderMs: number[] = [];
		for (let r = 0; r < rounds; r++) {
			await new Promise((resolve) => requestAnimationFrame(resolve));
			const rendered = nextRenderMs();
			const t0 = performance.now();
			explorerMap.setStates(burstSets[r % 2]!);
			setStatesMs.push(performance.now() - t0);
			renderMs.push(await rendered);
		}
		// Back to the playback's states for whatever runs next.
		explorerMap.setStates(current);
		await nextRenderMs();
		return { setStatesMs, renderMs };
	}
};

show(0);
