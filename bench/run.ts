/**
 * `npm run bench`: the app's performance, each figure a ratio against a baseline measured in the
 * same run, printed as one table with the goal beside it (docs/performance.md explains it).
 *
 *   npm run bench              # full: 7 cold loads each, 10 s of playback, 60 s for memory
 *   npm run bench -- --smoke   # CI: the smallest version of every measurement (< 3 min)
 *   npm run bench -- --rebuild # run `npm run build` even if build/ exists
 *
 * It builds what it needs (the app with `npm run build` when build/ is missing, and always the
 * small bench-only pages of bench/app into bench/out), serves a snapshot of build/ and bench/out
 * with two `vite preview` servers it starts and stops itself (ports 4180 and 4181, or
 * BENCH_PORT and the next, or the next free ones), and drives Chromium (headless, WebGL on SwiftShader: scripts/browser.ts) with
 * Playwright.
 *
 * Exit status: 0 whenever everything ran, goals met or not (timings are noisy); 1 on errors
 * (a build failed, a page failed to load or threw, the core benchmark failed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { browserLaunchOptions } from '../scripts/browser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const argv = process.argv.slice(2);
const SMOKE = argv.includes('--smoke');
const REBUILD = argv.includes('--rebuild');

const CFG = SMOKE
	? {
			loads: 2,
			warmup: false,
			playMs: 2_000,
			steps: 40,
			bursts: 2,
			memoryMs: 5_000,
			coreSmall: true
		}
	: {
			loads: 7,
			warmup: true,
			playMs: 10_000,
			steps: 200,
			bursts: 5,
			memoryMs: 60_000,
			coreSmall: false
		};
/** The highest playback speed, days per second (src/lib/state/playback.svelte.ts). */
const TOP_SPEED = 8;
/** The app's server port (the bench pages use the next); BENCH_PORT lets two checkouts run side by side. */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4180);
const VIEWPORT = { width: 1280, height: 800 };
const PLAYBACK_DATE = '2017-08-01';
const GOALS = {
	bundle: 1.1,
	firstView: 1.2,
	stepSmall: 2,
	stepLarge: 8,
	longTaskMs: 50,
	coreSpeedup: 50,
	compileMs: 1000,
	memory: 1.05
};

// ---- small helpers ----------------------------------------------------------------------------

const log = (msg: string): void => void process.stderr.write(`· ${msg}\n`);

function fmt(n: number, digits = 0): string {
	if (!Number.isFinite(n)) return '–';
	return n.toLocaleString('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}
const ms = (n: number, digits = 0): string => `${fmt(n, digits)} ms`;
const kB = (bytes: number): string => `${fmt(bytes / 1000, 1)} kB`;
const MB = (bytes: number): string => `${fmt(bytes / 1e6, 2)} MB`;
const times = (r: number, digits = 2): string => `${fmt(r, digits)}×`;

function quantile(xs: readonly number[], q: number): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
const median = (xs: readonly number[]): number => quantile(xs, 0.5);
const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);
const max = (xs: readonly number[]): number => (xs.length ? Math.max(...xs) : NaN);
const gzip = (b: Buffer | string): number =>
	gzipSync(b, { level: constants.Z_BEST_COMPRESSION }).length;
const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

/** Errors that make the run fail (exit 1) once the table is printed. */
const errors: string[] = [];
/** Console errors and other oddities: reported, not fatal. */
const warnings: string[] = [];

// ---- child processes --------------------------------------------------------------------------

const children = new Set<ChildProcess>();

function killChild(child: ChildProcess): void {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
	try {
		process.kill(-child.pid, 'SIGTERM'); // the whole group: vite and anything it started
	} catch {
		try {
			child.kill('SIGTERM');
		} catch {
			// already gone
		}
	}
}
function killChildren(): void {
	for (const c of children) killChild(c);
	children.clear();
}
process.on('exit', killChildren);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(sig, () => {
		killChildren();
		process.exit(130);
	});
}

/** Runs a command to completion; resolves with its output, rejects on a non-zero exit. */
function run(cmd: string, args: string[], label: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
		children.add(child);
		let out = '';
		let err = '';
		child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			children.delete(child);
			if (code === 0) resolve(out);
			else reject(new Error(`${label} exited with ${code}:\n${(out + err).trim().slice(-4000)}`));
		});
	});
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const srv = createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

async function freePort(preferred: number, avoid: number[] = []): Promise<number> {
	for (let p = preferred; p < preferred + 200; p += 10) {
		if (!avoid.includes(p) && (await portFree(p))) return p;
	}
	throw new Error(`no free port near ${preferred}`);
}

const VITE_BIN = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

const BENCH_CONFIG = 'bench/app/vite.config.ts';

/** Starts `vite preview` with the bench config (of bench/out, or of `outDir`) and waits for it. */
async function preview(port: number, config: string, outDir?: string): Promise<string> {
	const args = [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
	args.push('--config', config);
	if (outDir) args.push('--outDir', outDir);
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	children.add(child);
	let output = '';
	child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
			if (res.status < 500) return url;
		} catch {
			// not up yet
		}
		await sleep(150);
	}
	throw new Error(`vite preview on port ${port} did not start:\n${output.trim()}`);
}

