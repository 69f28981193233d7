import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, gotoApp, placeRow, test } from './fixtures';

const sources = (
	JSON.parse(readFileSync('geo/sources/sources.json', 'utf8')) as {
		sources: { id: string; outlet: string }[];
	}
).sources;
const byOutlet = (prefix: string) => sources.find((s) => s.outlet.startsWith(prefix))!;
const telesur = byOutlet('teleSUR');
const cgtn = byOutlet('CGTN');

test("according to teleSUR alone, al-Boukamal on 14 November is plainly the government's, citing only teleSUR", async ({
	page
}) => {
	await gotoApp(page, `/?date=2017-11-14&view=now&source=${telesur.id}`);
	const row = placeRow(page, 'al-boukamal');
	await expect(row).toHaveAttribute('data-controller', 'syrian-government');
	await expect(row).toHaveAttribute('data-uncertain', 'false');
	await expect(row).toHaveAttribute('data-disputed', 'false');
	await expect(page.getByTestId('lens-chip')).toContainText(telesur.outlet);
	expect(await seriousViolations(page)).toEqual([]);

	await row.locator('button').click();
	const panel = page.getByTestId('place-panel');
	const more = panel.getByRole('button', { name: /^Show \d+ more/ });
	while ((await more.count()) > 0) await more.first().click();
	const cites = await panel.locator('cite').allTextContents();
	expect(cites.length).toBeGreaterThan(0);
	expect(new Set(cites)).toEqual(new Set([telesur.outlet]));
});

test('according to CGTN alone, al-Boukamal on 14 November does not read as plain government', async ({
	page
}) => {
	await gotoApp(page, `/?date=2017-11-14&view=now&source=${cgtn.id}`);
	const row = placeRow(page, 'al-boukamal');
	const [controller, uncertain, disputed] = await Promise.all([
		row.getAttribute('data-controller'),
		row.getAttribute('data-uncertain'),
		row.getAttribute('data-disputed')
	]);
	expect(controller === 'syrian-government' && uncertain === 'false' && disputed === 'false').toBe(
		false
	);
});

test('the filter turns a lens on from the checklist and the chip turns it off in one click', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-14');
	await expect(page.getByTestId('lens-chip')).toHaveCount(0);
	await page.getByText('Filter by source').click();
	const filter = page.getByTestId('source-filter');
	for (const s of sources) await expect(filter).toContainText(s.outlet);
	await filter.locator(`input[value="${telesur.id}"]`).check();
	await expect(page).toHaveURL(new RegExp(`source=${telesur.id}`));
	await expect(page.getByTestId('lens-chip')).toBeVisible();
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute('data-uncertain', 'false');

	await page.getByTestId('lens-chip').getByRole('button', { name: 'Show all sources' }).click();
	await expect(page.getByTestId('lens-chip')).toHaveCount(0);
	await expect(page).not.toHaveURL(/source=/);
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute('data-uncertain', 'true');
});

test('Back after turning a lens on goes back to all sources', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-14');
	await page.getByText('Filter by source').click();
	await page.getByTestId('source-filter').locator(`input[value="${cgtn.id}"]`).check();
	await expect(page.getByTestId('lens-chip')).toBeVisible();
	await page.goBack();
	await expect(page.getByTestId('lens-chip')).toHaveCount(0);
});

test('an unknown source in the link is named in a notice and left out', async ({ page }) => {
	await gotoApp(page, `/?date=2017-11-14&source=nowhere,${telesur.id}`);
	await expect(
		page.getByRole('status').filter({ hasText: 'There is no source "nowhere"' })
	).toBeVisible();
	await expect(page.getByTestId('lens-chip')).toContainText(telesur.outlet);
});

test('exports under a lens say which sources counted', async ({ page }) => {
	await gotoApp(page, `/?date=2017-11-14&source=${telesur.id}`);
	await page.getByText('Export and share').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(file.suggestedFilename()).toBe(`frontline-atlas-2017-11-14-now-only-${telesur.id}.csv`);
	const csv = readFileSync((await file.path())!, 'utf8');
	expect(csv).toContain(`only ${telesur.outlet}`);
	expect(csv).not.toContain(cgtn.outlet);
});
