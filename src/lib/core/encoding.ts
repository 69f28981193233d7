/**
 * How a state is drawn, as data: the five facts every drawing of a place's state encodes (the
 * map's fill and marks, the list and panel swatches, the legend, the PNG export), and the legend
 * that explains them. The renderers only turn a `StateLook` into pixels; what to draw is decided
 * here once, so the four drawings cannot drift apart.
 *
 * Rules:
 * - The holder picks the colour; `contested` is hatched.
 * - Evidence strength (story.ts evidenceStrength) is the colour's opacity: stated 1, inferred
 *   paler (and striped), carried fading with the days since its last report, none 0 (an empty
 *   outline). `unknown` is always drawn empty, whatever its basis.
 * - Disputed (reports disagree) is a dashed ring; uncertain (may have changed hands) is dots.
 * - The legend's carried swatches are computed by the same evidenceStrength on made-up ages
 *   (full, halfway, floor), and its rule is said in words from CARRIED_FADE, never retyped.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import type { Day } from './dates';
import { CARRIED_FADE, evidenceStrength } from './story';
import type { PlaceState } from './timeline';
import type { Basis, ControlValue } from './vocabulary';
import { CONTROL_VALUES } from './vocabulary';
import { CONTROL_LABEL, LEGEND_WORDS, carriedFadeWords } from './words';

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

/** One legend entry: its words and the swatches drawn beside them (several for a fade). */
export interface LegendEntry {
	/** Stable key (a control value, or a basis, `disputed`, `uncertain`). */
	readonly key: string;
	readonly label: string;
	readonly looks: readonly StateLook[];
}

/** One titled group of the legend. */
export interface LegendGroup {
	readonly key: 'who' | 'strength';
	readonly title: string;
	readonly entries: readonly LegendEntry[];
}

/** The holder the legend shows the evidence strengths on. */
const SAMPLE: ControlValue = 'syrian-government';

const plain = (controller: ControlValue, basis: Basis = 'stated'): StateLook =>
	stateLook({ controller, basis, carriedFrom: null, disputed: false, uncertain: null }, 0);

/** The swatches of a carried state reported 0 days before, on three days of its fade. */
function carriedLooks(): StateLook[] {
	const { fullDays, floorDays } = CARRIED_FADE;
	return [fullDays, Math.round((fullDays + floorDays) / 2), floorDays].map((age) =>
		stateLook(
			{ controller: SAMPLE, basis: 'carried', carriedFrom: 0, disputed: false, uncertain: null },
			age
		)
	);
}

/** The legend: who holds a place (and the marks of dispute and doubt), then how it is known. */
export function legendGroups(): readonly LegendGroup[] {
	const who: LegendEntry[] = CONTROL_VALUES.map((v) => ({
		key: v,
		label:
			v === 'contested'
				? LEGEND_WORDS.contested
				: v === 'unknown'
					? LEGEND_WORDS.unknown
					: CONTROL_LABEL[v],
		looks: [plain(v, v === 'unknown' ? 'none' : 'stated')]
	}));
	who.push(
		{
			key: 'disputed',
			label: LEGEND_WORDS.disputed,
			looks: [{ ...plain(SAMPLE), disputed: true }]
		},
		{
			key: 'uncertain',
			label: LEGEND_WORDS.uncertain,
			looks: [{ ...plain(SAMPLE), uncertain: true }]
		}
	);
	const strength: LegendEntry[] = [
		{ key: 'stated', label: LEGEND_WORDS.stated, looks: [plain(SAMPLE, 'stated')] },
		{ key: 'inferred', label: LEGEND_WORDS.inferred, looks: [plain(SAMPLE, 'inferred')] },
		{ key: 'carried', label: carriedFadeWords(CARRIED_FADE), looks: carriedLooks() },
		{ key: 'none', label: LEGEND_WORDS.none, looks: [plain(SAMPLE, 'none')] }
	];
	return [
		{ key: 'who', title: LEGEND_WORDS.who, entries: who },
		{ key: 'strength', title: LEGEND_WORDS.strength, entries: strength }
	];
}
