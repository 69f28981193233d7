import { readFileSync } from 'node:fs';
import { expect, gotoApp, test } from './fixtures';

const sources = JSON.parse(readFileSync('geo/sources/sources.json', 'utf8')) as {
	sources: { id: string; file: string; outlet: string }[];
};
const textByOutlet = new Map(
	sources.sources.map((s) => [s.outlet, readFileSync(`geo/sources/${s.file}`, 'utf8')])
);

for (const place of ['al-boukamal', 'al-qaim', 'deir-ezzor', 'raqqa', 'al-sukhna']) {
	for (const date of ['2017-11-09', '2017-11-12', '2017-11-25']) {
		test(`every excerpt shown for ${place} on ${date} is verbatim in its source`, async ({
			page
		}) => {
			await gotoApp(page, `/?date=${date}&place=${place}`);
			const articles = await page.getByTestId('place-panel').locator('article').all();
			for (const a of articles) {
				const quote = await a.locator('blockquote').textContent();
				const outlet = await a.locator('cite').textContent();
				const text = textByOutlet.get(outlet ?? '');
				expect(text, `source text for ${outlet}`).toBeDefined();
				expect(text).toContain(quote);
			}
		});
	}
}

test('read in context opens the source with the excerpt highlighted, and Escape returns focus', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-19&place=al-boukamal');
	const first = page.getByTestId('place-panel').locator('article').first();
	const quote = await first.locator('blockquote').textContent();
	const button = first.getByRole('button', { name: 'Read in context' });
	await button.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('mark')).toHaveText(quote!);
	await expect(dialog.locator('mark')).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test('the reader shows the publication date with its evidence, apart from the captured page', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-19&place=al-boukamal');
	await page.getByRole('button', { name: 'Read in context' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('reader-published')).toContainText('2017');
	await expect(dialog.getByTestId('reader-body')).toBeVisible();
	// The article body comes before any captured page text.
	const furniture = dialog.getByTestId('reader-furniture');
	if ((await furniture.count()) > 0) {
		const [body, page_] = await Promise.all([
			dialog.getByTestId('reader-body').boundingBox(),
			furniture.boundingBox()
		]);
		expect(body!.y).toBeLessThan(page_!.y);
		await expect(furniture).toContainText('not part of the article');
	}
});
