import { expect, gotoApp, placeRow, test } from './fixtures';

const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'<svg onload=window.__pwned=1>',
	'{{constructor.constructor("window.__pwned=1")()}}',
	'%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'
];

for (const [i, p] of PAYLOADS.entries()) {
	test(`markup in every URL parameter is shown as text and never runs (payload ${i + 1})`, async ({
		page
	}) => {
		const q = new URLSearchParams({ date: p, place: p, view: p }).toString();
		await gotoApp(page, `/?${q}#${encodeURIComponent(p)}`);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
		await expect(placeRow(page, 'al-boukamal')).toHaveCount(1);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	});
}

test('the page carries a Content Security Policy that allows scripts from its own origin only', async ({
	page
}) => {
	await gotoApp(page);
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	expect(csp).not.toContain('unsafe-eval');
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("worker-src 'self' blob:");
});
