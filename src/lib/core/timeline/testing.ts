/**
 * Helpers shared by the timeline tests: short report specs, day and window literals, and
 * deep-frozen inputs (to prove the timeline never modifies what it is given). Not a test file.
 */
import { makeReport } from './synthetic-corpus';
import type { ReportSpec } from './synthetic-corpus';
import { isoToDay } from '../dates';
import type { Day, DayWindow } from '../dates';
import type { Report } from '../types';
import { compileTimeline } from './index';
import type { ClaimRef, PlaceState, Timeline } from './index';

export type { ReportSpec };

export const PLACE = 'al-boukamal';

export function day(iso: string): Day {
	return isoToDay(iso);
}

export function win(from: string, to: string = from): DayWindow {
	return { earliest: day(from), latest: day(to) };
}

export function ref(report: string, implied = false): ClaimRef {
	return { report, implied };
}

export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

export function reportsOf(specs: readonly ReportSpec[]): readonly Report[] {
	return deepFreeze(specs.map(makeReport));
}

export function compile(
	specs: readonly ReportSpec[],
	places: readonly string[] = [PLACE]
): Timeline {
	return compileTimeline(reportsOf(specs), deepFreeze([...places]));
}

export const UNKNOWN = {
	controller: 'unknown',
	basis: 'none',
	disputed: false,
	sides: [],
	uncertain: null,
	supporting: [],
	contradicting: [],
	superseded: [],
	since: null,
	until: null,
	carriedFrom: null
} as const;

export interface Case {
	readonly name: string;
	readonly reports: readonly ReportSpec[];
	readonly day: string;
	/** Defaults to every report. */
	readonly horizon?: string;
	readonly place?: string;
	readonly places?: readonly string[];
	readonly expected: Partial<PlaceState>;
}

export const took = (
	id: string,
	controller: ReportSpec['controller'],
	start: string,
	published: string,
	extra: Partial<ReportSpec> = {}
): ReportSpec => ({ id, kind: 'took', controller, start, published, ...extra });

export const holds = (
	id: string,
	controller: ReportSpec['controller'],
	start: string,
	published: string,
	extra: Partial<ReportSpec> = {}
): ReportSpec => ({ id, kind: 'holds', controller, start, published, ...extra });
