/**
 * The words for who holds a place and for what happened to it: the controller lexicon and the
 * verb patterns that give a report's kind.
 *
 * Rules:
 * - Phrases are matched folded (fold.ts): case-, accent- and hyphen-insensitive, whole words,
 *   longest first. Acronyms that are also English words ("IS") match only in capitals.
 * - A phrase names a controller as the words use it: "militants" is the Islamic State only
 *   because in these reports it always is; such weak phrases carry a lower weight.
 * - A verb pattern gives an action class; the class, not the verb, decides how the controller
 *   is found (extract.ts): the agent of a capture holds the place after it, the subject of a
 *   withdrawal or a loss does not.
 */
import type { Controller } from '../vocabulary';
import { findKey, foldKey, type Folded } from './fold';

/** A controller phrase: folded key, or an exact-case regex for acronyms. */
interface ControllerPhrase {
	readonly controller: Exclude<Controller, 'contested'>;
	readonly phrase: string;
	/** 1 for a name ("Syrian army"), lower for a word that only implies one ("militants"). */
	readonly weight: number;
}

const P = (
	controller: ControllerPhrase['controller'],
	weight: number,
	...phrases: string[]
): ControllerPhrase[] => phrases.map((phrase) => ({ controller, phrase, weight }));

/** Every phrase naming a controller. */
export const CONTROLLER_PHRASES: readonly ControllerPhrase[] = [
	...P(
		'isis',
		1,
		'Islamic State',
		'Islamic State group',
		'self-styled Islamic State',
		'ISIS',
		'ISIL',
		'Daesh',
		'Deash',
		'Da’esh',
		'ISIS-held',
		'ISIL-held',
		'IS-held'
	),
	...P('isis', 0.6, 'militants', 'militant', 'jihadists', 'jihadist', 'terrorists', 'extremists'),
	...P(
		'syrian-government',
		1,
		'Syrian army',
		'Syria army',
		'Syria’s army',
		"Syria's army",
		'Syrian Arab Army',
		'Syrian forces',
		'Syrian troops',
		'Syrian military',
		'Syrian government',
		'Syrian government forces',
		'Syrian pro-government troops',
		'government forces',
		'government troops',
		'pro-government forces',
		'pro-government fighters',
		'pro-government troops',
		'troops loyal to Assad',
		'forces loyal to Assad',
		'troops loyal to President Bashar al-Assad',
		'regime forces',
		'Assad forces',
		'Syrian regime'
	),
	...P(
		'syrian-government',
		0.7,
		'the army',
		'the military',
		'Hezbollah',
		'allied forces',
		'Damascus'
	),
	...P(
		'sdf',
		1,
		'SDF',
		'Syrian Democratic Forces',
		'Kurdish-led',
		'Kurdish-led SDF',
		'YPG',
		'YPG-dominated',
		'Kurdish forces',
		'Kurdish fighters',
		'Kurdish militias'
	),
	...P('sdf', 0.7, 'US-backed', 'American-backed'),
	...P(
		'iraqi-government',
		1,
		'Iraqi forces',
		'Iraqi army',
		'Iraqi troops',
		'Iraqi security forces',
		'Iraqi government forces',
		'Iraqi paramilitaries',
		'Popular Mobilisation',
		'Popular Mobilization',
		'Popular Mobilisation Forces',
		'Popular Mobilization Forces',
		'Popular Mobilisation Units',
		'Hashed al-Shaabi',
		'Hashd al-Shaabi',
		'Hashd al-Shabi',
		'PMF',
		'PMU'
	)
];

/** Acronyms that are ordinary words in lower case: matched in capitals only. */
const CASED: readonly { re: RegExp; controller: ControllerPhrase['controller'] }[] = [
	{ re: /\bIS\b/g, controller: 'isis' }
];

/** Where a sentence names a controller. */
export interface ControllerMention {
	readonly controller: ControllerPhrase['controller'];
	readonly start: number;
	readonly end: number;
	readonly words: string;
	readonly weight: number;
}

const CONTROLLER_KEYS = CONTROLLER_PHRASES.map((p) => ({ ...p, key: foldKey(p.phrase) })).sort(
	(a, b) => b.key.length - a.key.length
);

