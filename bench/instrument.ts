/**
 * What the bench injects into every page it loads, and the recording windows read from it.
 *
 * The injected script is a string, not a function: tsx's transform adds helpers to functions
 * that the page lacks. It runs before any page script and records when `[data-map-ready="true"]`
 * first appears (and when every map of the app's says so), long tasks, and — while `__bench.recording` — every animation-frame callback:
 * its frame timestamp, start, end (after the microtasks it queued, where Svelte flushes its
 * effects), whether the date shown (the `#date-slider`'s aria-valuetext) changed in it, i.e.
 * whether it was a step, and the `setFeatureState` calls it made (`window.__atlas`).
 */
import type { Page } from '@playwright/test';
import { frameStats, type FrameStats, type RawCallback, type RawLongTask } from './frames';
import { sleep } from './servers';

export const INSTRUMENT = `(() => {
	const B = { ready: null, readyAll: null, longtasks: [], cbs: [], recording: false };
	window.__bench = B;
	const check = () => {
		if (B.ready === null && document.querySelector('[data-map-ready="true"]')) {
			B.ready = performance.now();
		}
		// The app's maps are .map-view__map (two in the compare view); the bare page has none, and
		// readyAll stays null there.
		const maps = document.querySelectorAll('.map-view__map');
		if (maps.length > 0 && [...maps].every((m) => m.getAttribute('data-map-ready') === 'true')) {
			B.readyAll = performance.now();
		}
		if (B.ready !== null && (B.readyAll !== null || maps.length === 0)) mo.disconnect();
	};
	const mo = new MutationObserver(check);
	mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch (e) {}
	const signal = () => {
		const el = document.getElementById('date-slider');
		return el ? el.getAttribute('aria-valuetext') : null;
	};
	const writes = () => (window.__atlas ? window.__atlas.featureStateWrites : 0);
	const raf = window.requestAnimationFrame.bind(window);
	window.requestAnimationFrame = function (cb) {
		return raf((ts) => {
			const t0 = performance.now();
			window.__benchCallbackStart = t0;
			const rec = B.recording;
			const before = rec ? signal() : null;
			const w0 = rec ? writes() : 0;
			try {
				cb(ts);
			} finally {
				if (rec) {
					let n = 0;
					const tail = () => {
						if (++n < 8) return queueMicrotask(tail);
						B.cbs.push([ts, t0, performance.now(), signal() !== before ? 1 : 0, writes() - w0]);
					};
					queueMicrotask(tail);
				}
			}
		});
	};
})();`;

/**
 * Starts recording animation-frame callbacks and CDP's main-thread totals; the function it
 * returns stops the recording and summarizes it.
 */
export async function startRecording(
	page: Page,
	longTaskMs: number
): Promise<() => Promise<FrameStats>> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const metrics = async () => {
		const { metrics: m } = await cdp.send('Performance.getMetrics');
		const get = (name: string) => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
		return {
			task: get('TaskDuration'),
			script: get('ScriptDuration'),
			layout: get('LayoutDuration'),
			style: get('RecalcStyleDuration')
		};
	};
	const m0 = await metrics();
	const start = (await page.evaluate(
		'(window.__bench.cbs = [], window.__bench.recording = true, performance.now())'
	)) as number;
	const wall0 = Date.now();
	return async () => {
		const end = (await page.evaluate(
			'(window.__bench.recording = false, performance.now())'
		)) as number;
		const m1 = await metrics();
		const window = Date.now() - wall0;
		await sleep(50); // let the last microtask tails land
		const callbacks = (await page.evaluate('window.__bench.cbs')) as RawCallback[];
		const longTasks = (await page.evaluate('window.__bench.longtasks')) as RawLongTask[];
		await cdp.detach();
		return frameStats({
			callbacks,
			longTasks,
			start,
			end,
			longTaskMs,
			busy: {
				task: m1.task - m0.task,
				script: m1.script - m0.script,
				layout: m1.layout - m0.layout,
				style: m1.style - m0.style,
				window
			}
		});
	};
}
