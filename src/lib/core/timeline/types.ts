/**
 * The answers the timeline gives, as the app and the reference answerer share them. A state
 * is what was *reported*, never what is known to have happened: every controller it shows is
 * backed by claims that name their reports. Controller and Basis come from the vocabulary.
 */
import type { Day, DayWindow } from '../dates';
import type { Controller } from '../types';
import type { Basis, ControlValue } from '../vocabulary';

export type { Basis, ControlValue };

/** A report backing a state: the report itself, or the earlier state it implies via `displaced`. */
export interface ClaimRef {
	readonly report: string;
	readonly implied: boolean;
}

/** One controller asserted with certainty on a day, with the claims asserting it (preferred first). */
export interface Side {
	readonly controller: Controller;
	readonly claims: readonly ClaimRef[];
}

/** A change the shown state may be undergoing: from one value to another, within a window. */
export interface Uncertain {
	readonly from: ControlValue;
	readonly to: ControlValue;
	readonly window: DayWindow;
}

/** The answer for one place on one day at one horizon; frozen and shared between queries. */
export interface PlaceState {
	readonly place: string;
	/** What the map shows. */
	readonly controller: ControlValue;
	readonly basis: Basis;
	readonly disputed: boolean;
	/** Every controller asserted with certainty on the day, preferred side first; length >= 2 iff disputed. */
	readonly sides: readonly Side[];
	readonly uncertain: null | Uncertain;
	readonly supporting: readonly ClaimRef[];
	readonly contradicting: readonly ClaimRef[];
	/** Claims set aside by a correction that would otherwise cover the day. */
	readonly superseded: readonly ClaimRef[];
	/** When this state began (null = before anything in the data). */
	readonly since: DayWindow | null;
	/** When it ends per the data (null = open). */
	readonly until: DayWindow | null;
	/**
	 * For a `carried` state: the last day a report behind it stated (the latest day of the
	 * newest start window among its stated supporting claims), so `day - carriedFrom` says how
	 * long the state has been carried. Null for every other basis, and for a carried state
	 * whose stated reports give no start at all.
	 */
	readonly carriedFrom: Day | null;
}

declare const timelineBrand: unique symbol;

/** A compiled index over reports and places; opaque, queried with the functions of index.ts. */
export interface Timeline {
	readonly [timelineBrand]: true;
}
