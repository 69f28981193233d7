/**
 * Shared e2e fixture: every test fails if the page logs a console error, throws, breaks its
 * Content Security Policy, opens a dialog, or makes a request to any origin but its own. `gotoApp` loads a URL and waits for the map's first idle
 * with the places coloured.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
	errors: string[];
	external: string[];
	dialogs: string[];
	/** Console errors a test expects (e.g. the one a deliberately failed request logs). */
	allow: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const watch: Watch = { errors: [], external: [], dialogs: [], allow: [] };
			await page.addInitScript(() => {
				const w = window as unknown as { __csp: string[] };
				w.__csp = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
				);
			});
			page.on('dialog', (d) => {
				watch.dialogs.push(d.message());
				void d.dismiss();
			});
			const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
			page.on('console', (m) => {
				if (m.type() === 'error') watch.errors.push(m.text());
			});
			page.on('pageerror', (e) => watch.errors.push(String(e)));
			page.on('request', (r) => {
				const url = r.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) watch.external.push(url);
			});
			await use(watch);
			const csp = await page
				.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
				.catch(() => []);
			expect(csp, 'Content Security Policy violations').toEqual([]);
			expect(watch.dialogs, 'dialogs opened').toEqual([]);
			const unexpected = watch.errors.filter((e) => !watch.allow.some((r) => r.test(e)));
			expect(unexpected, 'console errors').toEqual([]);
			expect(watch.external, 'requests off the origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens the explorer at `path` and waits until the map has drawn the places. */
export async function gotoApp(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-map-ready="true"]').first()).toBeVisible({ timeout: 60_000 });
	// The compare view has two maps, each ready in its own time: wait for every map.
	await expect(page.locator('.map-view__map:not([data-map-ready="true"])')).toHaveCount(0, {
		timeout: 60_000
	});
}

/** The state row of one place in the text summary. */
export function placeRow(page: Page, id: string) {
	return page.locator(`[data-testid="control-list"] [data-place="${id}"]`);
}

/** The date slider. */
export function slider(page: Page) {
	return page.getByRole('slider', { name: 'Date' });
}

/** A PNG decoded to RGBA pixels, row by row. */
export interface Pixels {
	width: number;
	height: number;
	data: Uint8Array;
}

/** Decodes a PNG in the page's own canvas (the browser's decoder) and hands the pixels back. */
export async function decodePng(page: Page, png: Buffer): Promise<Pixels> {
	const { width, height, b64 } = await page.evaluate(async (src) => {
		const img = new Image();
		img.src = `data:image/png;base64,${src}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const bytes = ctx.getImageData(0, 0, img.width, img.height).data;
		let bin = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return { width: img.width, height: img.height, b64: btoa(bin) };
	}, png.toString('base64'));
	return { width, height, data: new Uint8Array(Buffer.from(b64, 'base64')) };
}

/** Whether the pixel at byte offset `i` is within `tol` of `rgb` in each channel. */
export function pixelNear(px: Pixels, i: number, rgb: readonly number[], tol: number): boolean {
	return (
		Math.abs(px.data[i]! - rgb[0]!) <= tol &&
		Math.abs(px.data[i + 1]! - rgb[1]!) <= tol &&
		Math.abs(px.data[i + 2]! - rgb[2]!) <= tol
	);
}
