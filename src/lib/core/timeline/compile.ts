/**
 * compileTimeline: checks the reports, groups them by place, gathers the corrections between
 * them, and hands each place to the compiler (sweep.ts). Throws a clear error, naming the
 * report, on input the timeline cannot answer for: an unknown place, a duplicate id, a window
 * that is not a window of whole days.
 */
import type { DayWindow } from '../dates';
import type { Controller, Report } from '../types';
import type { ControlValue } from '../vocabulary';
import type { Corrections } from './claims';
import type { TimelineData } from './layout';
import { isDay } from './packing';
import { ReportIndex } from './report-index';
import { PlaceCompiler } from './sweep';
import type { Timeline } from './types';

function checkWindow(r: Report, name: string, w: DayWindow | null): void {
	if (w === null) return;
	const ok =
		(w.earliest === -Infinity || isDay(w.earliest)) && isDay(w.latest) && w.earliest <= w.latest;
	if (!ok) {
		throw new Error(
			`report ${JSON.stringify(r.id)}: ${name} window [${w.earliest}, ${w.latest}] is not a window of days`
		);
	}
}

/** displacedSince dates the displaced force's hold before the report's start, so it needs one. */
function checkDisplacedSince(r: Report): void {
	const since = r.displacedSince;
	if (since === null) return;
	checkWindow(r, 'displacedSince', since);
	const id = JSON.stringify(r.id);
	if (r.displaced === null)
		throw new Error(`report ${id}: displacedSince is given but no displaced force`);
	if (r.start === null)
		throw new Error(`report ${id}: displacedSince is given but the report has no start`);
	if (since.earliest > r.start.latest) {
		throw new Error(`report ${id}: displacedSince begins after the report's start window ends`);
	}
}

function earliestFinite(w: DayWindow | null): number {
	if (w === null) return Infinity;
	return Number.isFinite(w.earliest) ? w.earliest : w.latest;
}

/** The code of controller c in `names`, added if new (a corpus has a handful of controllers). */
function codeOf(names: ControlValue[], c: Controller): number {
	for (let i = 1; i < names.length; i++) if (names[i] === c) return i;
	if (names.length > 255) throw new Error('more than 255 distinct controllers');
	names.push(c);
	return names.length - 1;
}

function placeIndexOf(index: ReadonlyMap<string, number>, r: Report): number {
	const p = index.get(r.place);
	if (p === undefined) {
		throw new Error(
			`report ${JSON.stringify(r.id)} names an unknown place ${JSON.stringify(r.place)}`
		);
	}
	return p;
}

/** What one pass over the reports learns: per report its place and controller codes, and the corpus-wide facts. */
interface Scan {
	readonly byId: ReportIndex;
	readonly reportIds: readonly string[];
	readonly placeOf: Int32Array;
	readonly names: ControlValue[];
	readonly reportController: Uint8Array;
	readonly reportDisplaced: Uint8Array;
	readonly publications: readonly number[];
	readonly range: { readonly first: number; readonly last: number } | null;
	readonly relations: number;
}

/** Checks every report and reads what the compiler needs of it. */
function scan(reports: readonly Report[], index: ReadonlyMap<string, number>): Scan {
	const n = reports.length;
	const reportIds = reports.map((r) => r.id);
	const byId = new ReportIndex(reportIds);
	const placeOf = new Int32Array(n);
	const names: ControlValue[] = ['unknown'];
	const reportController = new Uint8Array(n);
	const reportDisplaced = new Uint8Array(n);
	const pubSet = new Set<number>();
	let first = Infinity;
	let last = -Infinity;
	let relations = 0;
	let lastPlace: string | null = null;
	let p = -1;
	for (let g = 0; g < n; g++) {
		const r = reports[g]!;
		if (!byId.add(g)) throw new Error(`report id ${JSON.stringify(r.id)} is used twice`);
		if (r.place !== lastPlace) {
			p = placeIndexOf(index, r);
			lastPlace = r.place;
		}
		if (!isDay(r.published)) {
			throw new Error(`report ${JSON.stringify(r.id)}: published is not a whole day number`);
		}
		checkWindow(r, 'start', r.start);
		checkWindow(r, 'end', r.end);
		checkDisplacedSince(r);
		reportController[g] = codeOf(names, r.controller);
		if (r.displaced !== null) reportDisplaced[g] = codeOf(names, r.displaced);
		placeOf[g] = p;
		pubSet.add(r.published);
		if (r.published > last) last = r.published;
		first = Math.min(first, earliestFinite(r.start), earliestFinite(r.end));
		relations += r.relations.length;
	}
	const publications = [...pubSet].sort((a, b) => a - b);
	const range = n === 0 ? null : { first, last };
	return {
		byId,
		reportIds,
		placeOf,
		names,
		reportController,
		reportDisplaced,
		publications,
		range,
		relations
	};
}

