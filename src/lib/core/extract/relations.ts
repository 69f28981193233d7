/**
 * Relations a proposal may have with the reports already in the atlas: the same place at an
 * overlapping time, with the same controller (`confirms`) or another one (`contradicts`).
 *
 * Rules:
 * - Suggestions only: a reviewer accepts or drops each. `corrects` is never suggested, since a
 *   correction is a judgement about which report is right.
 * - Reports without a start date, or from the same source, are not compared.
 * - At most MAX_PER_TYPE of each type, the closest in time first, then by id, so the output is
 *   deterministic.
 */
import { parseWindow, type DayWindow } from '../dates';
import type { Controller } from '../vocabulary';

/** The fields of an existing report that relations are judged on. */
export interface ExistingReport {
	readonly id: string;
	readonly place: string;
	readonly controller: Controller;
	readonly start: string | null;
	readonly source: string;
}

export interface SuggestedRelation {
	readonly type: 'confirms' | 'contradicts';
	readonly report: string;
	readonly note: string;
}

export const MAX_PER_TYPE = 3;

function overlap(a: DayWindow, b: DayWindow): boolean {
	return a.earliest <= b.latest && b.earliest <= a.latest;
}

function distance(a: DayWindow, b: DayWindow): number {
	const mid = (w: DayWindow) =>
		Number.isFinite(w.earliest) ? (w.earliest + w.latest) / 2 : w.latest;
	return Math.abs(mid(a) - mid(b));
}

/** Suggested relations of a claim (place, controller, start, source) to `existing` reports. */
export function suggestRelations(
	claim: { place: string; controller: Controller; start: string | null; source: string },
	existing: readonly ExistingReport[]
): SuggestedRelation[] {
	if (claim.start === null) return [];
	const window = parseWindow(claim.start);
	const candidates = existing
		.filter((r) => r.place === claim.place && r.source !== claim.source && r.start !== null)
		.map((r) => ({ r, w: parseWindow(r.start ?? '') }))
		.filter(({ w }) => overlap(window, w))
		.sort((a, b) => distance(window, a.w) - distance(window, b.w) || a.r.id.localeCompare(b.r.id));
	const out: SuggestedRelation[] = [];
	for (const type of ['confirms', 'contradicts'] as const) {
		const same = type === 'confirms';
		for (const { r } of candidates
			.filter(({ r }) => (r.controller === claim.controller) === same)
			.slice(0, MAX_PER_TYPE)) {
			out.push({
				type,
				report: r.id,
				note: same
					? `same place and controller (${r.controller}) at an overlapping date (${r.start})`
					: `same place at an overlapping date (${r.start}), but ${r.controller}, not ${claim.controller}`
			});
		}
	}
	return out;
}
