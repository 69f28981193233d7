import { decodePng, expect, gotoApp, pixelNear, placeRow, slider, test } from './fixtures';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

test('view=compare shows both maps, titled, each with a MapLibre canvas', async ({ page }) => {
	await gotoApp(page, '/?view=compare&date=2017-11-18');
	const now = page.getByTestId('map-now');
	const reported = page.getByTestId('map-reported');
	await expect(now.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await expect(reported.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await expect(now.getByRole('heading', { name: 'As known now' })).toBeVisible();
	await expect(reported.getByRole('heading', { name: 'As reported at the time' })).toBeVisible();
});

test('side by side, the map of what is known now is drawn once the other is ready, then draws its land', async ({
	page
}) => {
	// When each map says it is ready, in page time (before any page script runs).
	await page.addInitScript(() => {
		const seen: Record<string, number> = {};
		(window as unknown as { __readyAt: Record<string, number> }).__readyAt = seen;
		new MutationObserver(() => {
			for (const pane of document.querySelectorAll('[data-testid^="map-"]')) {
				const id = pane.getAttribute('data-testid')!;
				if (!(id in seen) && pane.querySelector('[data-map-ready="true"]'))
					seen[id] = performance.now();
			}
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	await gotoApp(page, '/?view=compare&date=2017-11-18');
	const readyAt = await page.evaluate(
		() => (window as unknown as { __readyAt: Record<string, number> }).__readyAt
	);
	expect(readyAt['map-reported']).toBeDefined();
	expect(readyAt['map-now']).toBeGreaterThanOrEqual(readyAt['map-reported']!);
	// Both canvases draw the basemap: Syria's land colour (BASE_COLORS.syria, #f4efe3), which a
	// map still held back (the sea's colour alone) would not show.
	for (const id of ['map-reported', 'map-now']) {
		const shot = await page.getByTestId(id).locator('canvas.maplibregl-canvas').screenshot();
		const px = await decodePng(page, shot);
		let land = 0;
		for (let i = 0; i < px.data.length; i += 4) if (pixelNear(px, i, [0xf4, 0xef, 0xe3], 6)) land++;
		expect(land, id).toBeGreaterThan(px.width * px.height * 0.05);
	}
});

test('in the compare view each row carries both views: on 18 November al-Boukamal is held as reported then, contested as known now', async ({
	page
}) => {
	await gotoApp(page, '/?view=compare&date=2017-11-18');
	const row = placeRow(page, 'al-boukamal');
	await expect(row).toHaveAttribute('data-controller', 'contested');
	await expect(row).toHaveAttribute('data-reported-controller', 'syrian-government');
	await expect(row).toHaveAttribute('data-reported-disputed', 'false');
	await expect(row).toHaveAttribute('data-reported-uncertain', 'false');
	await expect(row).toHaveAttribute('data-basis', /stated|inferred|carried|none/);
	await expect(row).toHaveAttribute('data-reported-basis', /stated|inferred|carried|none/);
	// The difference is called out on the map, in words taken from the two states.
	const note = page.getByTestId('map-now').locator('[data-callout="al-boukamal"]');
	await expect(note).toContainText('reported Syrian government since 9 Nov');
	await expect(note).toContainText('known now: contested');
});

/** Counts the WebGL contexts the page creates, from before any page script runs. */
async function countContexts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __contexts: number };
		w.__contexts = 0;
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			...args: Parameters<HTMLCanvasElement['getContext']>
		) {
			if (args[0] === 'webgl2') w.__contexts++;
			return getContext.apply(this, args);
		} as typeof getContext;
	});
}
const contexts = (page: Page) =>
	page.evaluate(() => (window as unknown as { __contexts: number }).__contexts);

test("a link to one view builds one map, not the opening view's two first", async ({ page }) => {
	// The page is prerendered in the compare view; the URL is read after hydration. Each map's
	// WebGL context is counted from before any page script runs.
	await countContexts(page);
	for (const view of ['now', 'reported']) {
		await gotoApp(page, `/?view=${view}&date=2017-11-18`);
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
		expect(await contexts(page)).toBe(1);
	}
});

test('a plain visit starts both maps before the page hydrates, and the page keeps and answers through them', async ({
	page
}) => {
	// src/lib/map/early-map.ts: the load function starts the maps; each MapView adopts its own.
	// Built again by MapView, there would be four contexts.
	await countContexts(page);
	await gotoApp(page, '/');
	for (const id of ['map-reported', 'map-now'])
		await expect(
			page.getByTestId(id).locator('[data-map-started="before-hydration"]'),
			id
		).toHaveCount(1);
	expect(await contexts(page)).toBe(2);
	await expect(page.getByTestId('map-reported').locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await expect(page.getByTestId('map-now').locator('canvas.maplibregl-canvas')).toHaveCount(1);
	// The adopted maps report to the page: a real click on a polygon of the map as known now…
	const point = await page.evaluate(() => window.__atlas?.project('deir-ezzor'));
	expect(point).toBeTruthy();
	await page.mouse.click(point!.x, point!.y);
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'deir-ezzor');
	// …and a label of the map as reported at the time.
	await page.locator('[data-testid="map-reported"] [data-place-label="raqqa"]').click();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'raqqa');
	await expect(page).toHaveURL(/place=raqqa/);
	// The states drawn are the page's: the opening day is one on which the views differ, and
	// the map as known now says so at the place.
	await expect(page.getByTestId('map-now').locator('[data-callout]').first()).toContainText(
		'known now'
	);
});

