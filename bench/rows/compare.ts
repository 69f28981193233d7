/**
 * Row 3g, the compare view (issue #12): step JS with two maps, measured as row 3a measures one,
 * on the real app at COMPARE_URL. The view's contract: `?view=compare` shows two synced MapLibre
 * maps in `[data-testid="map-now"]` and `[data-testid="map-reported"]`. Where the page shows no
 * canvas in `[data-testid="map-reported"]` the row says "n/a: compare view not found"; where
 * the view is there but playback recorded no step it says so too. Never a number it did not
 * measure.
 */
import { COMPARE_URL, GOALS, TOP_SPEED } from '../config';
import type { FrameStats } from '../frames';
import { waitReady, withPage, type Session } from '../pages';
import { bootstrapOne, p95, perSample, sum } from '../stats';
import { busy, dist, fmt, interval, ms, met, times, type Row } from '../table';
import { recordAppPlayback } from './playback';

export const NOW_MAP = '[data-testid="map-now"]';
export const REPORTED_MAP = '[data-testid="map-reported"]';
/** How long the second map may take to appear after the first is ready, ms. */
const SECOND_MAP_MS = 10_000;

export type CompareResult =
	{ found: false; reason: string } | { found: true; maps: number; stats: FrameStats };

/** Loads the compare view; when both maps are there and ready, records playback as row 3a does. */
export function comparePlayback(s: Session, app: string): Promise<CompareResult> {
	return withPage(s, 'compare view', [app], async (page) => {
		await page.goto(`${app}${COMPARE_URL}`);
		await waitReady(page, 'compare view');
		const canvas = page.locator(`${REPORTED_MAP} canvas`);
		try {
			await canvas.first().waitFor({ state: 'attached', timeout: SECOND_MAP_MS });
		} catch {
			return { found: false, reason: 'compare view not found' };
		}
		// The contract names the maps' containers, not where each says it is ready: wait for all.
		await page.waitForFunction(
			'[...document.querySelectorAll("[data-map-ready]")].every((e) => e.getAttribute("data-map-ready") === "true")',
			null,
			{ timeout: 90_000 }
		);
		const maps = await page.locator(`${NOW_MAP} canvas, ${REPORTED_MAP} canvas`).count();
		const stats = await recordAppPlayback(s, page);
		if (stats.steps === 0) return { found: false, reason: 'no playback step recorded' };
		return { found: true, maps, stats };
	});
}

const LABEL = '3g step JS, two maps (p95)';
const GOAL = `≤ ${ms(GOALS.stepCompare)}`;

/** Row 3g; `bareFrame` is 3a's baseline, MapLibre's own JS per frame on the bare page. */
export function compareRow(r: CompareResult, bareFrame: number): Row {
	if (!r.found) return [LABEL, `n/a: ${r.reason}`, '–', '–', GOAL, '–'];
	const step = p95(r.stats.stepMs);
	return [
		LABEL,
		ms(step, 2),
		`${ms(bareFrame, 1)} map frame JS`,
		times(step / bareFrame),
		GOAL,
		met(step <= GOALS.stepCompare)
	];
}

export function compareDetails(r: CompareResult): string[] {
	if (!r.found) return [`3g ${COMPARE_URL}: n/a, ${r.reason}.`];
	const st = r.stats;
	return [
		`3g ${COMPARE_URL} (${r.maps} map canvases) at ${TOP_SPEED} days/s: ${st.steps} steps, step JS ${dist(st.stepMs)} (p95 ${interval(bootstrapOne(st.stepMs, p95), (x) => ms(x, 2))}); ${sum(st.writes)} setFeatureState calls (${fmt(perSample(st.writes), 1)}/step) on the map whose hooks are on window.__atlas.`,
		`     frames ${dist(st.intervals, 1)}; step → end of next frame ${dist(st.latency, 1)}; JS in frames without a step ${dist(st.frameJs)}; ${busy(st.busy)}.`
	];
}
