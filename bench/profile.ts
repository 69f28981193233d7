/**
 * Where main-thread time and heap bytes went, from Chromium's own formats: a sampling CPU
 * profile (`Profiler.stop`) and a heap snapshot (`HeapProfiler.takeHeapSnapshot`). Pure.
 */

/** Main-thread CPU time by kind, from a sampling profile, ms. */
export interface CpuSplit {
	/** Calls into the browser (WebGL, DOM): mostly WebGL, waiting on SwiftShader. */
	native: number;
	bufferSubData: number;
	maplibre: number;
	/** The page's own JS: ExplorerMap, Playback, the generated data. */
	page: number;
	gc: number;
	/** Browser work outside JS (style, layout, compositing…). */
	program: number;
	idle: number;
}

/** The parts of a CDP `Profiler.Profile` the split reads. */
export interface ProfileLike {
	nodes: { id: number; callFrame: { functionName: string; url: string } }[];
	samples?: number[];
	/** µs since the previous sample. */
	timeDeltas?: number[];
}

/**
 * Sums each sample's time delta into the kind of its node: V8's pseudo-frames by name, frames
 * without a URL as browser calls, frames whose URL `isMaplibre` says so as MapLibre, the rest as
 * the page's JS. Samples naming an unknown node are skipped.
 */
export function splitProfile(profile: ProfileLike, isMaplibre: (url: string) => boolean): CpuSplit {
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

/** A heap snapshot's bytes by kind. */
export interface HeapSplit {
	/** JS objects, arrays, closures, strings, hidden classes: what a leak in the app's JS grows. */
	objects: number;
	/** Compiled code, bytecode and feedback: grows as V8 optimizes hot code, then stops. */
	code: number;
	/** Browser objects reachable from JS: DOM nodes, performance entries… */
	native: number;
}

interface HeapSnapshotJson {
	snapshot?: { meta?: { node_fields?: string[]; node_types?: unknown[] } };
	nodes?: number[];
}

/** Self sizes of a heap snapshot's nodes summed by node type; throws on a snapshot it cannot read. */
export function splitSnapshot(json: string): HeapSplit {
	const snap = JSON.parse(json) as HeapSnapshotJson;
	const fields = snap.snapshot?.meta?.node_fields;
	const types = snap.snapshot?.meta?.node_types?.[0];
	const typeAt = fields?.indexOf('type') ?? -1;
	const sizeAt = fields?.indexOf('self_size') ?? -1;
	if (!fields || !Array.isArray(types) || typeAt < 0 || sizeAt < 0 || !Array.isArray(snap.nodes)) {
		throw new Error(
			'heap snapshot: expected snapshot.meta.node_fields with "type" and "self_size", snapshot.meta.node_types[0] and nodes'
		);
	}
	const width = fields.length;
	const out: HeapSplit = { objects: 0, code: 0, native: 0 };
	for (let i = 0; i < snap.nodes.length; i += width) {
		const type = types[snap.nodes[i + typeAt]!] as string | undefined;
		const size = snap.nodes[i + sizeAt]!;
		if (type === 'code') out.code += size;
		else if (type === 'native') out.native += size;
		else out.objects += size;
	}
	return out;
}
