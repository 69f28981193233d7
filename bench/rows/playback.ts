/**
 * Rows 3a–3f, playback. "Step JS" is main-thread JavaScript only: the animation-frame callback
 * in which the date changes plus the microtasks it queues. The map draws the change in a later
 * frame (on this machine mostly SwiftShader), reported apart as frame intervals and long tasks.
 *
 * - the app (PLAYBACK_URL: one map, as known now) at the top speed, looping, for the playback window;
 * - the bare page redrawing every frame: MapLibre's own JS per frame, the baseline of step JS;
 * - the many-places page (many-places.ts): the same step at 5,000 places.
 */
import type { Page } from '@playwright/test';
import { GOALS, PLAYBACK_URL, TOP_SPEED } from '../config';
import type { FrameStats } from '../frames';
import { startRecording } from '../instrument';
import { idle, waitReady, withPage, type Session } from '../pages';
import { sleep } from '../servers';
import { bootstrapOne, median, p95, perSample, sum } from '../stats';
import { busy, dist, fmt, interval, longTasks, met, ms, times, type Row } from '../table';
import { manyPlacesDetails, type ManyPlacesResult } from './many-places';

/** The app's playback on a loaded page: top speed, Loop, Play for the window, Pause. */
export async function recordAppPlayback(s: Session, page: Page): Promise<FrameStats> {
	await page.getByLabel('Speed').selectOption(String(TOP_SPEED));
	await page.getByLabel('Loop').check();
	await idle(page);
	await sleep(300);
	const stop = await startRecording(page, GOALS.longTaskMs);
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await sleep(s.cfg.playMs);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	return stop();
}

export function appPlayback(s: Session, app: string): Promise<FrameStats> {
	return withPage(s, 'playback app', [app], async (page) => {
		await page.goto(`${app}${PLAYBACK_URL}`);
		await waitReady(page, 'playback app');
		return recordAppPlayback(s, page);
	});
}

export function bareRepaint(s: Session, bench: string, bareUrl: string): Promise<FrameStats> {
	return withPage(s, 'bare repaint', [bench], async (page) => {
		await page.goto(bareUrl);
		await waitReady(page, 'bare repaint');
		await sleep(300);
		const stop = await startRecording(page, GOALS.longTaskMs);
		await page.evaluate('window.__bare.repaint(true)');
		await sleep(s.cfg.playMs);
		await page.evaluate('window.__bare.repaint(false)');
		return stop();
	});
}

export interface PlaybackResults {
	app: FrameStats;
	bare: FrameStats;
	many: ManyPlacesResult;
	playMs: number;
}

/** MapLibre's own JS per frame on the bare page redrawing every frame (median): 3a's baseline. */
export const bareFrameMs = (r: Pick<PlaybackResults, 'bare'>): number => median(r.bare.frameJs);

function stepRows(r: PlaybackResults): Row[] {
	const bareFrame = bareFrameMs(r);
	const small = p95(r.app.stepMs);
	const large = p95(r.many.stepMs);
	return [
		[
			'3a step JS, 5 places (p95)',
			ms(small, 2),
			`${ms(bareFrame, 1)} map frame JS`,
			times(small / bareFrame),
			`< ${ms(GOALS.stepSmall)}`,
			met(small < GOALS.stepSmall)
		],
		[
			`3b step JS, ${fmt(r.many.places)} places (p95)`,
			ms(large, 2),
			`${ms(bareFrame, 1)} map frame JS`,
			times(large / bareFrame),
			`< ${ms(GOALS.stepLarge)}`,
			met(large < GOALS.stepLarge)
		]
	];
}

function frameRows(r: PlaybackResults): Row[] {
	const N = fmt(r.many.places);
	const playS = `${r.playMs / 1000} s`;
	const [app, bare] = [p95(r.app.intervals), p95(r.bare.intervals)];
	const [many, floor] = [p95(r.many.frames.intervals), p95(r.many.floor.intervals)];
	return [
		[
			'3c frame interval, 5 places (p95)',
			ms(app, 1),
			`${ms(bare, 1)} bare redraw`,
			times(app / bare),
			'(info)',
			'–'
		],
		[
			`3d frame interval, ${N} (p95)`,
			ms(many),
			`${ms(floor)} same, no change`,
			times(many / floor),
			'(info)',
			'–'
		],
		[
			'3e long tasks > 50 ms, 5 places',
			`${r.app.longTasks.length} in ${playS}`,
			`${r.bare.longTasks.length} bare redraw`,
			'–',
			'0',
			met(r.app.longTasks.length === 0)
		],
		[
			`3f long tasks > 50 ms, ${N}`,
			`${r.many.frames.longTasks.length} in ${playS}`,
			`${r.many.floor.longTasks.length} same, no change`,
			'–',
			'0',
			met(r.many.frames.longTasks.length === 0)
		]
	];
}

/** Rows 3a–3f, in the table's order. */
export function playbackRows(r: PlaybackResults): Row[] {
	return [...stepRows(r), ...frameRows(r)];
}

export function playbackDetails(r: PlaybackResults): string[] {
	const N = fmt(r.many.places);
	const { app, bare } = r;
	return [
		`3  "Step JS" is main-thread JavaScript only: for the app, the animation-frame callback in which the date changes plus the microtasks it queues (Playback, Svelte's effects and DOM updates, setStates); for ${N} places, the step alone (states lookup, setStates, slider). The map draws the change in a later frame: that is "frame", and on this machine mostly SwiftShader.`,
		`   app at ${TOP_SPEED} days/s: ${app.steps} steps, step JS ${dist(app.stepMs)} (p95 ${interval(bootstrapOne(app.stepMs, p95), (x) => ms(x, 2))}); ${sum(app.writes)} setFeatureState calls (${fmt(perSample(app.writes), 1)}/step).`,
		`     frames ${dist(app.intervals, 1)}; step → end of next frame ${dist(app.latency, 1)}; JS in frames without a step ${dist(app.frameJs)}; ${busy(app.busy)}.`,
		`   bare map redrawing every frame: frames ${dist(bare.intervals, 1)}; MapLibre JS per frame ${dist(bare.frameJs)}; ${busy(bare.busy)}.`,
		...manyPlacesDetails(r.many, r.playMs),
		`   long tasks > 50 ms: app ${longTasks(app.longTasks)}; bare redraw ${longTasks(bare.longTasks)}; ${N} playback ${longTasks(r.many.frames.longTasks)}; ${N} redraw, no change ${longTasks(r.many.floor.longTasks)}.`
	];
}
