import { expect, gotoApp, test } from './fixtures';

test('a real mouse click on a polygon selects its place', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-19');
	const point = await page.evaluate(() => window.__atlas?.project('deir-ezzor'));
	expect(point).toBeTruthy();
	await page.mouse.click(point!.x, point!.y);
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'deir-ezzor');
	await expect(page).toHaveURL(/place=deir-ezzor/);
});

test('a place can be chosen with the keyboard alone from its map label', async ({ page }) => {
	await gotoApp(page);
	const label = page.locator('[data-testid="map-now"] [data-place-label="al-qaim"]');
	await label.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-qaim');
	await expect(page.getByTestId('place-panel').locator('blockquote').first()).toBeVisible();
});

test('a place can be chosen with the keyboard from the text summary', async ({ page }) => {
	await gotoApp(page);
	await page.locator('[data-testid="control-list"] [data-place="raqqa"] button').focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'raqqa');
});

test('each excerpt in the panel names its outlet in a cite', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-09&place=al-boukamal');
	const excerpts = page.getByTestId('place-panel').locator('article');
	expect(await excerpts.count()).toBeGreaterThan(3);
	for (const a of await excerpts.all()) {
		await expect(a.locator('blockquote')).not.toBeEmpty();
		await expect(a.locator('cite')).not.toBeEmpty();
	}
});
