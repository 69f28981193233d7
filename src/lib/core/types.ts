/**
 * The normalized data the app and the timeline work on: what validate.ts produces from the
 * raw records in geo/ once every check has passed. Dates are day windows (dates.ts), quotes
 * are anchored to character offsets in their source text (quotes.ts).
 */
import type { Day, DayWindow } from './dates';
import type { Controller, RelationType, ReportKind, TextQuote } from './schema';

export type { Controller, ReportKind, RelationType, TextQuote };

/** A captured article, with its publication date parsed. */
export interface Source {
	readonly id: string;
	readonly file: string;
	readonly outlet: string;
	readonly outletKind: string;
	readonly headline: string | null;
	readonly published: DayWindow;
	/** The written form of `published`, as in the data. */
	readonly publishedText: string;
	readonly publishedEvidence: string;
	readonly url: string | null;
	readonly metadataNote: string;
	/**
	 * The article within the capture, as character offsets: `text.slice(body.start, body.end)`
	 * is the article; text outside it is page furniture captured with it (menus, capture dates).
	 */
	readonly body: { readonly start: number; readonly end: number };
}

/** Where an excerpt sits in its source text: `text.slice(start, end) === quote.exact`. */
export interface Anchor {
	readonly start: number;
	readonly end: number;
}

export interface Relation {
	readonly type: RelationType;
	readonly report: string;
	readonly note?: string;
}

/** One statement in one source about who held a place, ready for the timeline. */
export interface Report {
	readonly id: string;
	readonly place: string;
	readonly kind: ReportKind;
	readonly controller: Controller;
	readonly displaced: Controller | null;
	/**
	 * The earliest the text supports for the displaced force's hold ("ISIS, which had held the
	 * town since 2014"); null = the text supports only that it held the place just before.
	 */
	readonly displacedSince: DayWindow | null;
	/** When the state began; null = since before anything in the data. */
	readonly start: DayWindow | null;
	/** When it ended; null = open, until a later event for the place. */
	readonly end: DayWindow | null;
	readonly when: string;
	readonly source: string;
	/**
	 * The last day the source may have been published: a report counts at knowledge
	 * horizon H only when it was certainly published by then (`published <= H`).
	 */
	readonly published: Day;
	readonly quote: TextQuote;
	readonly anchor: Anchor;
	readonly attribution: readonly string[];
	readonly basis: 'stated' | 'inferred';
	readonly reasoning: string | null;
	/** Why the report concerns its place although the quote does not name it; null = the quote names it. */
	readonly placeImplied: string | null;
	readonly relations: readonly Relation[];
}

/** A place, from geo/places.geojson. */
export interface Place {
	readonly id: string;
	readonly name: string;
	readonly nameAr: string;
	readonly aliases: readonly string[];
	readonly country: string;
	readonly governorate: string;
	readonly center: readonly [lon: number, lat: number];
	readonly geometryNote: string;
}

/** Everything the app loads, validated. */
export interface Corpus {
	readonly places: readonly Place[];
	readonly sources: readonly Source[];
	readonly reports: readonly Report[];
}
