/**
 * Saves the reviewer's decisions (dev only): see $lib/review/store for the rules (stale edits
 * refused, data check before writing, atomic writes).
 */
import { error, json } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { saveReview } from '$lib/review/store';
import type { RequestHandler } from './$types';

export const prerender = !dev;

// A fallback rather than POST: SvelteKit refuses to build a prerenderable +server file that
// exports POST, and in a build this route must be prerenderable (and is then never crawled).
export const fallback: RequestHandler = async ({ request }) => {
	if (!dev) error(404, 'Saving reviews exists only in npm run dev.');
	if (request.method !== 'POST') {
		return json({ ok: false, message: 'use POST' }, { status: 405, headers: { allow: 'POST' } });
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ ok: false, message: 'invalid request: the body is not JSON' }, { status: 400 });
	}
	const result = saveReview(body);
	return json(result, { status: result.ok ? 200 : result.status });
};
