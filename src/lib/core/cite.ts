/**
 * Citations: the one place that turns a report or a source into a citation, whether a reader
 * pastes it (citeSource, citeExcerpt) or an export carries it (citationOf, citeInline). Nothing
 * is invented: a missing headline or URL is left out or said to be missing, never filled in.
 */
import { describeWindow } from './dates';
import type { ClaimRef } from './timeline';
import type { Report, Source } from './types';

/** "teleSUR English, (headline not captured), 9 November 2017." with the URL when known. */
export function citeSource(s: Source): string {
	const parts = [
		s.outlet,
		s.headline ? `“${s.headline}”` : '(headline not captured)',
		describeWindow(s.published)
	];
	return `${parts.join(', ')}.${s.url ? ` ${s.url}` : ''}`;
}

/** The quoted excerpt, who it is attributed to, and its source citation. */
export function citeExcerpt(r: Report, s: Source): string {
	return `“${r.quote.exact}” — ${r.attribution.join(' → ')}. ${citeSource(s)}`;
}

/** One report as an export carries it: the excerpt, its attribution and its source. */
export interface Citation {
	readonly report: string;
	/** True when the report backs the state only through the earlier holder it implies. */
	readonly implied: boolean;
	readonly excerpt: string;
	readonly attribution: readonly string[];
	readonly basis: 'stated' | 'inferred';
	readonly outlet: string;
	readonly headline: string | null;
	readonly published: string;
	readonly url: string | null;
}

/** The citation of one claim; an implied claim is inferred whatever its report's own basis. */
export function citationOf(ref: ClaimRef, r: Report, s: Source): Citation {
	return {
		report: r.id,
		implied: ref.implied,
		excerpt: r.quote.exact,
		attribution: r.attribution,
		basis: ref.implied ? 'inferred' : r.basis,
		outlet: s.outlet,
		headline: s.headline,
		published: describeWindow(s.published),
		url: s.url
	};
}

/** A citation on one line, for a table cell: “words” — who (outlet, date, URL). */
export function citeInline(c: Citation): string {
	return `“${c.excerpt}” — ${c.attribution.join(' → ')} (${c.outlet}, ${c.published}${c.url ? `, ${c.url}` : ''})${c.implied ? ' [implied earlier holder]' : ''}`;
}
