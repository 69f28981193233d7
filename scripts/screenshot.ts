/**
 * Takes the README screenshot (docs/screenshot.png) and review shots at phone and desktop sizes
 * from a running preview server: `npm run build && npm run preview`, then
 * `npx tsx scripts/screenshot.ts [outDir]`. Review shots go to outDir (default /tmp/atlas-shots).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.argv[2] ?? '/tmp/atlas-shots';
mkdirSync(out, { recursive: true });

const shots = [
	{ name: 'docs/screenshot.png', url: '/', w: 1440, h: 900 },
	{ name: 'docs/screenshot-phone.png', url: '/', w: 390, h: 844 },
	{
		name: `${out}/desktop-reported.png`,
		url: '/?date=2017-11-12&place=al-boukamal&view=reported',
		w: 1440,
		h: 900
	},
	{ name: `${out}/desktop-default.png`, url: '/', w: 1280, h: 800 },
	{
		name: `${out}/phone.png`,
		url: '/?date=2017-11-12&place=al-boukamal',
		w: 390,
		h: 844,
		full: true
	},
	{ name: `${out}/tablet.png`, url: '/?date=2017-11-05', w: 820, h: 1180 },
	{
		name: `${out}/desktop-detail.png`,
		url: '/?date=2017-11-14&place=al-boukamal',
		w: 1280,
		h: 720
	},
	{
		name: `${out}/desktop-lens.png`,
		url: '/?date=2017-11-14&source=telesur-2017-11-09',
		w: 1280,
		h: 720
	},
	{ name: `${out}/phone-list.png`, url: '/?date=2017-11-18', w: 390, h: 844 }
];

const browser = await chromium.launch(browserLaunchOptions());
for (const s of shots) {
	const page = await browser.newPage({ viewport: { width: s.w, height: s.h } });
	await page.goto(base + s.url);
	// The compare view has two maps; wait for every map on the page to be drawn.
	const maps = page.locator('.map-view__map');
	await maps.first().waitFor({ timeout: 60_000 });
	for (let i = 0; i < (await maps.count()); i++) {
		await page.locator('[data-map-ready="true"]').nth(i).waitFor({ timeout: 120_000 });
	}
	await page.waitForTimeout(500);
	await page.screenshot({ path: s.name, fullPage: s.full ?? false });
	console.log(`wrote ${s.name}`);
	await page.close();
}
await browser.close();
