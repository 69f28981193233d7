import { seriousViolations } from './axe';
import { expect, gotoApp, slider, test } from './fixtures';

test('the main view has no serious or critical axe violations', async ({ page }) => {
	await gotoApp(page);
	expect(await seriousViolations(page)).toEqual([]);
});

test('with a place selected there are no serious or critical axe violations', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12&place=al-boukamal');
	expect(await seriousViolations(page)).toEqual([]);
});

test('with the source reader open there are no serious or critical axe violations', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-19&place=al-boukamal');
	await page.getByRole('button', { name: 'Read in context' }).first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the narrow layout has no serious or critical axe violations', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoApp(page, '/?date=2017-11-12&place=al-qaim');
	expect(await seriousViolations(page)).toEqual([]);
});

test('a keyboard-only reader can change the date, open a place, read in context and come back', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-08');
	// Tab from the top of the page until the date slider has focus.
	let found = false;
	for (let i = 0; i < 60 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await slider(page).evaluate((el) => el === document.activeElement);
	}
	expect(found).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '9 November 2017');

	// Reach the place list (after the timeline and the map in the page's order) and open al-Boukamal.
	const row = page.locator('[data-testid="control-list"] [data-place="al-boukamal"] button');
	found = false;
	for (let i = 0; i < 80 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await row.evaluate((el) => el === document.activeElement);
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('place-panel');
	await expect(panel).toHaveAttribute('data-place', 'al-boukamal');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	// Tab to the first "Read in context" and open the source.
	const read = panel.getByRole('button', { name: 'Read in context' }).first();
	found = false;
	for (let i = 0; i < 40 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await read.evaluate((el) => el === document.activeElement);
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(read).toBeFocused();

	// Escape in the panel closes it and focus returns to the place's row.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(row).toBeFocused();
});

test('focus is visible on the controls a keyboard reaches', async ({ page }) => {
	await gotoApp(page);
	await slider(page).focus();
	const outline = await slider(page).evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

test('the control summary is announced politely when stepping', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-08');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	const live = page.locator('[aria-live="polite"]').filter({ hasText: '9 November 2017' });
	await expect(live).toContainText('al-Boukamal');
	await expect(live).toContainText('Syrian government');
});

test('Arabic names are isolated from the English text around them and read right to left, and stepping does not rewrite them', async ({
	page
}) => {
	const rtl = (sel: string) =>
		page
			.locator(sel)
			.evaluateAll((els) => els.map((el) => [el.textContent, getComputedStyle(el).direction]));
	await gotoApp(page, '/?date=2017-11-12');
	const list = '[data-testid="control-list"] bdi[lang="ar"]';
	await expect(page.locator(list).first()).toBeVisible();
	const inList = await rtl(list);
	expect(inList).toHaveLength(5);
	for (const [text, dir] of inList) {
		expect(text).toMatch(/[\u0600-\u06FF]/);
		expect(dir).toBe('rtl');
	}
	// A row's update (a step of the slider) leaves the names' own markup alone.
	await page.evaluate(() => {
		const w = window as unknown as { __arWrites: number };
		w.__arWrites = 0;
		new MutationObserver((ms) => (w.__arWrites += ms.length)).observe(
			document.querySelector('[data-testid="control-list"]')!,
			{ subtree: true, attributes: true, attributeFilter: ['dir', 'lang'] }
		);
	});
	const before = await slider(page).getAttribute('aria-valuetext');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).not.toHaveAttribute('aria-valuetext', before!);
	await page.keyboard.press('ArrowRight');
	expect(await page.evaluate(() => (window as unknown as { __arWrites: number }).__arWrites)).toBe(
		0
	);

	await page.locator('[data-testid="control-list"] [data-place="al-boukamal"]').click();
	// The panel is loaded on the first selection: wait for it before reading it.
	const panelName = '[data-testid="place-panel"] bdi[lang="ar"]';
	await expect(page.locator(panelName)).toBeVisible();
	const inPanel = await rtl(panelName);
	expect(inPanel).toEqual([['البوكمال', 'rtl']]);
});
