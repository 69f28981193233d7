/**
 * The markup of the map's annotations (styled by labels.css): each place's marker element with
 * its mark, label button and leader line; callouts; town and country names; and the small DOM
 * writes a layout makes (offsets, widths, leader lines), each only when the value changes.
 * map-labels.ts decides what goes where; this file only builds and moves elements.
 */
import * as maplibregl from 'maplibre-gl';
import type { Basis, ControlValue } from '$lib/core/vocabulary';
import { leaderLine, type Box } from './placement';

/** What the labels need of a place. */
export interface LabelledPlace {
	readonly id: string;
	readonly name: string;
	readonly nameAr: string;
	readonly center: readonly [number, number];
	/** The outline's bounding box [west, south, east, north], when it has one. */
	readonly bounds?: readonly [number, number, number, number];
}

/** A point with a name (a town or a country). */
export interface NamedPoint {
	readonly name: string;
	readonly lngLat: readonly [number, number];
	/** Towns: 1 always shown, 2 and 3 from TOWN_RANK_ZOOM. Countries: 1. */
	readonly rank: 1 | 2 | 3;
}

/** How a place is drawn on one day (from the map's state). */
export interface LabelLook {
	readonly controller: ControlValue;
	readonly basis: Basis;
	readonly strength: number;
	readonly disputed: boolean;
	readonly uncertain: boolean;
}

export interface PlaceParts {
	readonly place: LabelledPlace;
	readonly anchor: HTMLDivElement;
	readonly marker: maplibregl.Marker;
	readonly label: HTMLButtonElement;
	readonly swatch: HTMLSpanElement;
	readonly stateText: HTMLSpanElement;
	readonly mark: HTMLSpanElement;
	readonly markFill: HTMLSpanElement;
	readonly leader: HTMLSpanElement;
	/** The side tried first: away from the nearest other place. */
	readonly prefer: 'left' | 'right';
	/** The look last drawn (null before the first state). */
	look: LabelLook | null;
	/** The label's size, measured once per layout generation. */
	w: number;
	h: number;
}

export interface Callout {
	readonly marker: maplibregl.Marker;
	readonly el: HTMLElement;
	readonly text: HTMLSpanElement;
	/** A line back to the place when the note sits away from it. */
	readonly leader: HTMLSpanElement;
	/** Its size at each width tried, measured once per text (and again after a resize). */
	readonly sizes: Map<number, { w: number; h: number }>;
}

export interface NameParts {
	readonly point: NamedPoint;
	readonly el: HTMLDivElement;
	readonly marker: maplibregl.Marker;
	readonly kind: 'town' | 'country';
	/** On the map: a hidden name's marker is taken off (MapLibre moves every marker it has). */
	attached: boolean;
	w: number;
	h: number;
	/** The box it takes on the map at the last layout; null while hidden. */
	shownAt: Box | null;
}

/** Distance in km between two [lon, lat] points (equirectangular: fine at town distances). */
export function km(a: readonly [number, number], b: readonly [number, number]): number {
	const dx = (a[0] - b[0]) * 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const dy = (a[1] - b[1]) * 110.57;
	return Math.hypot(dx, dy);
}

