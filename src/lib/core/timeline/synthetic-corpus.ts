/**
 * A seeded, deterministic generator of synthetic reports for benchmarks and tests: many
 * places, each with a storyline of takeovers, snapshots, fighting and retrospective
 * "held until" reports, published on or shortly after the events (sometimes weeks later),
 * with the mix of date forms the real data has: exact days, few-day windows, months,
 * "on or before", null starts, displaced forces (with the start of their hold when an earlier
 * change in the storyline gave it to them), disagreements and some corrections.
 */
import { isoToDay, parseWindow } from '../dates';
import type { Day, DayWindow } from '../dates';
import type { Controller, Relation, Report, ReportKind } from '../types';

/** The parts of a report that matter to the timeline, with dates in their written forms. */
export interface ReportSpec {
	readonly id: string;
	readonly place?: string;
	readonly kind?: ReportKind;
	readonly controller: Controller;
	readonly displaced?: Controller | null;
	/** A written window for the displaced force's hold, or null. */
	readonly displacedSince?: string | null;
	/** A written window (`2017-11-09`, `2017-11-10/2017-11-18`, `../2017-11-09`) or null. */
	readonly start?: string | null;
	readonly end?: string | null;
	/** The last day the source may have been published, `YYYY-MM-DD`. */
	readonly published: string;
	readonly basis?: 'stated' | 'inferred';
	readonly relations?: readonly Relation[];
}

/** A complete, normalized Report from a short spec (place defaults to "al-boukamal", kind to "holds"). */
export function makeReport(spec: ReportSpec): Report {
	const basis = spec.basis ?? 'stated';
	return {
		id: spec.id,
		place: spec.place ?? 'al-boukamal',
		kind: spec.kind ?? 'holds',
		controller: spec.controller,
		displaced: spec.displaced ?? null,
		displacedSince:
			spec.displacedSince === undefined || spec.displacedSince === null
				? null
				: parseWindow(spec.displacedSince),
		start: spec.start === undefined || spec.start === null ? null : parseWindow(spec.start),
		end: spec.end === undefined || spec.end === null ? null : parseWindow(spec.end),
		when: 'synthetic',
		source: `${spec.id}-source`,
		published: isoToDay(spec.published),
		quote: { exact: 'synthetic quote' },
		anchor: { start: 0, end: 15 },
		attribution: ['synthetic outlet'],
		basis,
		reasoning: basis === 'inferred' ? 'synthetic reasoning' : null,
		placeImplied: null,
		relations: spec.relations ?? []
	};
}

/** Options of the generator; everything but the sizes has a default. */
export interface SyntheticOptions {
	readonly places: number;
	readonly reportsPerPlace: number;
	readonly seed?: number;
	/** First day of the period (default 2017-01-01). */
	readonly firstDay?: Day;
	/** Length of the period in days (default 365). */
	readonly days?: number;
	/**
	 * True (default): a place has 5–9 events a year, each reported by several outlets on the
	 * same or the next days, as news is. False: every report is about an event of its own and
	 * is published on a day of its own (a harsher load: about one horizon bucket per report).
	 */
	readonly clustered?: boolean;
}

/** A generated corpus: the place ids and their reports. */
export interface SyntheticCorpus {
	readonly placeIds: readonly string[];
	readonly reports: readonly Report[];
}

/** A small, fast, seeded PRNG (mulberry32) giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FORCES: readonly Controller[] = ['syrian-government', 'isis', 'iraqi-government', 'sdf'];
const CHANGE_KINDS: readonly ReportKind[] = ['took', 'took', 'lost', 'withdrew', 'retook'];
const QUOTE = Object.freeze({ exact: 'synthetic report' });
const ANCHOR = Object.freeze({ start: 0, end: 16 });
const ATTRIBUTION = Object.freeze(['synthetic outlet']);
const NO_RELATIONS: readonly Relation[] = Object.freeze([]);

interface Event {
	readonly type: 'change' | 'snapshot' | 'contested';
	readonly day: Day;
	readonly window: DayWindow;
	/** Who held the place before and after the event. */
	readonly before: Controller;
	readonly after: Controller;
	/** The day the first reports about it come out. */
	readonly news: Day;
}

/**
 * The start window of the hold that event i ends: the window of the latest earlier change that
 * gave the place to the force holding it before event i; null when the storyline began with it.
 */
function holdStart(events: readonly Event[], i: number): DayWindow | null {
	const holder = events[i]!.before;
	for (let j = i - 1; j >= 0; j--) {
		const e = events[j]!;
		if (e.type === 'change') return e.after === holder ? e.window : null;
	}
	return null;
}

