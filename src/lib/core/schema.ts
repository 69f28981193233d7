/**
 * The shape of the data in geo/: sources (the captured articles and what is known of them)
 * and reports (each statement in a source about who held, took, lost or fought over a place).
 *
 * Everything here is "reported, not verified": a report records what a text says and who it
 * attributes the claim to, never what happened. The schemas are checked with valibot; the
 * cross-file rules (ids resolve, quotes are verbatim, dates are ordered) live in validate.ts.
 */
import * as v from 'valibot';
import { parseWindow } from './dates';
import { CONTROLLERS, type Controller } from './vocabulary';

export { CONTROLLERS, type Controller };

/** What kind of statement a report is. Descriptive: the timeline uses controller and dates. */
export const REPORT_KINDS = [
	'took', // a force captured or liberated the place at the start date
	'retook', // a force took the place back after losing it
	'holds', // a force held the place at the start date (a snapshot; may be carried forward)
	'held', // a force held the place until the end date (a past state, often "seized from")
	'lost', // the previous holder could not keep the place: the text names the new state
	'withdrew', // a force left the place; the controller is who holds it after
	'contested' // fighting in or over the place
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const RELATIONS = ['confirms', 'contradicts', 'corrects'] as const;
export type RelationType = (typeof RELATIONS)[number];

/** Ids of sources, reports and places: also the form places take in URLs. */
export const Slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "telesur-2017-11-09"')
);

/** A written uncertain date (see dates.ts): checked by actually parsing it. */
const WindowText = v.pipe(
	v.string(),
	v.check((s) => {
		try {
			parseWindow(s);
			return true;
		} catch {
			return false;
		}
	}, 'must be a date: YYYY, YYYY-MM, YYYY-MM-DD, A/B or ../B (see src/lib/core/dates.ts)')
);

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** One captured article. */
export const SourceSchema = v.strictObject({
	/** Readable slug, used by reports and in the UI. */
	id: Slug,
	/** File name in geo/sources/, the capture byte for byte. */
	file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in geo/sources/')),
	/** SHA-256 of the file, so a changed capture (which would move every quote offset) fails the check. */
	sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256')),
	outlet: NonEmpty,
	/** What kind of outlet: state media, wire copy, partisan site … */
	outletKind: NonEmpty,
	/** Null where the headline was not captured. */
	headline: v.nullable(NonEmpty),
	/** When it was published, as precisely as is known. */
	published: WindowText,
	/** The words in the text (or outside it) the publication date rests on. */
	publishedEvidence: NonEmpty,
	/** Null where no URL is reliably known. Never invented. */
	url: v.nullable(v.pipe(v.string(), v.url('must be an absolute URL'))),
	/** How the metadata above was established, and how sure it is. */
	metadataNote: NonEmpty,
	/**
	 * Where the article itself begins and ends in the capture: its exact opening and closing
	 * words, each found verbatim exactly once. Text before and after is page furniture
	 * captured with it (menus, capture dates, comment prompts), not the article. Absent while
	 * nobody has marked it yet (e.g. just after `npm run source:add`): the whole capture is then
	 * treated as the article.
	 */
	body: v.optional(
		v.strictObject({
			first: v.pipe(v.string(), v.minLength(3, 'must quote at least a few characters')),
			last: v.pipe(v.string(), v.minLength(3, 'must quote at least a few characters'))
		})
	)
});
export type SourceRecord = v.InferOutput<typeof SourceSchema>;

export const SourcesFileSchema = v.strictObject({
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'must list at least one source'))
});

/** A W3C Web Annotation TextQuoteSelector. */
export const QuoteSchema = v.strictObject({
	exact: v.pipe(v.string(), v.minLength(3, 'must quote at least a few characters')),
	prefix: v.optional(v.pipe(v.string(), v.minLength(1))),
	suffix: v.optional(v.pipe(v.string(), v.minLength(1)))
});
export type TextQuote = v.InferOutput<typeof QuoteSchema>;

export const RelationSchema = v.strictObject({
	type: v.picklist(RELATIONS, `must be one of ${RELATIONS.join(', ')}`),
	report: Slug,
	/** Why: which part of the claim is confirmed, contradicted or corrected. */
	note: v.optional(NonEmpty)
});

/** One statement in one source about who held a place. */
export const ReportSchema = v.pipe(
	v.strictObject({
		id: Slug,
		/** The id of a feature in geo/places.geojson. */
		place: Slug,
		kind: v.picklist(REPORT_KINDS, `must be one of ${REPORT_KINDS.join(', ')}`),
		/** Who holds the place over the claim's interval, per the text. */
		controller: v.picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(', ')}`),
		/** Who the text says held it before ("seized from ISIS"): an inferred earlier state. */
		displaced: v.optional(v.picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(', ')}`)),
		/**
		 * The earliest the text supports for the displaced force's hold ("its three-year reign"):
		 * the implied earlier state starts there. Absent or null: the text gives no bound.
		 */
		displacedSince: v.optional(v.nullable(WindowText)),
		/** When the state began; null when the text gives no start ("held", "the last stronghold"). */
		start: v.nullable(WindowText),
		/** When it ended; null when open: it holds until a later event for the place. */
		end: v.nullable(WindowText),
		/** The text's own words for the time ("Thursday", "last weekend"), or how the date was derived. */
		when: NonEmpty,
		source: Slug,
		quote: QuoteSchema,
		/**
		 * Why the report is about its place although the quote does not name it ("the town",
		 * a headline about the capture): without it, the quote must name the place or an alias.
		 */
		placeImplied: v.optional(NonEmpty),
		/** Who the claim is attributed to, from the original speaker to the outlet. */
		attribution: v.pipe(v.array(NonEmpty), v.minLength(1, 'must name at least the outlet')),
		/** Stated in so many words, or inferred from context. */
		basis: v.picklist(['stated', 'inferred'], 'must be "stated" or "inferred"'),
		/** Required for an inferred report: the reasoning, in plain words. */
		reasoning: v.optional(NonEmpty),
		relations: v.optional(v.array(RelationSchema), [])
	}),
	v.forward(
		v.check(
			(r) => r.basis !== 'inferred' || r.reasoning !== undefined,
			'an inferred report must give its reasoning'
		),
		['reasoning']
	),
	v.forward(
		v.check((r) => r.start !== null || r.end !== null, 'a report needs a start or an end date'),
		['start']
	),
	v.forward(
		v.check(
			(r) => r.displacedSince == null || r.displaced !== undefined,
			'displacedSince bounds the hold of the displaced force: it needs "displaced"'
		),
		['displacedSince']
	)
);
export type ReportRecord = v.InferOutput<typeof ReportSchema>;

export const ReportsFileSchema = v.strictObject({
	reports: v.pipe(v.array(ReportSchema), v.minLength(1, 'must list at least one report'))
});
