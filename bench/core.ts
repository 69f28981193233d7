/**
 * Benchmark of the compiled timeline against the naive reference, on a seeded synthetic
 * corpus: 10,000 places × 20 reports (or 500 places with --small). Prints compile time, the
 * memory the compiled timeline keeps, the time to answer every place on one day (as known now
 * and as reported at the time) for both answerers and the speed-up, measured in the same run.
 * The compiled answers are timed two ways: as state ids (stateIdsAt, what playback of many
 * places uses; it never allocates) and as PlaceState objects (controlAllAt), on the first
 * visit of each day, when the objects of states not shown before are built, and on replays.
 * Checks a sample of answers against the reference first and exits with status 1 on any
 * difference.
 *
 *   npm run bench:core              # full size
 *   npm run bench:core -- --small   # quick, for CI
 *   npm run bench:core -- --uniform # harsher corpus: every report about an event of its own
 */
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isDeepStrictEqual } from 'node:util';
import { dayToIso } from '../src/lib/core/dates';
import type { Day } from '../src/lib/core/dates';
import {
	changeDays,
	compileTimeline,
	controlAllAt,
	controlAt,
	stateIdsAt
} from '../src/lib/core/timeline';
import type { PlaceState } from '../src/lib/core/timeline';
import { naiveControlAt } from '../src/lib/core/timeline/reference';
import type { Report } from '../src/lib/core/types';
import { seededRandom, syntheticCorpus } from '../src/lib/core/timeline/synthetic-corpus';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const small = process.argv.includes('--small');
/** Every report about an event of its own, published on a day of its own: about one horizon bucket per report. */
const uniform = process.argv.includes('--uniform');
const PLACES = small ? 500 : 10_000;
const PER_PLACE = 20;
const SEED = 20171109;
const DATES = 50;
const NAIVE_DATES = small ? 10 : 4;
const SAMPLE = 2_000;