// ---- in-page instrumentation ------------------------------------------------------------------
// Strings, not functions: tsx's transform adds helpers to functions that the page lacks.

/**
 * Injected before any page script. Records when `[data-map-ready="true"]` first appears, long
 * tasks, and — while `__bench.recording` — every animation-frame callback: its frame timestamp,
 * start, end (after the microtasks it queued, where Svelte flushes its effects) and whether the
 * date shown (the `#date-slider`'s aria-valuetext) changed in it, i.e. whether it was a step.
 */
const INSTRUMENT = `(() => {
	const B = { ready: null, longtasks: [], cbs: [], recording: false };
	window.__bench = B;
	const check = () => {
		if (B.ready === null && document.querySelector('[data-map-ready="true"]')) {
			B.ready = performance.now();
			mo.disconnect();
		}
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

/** One recorded animation-frame callback. */
interface Callback {
	ts: number;
	t0: number;
	t1: number;
	step: boolean;
	writes: number;
}

/** What a recording window says about steps and frames. */
interface FrameStats {
	steps: number;
	/** Main-thread JS per step: the callback that changed the date, with its microtasks. */
	stepMs: number[];
	/** setFeatureState calls per step. */
	writes: number[];
	/** Animation-frame intervals, ms. */
	intervals: number[];
	/** All animation-frame callback JS in frames without a step (≈ MapLibre's render), ms. */
	frameJs: number[];
	/** From a step's start to the end of the next frame's callbacks (the map drawn), ms. */
	latency: number[];
	longTasks: number[];
	/** CDP Performance metrics over the window, ms. */
	busy: { task: number; script: number; layout: number; style: number; window: number };
}

async function startRecording(page: Page): Promise<() => Promise<FrameStats>> {
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
		const window_ = Date.now() - wall0;
		await sleep(50); // let the last microtask tails land
		const raw = (await page.evaluate('window.__bench.cbs')) as number[][];
		const lt = (await page.evaluate('window.__bench.longtasks')) as number[][];
		await cdp.detach();
		const cbs: Callback[] = raw
			.map(([ts, t0, t1, s, w]) => ({ ts: ts!, t0: t0!, t1: t1!, step: s === 1, writes: w! }))
			.sort((a, b) => a.t0 - b.t0);
		const frames = new Map<number, Callback[]>();
		for (const c of cbs) {
			const list = frames.get(c.ts);
			if (list) list.push(c);
			else frames.set(c.ts, [c]);
		}
		const stamps = [...frames.keys()].sort((a, b) => a - b);
		const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
		const stepCbs = cbs.filter((c) => c.step);
		const frameJs: number[] = [];
		const latency: number[] = [];
		stamps.forEach((ts, i) => {
			const list = frames.get(ts)!;
			if (!list.some((c) => c.step)) frameJs.push(list.reduce((a, c) => a + (c.t1 - c.t0), 0));
			const next = frames.get(stamps[i + 1]!);
			if (next) {
				for (const c of list.filter((x) => x.step)) {
					latency.push(Math.max(...next.map((x) => x.t1)) - c.t0);
				}
			}
		});
		return {
			steps: stepCbs.length,
			stepMs: stepCbs.map((c) => c.t1 - c.t0),
			writes: stepCbs.map((c) => c.writes),
			intervals,
			frameJs,
			latency,
			longTasks: lt
				.filter(([t, d]) => t! + d! >= start && t! <= end && d! > GOALS.longTaskMs)
				.map(([, d]) => d!),
			busy: {
				task: m1.task - m0.task,
				script: m1.script - m0.script,
				layout: m1.layout - m0.layout,
				style: m1.style - m0.style,
				window: window_
			}
		};
	};
}

// ---- pages ------------------------------------------------------------------------------------

let browser: Browser | undefined;

function theBrowser(): Browser {
	if (!browser) throw new Error('the browser is not running');
	return browser;
}

async function newPage(
	label: string,
	origins: string[]
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await theBrowser().newContext({ viewport: VIEWPORT });
	// Nothing may leave the origin: block and count anything that tries.
	await context.route(
		(url) => !origins.includes(url.origin) && url.protocol.startsWith('http'),
		(route) => {
			warnings.push(`${label}: blocked a request off the origin: ${route.request().url()}`);
			return route.abort();
		}
	);
	await context.addInitScript({ content: INSTRUMENT });
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(`${label}: uncaught ${e.name}: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') warnings.push(`${label}: console error: ${m.text().slice(0, 200)}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`${label}: HTTP ${r.status()} for ${r.url()}`);
	});
	return { context, page };
}