/** Generates `places × reportsPerPlace` reports, the same for the same options. */
export function syntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
	const rnd = seededRandom(options.seed ?? 20171109);
	const firstDay = options.firstDay ?? isoToDay('2017-01-01');
	const days = options.days ?? 365;
	const clustered = options.clustered ?? true;
	const per = options.reportsPerPlace;
	const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	const other = (c: Controller): Controller => {
		let x = pick(FORCES);
		while (x === c) x = pick(FORCES);
		return x;
	};
	/** A start window around `day`: mostly exact, sometimes a few days, a month or "on or before". */
	const windowAround = (day: Day): DayWindow => {
		const u = rnd();
		if (u < 0.6) return { earliest: day, latest: day };
		if (u < 0.85) return { earliest: day, latest: day + int(1, 6) };
		if (u < 0.95) {
			const d = new Date(day * 86_400_000);
			const lo = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
			const hi = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000 - 1;
			return { earliest: lo, latest: hi };
		}
		return { earliest: -Infinity, latest: day };
	};

	const placeIds: string[] = [];
	const reports: Report[] = [];
	for (let p = 0; p < options.places; p++) {
		const place = `place-${p}`;
		placeIds.push(place);
		const nEvents = clustered ? Math.min(per, int(5, 9)) : per;
		const eventDays: number[] = [];
		for (let i = 0; i < nEvents; i++) eventDays.push(firstDay + int(0, days - 1));
		eventDays.sort((a, b) => a - b);
		let holder: Controller = pick(FORCES);
		const events: Event[] = eventDays.map((day): Event => {
			const u = rnd();
			const type = u < 0.45 ? 'change' : u < 0.8 ? 'snapshot' : 'contested';
			const window = type === 'snapshot' ? { earliest: day, latest: day } : windowAround(day);
			const before = holder;
			if (type === 'change') holder = other(holder);
			const news = Math.max(day, window.latest) + (rnd() < 0.7 ? 0 : int(1, 2));
			return { type, day, window, before, after: holder, news };
		});
		// Every event is reported at least once; the other reports go to random events.
		const about: number[] = [];
		for (let i = 0; i < per; i++) about.push(i < nEvents ? i : int(0, nEvents - 1));
		about.sort((a, b) => a - b);

		const mine: Report[] = [];
		for (let i = 0; i < per; i++) {
			const e = events[about[i]!]!;
			let kind: ReportKind;
			let controller: Controller;
			let displaced: Controller | null = null;
			let displacedSince: DayWindow | null = null;
			let start: DayWindow | null = rnd() < 0.7 ? e.window : windowAround(e.day);
			let end: DayWindow | null = null;
			let retrospective = false;
			if (rnd() < 0.08) {
				// "It had been held by … until …", written later.
				kind = 'held';
				controller = e.before;
				start = rnd() < 0.5 ? null : { earliest: -Infinity, latest: e.day - int(5, 30) };
				end = { earliest: e.day, latest: e.day + int(0, 3) };
				retrospective = true;
			} else if (e.type === 'change') {
				kind = pick(CHANGE_KINDS);
				controller = e.after;
				if (rnd() < 0.5) {
					displaced = e.before;
					displacedSince = holdStart(events, about[i]!);
				}
			} else if (e.type === 'snapshot') {
				kind = 'holds';
				controller = rnd() < 0.92 ? e.after : other(e.after);
				start = { earliest: e.day, latest: e.day };
			} else {
				kind = 'contested';
				controller = 'contested';
			}
			if (end === null && start !== null && rnd() < 0.05) {
				end = { earliest: start.latest + int(2, 20), latest: start.latest + int(21, 30) };
			}
			const v = rnd();
			const published = clustered
				? v < 0.6 && !retrospective
					? e.news
					: v < 0.85 && !retrospective
						? e.news + int(1, 3)
						: e.news + int(10, 60)
				: v < 0.85
					? e.news + int(0, 3)
					: e.news + int(10, 60);
			const inferred = rnd() < 0.15;
			const relations: Relation[] = [];
			const earlier = mine.filter((r) => r.published <= published);
			if (earlier.length > 0) {
				const w = rnd();
				if (w < 0.04) relations.push({ type: 'corrects', report: pick(earlier).id });
				else if (w < 0.09) relations.push({ type: 'contradicts', report: pick(earlier).id });
				else if (w < 0.14) relations.push({ type: 'confirms', report: pick(earlier).id });
			}
			const report: Report = {
				id: `${place}-r${i}`,
				place,
				kind,
				controller,
				displaced,
				displacedSince,
				start,
				end,
				when: 'synthetic',
				source: 'synthetic',
				published,
				quote: QUOTE,
				anchor: ANCHOR,
				attribution: ATTRIBUTION,
				basis: inferred ? 'inferred' : 'stated',
				reasoning: inferred ? 'synthetic inference' : null,
				placeImplied: null,
				relations: relations.length === 0 ? NO_RELATIONS : relations
			};
			mine.push(report);
			reports.push(report);
		}
	}
	return { placeIds, reports };
}
