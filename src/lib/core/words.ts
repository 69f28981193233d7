/**
 * The words: the one place that turns a reported state into sentences for a reader. The list,
 * the place panel, the map labels and tooltip, the screen-reader announcements and the exports
 * all read from here, so the map and the words never disagree.
 *
 * Rules:
 * - One sentence per state. It says "reported" (or "inferred", "last reported"): the product
 *   shows claims, not verified facts.
 * - Dates are said as a reader says them ("9 November", "some day between 10 and 18 November");
 *   the year is left out only where the day shown already carries it.
 * - Words for data-model terms (disputed, uncertain, carried, inferred) are defined in the
 *   glossary (glossary.ts), and components link the term to its entry instead of inventing their
 *   own gloss. The legend's words are in legend.ts. Both are modules of their own because only
 *   parts loaded on demand use them.
 *
 * Plain TypeScript: no DOM, no framework, no MapLibre.
 */
import { describeWindow, formatDayLong, type DayWindow } from './dates';
import type { PlaceState } from './timeline';
import type { Report } from './types';
import type { Basis, Controller, ControlValue, KnowledgeMode } from './vocabulary';

/** Reader-facing names of the control values, as a legend or a label says them. */
export const CONTROL_LABEL: Readonly<Record<ControlValue, string>> = Object.freeze({
	'syrian-government': 'Syrian government',
	isis: 'ISIS',
	'iraqi-government': 'Iraqi government',
	sdf: 'SDF',
	contested: 'Contested',
	unknown: 'Unknown'
});

/** The controllers as the object of a sentence: "held by the Syrian government". */
const HOLDER: Readonly<Record<Controller, string>> = Object.freeze({
	'syrian-government': 'the Syrian government',
	isis: 'ISIS',
	'iraqi-government': 'the Iraqi government',
	sdf: 'the SDF',
	contested: 'no one side (fought over)'
});

/** A short label for how the shown state is known, for a badge or a column. */
export const BASIS_LABEL: Readonly<Record<Basis, string>> = Object.freeze({
	stated: 'A report covers this day',
	inferred: 'Inferred, not stated',
	carried: 'No report on this day itself',
	none: 'No report'
});

/** How the shown state is known, in one plain clause. */
export const BASIS_WORDS: Readonly<Record<Basis, string>> = Object.freeze({
	stated: 'a report says so for this day',
	inferred: 'not said outright: inferred from what a report implies',
	carried: 'no report covers this day; the last report before it still stands',
	none: 'no report covers this day'
});

/** "1 report", "3 reports". */
export function countWords(n: number, noun = 'report'): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A window of days as a reader says it, without the year when it lies within one year:
 * "9 November", "some day between 10 and 18 November", "some day in August", "on or before 9 November".
 */
export function whenWords(w: DayWindow): string {
	if (w.earliest === -Infinity)
		return `${whenWords({ earliest: w.latest, latest: w.latest })} or earlier`;
	const full = describeWindow(w);
	const years = new Set(full.match(/\b\d{4}\b/g) ?? []);
	const text = years.size === 1 ? full.replace(/ \d{4}\b/g, '') : full;
	if (w.earliest === w.latest) return text;
	// A month ("August") or a whole year ("2014"): "some day in August", "some day in 2014".
	if (/^[A-Z]/.test(text) || /^\d{4}$/.test(text)) return `some day in ${text}`;
	// "10–18 November" or "30 October – 2 November": say the span as words.
	return `some day between ${text.replace(/\s*–\s*/, ' and ')}`;
}

function holder(c: ControlValue): string {
	return c === 'unknown' ? 'an unknown side' : HOLDER[c];
}

/** What became of the holder at the end of a state: "then reported lost to ISIS". */
function thenWords(to: ControlValue | null): string {
	if (to === null || to === 'unknown') return 'then reported lost';
	if (to === 'contested') return 'then reported fought over';
	return `then reported lost to ${HOLDER[to]}`;
}

