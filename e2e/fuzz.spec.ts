/**
 * 500 random and hostile query strings and hashes, each followed as a link inside the running
 * app (the same path a reader's click or back/forward takes): every one must leave a working
 * page with a sane date, a valid selection, and a notice when something was ignored.
 */
import fc from 'fast-check';
import { expect, gotoApp, test } from './fixtures';

const PLACES = ['al-boukamal', 'al-qaim', 'deir-ezzor', 'raqqa', 'al-sukhna'];

const hostile = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'"><b>x',
		'%00',
		'../../etc/passwd',
		'NaN',
		'-1',
		'1e309'
	),
	fc.integer().map(String),
	fc.double().map(String),
	fc
		.date({ noInvalidDate: true, min: new Date(-8e15), max: new Date(8e15) })
		.map((d) => d.toISOString().slice(0, 10)),
	fc.constantFrom(...PLACES, 'now', 'reported', '2017-11-12', '2017-02-29', '9999-99-99')
);
const key = fc.constantFrom('date', 'place', 'view', 'zoom', '', 'date[]', '__proto__');
const query = fc.array(fc.tuple(key, hostile), { maxLength: 6 });
const hash = fc.oneof(
	fc.constant(''),
	hostile,
	fc.tuple(fc.double(), fc.double(), fc.double()).map(([a, b, c]) => `${a}/${b}/${c}`),
	fc
		.tuple(
			fc.integer({ min: 3, max: 14 }),
			fc.integer({ min: 30, max: 40 }),
			fc.integer({ min: 33, max: 47 })
		)
		.map(([a, b, c]) => `${a}/${b}/${c}`)
);

test('500 hostile URLs each leave a working page with a sane state', async ({ page }) => {
	test.setTimeout(240_000);
	await gotoApp(page);
	const cases = fc.sample(fc.tuple(query, hash), { numRuns: 500, seed: 20171119 });
	let noticed = 0;
	for (const [pairs, h] of cases) {
		const search = new URLSearchParams(pairs).toString();
		const href = `/?${search}${h ? `#${encodeURIComponent(h)}` : ''}`;
		const result = await page.evaluate(async (href) => {
			const a = document.createElement('a');
			a.href = href;
			document.body.append(a);
			a.click();
			a.remove();
			await new Promise((r) => setTimeout(r, 30));
			const rows = [...document.querySelectorAll('[data-testid="control-list"] [data-place]')];
			const slider = document.querySelector('[role="slider"], input[type="range"]');
			return {
				rows: rows.length,
				controllers: rows.map((r) => r.getAttribute('data-controller')),
				valuetext: slider?.getAttribute('aria-valuetext') ?? '',
				panel:
					document.querySelector('[data-testid="place-panel"]')?.getAttribute('data-place') ?? null,
				notice: document.querySelector('.notice') !== null,
				path: location.pathname
			};
		}, href);
		expect(result.path, href).toBe('/');
		expect(result.rows, href).toBe(5);
		expect(result.valuetext, href).toMatch(/^\d{1,2} [A-Z][a-z]+ 2017$/);
		for (const c of result.controllers) {
			expect(
				['syrian-government', 'isis', 'iraqi-government', 'sdf', 'contested', 'unknown'],
				href
			).toContain(c);
		}
		if (result.panel !== null) expect(PLACES, href).toContain(result.panel);
		if (result.notice) noticed++;
	}
	// Most random URLs carry something unusable; the page must have said so for them.
	expect(noticed).toBeGreaterThan(250);
});
