import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, gotoApp, placeRow, test } from './fixtures';

const firstQuote = (page: Page) => page.getByTestId('place-panel').locator('blockquote').first();
const scrolled = (page: Page) => page.evaluate(() => window.scrollY);

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	test(`at ${size.width}×${size.height}, clicking al-Boukamal shows its first excerpt without any scrolling`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await gotoApp(page, '/?date=2017-11-14');
		await placeRow(page, 'al-boukamal').locator('button').click();
		await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place', 'al-boukamal');
		await expect(firstQuote(page)).toBeInViewport();
		expect(await scrolled(page)).toBe(0);
		// Nothing may make the page itself scrollable: the map stays put.
		expect(
			await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
		).toBe(true);
	});
}

test('the detail replaces the list; Back and Escape return to it with focus on the row', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-14');
	const list = page.getByTestId('control-list');
	const row = placeRow(page, 'raqqa').locator('button');
	await row.click();
	await expect(list).toBeHidden();
	const panel = page.getByTestId('place-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await panel.getByRole('button', { name: 'All places' }).click();
	await expect(panel).toHaveCount(0);
	await expect(list).toBeVisible();
	await expect(row).toBeFocused();
	await expect(page).not.toHaveURL(/place=/);

	await row.press('Enter');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(row).toBeFocused();
});

test('reports are grouped by outlet, with its kind and count, supporting outlets first', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-09&place=al-boukamal');
	const groups = page.getByTestId('place-panel').locator('[data-outlet]');
	expect(await groups.count()).toBeGreaterThan(1);
	const roles = [];
	for (const g of await groups.all()) {
		const heading = await g.getByRole('heading', { level: 3 }).textContent();
		expect(heading).toMatch(/· \d+ reports?$/);
		const outlet = heading!.replace(/ · \d+ reports?$/, '').trim();
		for (const cite of await g.locator('cite').allTextContents()) expect(cite).toBe(outlet);
		roles.push(await g.locator('article').first().getAttribute('data-role'));
	}
	// Groups that support the state come before those that do not.
	const firstOther = roles.findIndex((r) => r !== 'supporting');
	if (firstOther >= 0) expect(roles.slice(firstOther)).not.toContain('supporting');
});

test('an outlet with more than three excerpts shows three and the rest on request', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-09&place=al-boukamal');
	const panel = page.getByTestId('place-panel');
	const outlet = await panel
		.locator('[data-outlet]')
		.filter({ has: page.getByRole('button', { name: /^Show \d+ more excerpts? from/ }) })
		.first()
		.getAttribute('data-outlet');
	const group = panel.locator(`[data-outlet="${outlet}"]`);
	const more = group.getByRole('button', { name: /^Show \d+ more excerpts? from/ });
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect(group.locator('article')).toHaveCount(3);
	const extra = Number((await more.textContent())!.match(/Show (\d+) more/)![1]);
	await more.click();
	await expect(group.locator('article')).toHaveCount(3 + extra);
	await expect(group.getByRole('button', { name: 'Show only the first 3' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the detail is a bottom sheet whose handle snaps to peek, half and full by keyboard', async ({
		page
	}) => {
		// Three axe runs on a page with a live map: more than the default minute on a slow machine.
		test.setTimeout(150_000);
		await gotoApp(page, '/?date=2017-11-14');
		await placeRow(page, 'al-boukamal').locator('button').click();
		const sheet = page.getByTestId('place-sheet');
		const handle = sheet.getByRole('separator', { name: 'Resize the place details' });
		await expect(sheet).toHaveAttribute('data-snap', 'half');
		await expect(firstQuote(page)).toBeInViewport();
		expect(await seriousViolations(page)).toEqual([]);

		await handle.focus();
		await page.keyboard.press('Home');
		await expect(sheet).toHaveAttribute('data-snap', 'peek');
		await expect(handle).toHaveAttribute('aria-valuetext', 'Place details: name and state only');
		await expect(page.getByTestId('state-sentence')).toBeInViewport();
		await expect(
			page.getByTestId('place-panel').getByRole('heading', { level: 2 })
		).toBeInViewport();
		await expect(firstQuote(page)).not.toBeInViewport();
		expect(await seriousViolations(page)).toEqual([]);

		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(sheet).toHaveAttribute('data-snap', 'full');
		// The sheet animates its height (0.2 s): wait for it to settle rather than read it mid-way.
		await expect
			.poll(async () => (await sheet.boundingBox())?.height ?? 0)
			.toBeGreaterThan(844 * 0.85);
		expect(await seriousViolations(page)).toEqual([]);

		await page.keyboard.press('ArrowDown');
		await expect(sheet).toHaveAttribute('data-snap', 'half');
	});

	test('dragging the handle up and releasing snaps the sheet to full', async ({ page }) => {
		await gotoApp(page, '/?date=2017-11-14&place=al-boukamal');
		const sheet = page.getByTestId('place-sheet');
		const handle = sheet.getByRole('separator');
		const box = (await handle.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		for (let y = box.y; y > 120; y -= 40) await page.mouse.move(box.x + box.width / 2, y);
		await page.mouse.up();
		await expect(sheet).toHaveAttribute('data-snap', 'full');
	});
});

test('the panel in detail has no serious or critical axe violations at desktop size', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await gotoApp(page, '/?date=2017-11-18&place=al-boukamal');
	expect(await seriousViolations(page)).toEqual([]);
});