test('a link with only a camera builds its maps after hydration, at that camera', async ({
	page
}) => {
	// The camera is in the hash, which the early start does not read: it leaves the maps to MapView.
	await gotoApp(page, '/#8/34.45/40.95');
	await expect(page.locator('[data-map-started]')).toHaveCount(0);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
	const view = await page.evaluate(() => window.__atlas?.view());
	expect(view?.zoom).toBeCloseTo(8, 1);
	expect(view?.lat).toBeCloseTo(34.45, 2);
	expect(view?.lon).toBeCloseTo(40.95, 2);
});

test('a plain visit on a narrow screen starts no early map: one map, one context', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await countContexts(page);
	await gotoApp(page, '/');
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await expect(page.locator('[data-map-started]')).toHaveCount(0);
	expect(await contexts(page)).toBe(1);
});

test('view=compare survives a slider step, a reload and Back/Forward', async ({ page }) => {
	await gotoApp(page, '/?view=compare&date=2017-11-18');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/date=2017-11-19/);
	await expect(page).toHaveURL(/view=compare/);
	await page.reload();
	await expect(page.locator('[data-map-ready="true"]').first()).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('map-reported')).toBeVisible();
	await page.getByRole('radio', { name: 'As known now' }).check();
	await expect(page).toHaveURL(/view=now/);
	await expect(page.getByTestId('map-reported')).toHaveCount(0);
	await page.goBack();
	await expect(page).toHaveURL(/view=compare/);
	await expect(page.getByTestId('map-reported').locator('canvas')).toHaveCount(1);
	await page.goForward();
	await expect(page.getByTestId('map-reported')).toHaveCount(0);
});

test('now and reported remain single-map views without reported attributes', async ({ page }) => {
	await gotoApp(page, '/?view=reported&date=2017-11-18');
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	const row = placeRow(page, 'al-boukamal');
	await expect(row).toHaveAttribute('data-controller', 'syrian-government');
	await expect(row).not.toHaveAttribute('data-reported-controller', /.*/);
});

test("a label's screen-reader text follows the day, both ways", async ({ page }) => {
	// The texts are cached per state (+page.svelte, labelTextsOf): a day that changes the state
	// must change the text, and going back must bring the old text back.
	await gotoApp(page, '/?view=compare&date=2017-11-08');
	const state = page.locator(
		'[data-testid="map-reported"] [data-place-label="al-boukamal"] .place-label__state'
	);
	const before = (await state.textContent()) ?? '';
	expect(before).not.toContain('Syrian government');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/date=2017-11-09/);
	await expect(state).toContainText('Syrian government');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/date=2017-11-08/);
	await expect(state).toHaveText(before);
});
