import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser';

/**
 * e2e tests run the production build (`vite build` + `vite preview`) in a real Chromium with
 * real MapLibre. Headless Chromium here has no GPU, so WebGL runs on SwiftShader.
 */
// E2E_PORT lets two checkouts run their e2e tests side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

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
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'pipe'
	}
});