/**
 * The corrections between reports, by corrected report, and for each place the publication
 * days of other places' reports that correct its reports (they start buckets of their own).
 */
function gatherCorrections(
	reports: readonly Report[],
	s: Scan
): { corr: Corrections | null; extraPubs: Map<number, number[]> } {
	const extraPubs = new Map<number, number[]>();
	if (s.relations === 0) return { corr: null, extraPubs };
	const n = reports.length;
	const target: number[] = [];
	const by: number[] = [];
	for (let g = 0; g < n; g++) {
		for (const rel of reports[g]!.relations) {
			if (rel.type !== 'corrects') continue;
			const t = s.byId.get(rel.report);
			if (t < 0) continue;
			target.push(t);
			by.push(g);
			const tp = s.placeOf[t]!;
			if (tp !== s.placeOf[g]) {
				let list = extraPubs.get(tp);
				if (list === undefined) extraPubs.set(tp, (list = []));
				list.push(reports[g]!.published);
			}
		}
	}
	if (target.length === 0) return { corr: null, extraPubs };
	const off = new Int32Array(n + 1);
	for (const t of target) off[t + 1] = off[t + 1]! + 1;
	for (let g = 0; g < n; g++) off[g + 1] = off[g + 1]! + off[g]!;
	const at = off.slice(0, n);
	const pub = new Float64Array(target.length);
	const startEarliest = new Float64Array(target.length);
	for (let i = 0; i < target.length; i++) {
		const j = at[target[i]!]!++;
		const q = reports[by[i]!]!;
		pub[j] = q.published;
		startEarliest[j] = q.start?.earliest ?? -Infinity;
	}
	return { corr: { off, pub, startEarliest }, extraPubs };
}

/** Reports of place p: data[off[p] .. off[p + 1]), in input order. */
function groupByPlace(placeOf: Int32Array, places: number): { off: Int32Array; data: Int32Array } {
	const off = new Int32Array(places + 1);
	for (let g = 0; g < placeOf.length; g++) off[placeOf[g]! + 1] = off[placeOf[g]! + 1]! + 1;
	for (let q = 0; q < places; q++) off[q + 1] = off[q + 1]! + off[q]!;
	const data = new Int32Array(placeOf.length);
	const cursor = off.slice(0, places);
	for (let g = 0; g < placeOf.length; g++) data[cursor[placeOf[g]!]!++] = g;
	return { off, data };
}

/** Compiles reports into a timeline over the given places; throws on inconsistent input. */
export function compileTimeline(reports: readonly Report[], placeIds: readonly string[]): Timeline {
	const index = new Map<string, number>();
	placeIds.forEach((id, i) => {
		if (index.has(id)) throw new Error(`place id ${JSON.stringify(id)} is listed twice`);
		index.set(id, i);
	});
	const s = scan(reports, index);
	const own = groupByPlace(s.placeOf, placeIds.length);
	const { corr, extraPubs } = gatherCorrections(reports, s);
	const compiler = new PlaceCompiler(
		placeIds.length,
		reports,
		s.reportController,
		s.reportDisplaced,
		corr
	);
	const none: number[] = [];
	for (let q = 0; q < placeIds.length; q++) {
		compiler.compile(q, own.data.subarray(own.off[q]!, own.off[q + 1]!), extraPubs.get(q) ?? none);
	}
	const data: TimelineData = {
		ids: Object.freeze([...placeIds]),
		index,
		...compiler.result(),
		reportIds: s.reportIds,
		reportController: s.reportController,
		reportDisplaced: s.reportDisplaced,
		names: Object.freeze(s.names),
		objects: null,
		publications: Object.freeze(s.publications),
		range: s.range === null ? null : Object.freeze(s.range),
		changeCache: new Map()
	};
	return data as unknown as Timeline;
}
