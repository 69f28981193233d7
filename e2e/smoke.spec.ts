import { expect, gotoApp, placeRow, test } from './fixtures';

test('the explorer loads, draws the map and lists all five places', async ({ page }) => {
	await gotoApp(page);
	// The page opens side by side: both maps draw.
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
	await expect(page.locator('canvas.maplibregl-canvas').first()).toBeVisible();
	for (const id of ['al-boukamal', 'al-qaim', 'deir-ezzor', 'raqqa', 'al-sukhna']) {
		await expect(placeRow(page, id)).toHaveCount(1);
	}
	await expect(page.locator('.maplibregl-ctrl-attrib').first()).toContainText('Natural Earth');
	await expect(page.locator('.maplibregl-ctrl-attrib').first()).toContainText('GeoNames');
});

test('every place row states a controller from the vocabulary', async ({ page }) => {
	await gotoApp(page);
	const values = await page
		.locator('[data-testid="control-list"] [data-place]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-controller')));
	expect(values).toHaveLength(5);
	for (const v of values) {
		expect([
			'syrian-government',
			'isis',
			'iraqi-government',
			'sdf',
			'contested',
			'unknown'
		]).toContain(v);
	}
});
