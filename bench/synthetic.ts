/**
 * A seeded, deterministic generator of synthetic reports for benchmarks and tests: many
 * places, each with a storyline of takeovers, snapshots, fighting and retrospective
 * "held until" reports, published on or shortly after the events (sometimes weeks later),
 * with the mix of date forms the real data has: exact days, few-day windows, months,
 * "on or before", null starts, displaced forces, disagreements and some corrections.
 */
import { isoToDay } from '../src/lib/core/dates';
import type { Day, DayWindow } from '../src/lib/core/dates';
import type { Controller, Relation, Report, ReportKind } from '../src/lib/core/types';

/** Options of the generator; everything but the sizes has a default. */
export interface SyntheticOptions {
	readonly places: number;
	readonly reportsPerPlace: number;
	readonly seed?: number;
	/** First day of the period (default 2017-01-01). */
	readonly firstDay?: Day;
	/** Length of the period in days (default 365). */
	readonly days?: number;
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
const QUOTE = Object.freeze({ exact: 'synthetic report' });
const ANCHOR = Object.freeze({ start: 0, end: 16 });
const ATTRIBUTION = Object.freeze(['synthetic outlet']);
const NO_RELATIONS: readonly Relation[] = Object.freeze([]);

/** Generates `places × reportsPerPlace` reports, the same for the same options. */
export function syntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
	const rnd = seededRandom(options.seed ?? 20171109);
	const firstDay = options.firstDay ?? isoToDay('2017-01-01');
	const days = options.days ?? 365;
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
		const eventDays: number[] = [];
		for (let i = 0; i < options.reportsPerPlace; i++) eventDays.push(firstDay + int(0, days - 1));
		eventDays.sort((a, b) => a - b);
		let holder: Controller = pick(FORCES);
		const mine: Report[] = [];
		for (let i = 0; i < options.reportsPerPlace; i++) {
			const day = eventDays[i]!;
			const u = rnd();
			let kind: ReportKind;
			let controller: Controller;
			let displaced: Controller | null = null;
			let start: DayWindow | null = windowAround(day);
			let end: DayWindow | null = null;
			if (u < 0.3) {
				kind = 'took';
				controller = other(holder);
				if (rnd() < 0.7) displaced = holder;
				holder = controller;
			} else if (u < 0.6) {
				kind = 'holds';
				controller = rnd() < 0.9 ? holder : other(holder);
				start = { earliest: day, latest: day };
			} else if (u < 0.7) {
				kind = 'contested';
				controller = 'contested';
			} else if (u < 0.8) {
				kind = 'held';
				controller = holder;
				start = rnd() < 0.6 ? null : { earliest: -Infinity, latest: day - int(5, 30) };
				const e = day + int(0, 3);
				end = { earliest: day, latest: e };
			} else if (u < 0.9) {
				kind = rnd() < 0.5 ? 'lost' : 'withdrew';
				controller = other(holder);
				if (rnd() < 0.5) displaced = holder;
				holder = controller;
			} else {
				kind = 'retook';
				controller = other(holder);
				displaced = rnd() < 0.5 ? holder : null;
				holder = controller;
			}
			if (end === null && start !== null && rnd() < 0.05) {
				end = { earliest: start.latest + int(2, 20), latest: start.latest + int(21, 30) };
			}
			const anchorDay = start === null || start.latest < day ? day : start.latest;
			const v = rnd();
			const published =
				v < 0.05 ? anchorDay : v < 0.85 ? anchorDay + int(0, 3) : anchorDay + int(10, 60);
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
				relations: relations.length === 0 ? NO_RELATIONS : relations
			};
			mine.push(report);
			reports.push(report);
		}
	}
	return { placeIds, reports };
}
