import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser';

/**
 * e2e tests run the production build with its test hooks (`npm run build:test` + `vite preview`) in a real Chromium with
 * real MapLibre. Headless Chromium here has no GPU, so WebGL runs on SwiftShader.
 */
// E2E_PORT lets two checkouts run their e2e tests side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The dev-only review page is tested on `vite dev` over a scratch copy of geo/ (ATLAS_GEO_DIR), so
// saving there never touches geo/. Its own port, and its own project.
const REVIEW_PORT = Number(process.env.E2E_REVIEW_PORT ?? PORT + 1000);
const REVIEW_GEO = `.tmp/review-e2e-geo-${REVIEW_PORT}`;
// `--project review` alone needs no production build.
const args = process.argv.join(' ');
const onlyReview = /--project[= ]review\b/.test(args) && !/--project[= ]chromium\b/.test(args);

const previewServer = {
	command: `npm run build:test && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
	url: `http://127.0.0.1:${PORT}`,
	reuseExistingServer: !process.env.CI,
	timeout: 240_000,
	stdout: 'pipe' as const
};
const reviewServer = {
	command: `npx tsx scripts/review-scratch.ts ${REVIEW_GEO} && ATLAS_GEO_DIR=${REVIEW_GEO} npx vite dev --host 127.0.0.1 --port ${REVIEW_PORT} --strictPort`,
	url: `http://127.0.0.1:${REVIEW_PORT}/review`,
	// Always a fresh scratch copy: a reused server would show what an earlier run saved.
	reuseExistingServer: false,
	timeout: 180_000,
	stdout: 'pipe' as const
};

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: browserLaunchOptions()
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: 'review.spec.ts' },
		{
			name: 'review',
			use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${REVIEW_PORT}` },
			testMatch: 'review.spec.ts'
		}
	],
	webServer: onlyReview ? [reviewServer] : [previewServer, reviewServer]
});
