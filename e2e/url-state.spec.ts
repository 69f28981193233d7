import { expect, gotoApp, placeRow, slider, test } from './fixtures';

test('date, place and view survive a reload', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12&place=al-boukamal&view=reported');
	await page.reload();
	await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 November 2017');
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-boukamal');
	await expect(page.getByLabel('As reported at the time')).toBeChecked();
});

test('the map position in the hash is restored', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12#8/34.45/40.95');
	const view = await page.evaluate(() => window.__atlas?.view());
	expect(view!.zoom).toBeCloseTo(8, 1);
	expect(view!.lat).toBeCloseTo(34.45, 2);
	expect(view!.lon).toBeCloseTo(40.95, 2);
});

test('back and forward walk through selections', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12');
	await page.locator('[data-testid="control-list"] [data-place="raqqa"] button').click();
	await expect(page).toHaveURL(/place=raqqa/);
	// The detail now replaces the list; the next place is chosen from its map label.
	await page.locator('[data-place-label="al-qaim"]').click();
	await expect(page).toHaveURL(/place=al-qaim/);
	await page.goBack();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'raqqa');
	await page.goForward();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-qaim');
});

test('bad values fall back to the defaults and say so', async ({ page }) => {
	await gotoApp(page, '/?date=2017-13-45&place=nowhere&view=sideways');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('is not a date');
	await expect(notice).toContainText('There is no place');
	await expect(notice).toContainText('is not a view');
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect(placeRow(page, 'al-boukamal')).toHaveCount(1);
});
