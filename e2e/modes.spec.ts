import { expect, gotoApp, placeRow, test } from './fixtures';

test('on 18 November the two knowledge modes name different holders of al-Boukamal', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-18&view=reported');
	const row = placeRow(page, 'al-boukamal');
	await expect(row).toHaveAttribute('data-controller', 'syrian-government');
	await expect(row).toHaveAttribute('data-uncertain', 'false');
	await page.getByLabel('As known now').check();
	await expect(row).not.toHaveAttribute('data-controller', 'syrian-government');
	await expect(page).not.toHaveURL(/view=reported/);
	await expect(page.locator('.horizon')).toContainText('read differently in the other view');
});

test('on 12 November, as reported then the army holds al-Boukamal; as known now that hold is in doubt', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-12&view=reported&place=al-boukamal');
	const row = placeRow(page, 'al-boukamal');
	const panel = page.getByTestId('place-panel');
	await expect(row).toHaveAttribute('data-uncertain', 'false');
	await expect(panel.locator('[data-role="superseded"]')).toHaveCount(0);
	await page.getByLabel('As known now').check();
	await expect(row).toHaveAttribute('data-uncertain', 'true');
	// Outlet groups show their first three excerpts; open them all to see every role.
	const more = panel.getByRole('button', { name: /^Show \d+ more/ });
	while ((await more.count()) > 0) await more.first().click();
	// The loss is a later event, not a correction (docs/control.md): nothing is set aside.
	await expect(panel.locator('[data-role="superseded"]')).toHaveCount(0);
	await expect(
		panel.locator('[data-role="contradicting"]').filter({ hasText: 'unable to hold the city' })
	).toHaveCount(1);
});

test('as reported at the time, nothing is known before the first report was published', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-05&view=reported');
	await expect(placeRow(page, 'al-qaim')).toHaveAttribute('data-controller', 'unknown');
	await page.getByLabel('As known now').check();
	await expect(placeRow(page, 'al-qaim')).toHaveAttribute('data-controller', 'iraqi-government');
});

test('from 19 November both modes agree the Syrian army holds al-Boukamal', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-20&view=reported');
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute(
		'data-controller',
		'syrian-government'
	);
	await page.getByLabel('As known now').check();
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute(
		'data-controller',
		'syrian-government'
	);
});