const fmt = (n: number, digits = 0): string =>
	n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function memory(): number {
	gc();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

const { placeIds, reports } = syntheticCorpus({
	places: PLACES,
	reportsPerPlace: PER_PLACE,
	seed: SEED,
	clustered: !uniform
});
const byPlace = new Map<string, Report[]>();
for (const r of reports) {
	let list = byPlace.get(r.place);
	if (list === undefined) byPlace.set(r.place, (list = []));
	list.push(r);
}
const firstDay = reports.reduce((m, r) => Math.min(m, r.published), Infinity) - 30;
const lastDay = reports.reduce((m, r) => Math.max(m, r.published), -Infinity) + 30;

// Compile: once cold (the figure that matters at start-up), twice more warm.
const before = memory();
const cpu0 = process.cpuUsage();
let t0 = performance.now();
const timeline = compileTimeline(reports, placeIds);
const compileCold = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const compileCpu = (cpu.user + cpu.system) / 1000;
const kept = memory() - before;
const warm: number[] = [];
for (let i = 0; i < 3; i++) {
	t0 = performance.now();
	compileTimeline(reports, placeIds);
	warm.push(performance.now() - t0);
}
gc();

// Correctness first: a sample of answers must equal the reference's.
const rnd = seededRandom(SEED + 1);
const pick = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
let checked = 0;
for (let i = 0; i < SAMPLE; i++) {
	const place = placeIds[pick(0, placeIds.length - 1)]!;
	const day = pick(firstDay, lastDay);
	const u = rnd();
	const horizon = u < 0.3 ? Infinity : u < 0.6 ? day : pick(firstDay, lastDay);
	const fast = controlAt(timeline, place, day, horizon);
	const slow = naiveControlAt(byPlace.get(place) ?? [], place, day, horizon);
	if (!isDeepStrictEqual(fast, slow)) {
		console.error(
			`MISMATCH at ${place}, day ${dayToIso(day)}, horizon ${Number.isFinite(horizon) ? dayToIso(horizon) : horizon}`
		);
		console.error('compiled:', JSON.stringify(fast, null, 1));
		console.error('reference:', JSON.stringify(slow, null, 1));
		process.exit(1);
	}
	checked++;
}

const dates: Day[] = [];
for (let i = 0; i < DATES; i++) {
	dates.push(firstDay + Math.round(((lastDay - firstDay) * (i + 0.5)) / DATES));
}
const out = new Array<PlaceState>(placeIds.length);
const ids = new Int32Array(placeIds.length);

/** Median time of stateIdsAt over the dates (three rounds), and the heap it allocates per call. */
function timeIds(asReported: boolean): { median: number; grew: number } {
	const times: number[] = [];
	for (let round = 0; round < 3; round++) {
		for (const d of dates) {
			const s = performance.now();
			stateIdsAt(timeline, d, asReported ? d : Infinity, ids);
			times.push(performance.now() - s);
		}
	}
	// Allocation: heap growth over many more calls, per call.
	const calls = 1_000;
	const heap0 = process.memoryUsage().heapUsed;
	for (let k = 0; k < calls; k++) {
		const d = dates[k % dates.length]!;
		stateIdsAt(timeline, d, asReported ? d : Infinity, ids);
	}
	const grew = (process.memoryUsage().heapUsed - heap0) / calls;
	return { median: median(times), grew };
}

/**
 * Median time of controlAllAt over the dates: on the first visit of each date (the state
 * objects a date shows are built then, once) and on the two replays after it.
 */
function timeCompiled(asReported: boolean): { first: number; replay: number } {
	const first: number[] = [];
	const replay: number[] = [];
	for (let round = 0; round < 3; round++) {
		for (const d of dates) {
			const s = performance.now();
			controlAllAt(timeline, d, asReported ? d : Infinity, out);
			(round === 0 ? first : replay).push(performance.now() - s);
		}
	}
	return { first: median(first), replay: median(replay) };
}

function timeNaive(asReported: boolean): number {
	const times: number[] = [];
	const step = Math.max(1, Math.floor(dates.length / NAIVE_DATES));
	for (let i = 0; i < dates.length && times.length < NAIVE_DATES; i += step) {
		const d = dates[i]!;
		const h = asReported ? d : Infinity;
		const s = performance.now();
		for (let p = 0; p < placeIds.length; p++) {
			const place = placeIds[p]!;
			out[p] = naiveControlAt(byPlace.get(place) ?? [], place, d, h);
		}
		times.push(performance.now() - s);
	}
	return median(times);
}

gc();
const nowIds = timeIds(false);
const thenIds = timeIds(true);
const nowCompiled = timeCompiled(false);
const thenCompiled = timeCompiled(true);
const keptAfterQueries = memory() - before;
const nowNaive = timeNaive(false);
const thenNaive = timeNaive(true);
t0 = performance.now();
const changes = changeDays(timeline).length;
const changeTime = performance.now() - t0;

function speed(
	what: string,
	idsTime: { median: number; grew: number },
	compiled: { first: number; replay: number },
	naive: number
): [string, string, string, string][] {
	const ratio = naive / idsTime.median;
	return [
		[
			`stateIdsAt, ${what}`,
			`${fmt(idsTime.median, 3)} ms/call`,
			'',
			`median of ${DATES * 3}; allocates ${fmt(Math.max(0, idsTime.grew))} B/call`
		],
		[
			`controlAllAt, ${what}, first visit`,
			`${fmt(compiled.first, 3)} ms/call`,
			'',
			`median of ${DATES}; builds the objects of states not shown before`
		],
		[
			`controlAllAt, ${what}, replay`,
			`${fmt(compiled.replay, 3)} ms/call`,
			'',
			`median of ${DATES * 2}`
		],
		[`naive, ${what}`, `${fmt(naive, 1)} ms/call`, '', `median of ${NAIVE_DATES}`],
		[`speed-up, ${what}: ids`, `${fmt(ratio)}×`, '≥ 50×', ratio >= 50 ? 'ok' : 'MISSED'],
		[
			'  objects, replay / first visit',
			`${fmt(naive / compiled.replay)}× / ${fmt(naive / compiled.first)}×`,
			'',
			''
		]
	];
}

const rows: [string, string, string, string][] = [
	['measure', 'value', 'goal', ''],
	[
		'compile (cold, first run)',
		`${fmt(compileCold)} ms`,
		'< 1,000 ms',
		compileCold < 1000 ? 'ok' : 'MISSED'
	],
	[
		'compile (cold), CPU time, all threads',
		`${fmt(compileCpu)} ms`,
		'',
		'less sensitive to a busy machine'
	],
	['compile (warm, median of 3)', `${fmt(median(warm))} ms`, '', ''],
	['compiled timeline, heap kept', `${fmt(kept / 2 ** 20, 1)} MB`, '', ''],
	[
		'  … after the queries below',
		`${fmt(keptAfterQueries / 2 ** 20, 1)} MB`,
		'',
		`with the state objects of ${DATES * 2} date × horizon pairs`
	],
	...speed('as known now', nowIds, nowCompiled, nowNaive),
	...speed('as reported then (H = D)', thenIds, thenCompiled, thenNaive),
	['changeDays, first call', `${fmt(changeTime, 1)} ms`, '', `${fmt(changes)} days`],
	['answers checked against reference', fmt(checked), '', 'all equal']
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
	`core timeline benchmark: ${fmt(PLACES)} places × ${PER_PLACE} reports = ${fmt(reports.length)} reports, seed ${SEED}, ${uniform ? 'one event per report (--uniform)' : 'events reported by several outlets'}${small ? ' (--small)' : ''}`
);
console.log(
	`node ${process.version}, ${dayToIso(firstDay + 30)} … ${dayToIso(lastDay - 30)}, load average ${loadavg()
		.map((x) => x.toFixed(2))
		.join(' ')}\n`
);
for (const [i, r] of rows.entries()) {
	console.log(
		[r[0].padEnd(widths[0]!), r[1].padStart(widths[1]!), r[2].padEnd(widths[2]!), r[3]]
			.join('   ')
			.trimEnd()
	);
	if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('   '));
}
