import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodePng, expect, gotoApp, pixelNear, test, type Pixels } from './fixtures';

async function download(page: Page, name: string) {
	await page.getByText('Export and share').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), body: readFileSync(path!) };
}

test('CSV export has one row per place with controller, status and verbatim excerpts', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-12&view=reported');
	const { name, body } = await download(page, 'Download CSV');
	expect(name).toBe('frontline-atlas-2017-11-12-reported.csv');
	const text = body.toString('utf8');
	const lines = text.trimEnd().split('\r\n');
	expect(lines[0]).toContain('place,name,name_ar,date,view,controller,basis,disputed');
	expect(
		lines.filter((l) => /^(al-boukamal|al-qaim|deir-ezzor|raqqa|al-sukhna),/.test(l))
	).toHaveLength(5);
	expect(text).toContain(
		'al-boukamal,al-Boukamal,البوكمال,2017-11-12,as reported at the time,syrian-government'
	);
	expect(text).toContain(
		'Syria has declared victory Thursday after seizing the last Islamic State group stronghold'
	);
});

test('GeoJSON export pairs every place geometry with its state and citations', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-19');
	const { name, body } = await download(page, 'Download GeoJSON');
	expect(name).toBe('frontline-atlas-2017-11-19-now.geojson');
	const fc = JSON.parse(body.toString('utf8'));
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.features).toHaveLength(5);
	const bk = fc.features.find((f: { id: string }) => f.id === 'al-boukamal');
	expect(bk.geometry.type).toBe('Polygon');
	expect(bk.properties.controller).toBe('syrian-government');
	expect(bk.properties.supporting.length).toBeGreaterThan(0);
	expect(bk.properties.supporting[0].outlet).toBeTruthy();
});

test('PNG export is a real image of the map with its annotations', async ({ page }) => {
	await gotoApp(page, '/?date=2017-11-12&view=now');
	const { name, body } = await download(page, 'Download map PNG');
	expect(name).toBe('frontline-atlas-2017-11-12-now.png');
	expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(body.length).toBeGreaterThan(20_000);
});

test('copy link and copy citation put the view and the excerpt on the clipboard', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoApp(page, '/?date=2017-11-19&place=al-boukamal');
	await page.getByText('Export and share').click();
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		'date=2017-11-19&place=al-boukamal'
	);
	const first = page.getByTestId('place-panel').locator('article').first();
	const quote = await first.locator('blockquote').textContent();
	await first.getByRole('button', { name: 'Copy citation' }).click();
	const citation = await page.evaluate(() => navigator.clipboard.readText());
	expect(citation).toContain(`“${quote}”`);
	expect(citation).toContain(await first.locator('cite').textContent());
});

/** The paper colour of a PNG export (export-png.ts PAPER): the title band, legend, attribution. */
const PAPER = [247, 245, 240];

/** A row of a PNG export that is paper, not map: at least a tenth of its pixels are paper. */
function paperRow(px: Pixels, y: number): boolean {
	let n = 0;
	for (let x = 0; x < px.width; x++) if (pixelNear(px, (y * px.width + x) * 4, PAPER, 2)) n++;
	return n >= px.width / 10;
}

/** The last row of the map(s) in a PNG export: the lowest with almost no paper colour. */
function mapBottom(px: Pixels): number {
	let y = px.height - 1;
	while (y > 0 && paperRow(px, y)) y--;
	return y;
}

test('the PNG legend draws evidence strength as the map does: inferred and carried paler than stated', async ({
	page
}) => {
	await gotoApp(page, '/?date=2017-11-18');
	const { body } = await download(page, 'Download map PNG');
	// Below the map (whose rows have almost no pixel of the paper colour) are the legend and the
	// attribution, on paper.
	const px = await decodePng(page, body);
	const { width, height } = px;
	const below = mapBottom(px);
	// The Syrian government's red at full strength, at the inferred strength (0.6) and at the
	// carried floor (0.35), each over the paper.
	const over = (a: number) => [214, 39, 40].map((v, k) => v * a + PAPER[k]! * (1 - a));
	const targets = { stated: over(1), inferred: over(0.6), floor: over(0.35) };
	const counts = { stated: 0, inferred: 0, floor: 0 };
	for (let y = below + 1; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			for (const k of ['stated', 'inferred', 'floor'] as const)
				if (pixelNear(px, i, targets[k], 4)) counts[k]++;
		}
	}
	const found = { legendRows: height - below - 1, height, counts };
	expect(found.legendRows).toBeGreaterThan(60);
	expect(found.legendRows).toBeLessThan(found.height / 2);
	expect(found.counts.stated).toBeGreaterThan(50);
	expect(found.counts.inferred).toBeGreaterThan(20);
	expect(found.counts.floor).toBeGreaterThan(20);
});

/**
 * The rows of a PNG export that hold the map: the band with almost no paper colour (above it
 * the title, below it the legend, both on paper).
 */
function mapBand(px: Pixels): { top: number; bottom: number } {
	let top = 0;
	while (top < px.height && paperRow(px, top)) top++;
	let bottom = top;
	while (bottom < px.height && !paperRow(px, bottom)) bottom++;
	return { top, bottom };
}

