import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The review page and its save endpoint exist only in `npm run dev`: the static build has neither.
test('the static build has no review page and no save endpoint', async ({ request }) => {
	const built = readdirSync(process.env.ATLAS_BUILD_DIR ?? 'build', { recursive: true }).map(
		String
	);
	expect(built.filter((f) => /review/i.test(f))).toEqual([]);
	expect(existsSync('build/review.html')).toBe(false);
	expect((await request.get('/review')).status()).toBe(404);
	expect((await request.post('/review/save', { data: {} })).status()).not.toBe(200);
});