async function waitReady(page: Page, label: string): Promise<number> {
	try {
		await page.waitForSelector('[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
	} catch {
		throw new Error(`${label}: the map never became ready ([data-map-ready="true"])`);
	}
	const t = (await page.evaluate(
		'window.__bench.ready - performance.getEntriesByType("navigation")[0].startTime'
	)) as number;
	return t;
}

const idle = (page: Page): Promise<unknown> =>
	page.evaluate('window.__atlas ? window.__atlas.idle() : null');

// ---- 1. bundle, and the view the bare page must show ---------------------------------------------

interface Probe {
	appJs: { url: string; raw: number; gz: number }[];
	inlineScript: { raw: number; gz: number };
	bareJs: { url: string; raw: number; gz: number }[];
	view: { zoom: number; lat: number; lon: number };
	size: { w: number; h: number };
}

/** Every script and worker the page loads from `origin`, by URL; `settle()` once the page is done. */
function collectJs(
	page: Page,
	origin: string
): { bodies: Map<string, Buffer>; settle: () => Promise<unknown> } {
	const bodies = new Map<string, Buffer>();
	const pending: Promise<void>[] = [];
	const take = (url: string, type: string, body: () => Promise<Buffer>) => {
		if (!url.startsWith(origin) || bodies.has(url)) return;
		if (!['script', 'worker'].includes(type) && !/\.m?js(\?|$)/.test(url)) return;
		bodies.set(url, Buffer.alloc(0));
		pending.push(
			body().then(
				(b) => void bodies.set(url, b),
				(e: Error) => void errors.push(`bundle: could not read ${url}: ${e.message}`)
			)
		);
	};
	page.on('response', (r) => take(r.url(), r.request().resourceType(), () => r.body()));
	page.on('worker', (w) => {
		// A worker's own script, should its response not be reported on the page.
		const url = w.url();
		take(url, 'worker', async () => Buffer.from(await (await fetch(url)).arrayBuffer()));
	});
	return { bodies, settle: () => Promise.all(pending) };
}

async function probe(app: string, bench: string): Promise<Probe> {
	const { context, page } = await newPage('probe app', [app]);
	const js = collectJs(page, app);
	await page.goto(`${app}/`);
	await waitReady(page, 'probe app');
	await idle(page);
	await sleep(500);
	await js.settle();
	const appJs = [...js.bodies].map(([url, b]) => ({ url, raw: b.length, gz: gzip(b) }));
	const inline = (await page.evaluate(
		'[...document.querySelectorAll("script:not([src])")].map((s) => s.textContent).join("\\n")'
	)) as string;
	const view = (await page.evaluate('window.__atlas.view()')) as Probe['view'];
	const size = (await page.evaluate(
		'(() => { const r = document.querySelector("[data-map-ready]").getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; })()'
	)) as Probe['size'];
	await context.close();

	const bare = await newPage('probe bare', [bench]);
	const bareJs = collectJs(bare.page, bench);
	await bare.page.goto(bareUrl(bench, { view, size }));
	await waitReady(bare.page, 'probe bare');
	await sleep(300);
	await bareJs.settle();
	await bare.context.close();
	return {
		appJs,
		inlineScript: { raw: Buffer.byteLength(inline), gz: gzip(inline) },
		bareJs: [...bareJs.bodies].map(([url, b]) => ({ url, raw: b.length, gz: gzip(b) })),
		view,
		size
	};
}

function bareUrl(bench: string, p: Pick<Probe, 'view' | 'size'>): string {
	const q = new URLSearchParams({
		w: String(p.size.w),
		h: String(p.size.h),
		zoom: String(p.view.zoom),
		lat: String(p.view.lat),
		lon: String(p.view.lon)
	});
	return `${bench}/bare.html?${q}`;
}

/** maplibre-gl's own files, as published: the main module and its worker (v6 ships ESM). */
function maplibreSize(): { files: string[]; raw: number; gz: number } {
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

// ---- 2. first view ------------------------------------------------------------------------------

/** One cold load: ms to ready, and when the request for the map library's chunk started. */
async function firstView(
	url: string,
	label: string,
	origin: string,
	isLib: (url: string) => boolean
): Promise<{ ready: number; lib: number }> {
	const { context, page } = await newPage(label, [origin]);
	try {
		await page.goto(url);
		const ready = await waitReady(page, label);
		const starts = (await page.evaluate(
			'performance.getEntriesByType("resource").map((e) => [e.name, e.startTime])'
		)) as [string, number][];
		const lib = starts.find(([name]) => isLib(name))?.[1] ?? NaN;
		return { ready, lib };
	} finally {
		await context.close();
	}
}

// ---- 3. playback ---------------------------------------------------------------------------------

async function appPlayback(app: string): Promise<FrameStats> {
	const { context, page } = await newPage('playback app', [app]);
	try {
		await page.goto(`${app}/?date=${PLAYBACK_DATE}`);
		await waitReady(page, 'playback app');
		await page.getByLabel('Speed').selectOption(String(TOP_SPEED));
		await page.getByLabel('Loop').check();
		await idle(page);
		await sleep(300);
		const stop = await startRecording(page);
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		await sleep(CFG.playMs);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		return await stop();
	} finally {
		await context.close();
	}
}

async function bareRepaint(bench: string, p: Probe): Promise<FrameStats> {
	const { context, page } = await newPage('bare repaint', [bench]);
	try {
		await page.goto(bareUrl(bench, p));
		await waitReady(page, 'bare repaint');
		await sleep(300);
		const stop = await startRecording(page);
		await page.evaluate('window.__bare.repaint(true)');
		await sleep(CFG.playMs);
		await page.evaluate('window.__bare.repaint(false)');
		return await stop();
	} finally {
		await context.close();
	}
}

/** Main-thread CPU time by kind, from a sampling profile, ms. */
interface CpuSplit {
	/** Calls into the browser (WebGL, DOM): mostly WebGL, waiting on SwiftShader. */
	native: number;
	bufferSubData: number;
	maplibre: number;
	/** The page's own JS: ExplorerMap, Playback, the synthetic data. */
	page: number;
	gc: number;
	/** Browser work outside JS (style, layout, compositing…). */
	program: number;
	idle: number;
}

interface ProfileLike {
	nodes: { id: number; callFrame: { functionName: string; url: string } }[];
	samples?: number[];
	timeDeltas?: number[];
}

function splitProfile(profile: ProfileLike, isMaplibre: (url: string) => boolean): CpuSplit {
	const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
	const out: CpuSplit = {
		native: 0,
		bufferSubData: 0,
		maplibre: 0,
		page: 0,
		gc: 0,
		program: 0,
		idle: 0
	};
	const deltas = profile.timeDeltas ?? [];
	(profile.samples ?? []).forEach((id, i) => {
		const f = byId.get(id);
		const t = (deltas[i] ?? 0) / 1000;
		if (!f) return;
		const name = f.functionName;
		if (name === '(idle)') out.idle += t;
		else if (name === '(garbage collector)') out.gc += t;
		else if (name === '(program)' || name === '(root)') out.program += t;
		else if (!f.url) {
			out.native += t;
			if (name === 'bufferSubData') out.bufferSubData += t;
		} else if (isMaplibre(f.url)) out.maplibre += t;
		else out.page += t;
	});
	return out;
}

interface SyntheticResult {
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

async function syntheticPlayback(bench: string): Promise<SyntheticResult> {
	const { context, page } = await newPage('synthetic', [bench]);
	try {
		await page.goto(`${bench}/synthetic.html`);
		const readyMs = await waitReady(page, 'synthetic');
		await idle(page);
		await sleep(300);
		const places = (await page.evaluate('window.__synthetic.places')) as number;

		// The floor: the same map redrawing every frame, nothing changing.
		let stop = await startRecording(page);
		await page.evaluate('window.__synthetic.repaint(true)');
		await sleep(CFG.playMs);
		await page.evaluate('window.__synthetic.repaint(false)');
		const floor = await stop();
		await idle(page);

		// Playback through the app's Playback class, with a CPU profile of the main thread.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
		const before = (await page.evaluate('window.__synthetic.stepMs.length')) as number;
		stop = await startRecording(page);
		await cdp.send('Profiler.start');
		await page.evaluate(`window.__synthetic.play(${TOP_SPEED})`);
		await sleep(CFG.playMs);
		await page.evaluate('window.__synthetic.pause()');
		const { profile } = await cdp.send('Profiler.stop');
		const frames = await stop();
		await cdp.detach();
		const cpu = splitProfile(profile, (url) => /\/maplibre-[^/]*\.js/.test(url));
		const playSetStates = ((await page.evaluate('window.__synthetic.stepMs')) as number[]).slice(
			before
		);
		const playWrites = ((await page.evaluate('window.__synthetic.stepWrites')) as number[]).slice(
			before
		);
		await idle(page);

		// Many more steps, one task each, not waiting for SwiftShader's frames.
		const direct = (await page.evaluate(`window.__synthetic.steps(${CFG.steps})`)) as {
			stepMs: number[];
			setStatesMs: number[];
			writes: number[];
		};
		await idle(page);
		const burst = (await page.evaluate(`window.__synthetic.burst(${CFG.bursts})`)) as {
			setStatesMs: number[];
			renderMs: number[];
		};
		return {
			places,
			readyMs,
			floor,
			frames,
			cpu,
			playSetStates,
			playWrites,
			stepMs: direct.stepMs,
			setStatesMs: direct.setStatesMs,
			writes: direct.writes,
			burstSetStates: burst.setStatesMs,
			burstRender: burst.renderMs
		};
	} finally {
		await context.close();
	}
}

// ---- 5. memory -----------------------------------------------------------------------------------

/** A heap snapshot's bytes by kind. */
interface HeapSplit {
	/** JS objects, arrays, closures, strings, hidden classes: what a leak in the app's JS grows. */
	objects: number;
	/** Compiled code, bytecode and feedback: grows as V8 optimizes hot code, then stops. */
	code: number;
	/** Browser objects reachable from JS: DOM nodes, performance entries… */
	native: number;
}

interface MemoryResult {
	afterLoad: number;
	afterWarm: number | null;
	afterPlay: number;
	snapshots: [HeapSplit, HeapSplit];
	nodes: [number, number];
	listeners: [number, number];
	writes: number;
}

interface HeapSnapshotJson {
	snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
	nodes: number[];
}

function splitSnapshot(json: string): HeapSplit {
	const snap = JSON.parse(json) as HeapSnapshotJson;
	const fields = snap.snapshot.meta.node_fields;
	const types = snap.snapshot.meta.node_types[0];
	const width = fields.length;
	const typeAt = fields.indexOf('type');
	const sizeAt = fields.indexOf('self_size');
	const out: HeapSplit = { objects: 0, code: 0, native: 0 };
	for (let i = 0; i < snap.nodes.length; i += width) {
		const type = types[snap.nodes[i + typeAt]!];
		const size = snap.nodes[i + sizeAt]!;
		if (type === 'code') out.code += size;
		else if (type === 'native') out.native += size;
		else out.objects += size;
	}
	return out;
}

async function memory(app: string): Promise<MemoryResult> {
	const { context, page } = await newPage('memory', [app]);
	const cdp = await context.newCDPSession(page);
	const heap = async () => {
		for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	const dom = async () => {
		const c = await cdp.send('Memory.getDOMCounters');
		return [c.nodes, c.jsEventListeners] as const;
	};
	const snapshot = async (): Promise<HeapSplit> => {
		const chunks: string[] = [];
		const take = (e: { chunk: string }) => void chunks.push(e.chunk);
		cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
		await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
		cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
		return splitSnapshot(chunks.join(''));
	};
	try {
		await page.goto(`${app}/`);
		await waitReady(page, 'memory');
		await idle(page);
		await sleep(500);
		const afterLoad = await heap();
		const dom0 = await dom();
		const snap0 = await snapshot();
		const w0 = (await page.evaluate('window.__atlas.featureStateWrites')) as number;
		await page.getByLabel('Speed').selectOption(String(TOP_SPEED));
		await page.getByLabel('Loop').check();
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		const t0 = Date.now();
		let afterWarm: number | null = null;
		const warmAt = 5_000;
		if (CFG.memoryMs > warmAt * 2) {
			await sleep(warmAt);
			afterWarm = await heap();
		}
		await sleep(Math.max(0, CFG.memoryMs - (Date.now() - t0)));
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		// Back to the day shown at load (the last), so both figures show the same page.
		await page.getByRole('slider', { name: 'Date' }).press('End');
		await idle(page);
		await sleep(500);
		const afterPlay = await heap();
		const dom1 = await dom();
		const snap1 = await snapshot();
		const w1 = (await page.evaluate('window.__atlas.featureStateWrites')) as number;
		return {
			afterLoad,
			afterWarm,
			afterPlay,
			snapshots: [snap0, snap1],
			nodes: [dom0[0], dom1[0]],
			listeners: [dom0[1], dom1[1]],
			writes: w1 - w0
		};
	} finally {
		await context.close();
	}
}

// ---- 4. core -------------------------------------------------------------------------------------

interface CoreResult {
	compileMs: number;
	/** stateIdsAt: the allocation-free path playback uses. */
	nowMs: number;
	thenMs: number;
	/** controlAllAt returning objects: first visit of a day, and replay. */
	nowFirstMs: number;
	thenFirstMs: number;
	nowReplayMs: number;
	thenReplayMs: number;
	nowNaiveMs: number;
	thenNaiveMs: number;
	header: string;
}

async function core(): Promise<CoreResult> {
	const tsx = require.resolve('tsx/cli');
	const args = [tsx, 'bench/core.ts', ...(CFG.coreSmall ? ['--small'] : [])];
	const out = await run(process.execPath, args, 'bench/core.ts');
	const num = (re: RegExp, what: string): number => {
		const m = re.exec(out);
		if (!m) throw new Error(`bench/core.ts: could not find "${what}" in its output:\n${out}`);
		return Number(m[1]!.replace(/,/g, ''));
	};
	return {
		compileMs: num(/compile \(cold[^)]*\)\s+([\d,.]+) ms/, 'compile (cold)'),
		nowMs: num(/stateIdsAt, as known now\s+([\d,.]+) ms/, 'stateIdsAt, as known now'),
		thenMs: num(/stateIdsAt, as reported then[^\d]*?([\d,.]+) ms/, 'stateIdsAt, as reported'),
		nowFirstMs: num(/controlAllAt, as known now, first visit\s+([\d,.]+) ms/, 'first visit'),
		thenFirstMs: num(/controlAllAt, as reported then[^,]*, first visit\s+([\d,.]+) ms/, 'first'),
		nowReplayMs: num(/controlAllAt, as known now, replay\s+([\d,.]+) ms/, 'replay'),
		thenReplayMs: num(/controlAllAt, as reported then[^,]*, replay\s+([\d,.]+) ms/, 'replay'),
		nowNaiveMs: num(/naive, as known now\s+([\d,.]+) ms/, 'naive, as known now'),
		thenNaiveMs: num(/naive, as reported then[^\d]*?([\d,.]+) ms/, 'naive, as reported then'),
		header: out.split('\n')[0] ?? ''
	};
}

// ---- main ----------------------------------------------------------------------------------------

type Row = [
	measure: string,
	app: string,
	baseline: string,
	ratio: string,
	goal: string,
	met: string
];
const met = (ok: boolean): string => (ok ? 'yes' : 'NO');

function table(rows: Row[]): string {
	const head: Row = ['measure', 'this app', 'baseline', 'ratio', 'goal', 'met?'];
	const all = [head, ...rows];
	const w = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
	const line = (r: Row) =>
		r
			.map((cell, c) => (c === 1 || c === 2 || c === 3 ? cell.padStart(w[c]!) : cell.padEnd(w[c]!)))
			.join(' | ')
			.trimEnd();
	return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
	const started = Date.now();
	const mode = SMOKE ? 'smoke' : 'full';
	log(`mode: ${mode}`);

	// Builds.
	if (REBUILD || !existsSync(join(ROOT, 'build', 'index.html'))) {
		log('building the app (npm run build)…');
		await run('npm', ['run', 'build'], 'npm run build');
	}
	log('building the bench pages (bench/app → bench/out)…');
	await run(
		process.execPath,
		[VITE_BIN, 'build', '--config', BENCH_CONFIG, '--logLevel', 'warn'],
		'vite build (bench/app)'
	);

	// A snapshot of build/, so that a rebuild elsewhere during the run cannot change what is served.
	const snapshot = join(ROOT, 'bench', 'out', 'app');
	rmSync(snapshot, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), snapshot, { recursive: true });

	// Servers: plain static `vite preview`s of the app's build and of the bench pages.
	const appPort = await freePort(BASE_PORT);
	const benchPort = await freePort(BASE_PORT + 1, [appPort]);
	const [app, bench] = await Promise.all([
		preview(appPort, BENCH_CONFIG, snapshot),
		preview(benchPort, BENCH_CONFIG)
	]);
	log(`serving build/ (snapshot) at ${app} and bench/out at ${bench}`);

	browser = await chromium.launch({ ...browserLaunchOptions(), headless: true });
	const version = browser.version();

	// 1. Bundle (and the view and map size the bare page must match).
	log('probing the app: scripts loaded, view, map size…');
	const pr = await probe(app, bench);
	const appGz = pr.appJs.reduce((a, f) => a + f.gz, 0);
	const appRaw = pr.appJs.reduce((a, f) => a + f.raw, 0);
	const bareGz = pr.bareJs.reduce((a, f) => a + f.gz, 0);
	const ml = maplibreSize();

	// 2. First view: cold loads, interleaved.
	const appUrl = `${app}/`;
	const bUrl = bareUrl(bench, pr);
	// The chunk holding MapLibre: the largest script the app loads; maplibre-*.js in bench/out.
	const appLib = [...pr.appJs].sort((a, b) => b.gz - a.gz)[0]?.url ?? '';
	const appLibRe = (url: string) => url === appLib;
	const bareLibRe = (url: string) => /\/maplibre-[^/]*\.js$/.test(url);
	if (CFG.warmup) {
		log('first view: one warm-up load of each (not counted)…');
		await firstView(appUrl, 'first view app', app, appLibRe);
		await firstView(bUrl, 'first view bare', bench, bareLibRe);
	}
	const appLoads: number[] = [];
	const bareLoads: number[] = [];
	const appLibAt: number[] = [];
	const bareLibAt: number[] = [];
	for (let i = 0; i < CFG.loads; i++) {
		log(`first view: cold load ${i + 1}/${CFG.loads} (app, bare)…`);
		const a = await firstView(appUrl, 'first view app', app, appLibRe);
		const b = await firstView(bUrl, 'first view bare', bench, bareLibRe);
		appLoads.push(a.ready);
		appLibAt.push(a.lib);
		bareLoads.push(b.ready);
		bareLibAt.push(b.lib);
	}

	// 3. Playback.
	log(`playback: the app at ${TOP_SPEED} days/s for ${CFG.playMs / 1000} s…`);
	const ap = await appPlayback(app);
	log(`playback: the bare map redrawing every frame for ${CFG.playMs / 1000} s…`);
	const br = await bareRepaint(bench, pr);
	log(`playback: 5,000 synthetic places at ${TOP_SPEED} days/s for ${CFG.playMs / 1000} s…`);
	const sy = await syntheticPlayback(bench);

	// 5. Memory.
	log(`memory: ${CFG.memoryMs / 1000} s of looping playback…`);
	const mem = await memory(app);

	await browser.close();
	browser = undefined;
	killChildren();

	// 4. Core (no browser running, so it has both cores).
	log(`core: bench/core.ts${CFG.coreSmall ? ' --small' : ''}…`);
	const co = await core();

	// ---- the table ----
	const bundleRatio = appGz / ml.gz;
	const fvApp = median(appLoads);
	const fvBare = median(bareLoads);
	const bareFrame = median(br.frameJs);
	const stepSmall = p95(ap.stepMs);
	const stepLarge = p95(sy.stepMs);
	const coreSpeed = Math.min(co.nowNaiveMs / co.nowMs, co.thenNaiveMs / co.thenMs);
	const memRatio = mem.afterPlay / mem.afterLoad;
	const [s0, s1] = mem.snapshots;
	const objRatio = s1.objects / s0.objects;
	const playS = `${CFG.playMs / 1000} s`;
	const N = fmt(sy.places);

	const rows: Row[] = [
		[
			'1 bundle: JS loaded, gzip -9',
			kB(appGz),
			`${kB(ml.gz)} maplibre-gl`,
			times(bundleRatio),
			`≤ ${times(GOALS.bundle)}`,
			met(bundleRatio <= GOALS.bundle)
		],
		[
			`2 first view, median of ${CFG.loads} cold`,
			ms(fvApp),
			`${ms(fvBare)} bare map`,
			times(fvApp / fvBare),
			`≤ ${times(GOALS.firstView)}`,
			met(fvApp / fvBare <= GOALS.firstView)
		],
		[
			'3a step JS, 5 places (p95)',
			ms(stepSmall, 2),
			`${ms(bareFrame, 1)} map frame JS`,
			times(stepSmall / bareFrame),
			`< ${ms(GOALS.stepSmall)}`,
			met(stepSmall < GOALS.stepSmall)
		],
		[
			`3b step JS, ${N} places (p95)`,
			ms(stepLarge, 2),
			`${ms(bareFrame, 1)} map frame JS`,
			times(stepLarge / bareFrame),
			`< ${ms(GOALS.stepLarge)}`,
			met(stepLarge < GOALS.stepLarge)
		],
		[
			'3c frame interval, 5 places (p95)',
			ms(p95(ap.intervals), 1),
			`${ms(p95(br.intervals), 1)} bare redraw`,
			times(p95(ap.intervals) / p95(br.intervals)),
			'(info)',
			'–'
		],
		[
			`3d frame interval, ${N} (p95)`,
			ms(p95(sy.frames.intervals)),
			`${ms(p95(sy.floor.intervals))} same, no change`,
			times(p95(sy.frames.intervals) / p95(sy.floor.intervals)),
			'(info)',
			'–'
		],
		[
			'3e long tasks > 50 ms, 5 places',
			`${ap.longTasks.length} in ${playS}`,
			`${br.longTasks.length} bare redraw`,
			'–',
			'0',
			met(ap.longTasks.length === 0)
		],
		[
			`3f long tasks > 50 ms, ${N}`,
			`${sy.frames.longTasks.length} in ${playS}`,
			`${sy.floor.longTasks.length} same, no change`,
			'–',
			'0',
			met(sy.frames.longTasks.length === 0)
		],
		[
			'4a core: all places at a date (ids)',
			ms(Math.max(co.nowMs, co.thenMs), 3),
			`${ms(Math.min(co.nowNaiveMs, co.thenNaiveMs), 1)} naive`,
			`${fmt(coreSpeed)}× faster`,
			`≥ ${GOALS.coreSpeedup}×`,
			met(coreSpeed >= GOALS.coreSpeedup)
		],
		[
			'4b core: compile (cold)',
			ms(co.compileMs),
			`${ms(GOALS.compileMs)} budget`,
			times(co.compileMs / GOALS.compileMs),
			'< 1 s',
			met(co.compileMs < GOALS.compileMs)
		],
		[
			`5 JS heap after ${CFG.memoryMs / 1000} s playback`,
			MB(mem.afterPlay),
			`${MB(mem.afterLoad)} at load`,
			times(memRatio, 3),
			`≤ ${times(GOALS.memory)}`,
			met(memRatio <= GOALS.memory)
		],
		[
			'5b of which JS objects (no code)',
			MB(s1.objects),
			`${MB(s0.objects)} at load`,
			times(objRatio, 3),
			`≤ ${times(GOALS.memory)}`,
			met(objRatio <= GOALS.memory)
		]
	];

	const dist = (xs: number[], digits = 2) =>
		xs.length
			? `p50 ${fmt(median(xs), digits)} / p95 ${fmt(p95(xs), digits)} / max ${fmt(max(xs), digits)} ms (n=${xs.length})`
			: 'no samples';
	const busy = (b: FrameStats['busy']) =>
		`main thread busy ${fmt((b.task / b.window) * 100)}% of ${fmt(b.window / 1000, 1)} s (script ${fmt(b.script)}, style ${fmt(b.style)}, layout ${fmt(b.layout)} ms)`;
	const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	const perStep = (xs: number[]) => fmt(sum(xs) / Math.max(1, xs.length), 1);
	const lt = (xs: number[]) =>
		xs.length ? `${xs.length}, max ${ms(max(xs))}, total ${ms(sum(xs))}` : 'none';
	const c = sy.cpu;

	const out: string[] = [];
	out.push(
		`Frontline Atlas bench (${mode}), ${new Date().toISOString().slice(0, 16)}Z: Chromium ${version} headless (WebGL on SwiftShader), node ${process.version}, window ${VIEWPORT.width}×${VIEWPORT.height}`
	);
	out.push('');
	out.push(table(rows));
	out.push('');
	out.push('Details');
	out.push(
		`1  app: ${pr.appJs.length} scripts and workers, ${kB(appRaw)} raw → ${kB(appGz)} gzip; largest ${[
			...pr.appJs
		]
			.sort((a, b) => b.gz - a.gz)
			.slice(0, 4)
			.map((f) => `${f.url.split('/').pop()} ${kB(f.gz)}`)
			.join(', ')}.`
	);
	out.push(
		`   maplibre-gl ${ml.files.join(' + ')}: ${kB(ml.raw)} raw → ${kB(ml.gz)} gzip. The bare page loads ${kB(bareGz)} gzip.`
	);
	out.push(
		`   Not counted (data, not code): the page's inline script carrying the corpus, ${kB(pr.inlineScript.raw)} raw → ${kB(pr.inlineScript.gz)} gzip.`
	);
	out.push(
		`2  navigation start → first idle with the places coloured (app) / with the basemap drawn (bare), map ${pr.size.w}×${pr.size.h} px at zoom ${pr.view.zoom}, interleaved:`
	);
	out.push(
		`   app ${appLoads.map((x) => fmt(x)).join(', ')} ms; bare ${bareLoads.map((x) => fmt(x)).join(', ')} ms.`
	);
	out.push(
		`   The chunk with MapLibre is requested at ${ms(median(appLibAt))} (app, median) vs ${ms(median(bareLibAt))} (bare).`
	);
	out.push(
		`3  "Step JS" is main-thread JavaScript only: for the app, the animation-frame callback in which the date changes plus the microtasks it queues (Playback, Svelte's effects and DOM updates, setStates); for ${N} places, the step alone (states lookup, setStates, slider). The map draws the change in a later frame: that is "frame", and on this machine mostly SwiftShader.`
	);
	out.push(
		`   app at ${TOP_SPEED} days/s: ${ap.steps} steps, step JS ${dist(ap.stepMs)}; ${sum(ap.writes)} setFeatureState calls (${perStep(ap.writes)}/step).`
	);
	out.push(
		`     frames ${dist(ap.intervals, 1)}; step → end of next frame ${dist(ap.latency, 1)}; JS in frames without a step ${dist(ap.frameJs)}; ${busy(ap.busy)}.`
	);
	out.push(
		`   bare map redrawing every frame: frames ${dist(br.intervals, 1)}; MapLibre JS per frame ${dist(br.frameJs)}; ${busy(br.busy)}.`
	);
	out.push(
		`   ${N} places (first idle after ${ms(sy.readyMs)}), ${CFG.steps} steps one task each: step ${dist(sy.stepMs)}, of which setStates ${dist(sy.setStatesMs)}; ${perStep(sy.writes)} setFeatureState calls/step.`
	);
	out.push(
		`     same scene redrawn with no change: frames ${dist(sy.floor.intervals, 0)}; ${busy(sy.floor.busy)}.`
	);
	out.push(
		`     Playback at ${TOP_SPEED} days/s for ${playS}: ${sy.playSetStates.length} steps (one per frame SwiftShader lets through), setStates ${dist(sy.playSetStates)}, ${perStep(sy.playWrites)} calls/step; frames ${dist(sy.frames.intervals, 0)}.`
	);
	out.push(
		`     main thread in that window (CPU profile): WebGL/DOM calls ${ms(c.native)} (bufferSubData ${ms(c.bufferSubData)}), MapLibre JS ${ms(c.maplibre)}, page JS (ExplorerMap, Playback) ${ms(c.page)}, GC ${ms(c.gc)}, other browser work ${ms(c.program)}, idle ${ms(c.idle)}.`
	);
	out.push(
		`     all ${N} changing at once (${CFG.bursts}×): setStates ${dist(sy.burstSetStates)}; the map frame that draws it ${dist(sy.burstRender, 0)}.`
	);
	out.push(
		`   long tasks > 50 ms: app ${lt(ap.longTasks)}; bare redraw ${lt(br.longTasks)}; ${N} playback ${lt(sy.frames.longTasks)}; ${N} redraw, no change ${lt(sy.floor.longTasks)}.`
	);
	out.push(
		`4  ${co.header.replace(/^core timeline benchmark: /, '')}: stateIdsAt ${ms(co.nowMs, 3)} (as known now) / ${ms(co.thenMs, 3)} (as reported then) vs naive ${ms(co.nowNaiveMs, 1)} / ${ms(co.thenNaiveMs, 1)}: ${fmt(co.nowNaiveMs / co.nowMs)}× / ${fmt(co.thenNaiveMs / co.thenMs)}×. As PlaceState objects (controlAllAt): first visit of a day ${ms(co.nowFirstMs, 3)} / ${ms(co.thenFirstMs, 3)} (${fmt(co.nowNaiveMs / co.nowFirstMs)}× / ${fmt(co.thenNaiveMs / co.thenFirstMs)}×, builds the objects of states not shown before), replay ${ms(co.nowReplayMs, 3)} / ${ms(co.thenReplayMs, 3)}.`
	);
	out.push(
		`5  V8 heap used after GC: at load ${MB(mem.afterLoad)}${mem.afterWarm !== null ? `, after 5 s of playback ${MB(mem.afterWarm)}` : ''}, after ${CFG.memoryMs / 1000} s ${MB(mem.afterPlay)}, back on the day shown at load.`
	);
	out.push(
		`   Heap snapshots, load → end: JS objects ${MB(s0.objects)} → ${MB(s1.objects)}; compiled code ${MB(s0.code)} → ${MB(s1.code)}; browser objects ${MB(s0.native)} → ${MB(s1.native)}.`
	);
	out.push(
		`   DOM nodes ${mem.nodes[0]} → ${mem.nodes[1]}, JS listeners ${mem.listeners[0]} → ${mem.listeners[1]}; ${mem.writes} setFeatureState calls meanwhile.`
	);
	if (warnings.length) {
		out.push('');
		out.push(`Warnings (${warnings.length}):`);
		for (const w of [...new Set(warnings)].slice(0, 8)) out.push(`  ${w}`);
	}
	out.push('');
	out.push(`Took ${fmt((Date.now() - started) / 1000)} s.`);
	console.log(out.join('\n'));
}

main()
	.catch((e: unknown) => {
		errors.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
	})
	.finally(async () => {
		await browser?.close().catch(() => {});
		killChildren();
		if (errors.length) {
			console.error(`\nbench failed (${errors.length} error${errors.length > 1 ? 's' : ''}):`);
			for (const e of [...new Set(errors)].slice(0, 20)) console.error(`  ${e}`);
			process.exitCode = 1;
		}
	});
