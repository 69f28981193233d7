// @ts-nocheck
/**
 * The review page's data: pending proposals with their sources, and the places and reports for
 * the preview. Only in `npm run dev`: in a build the route is never prerendered (it is a
 * parameter route nobody links to, allowed to stay unseen in svelte.config.js) and refuses to run.
 */
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { loadReview } from '$lib/review/store';
import type { PageServerLoad } from './$types';

export const prerender = !dev;

export const load = () => {
	if (!dev) error(404, 'The review page exists only in npm run dev.');
	return loadReview();
};
;null as any as PageServerLoad;