import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, gotoApp, placeRow, test } from './fixtures';

/** Phrases first users could not read (issue 13); none may appear anywhere on the page. */
const GONE = [
	/carried forward from an earlier report/i,
	/Claim\s+took/,
	/only the 0 of/,
	/The other view tells a different story/
];

const BASIS_TEXT: Record<string, string> = {
	stated: 'A report covers this day',
	inferred: 'Inferred, not stated',
	carried: 'No report on this day itself',
	none: 'No report'
};

for (const date of ['2017-11-01', '2017-11-12', '2017-11-18', '2017-11-25']) {
	test(`on ${date} every row has one sentence and says its basis in plain words`, async ({
		page
	}) => {
		await gotoApp(page, `/?date=${date}&view=reported`);
		for (const row of await page.locator('[data-testid="control-list"] [data-place]').all()) {
			const basis = await row.getAttribute('data-basis');
			expect(Object.keys(BASIS_TEXT)).toContain(basis);
			await expect(row).toContainText(BASIS_TEXT[basis!]!);
			await expect(row.locator('.sentence')).toHaveCount(1);
		}
		const text = await page.locator('body').innerText();
		for (const phrase of GONE) expect(text).not.toMatch(phrase);
	});
}

test('a state is one sentence for a reader: who, since when, on how many reports', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-19');
	await expect(placeRow(page, 'al-boukamal')).toContainText(
		/Reported held by the Syrian government since .* \(\d+ reports?\)\./
	);
	await gotoApp(page, '/?date=2017-11-03&view=reported');
	await expect(placeRow(page, 'al-sukhna')).toContainText('Not known');
});

test('a change on an unknown day reads "until some day between …, then reported …"', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-14');
	await expect(placeRow(page, 'al-boukamal')).toContainText(
		'Held by the Syrian government until some day between 10 and 18 November, then reported'
	);
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute('data-uncertain', 'true');
});

test('the glossary explains SDF in full and closes with Escape, leaving the panel open', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-25&place=raqqa');
	const panel = page.getByTestId('place-panel');
	const term = panel.locator('[data-term="sdf"]');
	await term.click();
	const entry = page.locator('[data-glossary="sdf"]');
	await expect(entry).toBeVisible();
	await expect(entry).toContainText('Syrian Democratic Forces');
	expect(await seriousViolations(page)).toEqual([]);
	await term.press('Escape');
	await expect(entry).toBeHidden();
	await expect(panel).toBeVisible();
});

test('the glossary names the group ISIS is also called', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-01&place=al-boukamal');
	await page.getByTestId('place-panel').locator('[data-term="isis"]').click();
	for (const name of ['IS', 'ISIL', 'Daesh'])
		await expect(page.locator('[data-glossary="isis"]')).toContainText(name);
});

test('the exported CSV says each state in the same sentence as the list', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-14');
	const sentence = (await placeRow(page, 'al-qaim').locator('.sentence').textContent())!;
	await page.getByText('Export and share').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = readFileSync((await file.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toMatch(/,state,sources$/);
	expect(csv).toContain(sentence.replace(/\.$/, ''));
});
