import type { Locator, Page } from '@playwright/test';
import { expect, gotoApp, placeRow, slider, test } from './fixtures';

async function isFocused(target: Locator) {
	return target.evaluate((el) => el === document.activeElement);
}

/** Tabs from the top of the page until `link` has focus; returns the presses it took. */
async function tabTo(page: Page, link: Locator, max = 8) {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		if (await isFocused(link)) return i;
	}
	return Infinity;
}

test('the first Tab reaches a visible skip link to the map, which focuses the map', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-12');
	const link = page.getByRole('link', { name: 'Skip to the map' });
	expect(await tabTo(page, link)).toBe(1);
	const box = await link.boundingBox();
	expect(box && box.y >= 0 && box.height > 0).toBe(true);
	await page.keyboard.press('Enter');
	// The page opens side by side: the skip link goes to the map of what is known now.
	const canvas = page.locator('[data-testid="map-now"] .maplibregl-canvas');
	await expect(canvas).toBeFocused();
	// The skip link moved focus without touching the URL (its hash is the camera).
	await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
	// The map container shows a focus ring while the map has keyboard focus.
	const ring = await page
		.locator('.mapwrap')
		.evaluate((el) => getComputedStyle(el, '::after').outlineStyle);
	expect(ring).toBe('solid');
	// And the map does what the keys say: an arrow key pans it.
	const before = await page.evaluate(() => window.__atlas?.view());
	await page.keyboard.press('ArrowRight');
	await expect
		.poll(async () => (await page.evaluate(() => window.__atlas?.view()))?.lon)
		.toBeGreaterThan(before!.lon);
});

test('no ring is drawn on the map while it does not have focus', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12');
	const ring = await page
		.locator('.mapwrap')
		.evaluate((el) => getComputedStyle(el, '::after').outlineStyle);
	expect(ring).not.toBe('solid');
});

test('the date slider is reached within 8 Tab presses from the top of the page', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-12');
	const link = page.getByRole('link', { name: 'Skip to the timeline' });
	const presses = await tabTo(page, link);
	expect(presses).toBeLessThanOrEqual(8);
	await page.keyboard.press('Enter');
	await expect(slider(page)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 November 2017');
});

// Issue #13, item 6: Tab alone (no skip link) reaches the slider within 8 presses, in the
// compare view the page opens on and in a single view, on a desktop and on a phone.
for (const size of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	for (const path of ['/', '/?view=now']) {
		test(`at ${size.width}×${size.height} on ${path}, Tab alone reaches the date slider within 8 presses`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await gotoApp(page, path);
			expect(await tabTo(page, slider(page))).toBeLessThanOrEqual(8);
			await expect(slider(page)).toBeFocused();
			// The slider takes its keys once there.
			const before = await slider(page).getAttribute('aria-valuetext');
			await page.keyboard.press('ArrowLeft');
			await expect(slider(page)).not.toHaveAttribute('aria-valuetext', before!);
		});
	}
}

test('a skip link leads to the list of places, and Tab then reaches its first row', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-12');
	const link = page.getByRole('link', { name: 'Skip to the list of places' });
	expect(await tabTo(page, link)).toBeLessThanOrEqual(8);
	await page.keyboard.press('Enter');
	const section = page.locator('section[aria-labelledby="summary-title"]');
	await expect(section).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(placeRow(page, 'al-boukamal').getByRole('button')).toBeFocused();
});

test('each place mark on the map shows a focus ring', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12');
	const mark = page.locator('.place-label').first();
	await mark.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(mark).toBeFocused();
	expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
