/**
 * The timeline: who a place was *reported* to hold on a given day, as known at a given
 * knowledge horizon, and on which reports that answer rests. Compiled once, answered fast.
 *
 * Where to read what:
 * - the rules, read plainly, and the answer every query must equal: reference.ts;
 * - the answers' types: types.ts;
 * - how it is made fast: compile.ts (checks and grouping) → claims.ts (a place's claims as
 *   typed arrays) → sweep.ts (per place and horizon bucket, with changed-days.ts: the days
 *   where anything can change) → evaluate.ts (one day's state) → records.ts, claim-lists.ts,
 *   windows.ts, segments.ts (packed, interned storage; the layout in layout.ts, days and
 *   growth in packing.ts, report ids in report-index.ts);
 * - the questions answered from the packed arrays: queries.ts and state-objects.ts.
 */
export { compileTimeline } from './compile';
export {
	changeDays,
	controlAllAt,
	controlAt,
	controllerById,
	dateRange,
	disputedById,
	placeIds,
	publicationDays,
	stateById,
	stateIdsAt,
	uncertainById
} from './queries';
export type { Basis, ClaimRef, ControlValue, PlaceState, Side, Timeline, Uncertain } from './types';
