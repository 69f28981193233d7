/**
 * The basemap at town zoom: the town outline stands on its river, drawn from GSHHG's World
 * Data Bank II line (geo/basemap/README.md), not on blank land. Natural Earth's 1:50m line,
 * used before, ran about 4 km north-east of Deir Ezzor's outline: outside the box looked at here.
 */
import { expect, gotoApp, test } from './fixtures';

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
	const riverPixels = await page.evaluate(
		async ({ b64, rgb }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 0, img.width, img.height);
			let n = 0;
			for (let i = 0; i < data.length; i += 4) {
				const near =
					Math.abs(data[i]! - rgb[0]!) <= 24 &&
					Math.abs(data[i + 1]! - rgb[1]!) <= 24 &&
					Math.abs(data[i + 2]! - rgb[2]!) <= 24;
				if (near) n++;
			}
			return n;
		},
		{ b64: shot.toString('base64'), rgb: RIVER }
	);
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
