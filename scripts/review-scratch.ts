/**
 * Prepares a scratch copy of geo/ with one source's proposals pending, for the e2e test of the
 * dev-only /review page (and for trying the page without touching geo/):
 * `tsx scripts/review-scratch.ts DIR` copies geo/ to DIR (replacing it) and runs source:add on
 * scripts/fixtures/review/article.txt there. Then `ATLAS_GEO_DIR=DIR npm run dev`.
 */
import { cpSync, rmSync } from 'node:fs';
import { addSource, summary } from './source-add';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: tsx scripts/review-scratch.ts DIR');
	process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
cpSync('geo', dir, { recursive: true });
rmSync(`${dir}/proposals`, { recursive: true, force: true });
const result = addSource(
	{
		file: 'scripts/fixtures/review/article.txt',
		outlet: 'Review Test Wire',
		published: '2017-11-25',
		url: null,
		id: 'review-test-2017-11-25',
		kind: 'test article written for the review e2e test'
	},
	dir
);
console.log(summary(result));
