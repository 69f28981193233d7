/**
 * Evidence strength drawn in the list and the place panel as on the map (issue #12, item 4): the
 * swatch of each row is the place's state in the map's encoding. Days and states from
 * docs/reading.md (src/lib/core/truth.test.ts): on 18 November, as known now, al-Boukamal is
 * contested, disputed and inferred; on 30 November every place is carried forward, al-Sukhna
 * from a report of 31 August (at the fade's floor), al-Qaim from 5 November.
 */
import type { Locator } from '@playwright/test';
import { expect, gotoApp, placeRow, test } from './fixtures';

/** The computed look of a swatch: its colour layer's opacity and background, its ring. */
async function lookOf(swatch: Locator) {
	return swatch.evaluate((el) => {
		const fill = el.querySelector('[data-swatch-fill]');
		const f = fill ? getComputedStyle(fill) : null;
		return {
			opacity: f ? Number(f.opacity) : null,
			image: f?.backgroundImage ?? null,
			color: f?.backgroundColor ?? null,
			outline: getComputedStyle(el).outlineStyle,
			dots: el.querySelector('[data-swatch-dots]') !== null
		};
	});
}

const HATCH = 'rgb(43, 43, 43)';
const WHITE_STRIPE = /repeating-linear-gradient\(45deg, rgba\(255, 255, 255/;

test("on 18 November, as known now, al-Boukamal's row swatch is hatched, striped, paler and ringed", async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-18&view=now');
	const row = placeRow(page, 'al-boukamal');
	await expect(row).toHaveAttribute('data-basis', 'inferred');
	const swatch = row.locator('[data-swatch]');
	await expect(swatch).toHaveCount(1);
	const look = await lookOf(swatch);
	expect(look.image).toMatch(WHITE_STRIPE);
	expect(look.image).toContain(HATCH);
	expect(look.opacity).toBeLessThan(1);
	expect(look.outline).toBe('dashed');
	// Deir Ezzor, carried from 9 November, is neither striped nor hatched nor ringed.
	const deir = await lookOf(placeRow(page, 'deir-ezzor').locator('[data-swatch]'));
	expect(deir.image).toBe('none');
	expect(deir.color).toBe('rgb(214, 39, 40)');
	expect(deir.outline).toBe('none');
});

test('on 30 November a carried state fades with the days since its last report, in the list and the panel', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-30&view=now');
	for (const id of ['al-sukhna', 'al-qaim', 'al-boukamal']) {
		await expect(placeRow(page, id)).toHaveAttribute('data-basis', 'carried');
	}
	const sukhna = await lookOf(placeRow(page, 'al-sukhna').locator('[data-swatch]'));
	const qaim = await lookOf(placeRow(page, 'al-qaim').locator('[data-swatch]'));
	const boukamal = await lookOf(placeRow(page, 'al-boukamal').locator('[data-swatch]'));
	// al-Sukhna: last reported 31 August, past two months: at the floor.
	expect(sukhna.opacity).toBeCloseTo(0.35, 2);
	// al-Qaim (5 November) fainter than al-Boukamal (19 November), both fainter than stated.
	expect(qaim.opacity!).toBeLessThan(boukamal.opacity!);
	expect(boukamal.opacity!).toBeLessThan(1);
	expect(qaim.opacity!).toBeGreaterThan(sukhna.opacity!);

	await placeRow(page, 'al-sukhna').getByRole('button').click();
	const heading = page.getByTestId('place-panel').locator('.state [data-swatch]').first();
	expect((await lookOf(heading)).opacity).toBeCloseTo(0.35, 2);
});

test('a stated state is solid and a place that may have changed hands is dotted', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-19&view=now');
	await expect(placeRow(page, 'raqqa')).toHaveAttribute('data-basis', 'stated');
	const raqqa = await lookOf(placeRow(page, 'raqqa').locator('[data-swatch]'));
	expect(raqqa.opacity).toBe(1);
	expect(raqqa.image).toBe('none');

	await gotoApp(page, '/?date=2017-11-14&view=now');
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute('data-uncertain', 'true');
	expect((await lookOf(placeRow(page, 'al-boukamal').locator('[data-swatch]'))).dots).toBe(true);
	expect((await lookOf(placeRow(page, 'deir-ezzor').locator('[data-swatch]'))).dots).toBe(false);
});

test("in the compare view each row shows both views' swatches, each by its own state", async ({
	page
}) => {
	test.setTimeout(120_000);
	await gotoApp(page, '/?date=2017-11-18&view=compare');
	const row = placeRow(page, 'al-boukamal');
	const swatches = row.locator('[data-swatch]');
	await expect(swatches).toHaveCount(2);
	// In the order of the maps: as reported at the time, then as known now.
	const [then, now] = [swatches.nth(0), swatches.nth(1)];
	await expect(then).toHaveAttribute('data-controller', 'syrian-government');
	await expect(then).toHaveAttribute(
		'data-basis',
		(await row.getAttribute('data-reported-basis'))!
	);
	await expect(now).toHaveAttribute('data-controller', 'contested');
	await expect(now).toHaveAttribute('data-basis', (await row.getAttribute('data-basis'))!);
	const t = await lookOf(then);
	const n = await lookOf(now);
	expect(t.image).toBe('none');
	expect(t.outline).toBe('none');
	expect(n.image).toMatch(WHITE_STRIPE);
	expect(n.outline).toBe('dashed');
	expect(n.opacity!).toBeLessThan(t.opacity!);
});
