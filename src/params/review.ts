import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The dev-only review page lives at a parameter route so that the static build never crawls it
 * (a plain `review/` folder is a prerender entry); only the word "review" matches.
 */
export const match: ParamMatcher = (param) => param === 'review';
