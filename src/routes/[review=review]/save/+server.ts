/**
 * Saves the reviewer's decisions (dev only): see $lib/review/store for the rules (stale edits
 * refused, data check before writing, atomic writes).
 */
import { error, json } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { saveReview } from '$lib/review/store';
import type { RequestHandler } from './$types';

export const prerender = !dev;

export const POST: RequestHandler = async ({ request }) => {
	if (!dev) error(404, 'Saving reviews exists only in npm run dev.');
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ ok: false, message: 'invalid request: the body is not JSON' }, { status: 400 });
	}
	const result = saveReview(body);
	return json(result, { status: result.ok ? 200 : result.status });
};