test('the PNG draws each place’s round mark and the names the map shows, in the same encoding', async ({
	page
}) => {
	// 9 November, as known now, at the regional view: al-Boukamal is stated held by the Syrian
	// government, and every place shows its mark (its outline is smaller than the mark).
	await gotoApp(page, '/?date=2017-11-09&view=now');
	await expect(page.locator('[data-place-mark="al-boukamal"]')).toBeVisible();
	const { body } = await download(page, 'Download map PNG');
	const px = await decodePng(page, body);
	const { width } = px;
	// Full-strength government red in the map is a swatch or a mark.
	const { top, bottom } = mapBand(px);
	let red = 0;
	let countryInk = 0;
	for (let y = top; y < bottom; y++)
		for (let x = 0; x < width; x++) {
			if (pixelNear(px, (y * width + x) * 4, [214, 39, 40], 3)) red++;
			if (pixelNear(px, (y * width + x) * 4, [107, 99, 88], 3)) countryInk++;
		}
	// A label's swatch holds under 100 such pixels; the mark's disc, 22 px across, ~350.
	expect(bottom - top).toBeGreaterThan(200);
	expect(red).toBeGreaterThan(250);
	// The map shows the name SYRIA there, and so does the image, in the map's ink for country
	// names (labels.css), which nothing else on the map uses.
	await expect(page.locator('.country-label:not([hidden])', { hasText: 'Syria' })).toHaveCount(1);
	expect(countryInk).toBeGreaterThan(15);
});

test('the PNG draws the day’s notes at places, as the map shows them', async ({ page }) => {
	// 9 November, as known now: al-Boukamal changes hands that day, and the map says so in a
	// note at the place, naming the outlets.
	await gotoApp(page, '/?date=2017-11-09&view=now');
	const note = page.locator('.map-callout', { hasText: 'al-Boukamal' });
	await expect(note).toBeVisible();
	const size = await note.boundingBox();
	const { body } = await download(page, 'Download map PNG');
	const px = await decodePng(page, body);
	const { top, bottom } = mapBand(px);
	// The note's pale fill (labels.css .map-callout), which nothing else in the image uses.
	let fill = 0;
	for (let y = top; y < bottom; y++)
		for (let x = 0; x < px.width; x++)
			if (pixelNear(px, (y * px.width + x) * 4, [255, 251, 230], 2)) fill++;
	// Most of the note's box, less its words and border (the image's note is the map's size).
	expect(fill).toBeGreaterThan(size!.width * size!.height * 0.5);
});

test('in the compare view the PNG holds both maps side by side, as the page shows them', async ({
	page
}) => {
	// 18 November: as reported at the time al-Boukamal is still the government's (red); as known
	// now it is fought over (hatched). Deir Ezzor is the government's in both.
	await gotoApp(page, '/?date=2017-11-18');
	const canvasWidth = (id: string) =>
		page.locator(`[data-testid="${id}"] canvas.maplibregl-canvas`).evaluate((c) => c.clientWidth);
	const left = await canvasWidth('map-reported');
	const right = await canvasWidth('map-now');
	const mapHeight = await page
		.locator('[data-testid="map-now"] canvas.maplibregl-canvas')
		.evaluate((c) => c.clientHeight);
	const dpr = await page.evaluate(() => devicePixelRatio);
	const { name, body } = await download(page, 'Download map PNG');
	expect(name).toBe('frontline-atlas-2017-11-18-compare.png');
	const px = await decodePng(page, body);
	// Both maps and the gap between them (export-png.ts PANE_GAP).
	expect(px.width).toBe(Math.round((left + 12 + right) * dpr));
	const bottom = mapBottom(px);
	const top = bottom + 1 - Math.round(mapHeight * dpr);
	// Red of the government's marks and swatches (full or fading), and the contested hatch's
	// orange (paler where inferred): counted in each map.
	const red = (r: number, g: number, b: number) => r > 170 && g < 100 && b < 100;
	const orange = (r: number, g: number, b: number) =>
		r > 190 && g > 100 && g < 190 && b < 130 && r - b > 110;
	const counts = { redLeft: 0, redRight: 0, orangeLeft: 0, orangeRight: 0 };
	for (let y = top; y < bottom; y++)
		for (let x = 0; x < px.width; x++) {
			const i = (y * px.width + x) * 4;
			const [r, g, b] = [px.data[i]!, px.data[i + 1]!, px.data[i + 2]!];
			const side = x < left * dpr ? 'Left' : x > (left + 12) * dpr ? 'Right' : null;
			if (!side) continue;
			if (red(r, g, b)) counts[`red${side}`]++;
			if (orange(r, g, b)) counts[`orange${side}`]++;
		}
	// al-Boukamal's red mark and swatch on the left only, its hatch on the right only.
	expect(counts.redRight).toBeGreaterThan(100);
	expect(counts.redLeft).toBeGreaterThan(counts.redRight + 150);
	expect(counts.orangeRight).toBeGreaterThan(counts.orangeLeft + 25);
});