function overlaps(
	a: { start: number; end: number },
	list: readonly { start: number; end: number }[]
) {
	return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Every controller named in `text` (folded as `folded`), in text order. */
export function findControllers(text: string, folded: Folded): ControllerMention[] {
	const out: ControllerMention[] = [];
	for (const p of CONTROLLER_KEYS) {
		for (const span of findKey(folded, p.key)) {
			if (overlaps(span, out)) continue;
			out.push({
				controller: p.controller,
				start: span.start,
				end: span.end,
				words: text.slice(span.start, span.end),
				weight: p.weight
			});
		}
	}
	for (const { re, controller } of CASED) {
		for (const m of text.matchAll(re)) {
			const span = { start: m.index, end: m.index + m[0].length };
			if (!overlaps(span, out)) out.push({ controller, ...span, words: m[0], weight: 1 });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** What a verb says happened to a place, before it is mapped to a report kind. */
export type Action = 'take' | 'retake' | 'contest' | 'withdraw' | 'lose' | 'hold';

interface VerbPattern {
	readonly action: Action;
	readonly phrases: readonly string[];
}

/** The verb patterns, by action. */
export const VERB_PATTERNS: readonly VerbPattern[] = [
	{
		action: 'retake',
		phrases: [
			'retook',
			'retaken',
			'retake',
			'retakes',
			'retaking',
			'recaptured',
			'recapture',
			'recaptures',
			'recapturing',
			'took back',
			'take back',
			'taken back',
			'taking back',
			'regained',
			'regain control',
			'for the second time',
			'for second time',
			'renewed assault'
		]
	},
	{
		action: 'take',
		phrases: [
			'took',
			'taken',
			'take',
			'takes',
			'captured',
			'capture',
			'captures',
			'capturing',
			'seized',
			'seize',
			'seizes',
			'seizing',
			'seizure',
			'liberated',
			'liberate',
			'liberates',
			'liberating',
			'liberation',
			'freed',
			'drove',
			'driven',
			'drive',
			'driving',
			'expelled',
			'ousting',
			'ousted',
			'cleared',
			'clear of',
			'complete control',
			'full control',
			'took control',
			'fall of',
			'falls',
			'fell',
			'crushed',
			'declared victory',
			'eliminated'
		]
	},
	{
		action: 'contest',
		phrases: [
			'fighting inside',
			'fighting in',
			'fighting',
			'fought',
			'clashed',
			'clashes',
			'battle for',
			'battles',
			'vying for control',
			'vying',
			'encircled',
			'surrounded',
			'besieged',
			'under siege',
			'counter-attack',
			'counter-attacked',
			'counterattacked',
			'counter attack',
			'counterattack',
			'entered',
			'stormed',
			'advanced into'
		]
	},
	{
		action: 'withdraw',
		phrases: [
			'withdrew',
			'withdrawn',
			'withdrawal',
			'fled',
			'pulled out',
			'retreated',
			'surrendered',
			'abandoned'
		]
	},
	{
		action: 'lose',
		phrases: [
			'lost',
			'lose',
			'loses',
			'unable to maintain',
			'unable to hold',
			'failed to hold',
			'could not hold'
		]
	},
	{
		action: 'hold',
		phrases: [
			'held',
			'holds',
			'holding',
			'in control of',
			'under the control of',
			'controlled by',
			'in militant hands',
			'stronghold',
			'remain in the hands'
		]
	}
];

/** Where a sentence uses a verb pattern. */
export interface ActionMention {
	readonly action: Action;
	readonly start: number;
	readonly end: number;
	readonly words: string;
}

const VERB_KEYS = VERB_PATTERNS.flatMap((p) =>
	p.phrases.map((phrase) => ({ action: p.action, key: foldKey(phrase) }))
).sort((a, b) => b.key.length - a.key.length);

/** Phrases that contain a verb of the patterns without meaning it ("taken refuge"). */
const NOT_ACTIONS = [
	'taken refuge',
	'take part',
	'took part',
	'taking part',
	'take up',
	'taking up'
].map(foldKey);

/** Every verb pattern used in `text` (folded as `folded`), in text order. */
export function findActions(text: string, folded: Folded): ActionMention[] {
	const blocked = NOT_ACTIONS.flatMap((key) => findKey(folded, key));
	const out: ActionMention[] = [];
	for (const { action, key } of VERB_KEYS) {
		for (const span of findKey(folded, key)) {
			if (overlaps(span, out) || overlaps(span, blocked)) continue;
			out.push({
				action,
				start: span.start,
				end: span.end,
				words: text.slice(span.start, span.end)
			});
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
