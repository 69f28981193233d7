/**
 * Plain words for a place's state: the text summary, the place panel, the map tooltip and the
 * screen-reader announcements all read from here, so the map and the words never disagree.
 * Every sentence says "reported": the product shows claims, not verified facts.
 */
import { describeWindow } from './dates';
import type { ControlValue, PlaceState } from './timeline';

/** Reader-facing names of the controllers. */
export const CONTROL_LABEL: Readonly<Record<ControlValue, string>> = Object.freeze({
	'syrian-government': 'Syrian government',
	isis: 'ISIS',
	'iraqi-government': 'Iraqi government',
	sdf: 'SDF',
	contested: 'Contested',
	unknown: 'Unknown'
});

/** How the state is known, in a few words. */
export function basisPhrase(s: PlaceState): string {
	switch (s.basis) {
		case 'stated':
			return 'stated in a report';
		case 'inferred':
			return 'inferred from context';
		case 'carried':
			return 'carried forward from an earlier report';
		case 'none':
			return 'no report covers this date';
	}
}

/** One line for the summary list: "Syrian government — stated in a report; disputed". */
export function stateLine(s: PlaceState): string {
	const parts = [`${CONTROL_LABEL[s.controller]} — ${basisPhrase(s)}`];
	if (s.disputed) {
		parts.push(`disputed: reports also say ${otherSides(s)}`);
	}
	if (s.uncertain) {
		parts.push(
			`may be changing to ${CONTROL_LABEL[s.uncertain.to]} (${describeWindow(s.uncertain.window)})`
		);
	}
	return parts.join('; ');
}

function otherSides(s: PlaceState): string {
	return s.sides
		.slice(1)
		.map((side) => CONTROL_LABEL[side.controller])
		.join(' or ');
}

/** A full sentence for screen readers and tooltips: "al-Boukamal: reported Syrian government …". */
export function stateSentence(placeName: string, s: PlaceState): string {
	if (s.controller === 'unknown') return `${placeName}: no report covers this date.`;
	return `${placeName}: ${stateLine(s)}.`;
}

/** When the state began and ends, in words; empty when the data gives neither. */
export function spanPhrase(s: PlaceState): string {
	const since = s.since ? `since ${describeWindow(s.since)}` : '';
	const until = s.until ? `until ${describeWindow(s.until)}` : '';
	return [since, until].filter(Boolean).join(', ');
}

/** True when two states of one place would read differently to a reader (holder, dispute or doubt). */
export function readsDifferently(a: PlaceState, b: PlaceState | undefined): boolean {
	if (!b) return false;
	return (
		a.controller !== b.controller ||
		a.disputed !== b.disputed ||
		(a.uncertain === null) !== (b.uncertain === null)
	);
}
