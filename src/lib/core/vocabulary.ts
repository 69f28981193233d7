/**
 * The shared vocabulary of the explorer: the one place where each concept is defined. Who can
 * be reported to hold a place, what the map can show, how strongly a state is known, the two
 * knowledge horizons and the ways of viewing them, the region the data covers, and the camera.
 * Everything else (the timeline, the words, the map colours, the URL) imports these names.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */

/** Who a report says holds a place. `contested` means the text says it is being fought over. */
export const CONTROLLERS = [
	'syrian-government',
	'isis',
	'iraqi-government',
	'sdf',
	'contested'
] as const;
export type Controller = (typeof CONTROLLERS)[number];

/** What the map shows for a place: a reported controller, or 'unknown' when no report covers the day. */
export type ControlValue = Controller | 'unknown';

/** Every value the map can show, in legend order. */
export const CONTROL_VALUES: readonly ControlValue[] = Object.freeze([
	'syrian-government',
	'sdf',
	'isis',
	'iraqi-government',
	'contested',
	'unknown'
]);

/**
 * How strongly the shown state is known:
 * - `stated`: a report says it for that day (the day falls within the report's own dates);
 * - `inferred`: reasoned from a report, e.g. the earlier holder implied by "seized from";
 * - `carried`: carried forward from an earlier report, with no report covering this day;
 * - `none`: no report covers the day; the state is unknown.
 */
export const BASES = ['stated', 'inferred', 'carried', 'none'] as const;
export type Basis = (typeof BASES)[number];

/**
 * Which reports count: `now` every report in the data ("as known now"); `reported` only those
 * published by the date shown ("as reported at the time").
 */
export const KNOWLEDGE_MODES = ['now', 'reported'] as const;
export type KnowledgeMode = (typeof KNOWLEDGE_MODES)[number];

/** How the map is viewed: one knowledge mode, or both side by side (`compare`). */
export const VIEW_MODES = ['now', 'reported', 'compare'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** The region the data and the basemap cover, in degrees (lon west/east, lat south/north). */
export const REGION = Object.freeze({ west: 35, south: 32, east: 45, north: 38.5 });

/** The map camera, in MapLibre's hash order. */
export interface Camera {
	readonly zoom: number;
	readonly lat: number;
	readonly lon: number;
}
