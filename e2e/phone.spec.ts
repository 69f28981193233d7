/**
 * The phone layout: the map itself (not its notes or the header) keeps at least half the screen,
 * and the timeline and the list still follow it on screen without the page scrolling.
 */
import { expect, gotoApp, placeRow, slider, test } from './fixtures';

const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 740 }
];

for (const size of PHONES) {
	for (const path of ['/', '/?view=now']) {
		test(`at ${size.width}×${size.height} on ${path} the map keeps half the screen, with the timeline and the list below`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await gotoApp(page, path);
			const maps = page.locator('.map-view__map');
			// The compare view on a phone is one map with a toggle; the single views are one map.
			await expect(maps).toHaveCount(1);
			const map = (await maps.first().boundingBox())!;
			expect(map.height).toBeGreaterThanOrEqual(size.height / 2);
			expect(map.y).toBeGreaterThanOrEqual(0);
			// The timeline is not pushed off the screen by the map…
			await expect(slider(page)).toBeInViewport({ ratio: 1 });
			expect((await slider(page).boundingBox())!.y).toBeGreaterThan(map.y + map.height);
			// …the list starts on screen below it…
			await expect(placeRow(page, 'al-boukamal')).toBeInViewport();
			// …and the page itself does not scroll (the list scrolls in its own box).
			const overflow = await page.evaluate(
				() => document.documentElement.scrollHeight - window.innerHeight
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}

test('the view switch on a phone fits the header beside the title, and says which view is on', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoApp(page, '/?view=now');
	const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
	const group = page.getByRole('group', { name: 'Knowledge' });
	const box = (await group.boundingBox())!;
	// One header row: the switch beside the title, inside the screen.
	expect(box.y).toBeLessThan(title.y + title.height);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	await expect(group.getByRole('radio', { name: 'As known now' })).toBeChecked();
	// The radios stay operable by keyboard though their circles are hidden.
	await group.getByRole('radio', { name: 'As known now' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(group.getByRole('radio', { name: 'As reported at the time' })).toBeChecked();
	await expect(page).toHaveURL(/view=reported/);
});
