/**
 * The legend, as data and words: what each drawing of a state means (encoding.ts decides the
 * drawing), grouped as the legend panel and the PNG export show it, and the carried-forward
 * fade rule said in words from its numbers (story.ts CARRIED_FADE), never retyped. A module of
 * its own because only parts loaded on demand (the legend panel, the PNG export) use it: the
 * first view's script does not carry it.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import { stateLook, type StateLook } from './encoding';
import { CARRIED_FADE } from './story';
import type { Basis, ControlValue } from './vocabulary';
import { CONTROL_VALUES } from './vocabulary';
import { CONTROL_LABEL } from './words';

/** A span of days as a reader says it: "a week", "two weeks", "a month", "two months", "10 days". */
export function spanWords(days: number): string {
	const n = ['', 'a', 'two', 'three', 'four', 'five', 'six'];
	if (days > 0 && days % 30 === 0 && days / 30 < n.length) {
		return `${n[days / 30]} month${days === 30 ? '' : 's'}`;
	}
	if (days > 0 && days % 7 === 0 && days / 7 < 5)
		return `${n[days / 7]} week${days === 7 ? '' : 's'}`;
	return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * The carried-forward fade rule in words, from its numbers (core/story.ts CARRIED_FADE):
 * "Carried forward: full for a week after the last report on the place, then fading to 35% by
 * two months".
 */
export function carriedFadeWords(fade: {
	readonly fullDays: number;
	readonly floorDays: number;
	readonly floor: number;
}): string {
	return `Carried forward: full for ${spanWords(fade.fullDays)} after the last report on the place, then fading to ${Math.round(fade.floor * 100)}% by ${spanWords(fade.floorDays)}`;
}

/** The legend's words for each drawing of a state (the map, the list, the legend, the PNG). */
export const LEGEND_WORDS = Object.freeze({
	/** Heading over the holders. */
	who: 'Who was reported to hold it',
	contested: 'Contested: fighting reported (hatched)',
	unknown: 'Unknown: no report covers the date (empty outline)',
	disputed: 'Disputed: reports disagree (dashed ring)',
	uncertain: 'Uncertain: may have changed hands within a window of days (dots)',
	/** Heading over the evidence strengths. */
	strength: 'How strongly it is known',
	stated: 'Stated: a report says so for the date (solid)',
	inferred: 'Inferred from a report, not stated (paler, light stripes)',
	none: 'No report covers the date (empty outline)',
	/** The note under the legend. */
	note: 'Zoomed out, each town is a round mark in the same encoding; zoomed in, its outline. Town outlines are approximate built-up extents, drawn by hand around gazetteer centres.'
});

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
