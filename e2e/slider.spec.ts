import { expect, gotoApp, slider, test } from './fixtures';

test('the date slider moves by day, week and to its ends with the keyboard', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-09');
	const s = slider(page);
	await expect(s).toHaveAttribute('aria-valuetext', '9 November 2017');
	await s.focus();
	await page.keyboard.press('ArrowRight');
	await expect(s).toHaveAttribute('aria-valuetext', '10 November 2017');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(s).toHaveAttribute('aria-valuetext', '8 November 2017');
	await page.keyboard.press('PageUp');
	await expect(s).toHaveAttribute('aria-valuetext', '15 November 2017');
	await page.keyboard.press('PageDown');
	await expect(s).toHaveAttribute('aria-valuetext', '8 November 2017');
	await page.keyboard.press('End');
	const max = await s.getAttribute('max');
	await expect(s).toHaveValue(max!);
	await page.keyboard.press('Home');
	const min = await s.getAttribute('min');
	await expect(s).toHaveValue(min!);
});

test('play advances the date and pause stops it', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-01');
	const s = slider(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(s).not.toHaveAttribute('aria-valuetext', '1 November 2017');
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = await s.getAttribute('aria-valuetext');
	await page.waitForTimeout(1200);
	await expect(s).toHaveAttribute('aria-valuetext', paused!);
});

test('the summary follows the slider: al-Qaim turns Iraqi government after the weekend of 4–5 November', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-03');
	const row = page.locator('[data-testid="control-list"] [data-place="al-qaim"]');
	await expect(row).toHaveAttribute('data-controller', 'isis');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '6 November 2017');
	await expect(row).toHaveAttribute('data-controller', 'iraqi-government');
});
