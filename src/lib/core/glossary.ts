/**
 * The glossary: the data-model terms a reader may meet in a state's sentence (disputed,
 * uncertain, inferred, carried, contested) and the names that need a gloss (SDF, ISIS), each
 * explained once. Components link a term to its entry (Term.svelte) instead of inventing their
 * own gloss. Part of the words (words.ts), in a module of its own because only the parts loaded
 * on demand (the place panel, the legend, the excerpts) use it: the first view's script does not
 * carry it.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import type { PlaceState } from './timeline';
import type { ControlValue } from './vocabulary';

/** The terms a reader may need explained, keyed by the word shown. */
export const GLOSSARY = Object.freeze({
	contested: {
		term: 'Contested',
		text: 'A report says the place is being fought over, not held by one side.'
	},
	disputed: {
		term: 'Reports disagree',
		text: 'Reports that count for this day name different holders. The map shows the side of the most specific, newest report; the others are listed with it.'
	},
	uncertain: {
		term: 'Some day between',
		text: 'A change of hands is reported, but the reports only say it happened within a span of days, not on which day.'
	},
	inferred: {
		term: 'Inferred',
		text: 'Not said outright. For example, "taken from ISIS" implies that ISIS held the place before; that earlier state is inferred.'
	},
	carried: {
		term: 'Last reported',
		text: 'No report covers this day itself. The last report before it is taken to still hold until a report says otherwise.'
	},
	sdf: {
		term: 'SDF',
		text: 'Syrian Democratic Forces: a Kurdish-led alliance of militias in north-east Syria, backed by the US-led coalition.'
	},
	isis: {
		term: 'ISIS',
		text: 'The Islamic State group. Outlets also call it IS, ISIL or Daesh (its Arabic acronym); all four name the same group.'
	}
} as const);
export type GlossaryKey = keyof typeof GLOSSARY;

/** The glossary entries a state's sentence uses, in reading order. */
export function glossaryFor(s: PlaceState): GlossaryKey[] {
	const keys: GlossaryKey[] = [];
	if (s.disputed) keys.push('disputed');
	if (s.uncertain) keys.push('uncertain');
	if (s.basis === 'inferred') keys.push('inferred');
	if (s.basis === 'carried') keys.push('carried');
	const named = new Set<ControlValue>([s.controller, ...s.sides.map((x) => x.controller)]);
	if (s.uncertain) named.add(s.uncertain.from).add(s.uncertain.to);
	if (named.has('contested')) keys.push('contested');
	if (named.has('sdf')) keys.push('sdf');
	if (named.has('isis')) keys.push('isis');
	return keys;
}
