/**
 * The explorer's state as it lives in the URL, so a view can be reloaded, shared and walked
 * with back/forward:
 *
 *   ?date=YYYY-MM-DD&place=<place id>&view=now|reported|compare&source=<id>[,<id>]   #zoom/lat/lon
 *
 * (the hash in MapLibre's order; `source` is the one-source lens, ids from sources.json).
 *
 * Rules:
 * - Parsing never throws. A missing value takes its default silently; a bad one is replaced and
 *   adds a notice in plain words, one notice per problem, so the page can say what it changed.
 * - A date outside the reports is clamped to the nearest end (before the first day → the first
 *   day, after the last → the last), and its notice names both the date asked for and the one
 *   shown. An unparseable date takes the default date.
 * - Text from the URL is only ever compared against known values or parsed as numbers; a notice
 *   quotes it shortened and with control characters replaced, and it is rendered as text.
 */
import { dayToIso, formatDayLong, isoToDay, type Day } from './dates';
import { VIEW_MODES, type Camera, type ViewMode } from './vocabulary';

export interface UrlState {
	readonly date: Day;
	readonly place: string | null;
	/** `?view=`: which knowledge mode the map shows, or both side by side. */
	readonly view: ViewMode;
	/** The `#zoom/lat/lon` hash. Null: let the map choose its default framing. */
	readonly camera: Camera | null;
	/** The source ids of the one-source lens (lens.ts), sorted; absent or empty: every source. */
	readonly sources?: readonly string[];
}

/** What a notice is about: each problem in a link gets its own. */
export type UrlNoticeKind =
	| 'date-invalid'
	| 'date-clamped'
	| 'date-repeated'
	| 'place-unknown'
	| 'view-unknown'
	| 'camera-invalid'
	| 'source-unknown';

export interface UrlNotice {
	readonly kind: UrlNoticeKind;
	/** One sentence for the reader. */
	readonly text: string;
}

export interface UrlContext {
	/** Valid place ids. */
	readonly places: readonly string[];
	/** Valid source ids for the lens; without them every `source` value is unknown. */
	readonly sources?: readonly string[];
	/** The slider's range, inclusive. */
	readonly first: Day;
	readonly last: Day;
	/** The date shown when the URL names none (or names no date at all). */
	readonly defaultDate: Day;
	/** The view shown when the URL names none; `now` when not given. */
	readonly defaultView?: ViewMode;
	/** Camera bounds a hash must fall in: a zoom range and the region (see vocabulary REGION). */
	readonly bounds: {
		readonly minZoom: number;
		readonly maxZoom: number;
		readonly south: number;
		readonly north: number;
		readonly west: number;
		readonly east: number;
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
): { state: UrlState; notices: UrlNotice[] } {
	const notices: UrlNotice[] = [];
	const note = (kind: UrlNoticeKind, text: string) => notices.push({ kind, text });
	const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);

	let date = ctx.defaultDate;
	const dates = params.getAll('date');
	if (dates.length > 1)
		note('date-repeated', 'The link gave more than one date; the first was used.');
	const dateText = dates[0];
	if (dateText !== undefined) {
		let day: Day | null = null;
		try {
			day = isoToDay(dateText);
		} catch {
			note(
				'date-invalid',
				`"${echo(dateText)}" is not a date (YYYY-MM-DD); showing ${formatDayLong(date)}.`
			);
		}
		if (day !== null) {
			if (day < ctx.first) {
				date = ctx.first;
				note(
					'date-clamped',
					`The link asked for ${formatDayLong(day)}, before the first day of the reports; showing ${formatDayLong(date)}.`
				);
			} else if (day > ctx.last) {
				date = ctx.last;
				note(
					'date-clamped',
					`The link asked for ${formatDayLong(day)}, after the last day of the reports; showing ${formatDayLong(date)}.`
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
		else note('place-unknown', `There is no place "${echo(placeText)}"; no place is selected.`);
	}

	let view: ViewMode = ctx.defaultView ?? 'now';
	const viewText = params.get('view');
	if (viewText !== null) {
		const known = VIEW_MODES.find((m) => m === viewText);
		if (known) view = known;
		else
			note(
				'view-unknown',
				`"${echo(viewText)}" is not a view (now, reported or compare); showing ${VIEW_WORDS[view]}.`
			);
	}

	let camera: Camera | null = null;
	const h = hash.startsWith('#') ? hash.slice(1) : hash;
	if (h !== '') {
		camera = parseCamera(h, ctx.bounds);
		if (camera === null)
			note(
				'camera-invalid',
				'The map position in the link was not usable; showing the default view.'
			);
	}

	const sources = parseSources(params.getAll('source'), ctx.sources ?? [], note);

	// No lens leaves the field out, so a plain link reads exactly as it did before lenses.
	return {
		state: { date, place, view, camera, ...(sources.length > 0 ? { sources } : {}) },
		notices
	};
}

/** The lens's source ids, comma-separated in one or more `source` values; unknown ids are dropped with a notice. */
function parseSources(
	values: readonly string[],
	known: readonly string[],
	note: (kind: UrlNoticeKind, text: string) => void
) {
	const ids = new Set<string>();
	for (const id of values.flatMap((v) => v.split(',')).filter((id) => id !== '')) {
		if (known.includes(id)) ids.add(id);
		else
			note(
				'source-unknown',
				`There is no source "${echo(id)}"; it is left out of the source filter.`
			);
	}
	return [...ids].sort();
}

/** What each view shows, for notices. */
const VIEW_WORDS: Readonly<Record<ViewMode, string>> = {
	now: 'everything known now',
	reported: 'what was reported at the time',
	compare: 'both side by side'
};

const NUM = /^-?\d+(?:\.\d+)?$/;

function parseCamera(h: string, b: UrlContext['bounds']): Camera | null {
	const parts = h.split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	if (!parts.slice(0, 3).every((p) => NUM.test(p))) return null;
	const [zoom, lat, lon] = parts.slice(0, 3).map(Number) as [number, number, number];
	if (zoom < b.minZoom || zoom > b.maxZoom) return null;
	if (lat < b.south || lat > b.north || lon < b.west || lon > b.east) return null;
	return { zoom, lat, lon };
}

/**
 * Writes the state back: `{ search: '?date=…', hash: '#6.2/34.9/40.1' }`, leaving out defaults
 * (the view's default is `defaults.view`, else `now`; `defaults.view: null` writes the view
 * always, so a link names its view whatever view a bare URL opens on).
 */
export function formatUrlState(
	state: UrlState,
	defaults: { date: Day; view?: ViewMode | null }
): { search: string; hash: string } {
	const params = new URLSearchParams();
	if (state.date !== defaults.date) params.set('date', dayToIso(state.date));
	if (state.place !== null) params.set('place', state.place);
	if (defaults.view === null || state.view !== (defaults.view ?? 'now'))
		params.set('view', state.view);
	if (state.sources && state.sources.length > 0)
		params.set('source', [...new Set(state.sources)].sort().join(','));
	// Commas separate source ids; they need no escaping in a query and read better bare.
	const q = params.toString().replace(/%2C/g, ',');
	return {
		search: q === '' ? '' : `?${q}`,
		hash: state.camera === null ? '' : `#${formatCamera(state.camera)}`
	};
}

/** MapLibre's hash form: zoom to 2 decimals, lat/lon to 4 (about 10 m). */
function formatCamera(v: Camera): string {
	return `${round(v.zoom, 2)}/${round(v.lat, 4)}/${round(v.lon, 4)}`;
}

function round(x: number, digits: number): string {
	return String(Number(x.toFixed(digits)));
}
