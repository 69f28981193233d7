import { expect, gotoApp, placeRow, slider, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const AUTUMN = /^\d{1,2} (September|October|November) 2017$/;

test('/ opens on a day in the reports where the two views differ, in the compare view', async ({
	page
}) => {
	await gotoApp(page, '/');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', AUTUMN);
	await expect(page.getByTestId('map-now')).toBeVisible();
	await expect(page.getByTestId('map-reported')).toBeVisible();
	// Some place reads differently in the two views on the opening day.
	const rows = page.locator('[data-testid="control-list"] [data-place]');
	const pairs = await rows.evaluateAll((els) =>
		els.map((e) => [e.getAttribute('data-controller'), e.getAttribute('data-reported-controller')])
	);
	expect(pairs.some(([a, b]) => b !== 'unknown' && a !== b)).toBe(true);
});

test('the slider spans the reports, not the whole year, and Home/End stay in it', async ({
	page
}) => {
	await gotoApp(page, '/');
	const s = slider(page);
	await s.focus();
	await page.keyboard.press('Home');
	await expect(s).toHaveAttribute('aria-valuetext', /(August|September) 2017$/);
	await page.keyboard.press('End');
	await expect(s).toHaveAttribute('aria-valuetext', AUTUMN);
	await page.getByLabel('Whole range').check();
	await s.focus();
	await page.keyboard.press('Home');
	await expect(s).toHaveAttribute('aria-valuetext', '1 January 2017');
});

test('a day outside the reports shows the whole range, and playback into them keeps it', async ({
	page
}) => {
	await gotoApp(page, '/?view=now&date=2017-08-20');
	const s = slider(page);
	const wide = page.getByLabel('Whole range');
	// The box says what the slider shows: the whole range, from 1 January.
	await expect(wide).toBeChecked();
	const min = await s.getAttribute('min');
	await page.getByLabel('Speed').selectOption('8');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(s).toHaveAttribute('aria-valuetext', /September 2017$/, { timeout: 30_000 });
	await page.getByRole('button', { name: 'Pause' }).click();
	// Into the reports' days, the window did not change under the thumb.
	await expect(wide).toBeChecked();
	await expect(s).toHaveAttribute('min', min!);
	// Turned off on a day outside the reports, the day comes into their window.
	await gotoApp(page, '/?view=now&date=2017-03-01');
	await expect(wide).toBeChecked();
	await wide.uncheck();
	await expect(wide).not.toBeChecked();
	await expect(s).toHaveAttribute('aria-valuetext', /(August|September) 2017$/);
	await expect(page).toHaveURL(/date=2017-0[89]-/);
	expect(Number(await s.getAttribute('min'))).toBeGreaterThan(Number(min));
});

test('Play from the opening day stays within the reports', async ({ page }) => {
	await gotoApp(page, '/');
	await page.getByLabel('Speed').selectOption('8');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 60_000 });
	await expect(slider(page)).toHaveAttribute('aria-valuetext', AUTUMN);
});

test('a change mark on the timeline is labelled and jumps to its day', async ({ page }) => {
	await gotoApp(page, '/?view=now&date=2017-11-01');
	const mark = page.locator('[data-event-day="2017-11-09"]');
	await expect(mark).toHaveAccessibleName(/^9 Nov · .*al-Boukamal · Syrian government/);
	await mark.focus();
	await page.keyboard.press('Enter');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '9 November 2017');
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute(
		'data-controller',
		'syrian-government'
	);
	// On the day of the change the map names the outlets at the place.
	await expect(page.locator('[data-callout="al-boukamal"]')).toContainText('al-Boukamal today');
});

test('a publication mark opens that source in the reader', async ({ page }) => {
	await gotoApp(page, '/?view=now&date=2017-11-20');
	await page.locator('[data-pub-day="2017-11-19"]').click();
	await expect(page.locator('dialog[open]')).toBeVisible();
});

test('evidence is drawn: marks and label swatches carry the basis', async ({ page }) => {
	await gotoApp(page, '/?view=now&date=2017-11-19');
	const mark = page.locator('[data-place-mark="al-sukhna"]');
	await expect(mark).toHaveAttribute('data-basis', 'carried');
	const fill = mark.locator('.place-mark__fill');
	const opacity = Number(await fill.evaluate((e) => getComputedStyle(e).opacity));
	expect(opacity).toBeLessThan(1);
	await expect(page.locator('[data-place-mark="al-boukamal"]')).toHaveAttribute(
		'data-basis',
		'stated'
	);
	const box = await page.locator('[data-place-mark="al-boukamal"]').boundingBox();
	expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
});