/**
 * The one sentence for a state, without the place name:
 * - "Reported held by the Syrian government since 9 November (3 reports)"
 * - "Reports disagree: 3 say the Syrian government holds it, 1 says ISIS"
 * - "Not known: no report covers this day"
 * - "Held by the Syrian government until some day between 10 and 18 November, then reported lost to ISIS"
 */
export function stateSentence(s: PlaceState, mode: KnowledgeMode = 'now'): string {
	if (s.disputed) {
		const sides = s.sides.map((side, i) => {
			const n = side.claims.length;
			const verb = n === 1 ? 'says' : 'say';
			return i === 0
				? `${n} ${verb} ${side.controller === 'contested' ? 'it is fought over' : `${HOLDER[side.controller]} holds it`}`
				: `${n} ${verb} ${side.controller === 'contested' ? 'it is fought over' : HOLDER[side.controller]}`;
		});
		return `Reports disagree: ${sides.join(', ')}`;
	}
	if (s.uncertain) {
		const { from, to, window } = s.uncertain;
		const span = whenWords(window);
		if (from === 'unknown') return `Not known until ${span}, then reported held by ${holder(to)}`;
		const lead = from === 'contested' ? 'Fought over' : `Held by ${HOLDER[from]}`;
		return `${lead} until ${span}, ${thenWords(to)}`;
	}
	if (s.controller === 'unknown') {
		return mode === 'reported'
			? 'Not known: no report published by this day covers it'
			: 'Not known: no report covers this day';
	}
	const verb =
		s.controller === 'contested' ? 'fought over' : `held by ${HOLDER[s.controller as Controller]}`;
	const lead =
		s.basis === 'inferred'
			? `Inferred ${verb}`
			: s.basis === 'carried'
				? `Last reported ${verb}`
				: `Reported ${verb}`;
	const since = s.since ? ` since ${whenWords(s.since)}` : '';
	const until = s.until ? ` until ${whenWords(s.until)}` : '';
	const n = s.supporting.length;
	return `${lead}${since}${until} (${countWords(n)})`;
}

/** The sentence with the place name, for screen readers and tooltips: "al-Boukamal: Reported held by …." */
export function placeSentence(
	placeName: string,
	s: PlaceState,
	mode: KnowledgeMode = 'now'
): string {
	return `${placeName}: ${stateSentence(s, mode)}.`;
}

/** A short label for a map mark or an exported image: "Syrian government", "ISIS (reports disagree)". */
export function shortLabel(s: PlaceState): string {
	const base = CONTROL_LABEL[s.controller];
	if (s.disputed) return `${base} (reports disagree)`;
	if (s.uncertain) return `${base} (changing hands)`;
	return base;
}

/** What one report says, for a reader: "Says the Syrian government took it from ISIS". Its dating is `report.when`, shown apart. */
export function claimWords(r: Report, implied: boolean): string {
	if (implied) {
		const before = r.displaced ? HOLDER[r.displaced] : 'another side';
		return `Implies ${before} held it before ${HOLDER[r.controller]} took it (inferred)`;
	}
	const who = HOLDER[r.controller];
	const verbs: Record<Report['kind'], string> = {
		took: `${who} took it`,
		retook: `${who} took it back`,
		holds: `${who} holds it`,
		held: `${who} held it`,
		lost: `it was lost and is now held by ${who}`,
		withdrew: `a force withdrew and ${who} holds it`,
		contested: 'it is being fought over'
	};
	const from =
		r.displaced && (r.kind === 'took' || r.kind === 'retook') ? ` from ${HOLDER[r.displaced]}` : '';
	return `Says ${verbs[r.kind]}${from}`;
}

/** Which reports count, in a sentence: "As known now: all 49 reports count". */
export function horizonWords(
	mode: KnowledgeMode,
	counted: number,
	total: number,
	date: number
): string {
	if (mode === 'now')
		return `As known now: all ${countWords(total)} count, including those published later.`;
	if (counted === 0)
		return `As reported at the time: none of the ${countWords(total)} had been published by ${formatDayLong(date)}.`;
	return `As reported at the time: ${counted} of the ${countWords(total)} had been published by ${formatDayLong(date)}, and only they count.`;
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
