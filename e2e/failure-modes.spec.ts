import { expect, placeRow, slider, test } from './fixtures';

test('without WebGL the app says so and the slider, summary and excerpts still work', async ({
	page
}) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
			return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof original;
	});
	await page.goto('/?date=2017-11-09');
	await expect(page.getByText('WebGL is unavailable').first()).toBeVisible();
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute(
		'data-controller',
		'syrian-government'
	);
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 November 2017');
	await page.locator('[data-testid="control-list"] [data-place="al-boukamal"] button').click();
	await expect(page.getByTestId('place-panel').locator('blockquote').first()).toBeVisible();
});

test('a basemap layer that fails to load is reported, and places, slider and excerpts still work', async ({
	page,
	watch
}) => {
	watch.allow.push(/Failed to load resource|rivers\.geojson|AJAXError|Failed to fetch|\[map\]/i);
	await page.route('**/basemap/rivers.geojson', (route) => route.abort('failed'));
	await page.goto('/?date=2017-11-19&place=al-boukamal');
	await expect(page.getByRole('alert')).toContainText(/map|layer|load/i);
	await expect(placeRow(page, 'al-boukamal')).toHaveAttribute(
		'data-controller',
		'syrian-government'
	);
	await expect(page.getByTestId('place-panel').locator('blockquote').first()).toBeVisible();
	await slider(page).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 November 2017');
});
