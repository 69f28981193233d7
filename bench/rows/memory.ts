/**
 * Rows 5 and 5b, memory: the V8 heap in use after forced GC right after load, and again after
 * the memory window of looping playback, back on the day shown at load so both show the same
 * page. Heap snapshots split the heap so that compiled code (which grows as V8 optimizes the
 * playback path, then stops) is not taken for a leak of JS objects.
 */
import type { CDPSession, Page } from '@playwright/test';
import { GOALS, TOP_SPEED } from '../config';
import { idle, waitReady, withPage, type Session } from '../pages';
import { splitSnapshot, type HeapSplit } from '../profile';
import { sleep } from '../servers';
import { MB, met, times, type Row } from '../table';

export interface MemoryResult {
	memoryMs: number;
	afterLoad: number;
	/** After 5 s of playback, when the window is long enough to tell warm-up from growth. */
	afterWarm: number | null;
	afterPlay: number;
	snapshots: [HeapSplit, HeapSplit];
	nodes: [number, number];
	listeners: [number, number];
	writes: number;
}

/** V8 heap in use after three forced collections. */
async function heapUsed(cdp: CDPSession): Promise<number> {
	for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** What is measured at each end: heap after GC, DOM counters, a split snapshot, map writes. */
async function measureHeap(cdp: CDPSession, page: Page) {
	const used = await heapUsed(cdp);
	const dom = await cdp.send('Memory.getDOMCounters');
	const chunks: string[] = [];
	const take = (e: { chunk: string }) => void chunks.push(e.chunk);
	cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
	const writes = (await page.evaluate('window.__atlas.featureStateWrites')) as number;
	return { used, dom, snapshot: splitSnapshot(chunks.join('')), writes };
}

export function memory(s: Session, app: string): Promise<MemoryResult> {
	const memoryMs = s.cfg.memoryMs;
	return withPage(s, 'memory', [app], async (page, context) => {
		const cdp = await context.newCDPSession(page);
		await page.goto(`${app}/`);
		await waitReady(page, 'memory');
		await idle(page);
		await sleep(500);
		const start = await measureHeap(cdp, page);
		await page.getByLabel('Speed').selectOption(String(TOP_SPEED));
		await page.getByLabel('Loop').check();
		await page.getByRole('button', { name: 'Play', exact: true }).click();
		const t0 = Date.now();
		const warmAt = 5_000;
		let afterWarm: number | null = null;
		if (memoryMs > warmAt * 2) {
			await sleep(warmAt);
			afterWarm = await heapUsed(cdp);
		}
		await sleep(Math.max(0, memoryMs - (Date.now() - t0)));
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		// Back to the day shown at load (the last), so both figures show the same page.
		await page.getByRole('slider', { name: 'Date' }).press('End');
		await idle(page);
		await sleep(500);
		const end = await measureHeap(cdp, page);
		return {
			memoryMs,
			afterLoad: start.used,
			afterWarm,
			afterPlay: end.used,
			snapshots: [start.snapshot, end.snapshot],
			nodes: [start.dom.nodes, end.dom.nodes],
			listeners: [start.dom.jsEventListeners, end.dom.jsEventListeners],
			writes: end.writes - start.writes
		};
	});
}

export function memoryRows(m: MemoryResult): Row[] {
	const ratio = m.afterPlay / m.afterLoad;
	const [s0, s1] = m.snapshots;
	const objects = s1.objects / s0.objects;
	return [
		[
			`5 JS heap after ${m.memoryMs / 1000} s playback`,
			MB(m.afterPlay),
			`${MB(m.afterLoad)} at load`,
			times(ratio, 3),
			`≤ ${times(GOALS.memory)}`,
			met(ratio <= GOALS.memory)
		],
		[
			'5b of which JS objects (no code)',
			MB(s1.objects),
			`${MB(s0.objects)} at load`,
			times(objects, 3),
			`≤ ${times(GOALS.memory)}`,
			met(objects <= GOALS.memory)
		]
	];
}

export function memoryDetails(m: MemoryResult): string[] {
	const [s0, s1] = m.snapshots;
	const warm = m.afterWarm !== null ? `, after 5 s of playback ${MB(m.afterWarm)}` : '';
	return [
		`5  V8 heap used after GC: at load ${MB(m.afterLoad)}${warm}, after ${m.memoryMs / 1000} s ${MB(m.afterPlay)}, back on the day shown at load.`,
		`   Heap snapshots, load → end: JS objects ${MB(s0.objects)} → ${MB(s1.objects)}; compiled code ${MB(s0.code)} → ${MB(s1.code)}; browser objects ${MB(s0.native)} → ${MB(s1.native)}.`,
		`   DOM nodes ${m.nodes[0]} → ${m.nodes[1]}, JS listeners ${m.listeners[0]} → ${m.listeners[1]}; ${m.writes} setFeatureState calls meanwhile.`
	];
}