function span(className: string, text?: string): HTMLSpanElement {
	const el = document.createElement('span');
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** Set a marker's offset only when it moves: each setOffset re-positions the marker's element. */
export function moveMarker(marker: maplibregl.Marker, x: number, y: number): void {
	const now = marker.getOffset();
	if (now.x !== x || now.y !== y) marker.setOffset([x, y]);
}

/**
 * Show or hide a leader line and aim it from the ring around a centre to the label's nearest
 * point. (ox, oy): where the centre is in the line's positioning box.
 */
export function drawLeader(
	el: HTMLSpanElement,
	on: boolean,
	ring: { rx: number; ry: number },
	label: { dx: number; dy: number; w: number; h: number },
	ox: number,
	oy: number
): void {
	if (el.hidden === on) el.hidden = !on;
	if (!on) return;
	const line = leaderLine(ring.rx, ring.ry, label);
	setStyle(el, 'width', `${Math.max(0, line.length).toFixed(1)}px`);
	setStyle(
		el,
		'transform',
		`translate(${(ox + line.startX).toFixed(1)}px, ${(oy + line.startY).toFixed(1)}px) rotate(${line.angle.toFixed(4)}rad)`
	);
}

/**
 * Write a data attribute only when its value changes. Labels are laid out again, in the frame
 * after a playback step, on every day a note appears or goes; an unchanged write still
 * invalidates the element's style (the label CSS selects on these attributes) and costs that
 * frame time for nothing.
 */
export function setData(el: HTMLElement, key: string, value: string): void {
	if (el.dataset[key] !== value) el.dataset[key] = value;
}

/** As setData, for an inline style property. */
export function setStyle(
	el: HTMLElement,
	prop: 'width' | 'maxWidth' | 'transform' | 'zIndex',
	value: string
): void {
	if (el.style[prop] !== value) el.style[prop] = value;
}

/**
 * A place's mark, label button and leader line in one marker element at its centre. `prefer` is
 * the side away from the nearest other place.
 */
export function placeMarkup(
	map: maplibregl.Map,
	place: LabelledPlace,
	places: readonly LabelledPlace[],
	uid: number,
	handlers: { onSelect(id: string): void; onFocus(id: string): void }
): PlaceParts {
	let nearest: LabelledPlace | null = null;
	let best = Infinity;
	for (const other of places) {
		if (other === place) continue;
		const d = km(place.center, other.center);
		if (d < best) [best, nearest] = [d, other];
	}
	const prefer: 'left' | 'right' =
		nearest && nearest.center[0] > place.center[0] ? 'left' : 'right';

	const anchor = document.createElement('div');
	anchor.className = 'place-anchor';
	anchor.dataset.placeAnchor = place.id;

	const label = document.createElement('button');
	label.type = 'button';
	label.className = 'place-label';
	label.dataset.placeLabel = place.id;
	label.dataset.controller = 'unknown';
	label.dataset.side = prefer;
	label.setAttribute('aria-pressed', 'false');
	label.setAttribute(
		'aria-label',
		place.nameAr ? `${place.name} (${place.nameAr}): select place` : `${place.name}: select place`
	);
	const stateId = `atlas-map-${uid}-state-${place.id}`;
	label.setAttribute('aria-describedby', stateId);
	const swatch = span('place-label__swatch');
	swatch.setAttribute('aria-hidden', 'true');
	const names = span('place-label__names');
	names.append(span('place-label__en', place.name));
	if (place.nameAr) {
		const ar = span('place-label__ar', place.nameAr);
		ar.lang = 'ar';
		ar.dir = 'rtl';
		names.append(ar);
	}
	const stateText = span('place-label__state');
	stateText.id = stateId;
	label.append(swatch, names, stateText);

	// The mark is drawn for the eye; the label beside it is the control (one tab stop).
	const mark = span('place-mark');
	mark.dataset.placeMark = place.id;
	mark.dataset.controller = 'unknown';
	mark.setAttribute('aria-hidden', 'true');
	const markFill = span('place-mark__fill');
	mark.append(markFill);
	const leader = span('place-label__leader');
	leader.setAttribute('aria-hidden', 'true');
	leader.hidden = true;
	anchor.append(leader, mark, label);

	const select = (ev: Event) => {
		// The label may overlap another polygon: keep the map from also seeing this click.
		ev.stopPropagation();
		handlers.onSelect(place.id);
	};
	label.addEventListener('click', select);
	mark.addEventListener('click', select);
	// Keep double-clicks on a label from zooming the map.
	label.addEventListener('dblclick', (ev) => ev.stopPropagation());
	label.addEventListener('focus', () => handlers.onFocus(place.id));

	const marker = new maplibregl.Marker({ element: anchor, anchor: 'center' })
		.setLngLat([place.center[0], place.center[1]])
		.addTo(map);
	return {
		place,
		anchor,
		marker,
		label,
		swatch,
		stateText,
		mark,
		markFill,
		leader,
		prefer,
		look: null,
		w: 0,
		h: 0
	};
}

/** A town's or a country's name, as a marker of its own (on the map until a layout hides it). */
export function nameMarkup(
	map: maplibregl.Map,
	point: NamedPoint,
	kind: 'town' | 'country'
): NameParts {
	const el = document.createElement('div');
	el.className = kind === 'town' ? 'town-label' : 'country-label';
	el.dataset.rank = String(point.rank);
	el.setAttribute('aria-hidden', 'true');
	if (kind === 'town') el.append(span('town-label__dot'), span('town-label__name', point.name));
	else el.textContent = point.name;
	const marker = new maplibregl.Marker({
		element: el,
		anchor: kind === 'town' ? 'left' : 'center',
		offset: kind === 'town' ? [-3, 0] : [0, 0]
	})
		.setLngLat([point.lngLat[0], point.lngLat[1]])
		.addTo(map);
	return { point, el, marker, kind, attached: true, w: 0, h: 0, shownAt: null };
}

/** A short note at a place, with its leader line; unseen until a layout has placed it. */
export function calloutMarkup(
	map: maplibregl.Map,
	placeId: string,
	center: readonly [number, number],
	words: string
): Callout {
	const el = document.createElement('div');
	el.className = 'map-callout';
	el.dataset.callout = placeId;
	const text = span('map-callout__text', words);
	const leader = span('place-label__leader');
	leader.setAttribute('aria-hidden', 'true');
	leader.hidden = true;
	el.append(leader, text);
	el.style.visibility = 'hidden';
	const marker = new maplibregl.Marker({ element: el, anchor: 'top-left' })
		.setLngLat([center[0], center[1]])
		.addTo(map);
	return { marker, el, text, leader, sizes: new Map() };
}
