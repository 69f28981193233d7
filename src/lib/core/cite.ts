/**
 * Citations as a reader would paste them: outlet, headline, date, URL where known, and for an
 * excerpt, the quoted words. Nothing is invented: a missing headline or URL is left out.
 */
import { describeWindow } from './dates';
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
