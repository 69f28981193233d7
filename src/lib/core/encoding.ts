/**
 * How a state is drawn, as data: the five facts every drawing of a place's state encodes (the
 * map's fill and marks, the list and panel swatches, the legend, the PNG export). The renderers
 * only turn a `StateLook` into pixels; what to draw is decided here once, so the four drawings
 * cannot drift apart. The legend that explains them is legend.ts.
 *
 * Rules:
 * - The holder picks the colour; `contested` is hatched.
 * - Evidence strength (story.ts evidenceStrength) is the colour's opacity: stated 1, inferred
 *   paler (and striped), carried fading with the days since its last report, none 0 (an empty
 *   outline). `unknown` is always drawn empty, whatever its basis.
 * - Disputed (reports disagree) is a dashed ring; uncertain (may have changed hands) is dots.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import type { Day } from './dates';
import { evidenceStrength } from './story';
import type { PlaceState } from './timeline';
import type { Basis, ControlValue } from './vocabulary';

/** What a drawing of a state shows. */
export interface StateLook {
	readonly controller: ControlValue;
	readonly basis: Basis;
	/** Evidence strength 0–1: the opacity of the colour (0: an empty outline). */
	readonly strength: number;
	/** Reports disagree: a dashed ring. */
	readonly disputed: boolean;
	/** The state may have changed within a window of days: dots over the colour. */
	readonly uncertain: boolean;
}

/** What stateLook reads of a state (any PlaceState fits). */
export type LookSource = Pick<
	PlaceState,
	'controller' | 'basis' | 'carriedFrom' | 'disputed' | 'uncertain'
>;

/** How `s` is drawn on `day` (a carried state fades with the days since its last report). */
export function stateLook(s: LookSource, day: Day): StateLook {
	return {
		controller: s.controller,
		basis: s.basis,
		strength: lookStrength(s, day),
		disputed: s.disputed,
		uncertain: s.uncertain !== null
	};
}

/** The strength `stateLook` draws `s` with on `day`, without building the look. */
export function lookStrength(
	s: Pick<LookSource, 'controller' | 'basis' | 'carriedFrom'>,
	day: Day
): number {
	return s.controller === 'unknown' ? 0 : evidenceStrength(s, day);
}

/**
 * `stateLook(s, day)`, but `prev` itself when it already looks the same: playback asks for every
 * place's look on every day, and on most days nothing a drawing shows has changed, so nothing
 * new is built and whatever compares looks by identity redraws nothing.
 */
export function keepLook(prev: StateLook | undefined, s: LookSource, day: Day): StateLook {
	if (
		prev !== undefined &&
		prev.controller === s.controller &&
		prev.basis === s.basis &&
		prev.disputed === s.disputed &&
		prev.uncertain === (s.uncertain !== null) &&
		prev.strength === lookStrength(s, day)
	)
		return prev;
	return stateLook(s, day);
}

/** True when the look is an empty outline: no holder, or no report behind it. */
export function isEmptyLook(l: StateLook): boolean {
	return l.controller === 'unknown' || l.basis === 'none' || l.strength <= 0;
}
