import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The dev server of this project runs on a scratch copy of geo/ made by scripts/review-scratch.ts
// (see playwright.config.ts): the test may save there.
const GEO = `.tmp/review-e2e-geo-${Number(process.env.E2E_REVIEW_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1000)}`;
const SOURCE = 'review-test-2017-11-25';

function reports(): { id: string; place: string; controller: string }[] {
	return JSON.parse(readFileSync(join(GEO, 'reports.json'), 'utf8')).reports;
}

test.setTimeout(120_000);

test('review: accept one proposal, edit one, make one from a selection, save, and the preview changes', async ({
	page
}) => {
	const before = reports().length;
	await page.goto('/review');
	await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
	const place = (id: string) => page.locator(`[data-place="${id}"]`);
	await expect(place('raqqa')).toHaveAttribute('data-controller', 'sdf');
	await expect(place('al-sukhna')).toHaveAttribute('data-controller', 'syrian-government');

	// The quotes are highlighted in the source text.
	await expect(page.locator('[data-testid="source-text"] mark')).toHaveCount(3);

	// Accept one: the preview counts it at once.
	const raqqa = page.locator(`[data-proposal="${SOURCE}-raqqa-2"]`);
	await raqqa.getByRole('button', { name: 'Accept', exact: true }).click();
	await expect(raqqa).toHaveAttribute('data-status', 'accepted');
	await expect(place('raqqa')).toHaveAttribute('data-controller', 'syrian-government');

	// Reject the duplicate.
	const dup = page.locator(`[data-proposal="${SOURCE}-raqqa-1"]`);
	await dup.getByRole('button', { name: 'Reject' }).click();
	await expect(dup).toHaveAttribute('data-status', 'rejected');

	// Edit one: an invalid date is refused by the schema, a valid edit accepted.
	const sukhna = page.locator(`[data-proposal="${SOURCE}-al-sukhna-1"]`);
	await sukhna.getByRole('button', { name: 'Edit' }).click();
	await sukhna.getByLabel('kind', { exact: true }).selectOption('holds');
	await sukhna.getByLabel('controller', { exact: true }).selectOption('isis');
	await sukhna.getByLabel('start', { exact: true }).fill('24 November');
	await expect(sukhna.getByRole('alert')).toContainText('start');
	await expect(sukhna.getByRole('button', { name: 'Accept edited' })).toBeDisabled();
	await sukhna.getByLabel('start', { exact: true }).fill('2017-11-24');
	await sukhna.getByRole('button', { name: 'Accept edited' }).click();
	await expect(sukhna).toHaveAttribute('data-status', 'accepted');
	await expect(place('al-sukhna')).toHaveAttribute('data-controller', 'isis');

	// Make one from a selection in the text.
	const words = 'The army also reached the outskirts of Deir Ezzor';
	await page.evaluate((phrase) => {
		const runs = [...document.querySelectorAll('[data-testid="source-text"] [data-start]')];
		const run = runs.find((el) => el.textContent?.includes(phrase));
		const node = run?.firstChild;
		if (!node?.textContent) throw new Error('phrase not rendered');
		const at = node.textContent.indexOf(phrase);
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + phrase.length);
		const selection = window.getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		window.dispatchEvent(new MouseEvent('mouseup'));
	}, words);
	const made = page.locator(`[data-proposal="${SOURCE}-claim-1"]`);
	await expect(made.locator('blockquote')).toHaveText(words);
	await made.getByLabel('place', { exact: true }).fill('deir-ezzor');
	await made.getByLabel('kind', { exact: true }).selectOption('contested');
	await made.getByLabel('controller', { exact: true }).selectOption('contested');
	await made.getByLabel('attribution').fill('a field commander\nReview Test Wire');
	await made.getByRole('button', { name: 'Accept edited' }).click();
	await expect(place('deir-ezzor')).toHaveAttribute('data-controller', 'contested');

	// The keyboard way to the same: type the exact words instead of selecting them.
	await page.getByLabel('New claim from these exact words').fill('fighting inside al-Sukhna');
	await page.getByLabel('New claim from these exact words').press('Enter');
	const typed = page.locator(`[data-proposal="${SOURCE}-claim-2"]`);
	await expect(typed.locator('blockquote')).toHaveText('fighting inside al-Sukhna');
	await typed.getByRole('button', { name: 'Cancel' }).click();
	await typed.getByRole('button', { name: 'Reject' }).click();
	await expect(typed).toHaveAttribute('data-status', 'rejected');

	// Save: three claims written to the scratch reports.json; the page reloads from the files.
	await page.getByRole('button', { name: /^Save 3 accepted/ }).click();
	await expect(page.getByTestId('save-message')).toContainText('Saved: 3 claim(s) added');
	const after = reports();
	expect(after).toHaveLength(before + 3);
	expect(after.at(-1)).toMatchObject({
		id: `${SOURCE}-claim-1`,
		place: 'deir-ezzor',
		controller: 'contested'
	});
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
	await expect(place('raqqa')).toHaveAttribute('data-controller', 'syrian-government');
	await expect(place('al-sukhna')).toHaveAttribute('data-controller', 'isis');
	await expect(page.getByText('No pending proposals')).toBeVisible();
});

test('review: a save made against data that changed since loading is refused and writes nothing', async ({
	request
}) => {
	const before = readFileSync(join(GEO, 'reports.json'), 'utf8');
	const response = await request.post('/review/save', {
		data: { source: SOURCE, version: 'stale', accepted: [], decided: [] }
	});
	expect(response.status()).toBe(409);
	expect((await response.json()).message).toMatch(/changed since this page was loaded/);
	expect(readFileSync(join(GEO, 'reports.json'), 'utf8')).toBe(before);
});
