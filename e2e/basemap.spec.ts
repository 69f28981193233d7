/**
 * The basemap at town zoom: the town outline stands on its river, drawn from GSHHG's World
 * Data Bank II line (geo/basemap/README.md), not on blank land. Natural Earth's 1:50m line,
 * used before, ran about 4 km north-east of Deir Ezzor's outline: outside the box looked at here.
 */
import { decodePng, expect, gotoApp, pixelNear, test } from './fixtures';

/** The river colour of the style (BASE_COLORS.river, #6f9fc2), as RGB. */
const RIVER = [0x6f, 0x9f, 0xc2];

test('at town zoom the Euphrates runs through Deir Ezzor on the map', async ({ page }) => {
	// 1 September: no report covers Deir Ezzor yet, so its outline is empty (no fill over the
	// river). Zoom 12.5 is about 22 m a pixel: the box of ±50 px is ±1.1 km around the centre.
	await gotoApp(page, '/?view=now&date=2017-09-01#12.5/35.335/40.14');
	await page.evaluate(() => window.__atlas?.idle());
	const centre = await page.evaluate(() => window.__atlas?.project('deir-ezzor'));
	expect(centre).toBeTruthy();
	const half = 50;
	const shot = await page.screenshot({
		clip: { x: centre!.x - half, y: centre!.y - half, width: 2 * half, height: 2 * half }
	});
	const px = await decodePng(page, shot);
	let riverPixels = 0;
	for (let i = 0; i < px.data.length; i += 4) if (pixelNear(px, i, RIVER, 24)) riverPixels++;
	// The river crosses the whole box (under the outline's dots, which the count skips): about
	// 270 pixels measured. The 1:50m line, 4 km away, gave none.
	expect(riverPixels).toBeGreaterThan(150);
});

test('the river data served is GSHHG, with the Euphrates and the Khabur named', async ({
	page
}) => {
	await gotoApp(page, '/?view=now');
	const rivers = await page.evaluate(async () => {
		const res = await fetch('/basemap/rivers.geojson');
		const fc = (await res.json()) as {
			features: { properties: { name: string | null; source: string } }[];
		};
		return fc.features.map((f) => f.properties);
	});
	const named = rivers.filter((r) => r.name !== null).map((r) => r.name);
	expect(named).toEqual(expect.arrayContaining(['Euphrates', 'Tigris', 'Khabur']));
	expect(rivers.find((r) => r.name === 'Euphrates')?.source).toBe('GSHHG 2.3.7 (WDB II)');
});
