/**
 * Row 1, the bundle: gzip -9 of every script, module and worker the explorer fetches from its
 * origin on a real load, against MapLibre's own published files. The same load gives the view
 * and map size the bare page must show for rows 2 and 3 (`bareUrl`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { GOALS } from '../config';
import { idle, newPage, waitReady, type Problems, type Session } from '../pages';
import { sleep } from '../servers';
import { kB, met, times, type Row } from '../table';

const require = createRequire(import.meta.url);

export const gzip = (b: Buffer | string): number =>
	gzipSync(b, { level: constants.Z_BEST_COMPRESSION }).length;

interface JsFile {
	url: string;
	raw: number;
	gz: number;
}

/** What one load of the app (and of the bare page at its view) says. */
export interface Probe {
	appJs: JsFile[];
	inlineScript: { raw: number; gz: number };
	bareJs: JsFile[];
	view: { zoom: number; lat: number; lon: number };
	size: { w: number; h: number };
}

/** Every script and worker the page loads from `origin`, by URL; `settle()` once the page is done. */
function collectJs(
	page: Page,
	origin: string,
	problems: Problems
): { files: () => JsFile[]; settle: () => Promise<unknown> } {
	const bodies = new Map<string, Buffer>();
	const pending: Promise<void>[] = [];
	const take = (url: string, type: string, body: () => Promise<Buffer>) => {
		if (!url.startsWith(origin) || bodies.has(url)) return;
		if (!['script', 'worker'].includes(type) && !/\.m?js(\?|$)/.test(url)) return;
		bodies.set(url, Buffer.alloc(0));
		pending.push(
			body().then(
				(b) => void bodies.set(url, b),
				(e: Error) => void problems.errors.push(`bundle: could not read ${url}: ${e.message}`)
			)
		);
	};
	page.on('response', (r) => take(r.url(), r.request().resourceType(), () => r.body()));
	page.on('worker', (w) => {
		// A worker's own script, should its response not be reported on the page.
		const url = w.url();
		take(url, 'worker', async () => Buffer.from(await (await fetch(url)).arrayBuffer()));
	});
	const files = () => [...bodies].map(([url, b]) => ({ url, raw: b.length, gz: gzip(b) }));
	return { files, settle: () => Promise.all(pending) };
}

/** The bare page at the app's view and map size. */
export function bareUrl(bench: string, p: Pick<Probe, 'view' | 'size'>): string {
	const q = new URLSearchParams({
		w: String(p.size.w),
		h: String(p.size.h),
		zoom: String(p.view.zoom),
		lat: String(p.view.lat),
		lon: String(p.view.lon)
	});
	return `${bench}/bare.html?${q}`;
}

/** Loads the app, then the bare page at the app's view, collecting the scripts each loads. */
export async function probe(s: Session, app: string, bench: string): Promise<Probe> {
	const { context, page } = await newPage(s, 'probe app', [app]);
	const js = collectJs(page, app, s.problems);
	await page.goto(`${app}/`);
	await waitReady(page, 'probe app');
	await idle(page);
	await sleep(500);
	await js.settle();
	const inline = (await page.evaluate(
		'[...document.querySelectorAll("script:not([src])")].map((s) => s.textContent).join("\\n")'
	)) as string;
	const view = (await page.evaluate('window.__atlas.view()')) as Probe['view'];
	const size = (await page.evaluate(
		'(() => { const r = document.querySelector("[data-map-ready]").getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; })()'
	)) as Probe['size'];
	await context.close();

	const bare = await newPage(s, 'probe bare', [bench]);
	const bareJs = collectJs(bare.page, bench, s.problems);
	await bare.page.goto(bareUrl(bench, { view, size }));
	await waitReady(bare.page, 'probe bare');
	await sleep(300);
	await bareJs.settle();
	await bare.context.close();
	return {
		appJs: js.files(),
		inlineScript: { raw: Buffer.byteLength(inline), gz: gzip(inline) },
		bareJs: bareJs.files(),
		view,
		size
	};
}

/** maplibre-gl's own files, as published: the main module and its worker (v6 ships ESM). */
export function maplibreSize(): { files: string[]; raw: number; gz: number } {
	const dist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
	const files: { name: string; body: Buffer }[] = [];
	for (const name of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs']) {
		const path = join(dist, name);
		const body = existsSync(path) ? readFileSync(path) : null;
		if (body && body.length > 0) files.push({ name, body });
	}
	if (!files.some((f) => f.name === 'maplibre-gl.mjs'))
		throw new Error(`no maplibre-gl.mjs in ${dist}`);
	return {
		files: files.map((f) => f.name),
		raw: files.reduce((a, f) => a + f.body.length, 0),
		gz: files.reduce((a, f) => a + gzip(f.body), 0)
	};
}

type MaplibreSize = ReturnType<typeof maplibreSize>;
const total = (files: JsFile[], key: 'raw' | 'gz'): number => files.reduce((a, f) => a + f[key], 0);

export function bundleRow(pr: Probe, ml: MaplibreSize): Row {
	const ratio = total(pr.appJs, 'gz') / ml.gz;
	return [
		'1 bundle: JS loaded, gzip -9',
		kB(total(pr.appJs, 'gz')),
		`${kB(ml.gz)} maplibre-gl`,
		times(ratio),
		`≤ ${times(GOALS.bundle)}`,
		met(ratio <= GOALS.bundle)
	];
}

export function bundleDetails(pr: Probe, ml: MaplibreSize): string[] {
	const largest = [...pr.appJs]
		.sort((a, b) => b.gz - a.gz)
		.slice(0, 4)
		.map((f) => `${f.url.split('/').pop()} ${kB(f.gz)}`)
		.join(', ');
	return [
		`1  app: ${pr.appJs.length} scripts and workers, ${kB(total(pr.appJs, 'raw'))} raw → ${kB(total(pr.appJs, 'gz'))} gzip; largest ${largest}.`,
		`   maplibre-gl ${ml.files.join(' + ')}: ${kB(ml.raw)} raw → ${kB(ml.gz)} gzip. The bare page loads ${kB(total(pr.bareJs, 'gz'))} gzip.`,
		`   Not counted (data, not code): the page's inline script carrying the corpus, ${kB(pr.inlineScript.raw)} raw → ${kB(pr.inlineScript.gz)} gzip.`
	];
}
