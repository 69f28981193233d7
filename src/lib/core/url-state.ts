/**
 * The explorer's state as it lives in the URL, so a view can be reloaded, shared and walked
 * with back/forward:
 *
 *   ?date=YYYY-MM-DD&place=<place id>&view=now|reported&source=<id>[,<id>]   #zoom/lat/lon
 *
 * (the hash in MapLibre's order; `source` is the one-source lens, ids from sources.json).
 *
 * Parsing never throws: a missing value takes its default silently, a bad one takes its
 * default and adds a notice in plain words, so the page can say what it ignored. Text from the
 * URL is only ever compared against known values or parsed as numbers; it is never echoed raw.
 */
import { dayToIso, formatDayLong, isoToDay, type Day } from './dates';

export type KnowledgeMode = 'now' | 'reported';

/** The map camera in MapLibre's hash order. */
export interface MapView {
	readonly zoom: number;
	readonly lat: number;
	readonly lon: number;
}

export interface UrlState {
	readonly date: Day;
	readonly place: string | null;
	readonly mode: KnowledgeMode;
	/** Null: let the map choose its default framing. */
	readonly view: MapView | null;
	/** The source ids of the one-source lens (lens.ts), sorted; absent or empty: every source. */
	readonly sources?: readonly string[];
}

export interface UrlContext {
	/** Valid place ids. */
	readonly places: readonly string[];
	/** Valid source ids for the lens; without them every `source` value is unknown. */
	readonly sources?: readonly string[];
	/** The slider's range, inclusive. */
	readonly first: Day;
	readonly last: Day;
	/** The date shown when the URL names none. */
	readonly defaultDate: Day;
	/** Camera bounds a hash view must fall in. */
	readonly bounds: {
		minZoom: number;
		maxZoom: number;
		south: number;
		north: number;
		west: number;
		east: number;
	};
}

/** How long a bad value may be before the notice shortens it. */
const MAX_ECHO = 24;

function echo(value: string): string {
	// Control characters become '?', so a notice cannot be made to look like something else.
	const clean = Array.from(value, (ch) => {
		const c = ch.codePointAt(0) ?? 0;
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '?' : ch;
	}).join('');
	return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

/** Reads the state from a query string (with or without `?`) and a hash (with or without `#`). */
export function parseUrlState(
	search: string,
	hash: string,
	ctx: UrlContext
): { state: UrlState; notices: string[] } {
	const notices: string[] = [];
	const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);

	let date = ctx.defaultDate;
	const dates = params.getAll('date');
	if (dates.length > 1) notices.push('The link gave more than one date; the first was used.');
	const dateText = dates[0];
	if (dateText !== undefined) {
		let day: Day | null = null;
		try {
			day = isoToDay(dateText);
		} catch {
			notices.push(
				`"${echo(dateText)}" is not a date (YYYY-MM-DD); showing ${formatDayLong(date)}.`
			);
		}
		if (day !== null) {
			if (day < ctx.first || day > ctx.last) {
				notices.push(
					`${formatDayLong(day)} is outside the reports (${formatDayLong(ctx.first)} to ${formatDayLong(ctx.last)}); showing ${formatDayLong(date)}.`
				);
			} else {
				date = day;
			}
		}
	}

	let place: string | null = null;
	const placeText = params.get('place');
	if (placeText !== null && placeText !== '') {
		if (ctx.places.includes(placeText)) place = placeText;
		else notices.push(`There is no place "${echo(placeText)}"; no place is selected.`);
	}

	let mode: KnowledgeMode = 'now';
	const modeText = params.get('view');
	if (modeText !== null) {
		if (modeText === 'now' || modeText === 'reported') mode = modeText;
		else
			notices.push(
				`"${echo(modeText)}" is not a view (now or reported); showing everything known now.`
			);
	}

	let view: MapView | null = null;
	const h = hash.startsWith('#') ? hash.slice(1) : hash;
	if (h !== '') {
		view = parseView(h, ctx.bounds);
		if (view === null)
			notices.push('The map position in the link was not usable; showing the default view.');
	}

	const sources = parseSources(params.getAll('source'), ctx.sources ?? [], notices);

	// No lens leaves the field out, so a plain link reads exactly as it did before lenses.
	return {
		state: { date, place, mode, view, ...(sources.length > 0 ? { sources } : {}) },
		notices
	};
}

/** The lens's source ids, comma-separated in one or more `source` values; unknown ids are dropped with a notice. */
function parseSources(values: readonly string[], known: readonly string[], notices: string[]) {
	const ids = new Set<string>();
	for (const id of values.flatMap((v) => v.split(',')).filter((id) => id !== '')) {
		if (known.includes(id)) ids.add(id);
		else notices.push(`There is no source "${echo(id)}"; it is left out of the source filter.`);
	}
	return [...ids].sort();
}

const NUM = /^-?\d+(?:\.\d+)?$/;

function parseView(h: string, b: UrlContext['bounds']): MapView | null {
	const parts = h.split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	if (!parts.slice(0, 3).every((p) => NUM.test(p))) return null;
	const [zoom, lat, lon] = parts.slice(0, 3).map(Number) as [number, number, number];
	if (zoom < b.minZoom || zoom > b.maxZoom) return null;
	if (lat < b.south || lat > b.north || lon < b.west || lon > b.east) return null;
	return { zoom, lat, lon };
}

/** Writes the state back: `{ search: '?date=…', hash: '#6.2/34.9/40.1' }`, leaving out defaults. */
export function formatUrlState(
	state: UrlState,
	defaults: { date: Day }
): { search: string; hash: string } {
	const params = new URLSearchParams();
	if (state.date !== defaults.date) params.set('date', dayToIso(state.date));
	if (state.place !== null) params.set('place', state.place);
	if (state.mode !== 'now') params.set('view', state.mode);
	if (state.sources && state.sources.length > 0)
		params.set('source', [...new Set(state.sources)].sort().join(','));
	// Commas separate source ids; they need no escaping in a query and read better bare.
	const q = params.toString().replace(/%2C/g, ',');
	return {
		search: q === '' ? '' : `?${q}`,
		hash: state.view === null ? '' : `#${formatView(state.view)}`
	};
}

/** MapLibre's hash form: zoom to 2 decimals, lat/lon to 4 (about 10 m). */
export function formatView(v: MapView): string {
	return `${round(v.zoom, 2)}/${round(v.lat, 4)}/${round(v.lon, 4)}`;
}

function round(x: number, digits: number): string {
	return String(Number(x.toFixed(digits)));
}
