/**
 * Row 2, first view: navigation start → `[data-map-ready="true"]` over cold loads (a new
 * context each, so an empty cache), the app and the bare page at the same view interleaved so
 * that the machine's drift touches both alike. The median of each is compared.
 */
import { GOALS } from '../config';
import { sleep } from '../servers';
import { log, waitReady, withPage, type Session } from '../pages';
import { bootstrapInterval, median } from '../stats';
import { fmt, interval, met, ms, times, type Row } from '../table';
import type { Probe } from './bundle';

export interface FirstViewResult {
	app: number[];
	/** The app's loads again, to when every map on the page was ready (two in the compare view). */
	appAll: number[];
	bare: number[];
	/** When the request for the chunk holding MapLibre started, per load. */
	appLibAt: number[];
	bareLibAt: number[];
}

/** One cold load: ms to ready, and when the request for the map library's chunk started. */
function coldLoad(
	s: Session,
	url: string,
	label: string,
	origin: string,
	isLib: (url: string) => boolean
): Promise<{ ready: number; all: number; lib: number }> {
	return withPage(s, label, [origin], async (page) => {
		await page.goto(url);
		const ready = await waitReady(page, label);
		// Every map ready (the app; NaN on the bare page, which has no .map-view__map). Polled with
		// evaluate: the pages' CSP forbids the string predicates of waitForFunction.
		for (let waited = 0; waited < 90_000; waited += 50) {
			const done = await page.evaluate(
				'window.__bench.readyAll !== null || !document.querySelector(".map-view__map")'
			);
			if (done) break;
			await sleep(50);
		}
		const all = (await page.evaluate(
			'window.__bench.readyAll === null ? NaN : window.__bench.readyAll - performance.getEntriesByType("navigation")[0].startTime'
		)) as number;
		const starts = (await page.evaluate(
			'performance.getEntriesByType("resource").map((e) => [e.name, e.startTime])'
		)) as [string, number][];
		const lib = starts.find(([name]) => isLib(name))?.[1] ?? NaN;
		return { ready, all, lib };
	});
}

/** Cold loads of the app and of `bareUrl`, interleaved (after one uncounted warm-up each if set). */
export async function firstViews(
	s: Session,
	app: string,
	bench: string,
	bareUrl: string,
	pr: Probe
): Promise<FirstViewResult> {
	// The chunk holding MapLibre: the largest script the app loads; maplibre-*.js in bench/out.
	const appLib = [...pr.appJs].sort((a, b) => b.gz - a.gz)[0]?.url ?? '';
	const loadApp = () => coldLoad(s, `${app}/`, 'first view app', app, (url) => url === appLib);
	const loadBare = () =>
		coldLoad(s, bareUrl, 'first view bare', bench, (url) => /\/maplibre-[^/]*\.js$/.test(url));
	if (s.cfg.warmup) {
		log('first view: one warm-up load of each (not counted)…');
		await loadApp();
		await loadBare();
	}
	const out: FirstViewResult = { app: [], appAll: [], bare: [], appLibAt: [], bareLibAt: [] };
	for (let i = 0; i < s.cfg.loads; i++) {
		log(`first view: cold load ${i + 1}/${s.cfg.loads} (app, bare)…`);
		const a = await loadApp();
		const b = await loadBare();
		out.app.push(a.ready);
		out.appAll.push(a.all);
		out.appLibAt.push(a.lib);
		out.bare.push(b.ready);
		out.bareLibAt.push(b.lib);
	}
	return out;
}

export function firstViewRow(fv: FirstViewResult): Row {
	const ratio = median(fv.app) / median(fv.bare);
	return [
		`2 first view, median of ${fv.app.length} cold`,
		ms(median(fv.app)),
		`${ms(median(fv.bare))} bare map`,
		times(ratio),
		`≤ ${times(GOALS.firstView)}`,
		met(ratio <= GOALS.firstView)
	];
}

export function firstViewDetails(fv: FirstViewResult, pr: Probe): string[] {
	return [
		`2  navigation start → first idle with the places coloured (app) / with the basemap drawn (bare), map ${pr.size.w}×${pr.size.h} px at zoom ${pr.view.zoom}, interleaved:`,
		`   app ${fv.app.map((x) => fmt(x)).join(', ')} ms; bare ${fv.bare.map((x) => fmt(x)).join(', ')} ms.`,
		`   Ratio of the medians ${times(median(fv.app) / median(fv.bare))}, ${interval(
			bootstrapInterval(fv.app, fv.bare, (a, b) => median(a) / median(b)),
			(x) => times(x)
		)} (both samples resampled 2,000 times): a bar inside it is within this machine's noise; \`--loads N\` narrows it.`,
		`   Every map of the app ready (two side by side): ${fv.appAll.map((x) => fmt(x)).join(', ')} ms, median ${ms(median(fv.appAll))}, ${times(median(fv.appAll) / median(fv.bare))} the bare map.`,
		`   The chunk with MapLibre is requested at ${ms(median(fv.appLibAt))} (app, median) vs ${ms(median(fv.bareLibAt))} (bare).`
	];
}
