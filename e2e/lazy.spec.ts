/**
 * What the first view does not show is loaded when first needed (issue #12, item 7): the source
 * reader, the place's detail, the parts inside the closed <details> and the hover card. Each is
 * fetched as its own script when asked for, and then works as before.
 */
import type { Page } from '@playwright/test';
import { expect, gotoApp, placeRow, test } from './fixtures';

/** Collects the URLs of the scripts the page requests from now on. */
function watchScripts(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') urls.push(r.url());
	});
	return urls;
}

test('a publication mark on the timeline loads the reader then, and opens its source', async ({
	page
}) => {
	const scripts = watchScripts(page);
	await gotoApp(page, '/');
	const atLoad = scripts.length;
	await page.locator('[data-pub-day="2017-11-19"]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	expect(scripts.length).toBeGreaterThan(atLoad);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.locator('[data-pub-day="2017-11-19"]')).toBeFocused();
});

test('choosing a place loads its detail then, and focus lands on it', async ({ page }) => {
	const scripts = watchScripts(page);
	await gotoApp(page, '/?date=2017-11-14');
	const atLoad = scripts.length;
	await placeRow(page, 'al-boukamal').getByRole('button').click();
	const panel = page.getByTestId('place-panel');
	await expect(panel).toHaveAttribute('data-place', 'al-boukamal');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	expect(scripts.length).toBeGreaterThan(atLoad);
});

test('a place in the link opens its detail on load', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-14&place=al-boukamal');
	await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-boukamal');
	await expect(page.getByTestId('place-panel').locator('blockquote').first()).toBeVisible();
});

test('the legend is loaded when its section is opened', async ({ page }) => {
	const scripts = watchScripts(page);
	await gotoApp(page, '/');
	const atLoad = scripts.length;
	const legend = page.locator('ul[data-legend="who"]');
	await expect(legend).toHaveCount(0);
	await page.getByText('Legend', { exact: true }).click();
	await expect(legend).toBeVisible();
	expect(scripts.length).toBeGreaterThan(atLoad);
});

test('the hover card is loaded when a pointer first rests on a place, and names it', async ({
	page
}) => {
	const scripts = watchScripts(page);
	await gotoApp(page, '/?view=now&date=2017-11-19');
	const atLoad = scripts.length;
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	const point = await page.evaluate(() => window.__atlas?.project('deir-ezzor'));
	expect(point).toBeTruthy();
	await page.mouse.move(point!.x, point!.y);
	const card = page.getByRole('tooltip');
	await expect(card).toBeVisible();
	await expect(card).toContainText('Deir Ezzor');
	await expect(card).toContainText('19 November 2017');
	expect(scripts.length).toBeGreaterThan(atLoad);
	// Off the place, the card goes.
	await page.mouse.move(5, 5);
	await expect(card).toHaveCount(0);
});
