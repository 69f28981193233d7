/**
 * Map labels never leave their map, never overlap each other, a place's mark, a callout or a
 * town or country name, never hide under the map's controls or title, and no leader line runs
 * through another label or note or crosses another leader line — at the four widths the product is checked at, on the opening
 * view, on a callout day and zoomed in on a place.
 */
import type { Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 820, height: 1180 },
	{ width: 1280, height: 720 },
	{ width: 1440, height: 900 }
];

const URLS = [
	'/',
	'/?date=2017-11-12',
	'/?view=now&date=2017-11-09',
	'/?view=reported&place=al-boukamal'
];

/** Every overlap or overflow of map annotations on the page, as readable strings (none: []). */
async function labelProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type R = {
			name: string;
			kind: string;
			l: number;
			t: number;
			r: number;
			b: number;
			el: Element;
		};
		const problems: string[] = [];
		const shown = (el: Element) => {
			const s = getComputedStyle(el);
			const r = el.getBoundingClientRect();
			return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
		};
		const rect = (el: Element, kind: string, name: string): R => {
			const r = el.getBoundingClientRect();
			return { name, kind, l: r.left, t: r.top, r: r.right, b: r.bottom, el };
		};
		const hit = (a: R, b: R) =>
			a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
		for (const map of document.querySelectorAll('.map-view__map')) {
			if (!shown(map)) continue;
			const m = map.getBoundingClientRect();
			const pane = map.closest('[data-map-pane]') ?? map.parentElement!;
			const items: R[] = [];
			for (const el of map.querySelectorAll('.place-label'))
				items.push(rect(el, 'label', (el as HTMLElement).dataset.placeLabel!));
			for (const el of map.querySelectorAll('.map-callout'))
				if (shown(el)) items.push(rect(el, 'callout', (el as HTMLElement).dataset.callout!));
			for (const el of map.querySelectorAll('.town-label, .country-label'))
				if (shown(el)) items.push(rect(el, 'name', el.textContent ?? ''));
			const marks: R[] = [];
			for (const el of map.querySelectorAll('.place-mark'))
				if (shown(el)) marks.push(rect(el, 'mark', (el as HTMLElement).dataset.placeMark!));
			const chrome: R[] = [];
			for (const el of [
				...map.querySelectorAll('.maplibregl-ctrl'),
				...pane.querySelectorAll('[data-map-overlay]')
			])
				if (shown(el)) chrome.push(rect(el, 'control', el.className || el.tagName));

			for (const a of items) {
				if (a.kind !== 'name' && (a.l < m.left || a.t < m.top || a.r > m.right || a.b > m.bottom))
					problems.push(`${a.kind} ${a.name} leaves the map`);
				for (const c of chrome) if (hit(a, c)) problems.push(`${a.kind} ${a.name} under ${c.name}`);
				for (const k of marks)
					if (a.kind !== 'name' && hit(a, k))
						problems.push(`${a.kind} ${a.name} covers mark ${k.name}`);
			}
			for (let i = 0; i < items.length; i++)
				for (let j = i + 1; j < items.length; j++) {
					const [a, b] = [items[i]!, items[j]!];
					if (hit(a, b)) problems.push(`${a.kind} ${a.name} overlaps ${b.kind} ${b.name}`);
				}
			// A leader line (a label's or a note's, back to its place) runs through no other label
			// or note, unless the placement found no spot with a clear line and says so
			// (data-leader-clear="false"; placement.test.ts checks when it may): then the line is
			// stacked behind what it crosses. Its ends are two corners of its box; its angle says
			// which two. Notes and lines ignore the pointer, so for the stacking test they are
			// made to take it for a moment.
			const hits = document.createElement('style');
			hits.textContent =
				'.map-callout, .map-callout *, .place-label__leader { pointer-events: auto !important; }';
			document.head.append(hits);
			const lines: { x0: number; y0: number; x1: number; y1: number; who: string; ok: boolean }[] =
				[];
			for (const el of map.querySelectorAll<HTMLElement>('.place-label__leader')) {
				if (!shown(el)) continue;
				const owner =
					el.closest<HTMLElement>('.map-callout') ??
					el.parentElement!.querySelector<HTMLElement>('.place-label')!;
				// A line that had to cross is drawn behind what it crosses (checked below).
				const behind = owner.dataset.leaderClear === 'false';
				const r = el.getBoundingClientRect();
				const angle = Number(/rotate\((-?[\d.e-]+)rad\)/.exec(el.style.transform)?.[1] ?? 0);
				const down = Math.cos(angle) * Math.sin(angle) >= 0;
				const [x0, y0, x1, y1] = down
					? [r.left, r.top, r.right, r.bottom]
					: [r.left, r.bottom, r.right, r.top];
				const note = el.closest<HTMLElement>('.map-callout');
				const own = note
					? { kind: 'callout', name: note.dataset.callout! }
					: {
							kind: 'label',
							name: el.parentElement!.querySelector<HTMLElement>('.place-label')!.dataset
								.placeLabel!
						};
				lines.push({ x0, y0, x1, y1, who: `${own.kind} ${own.name}`, ok: behind });
				for (const b of items) {
					if (b.kind === 'name' || (b.kind === own.kind && b.name === own.name)) continue;
					// Liang–Barsky, against the box less a pixel (the line's own width).
					const [dx, dy] = [x1 - x0, y1 - y0];
					let [t0, t1] = [0, 1];
					const edges: [number, number][] = [
						[-dx, x0 - (b.l + 1)],
						[dx, b.r - 1 - x0],
						[-dy, y0 - (b.t + 1)],
						[dy, b.b - 1 - y0]
					];
					let crosses = true;
					for (const [pp, q] of edges) {
						if (pp === 0) {
							if (q <= 0) crosses = false;
							continue;
						}
						const t = q / pp;
						if (pp < 0) t0 = Math.max(t0, t);
						else t1 = Math.min(t1, t);
					}
					if (!crosses || t1 - t0 <= 1e-6) continue;
					const tm = (t0 + t1) / 2;
					const top = document.elementFromPoint(x0 + dx * tm, y0 + dy * tm);
					if (!behind)
						problems.push(`the leader of ${own.kind} ${own.name} crosses ${b.kind} ${b.name}`);
					else if (!top || !b.el.contains(top))
						problems.push(
							`the leader of ${own.kind} ${own.name} is drawn over ${b.kind} ${b.name}`
						);
				}
			}
			hits.remove();
			// Nor do two leader lines cross, unless one of them says it had to.
			const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
				Math.sign(Math.round((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)));
			for (let i = 0; i < lines.length; i++)
				for (let j = i + 1; j < lines.length; j++) {
					const [a, b] = [lines[i]!, lines[j]!];
					const cross =
						side(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0) * side(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1) <
							0 &&
						side(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0) * side(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1) < 0;
					if (cross && !a.ok && !b.ok) problems.push(`the leaders of ${a.who} and ${b.who} cross`);
				}
		}
		return problems;
	});
}

