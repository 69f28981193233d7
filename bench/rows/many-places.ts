/**
 * Rows 3b, 3d, 3f measured on bench/app/many-places.html: the app's own ExplorerMap with 5,000
 * generated places, stepped through `setStates` as playback does. Four windows, in order: the
 * scene redrawing with no change (its floor), playback through the app's Playback class with a
 * CPU profile, many direct steps one task each (not waiting for SwiftShader's frames), and
 * bursts in which every place changes at once.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { GOALS, TOP_SPEED } from '../config';
import type { FrameStats } from '../frames';
import { startRecording } from '../instrument';
import { idle, waitReady, withPage, type Session } from '../pages';
import { splitProfile, type CpuSplit } from '../profile';
import { sleep } from '../servers';
import { perSample } from '../stats';
import { busy, dist, fmt, ms } from '../table';

export interface ManyPlacesResult {
	places: number;
	readyMs: number;
	/** The same scene redrawn every frame with no change: its floor. */
	floor: FrameStats;
	frames: FrameStats;
	cpu: CpuSplit;
	playSetStates: number[];
	playWrites: number[];
	/** Direct steps: the whole step, setStates alone, setFeatureState calls. */
	stepMs: number[];
	setStatesMs: number[];
	writes: number[];
	burstSetStates: number[];
	burstRender: number[];
}

async function recordFloor(s: Session, page: Page): Promise<FrameStats> {
	const stop = await startRecording(page, GOALS.longTaskMs);
	await page.evaluate('window.__manyPlaces.repaint(true)');
	await sleep(s.cfg.playMs);
	await page.evaluate('window.__manyPlaces.repaint(false)');
	return stop();
}

/** Playback at the top speed, recorded, with a sampling CPU profile of the main thread. */
async function recordPlayback(s: Session, page: Page, context: BrowserContext) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	const before = (await page.evaluate('window.__manyPlaces.stepMs.length')) as number;
	const stop = await startRecording(page, GOALS.longTaskMs);
	await cdp.send('Profiler.start');
	await page.evaluate(`window.__manyPlaces.play(${TOP_SPEED})`);
	await sleep(s.cfg.playMs);
	await page.evaluate('window.__manyPlaces.pause()');
	const { profile } = await cdp.send('Profiler.stop');
	const frames = await stop();
	await cdp.detach();
	const since = async (key: string) =>
		((await page.evaluate(`window.__manyPlaces.${key}`)) as number[]).slice(before);
	return {
		frames,
		// The bench build puts MapLibre in a chunk of its own name (bench/app/vite.config.ts).
		cpu: splitProfile(profile, (url) => /\/maplibre-[^/]*\.js/.test(url)),
		playSetStates: await since('stepMs'),
		playWrites: await since('stepWrites')
	};
}

export function manyPlaces(s: Session, bench: string): Promise<ManyPlacesResult> {
	return withPage(s, 'many places', [bench], async (page, context) => {
		await page.goto(`${bench}/many-places.html`);
		const readyMs = await waitReady(page, 'many places');
		await idle(page);
		await sleep(300);
		const places = (await page.evaluate('window.__manyPlaces.places')) as number;
		const floor = await recordFloor(s, page);
		await idle(page);
		const play = await recordPlayback(s, page, context);
		await idle(page);
		const direct = (await page.evaluate(`window.__manyPlaces.steps(${s.cfg.steps})`)) as {
			stepMs: number[];
			setStatesMs: number[];
			writes: number[];
		};
		await idle(page);
		const burst = (await page.evaluate(`window.__manyPlaces.burst(${s.cfg.bursts})`)) as {
			setStatesMs: number[];
			renderMs: number[];
		};
		return {
			places,
			readyMs,
			floor,
			...play,
			stepMs: direct.stepMs,
			setStatesMs: direct.setStatesMs,
			writes: direct.writes,
			burstSetStates: burst.setStatesMs,
			burstRender: burst.renderMs
		};
	});
}

/** The details lines of the many-places page, under row 3's. */
export function manyPlacesDetails(r: ManyPlacesResult, playMs: number): string[] {
	const N = fmt(r.places);
	const c = r.cpu;
	return [
		`   ${N} places (first idle after ${ms(r.readyMs)}), ${r.stepMs.length} steps one task each: step ${dist(r.stepMs)}, of which setStates ${dist(r.setStatesMs)}; ${fmt(perSample(r.writes), 1)} setFeatureState calls/step.`,
		`     same scene redrawn with no change: frames ${dist(r.floor.intervals, 0)}; ${busy(r.floor.busy)}.`,
		`     Playback at ${TOP_SPEED} days/s for ${playMs / 1000} s: ${r.playSetStates.length} steps (one per frame SwiftShader lets through), setStates ${dist(r.playSetStates)}, ${fmt(perSample(r.playWrites), 1)} calls/step; frames ${dist(r.frames.intervals, 0)}.`,
		`     main thread in that window (CPU profile): WebGL/DOM calls ${ms(c.native)} (bufferSubData ${ms(c.bufferSubData)}), MapLibre JS ${ms(c.maplibre)}, page JS (ExplorerMap, Playback) ${ms(c.page)}, GC ${ms(c.gc)}, other browser work ${ms(c.program)}, idle ${ms(c.idle)}.`,
		`     all ${N} changing at once (${r.burstSetStates.length}×): setStates ${dist(r.burstSetStates)}; the map frame that draws it ${dist(r.burstRender, 0)}.`
	];
}
