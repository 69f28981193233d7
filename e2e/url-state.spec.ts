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
	await page.locator('[data-testid="map-now"] [data-place-label="al-qaim"]').click();
	await expect(page).toHaveURL(/place=al-qaim/);
	await page.goBack();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'raqqa');
	await page.goForward();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-qaim');
});

test('bad values fall back to the defaults and each says so in its own notice', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-13-45&place=nowhere&view=sideways');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toBeVisible();
	await expect(notice.locator('[data-notice="date-invalid"]')).toContainText(
		'"2017-13-45" is not a date'
	);
	await expect(notice.locator('[data-notice="place-unknown"]')).toContainText(
		'There is no place "nowhere"'
	);
	await expect(notice.locator('[data-notice="view-unknown"]')).toContainText(
		'"sideways" is not a view'
	);
	await expect(notice.locator('li')).toHaveCount(3);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect(placeRow(page, 'al-boukamal')).toHaveCount(1);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();
});

test('garbage for a date says it is not a date and shows the opening day', async ({ page }) => {
	await gotoApp(page, '/');
	const opening = await slider(page).getAttribute('aria-valuetext');
	await gotoApp(page, '/?date=garbage');
	const item = page.getByRole('status').locator('[data-notice="date-invalid"]');
	await expect(item).toContainText('"garbage" is not a date');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', opening!);
	await expect(item).toContainText(`showing ${opening}`);
});

// Regression: a date before the range used to show the last day, silently.
test('a date before the reports shows the first day and names both dates', async ({ page }) => {
	await gotoApp(page, '/?date=2016-01-01');
	const item = page.getByRole('status').locator('[data-notice="date-clamped"]');
	await expect(item).toContainText('The link asked for 1 January 2016, before the first day');
	const shown = await slider(page).getAttribute('aria-valuetext');
	expect(shown).toMatch(/2017$/);
	await expect(item).toContainText(`showing ${shown}.`);
	// It is the first day: Home (the first day) does not move it.
	await slider(page).press('Home');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', shown!);
});

test('a date after the reports shows the last day and names both dates', async ({ page }) => {
	await gotoApp(page, '/?date=2018-03-01');
	const item = page.getByRole('status').locator('[data-notice="date-clamped"]');
	await expect(item).toContainText('The link asked for 1 March 2018, after the last day');
	const shown = await slider(page).getAttribute('aria-valuetext');
	await expect(item).toContainText(`showing ${shown}.`);
	await slider(page).press('End');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', shown!);
});

test('a good link shows no notice', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12&place=raqqa&view=reported');
	await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
});

// Regression: a date change rewrote the current history entry, so after "change the date, then
// choose a place" one Back undid both.
test('each action is one history entry: Back undoes one step at a time', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12&view=now');
	// PageUp: a week later, one action.
	await slider(page).press('PageUp');
	await expect(page).toHaveURL(/date=2017-11-19/);
	await placeRow(page, 'raqqa').getByRole('button').click();
	await expect(page).toHaveURL(/date=2017-11-19&place=raqqa/);
	await page.getByRole('radio', { name: 'As reported at the time' }).check();
	await expect(page).toHaveURL(/view=reported/);

	await page.goBack();
	await expect(page.getByRole('radio', { name: 'As known now' })).toBeChecked();
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'raqqa');
	await page.goBack();
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 November 2017');
	await page.goBack();
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 November 2017');
	await page.goForward();
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 November 2017');
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
});

test('Back moves the map to the camera of that entry', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12#8/34.45/40.95');
	await placeRow(page, 'raqqa').getByRole('button').click();
	await expect(page).toHaveURL(/place=raqqa/);
	await page.getByTestId('place-panel').getByRole('button', { name: /zoom/i }).click();
	await expect
		.poll(async () => (await page.evaluate(() => window.__atlas?.view()))?.lat ?? 0)
		.toBeGreaterThan(35.5);
	await page.goBack();
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect
		.poll(async () => (await page.evaluate(() => window.__atlas?.view()))?.lat ?? 0)
		.toBeCloseTo(34.45, 2);
});