for (const size of SIZES) {
	test(`labels stay clear of each other and inside the map at ${size.width}×${size.height}`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		for (const url of URLS) {
			await gotoApp(page, url);
			await expect
				.poll(() => labelProblems(page), { message: `${url} at ${size.width} px`, timeout: 10_000 })
				.toEqual([]);
			// On a wide screen every leader of the seed data finds a way that crosses nothing.
			if (size.width >= 1280)
				await expect(page.locator('[data-leader-clear="false"]'), `${url}`).toHaveCount(0);
			// Every place is labelled on each map, and some context names show at the opening view.
			const maps = page.locator('.map-view__map');
			for (let i = 0; i < (await maps.count()); i++)
				await expect(maps.nth(i).locator('.place-label')).toHaveCount(5);
		}
	});
}

test('a zoom moves labels clear again once it settles', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await gotoApp(page, '/?view=now&date=2017-11-18');
	await page.locator('canvas.maplibregl-canvas').focus();
	await page.keyboard.press('Minus');
	await page.keyboard.press('Minus');
	await expect.poll(() => labelProblems(page), { timeout: 10_000 }).toEqual([]);
	await page.keyboard.press('Equal');
	await page.keyboard.press('Equal');
	await page.keyboard.press('Equal');
	await expect.poll(() => labelProblems(page), { timeout: 10_000 }).toEqual([]);
});

test('country names show at the regional view, where they fit', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await gotoApp(page, '/?view=now');
	const names = page.locator('.country-label:not([hidden])');
	await expect(names.filter({ hasText: /^Syria$/i })).toHaveCount(1);
	// Side by side, the half-width map without a note names both countries of the frontier (on
	// the other, the day's note may take Iraq's spot: a note outranks a country's name).
	await gotoApp(page, '/');
	const shown = page.getByTestId('map-reported').locator('.country-label:not([hidden])');
	await expect(shown.filter({ hasText: /^Syria$/i })).toHaveCount(1);
	await expect(shown.filter({ hasText: /^Iraq$/i })).toHaveCount(1);
});
