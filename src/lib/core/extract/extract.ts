/**
 * Proposed control claims for one source text: deterministic, no network, no model.
 *
 * Rules:
 * - The text is split into lines, then sentences (Intl.Segmenter); one sentence gives at most
 *   one proposal per place it names.
 * - A sentence gives a proposal only when it names a place (gazetteer.ts) and uses a verb
 *   pattern (lexicon.ts). A sentence that says "the town" or "the city" and names no place refers
 *   to the last place named before it; that proposal is `inferred`, with the reasoning.
 * - The controller comes from the words: the agent of a capture, the other side of a withdrawal
 *   or a loss. Where the sentence does not say, the text's principal force (the controller it
 *   names most often, the Islamic State aside) is used and the proposal is `inferred`.
 * - Every quote is the sentence exactly as captured, anchored with quotes.ts: a proposal whose
 *   quote does not select exactly its own sentence is never made.
 * - Dates come from when.ts; a sentence without date words is dated "on or before publication",
 *   or, for a present-tense hold, to the publication date.
 * - `why` gives one line per field; `confidence` is a sum of what was found in the words.
 */
import { anchorQuote, QuoteError } from '../quotes';
import { formatWindow, parseWindow, type DayWindow } from '../dates';
import type { Controller, ReportKind, TextQuote } from '../schema';
import { findAttribution } from './attribution';
import { fold } from './fold';
import type { GazetteerEntry, PlaceMatcher } from './gazetteer';
import {
	findActions,
	findControllers,
	type Action,
	type ActionMention,
	type ControllerMention
} from './lexicon';
import type { Proposal } from './proposal';
import { suggestRelations, type ExistingReport } from './relations';
import { findWhen } from './when';

/** What the extraction knows of the source: its id, its outlet and when it was published. */
export interface SourceInfo {
	readonly id: string;
	readonly outlet: string;
	/** The written publication date (dates.ts form), e.g. `2017-11-09` or `2017-11-19/2017-11-20`. */
	readonly published: string;
}

/** One sentence of a text, with its offsets. */
export interface Sentence {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** Abbreviations after which ICU wrongly ends a sentence. */
const ABBREVIATION =
	/\b(?:Gen|Lt|Col|Maj|Brig|Capt|Sgt|Dr|Mr|Mrs|Ms|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N)\.$/;

/** The sentences of `text`: lines split by Intl.Segmenter, trimmed, empty ones dropped. */
export function sentences(text: string): Sentence[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const out: Sentence[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		let held: { start: number; end: number } | null = null;
		for (const seg of segmenter.segment(line)) {
			const lead = seg.segment.length - seg.segment.trimStart().length;
			const body = seg.segment.trim();
			if (body.length === 0) continue;
			const start = lineStart + seg.index + lead;
			// ICU ends a sentence at "Gen." or "Nov.": join it to what follows.
			const span: { start: number; end: number } = held
				? { start: held.start, end: start + body.length }
				: { start, end: start + body.length };
			if (ABBREVIATION.test(body)) {
				held = span;
				continue;
			}
			held = null;
			out.push({ ...span, text: text.slice(span.start, span.end) });
		}
		if (held) out.push({ ...held, text: text.slice(held.start, held.end) });
		lineStart += line.length + 1;
	}
	return out;
}

/**
 * A quote selecting exactly text[start, end): the words themselves, with as much prefix (then
 * suffix) as it takes to tell them from another occurrence. Throws when no context can.
 */
export function quoteAt(text: string, start: number, end: number): TextQuote {
	const exact = text.slice(start, end);
	const tries: TextQuote[] = [{ exact }];
	for (const n of [8, 16, 32, 64, 128]) {
		if (start > 0) tries.push({ exact, prefix: text.slice(Math.max(0, start - n), start) });
		if (end < text.length) tries.push({ exact, suffix: text.slice(end, end + n) });
		if (start > 0 && end < text.length) {
			tries.push({
				exact,
				prefix: text.slice(Math.max(0, start - n), start),
				suffix: text.slice(end, end + n)
			});
		}
	}
	for (const quote of tries) {
		try {
			if (anchorQuote(text, quote).start === start) return quote;
		} catch (e) {
			if (!(e instanceof QuoteError)) throw e;
		}
	}
	throw new Error(`no quote selects offsets ${start}–${end} alone`);
}

const KIND: Readonly<Record<Action, ReportKind>> = {
	take: 'took',
	retake: 'retook',
	contest: 'contested',
	withdraw: 'withdrew',
	lose: 'lost',
	hold: 'holds'
};

/** Which action wins when two are equally near a place. */
const PRIORITY: readonly Action[] = ['retake', 'take', 'withdraw', 'lose', 'contest', 'hold'];

const ANAPHOR = /\bthe (?:[a-z-]+ ){0,2}(?:town|city)\b/i;
const PROVINCE_AFTER = /^\s*(?:province|governorate|countryside|region)\b/i;

type Held = Exclude<Controller, 'contested'>;

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
	if (a.end <= b.start) return b.start - a.end;
	if (b.end <= a.start) return a.start - b.end;
	return 0;
}

function nearestAction(actions: readonly ActionMention[], at: { start: number; end: number }) {
	return [...actions].sort(
		(a, b) => gap(a, at) - gap(b, at) || PRIORITY.indexOf(a.action) - PRIORITY.indexOf(b.action)
	)[0];
}

/** The controller the text names most often, the Islamic State aside (weights summed). */
function principalOf(text: string): Held | null {
	const score = new Map<Held, number>();
	for (const m of findControllers(text, fold(text))) {
		if (m.controller === 'isis') continue;
		score.set(m.controller, (score.get(m.controller) ?? 0) + m.weight);
	}
	let best: Held | null = null;
	for (const [c, s] of score) if (best === null || s > (score.get(best) ?? 0)) best = c;
	return best;
}

interface Resolved {
	readonly controller: Controller;
	readonly displaced?: Held;
	/** The mention that gave the controller; absent when it is the text's principal force. */
	readonly from?: ControllerMention;
	readonly line: string;
}

function resolveController(
	sentence: string,
	action: ActionMention,
	mentions: readonly ControllerMention[],
	principal: Held | null
): Resolved | null {
	if (action.action === 'contest') {
		return { controller: 'contested', line: `"${action.words}" means fighting: contested` };
	}
	const before = mentions.filter((m) => m.end <= action.start);
	const subject = before[before.length - 1];
	const other = (side: Held) =>
		mentions.find((m) => m.controller !== side && m.controller !== 'isis');
	const isisNamed = mentions.some((m) => m.controller === 'isis');

	if (action.action === 'withdraw' || action.action === 'lose') {
		const loser = subject ?? null;
		const loserSide: Held | null = loser?.controller ?? principal ?? null;
		if (loserSide === null) return null;
		if (loserSide === 'isis') {
			const winner = other('isis');
			const controller = winner?.controller ?? principal;
			if (!controller) return null;
			return {
				controller,
				displaced: 'isis',
				...(winner ? { from: winner } : {}),
				line: winner
					? `"${loser?.words}" ${action.words}; "${winner.words}" is the other side named: ${controller}`
					: `"${loser?.words}" ${action.words}; the text's main force is ${controller}`
			};
		}
		return {
			controller: 'isis',
			displaced: loserSide,
			...(loser ? { from: loser } : {}),
			line: loser
				? `"${loser.words}" ${action.words}: the Islamic State held it after`
				: `no subject named; the text's main force (${loserSide}) ${action.words}: the Islamic State held it after`
		};
	}

	// take, retake, hold: the agent (or holder) is the nearest force before the verb, a
	// government or the SDF before the Islamic State, which is usually the one driven out.
	// A force after the verb is the agent only in the passive, "taken by the Syrian army", or
	// in "falls to".
	const agent =
		[...before].reverse().find((m) => m.controller !== 'isis') ??
		mentions.find(
			(m) =>
				m.start >= action.end &&
				m.controller !== 'isis' &&
				/\b(?:by|to)\b/.test(sentence.slice(action.end, m.start))
		);
	if (action.action === 'hold') {
		const holder = subject ?? mentions.find((m) => m.start >= action.end);
		if (!holder) return null;
		return {
			controller: holder.controller,
			from: holder,
			line: `"${holder.words}" with "${action.words}": ${holder.controller} holds it`
		};
	}
	if (agent) {
		return {
			controller: agent.controller,
			...(isisNamed ? { displaced: 'isis' as const } : {}),
			from: agent,
			line: `"${agent.words}" is the force that ${action.words}: ${agent.controller}`
		};
	}
	if (subject?.controller === 'isis' && !principal) {
		return { controller: 'isis', from: subject, line: `"${subject.words}" ${action.words}: isis` };
	}
	if (!principal) return null;
	return {
		controller: principal,
		...(isisNamed ? { displaced: 'isis' as const } : {}),
		line: `no force named with "${action.words}"; the text's main force is ${principal}`
	};
}

/** Makes the proposals for one source text. Pure: the same input gives the same output. */
export function extractProposals(input: {
	readonly text: string;
	readonly source: SourceInfo;
	readonly places: PlaceMatcher;
	readonly existing: readonly ExistingReport[];
}): Proposal[] {
	const { text, source, places, existing } = input;
	const published: DayWindow = parseWindow(source.published);
	const pubText = formatWindow(published);
	const principal = principalOf(text);
	const proposals: Proposal[] = [];
	const counters = new Map<string, number>();
	let lastPlace: GazetteerEntry | null = null;
	const seen = new Set<string>();

	for (const s of sentences(text)) {
		const folded = fold(s.text);
		const mentions = findControllers(s.text, folded);
		const named = places
			.find(s.text, folded)
			.filter((m) => !PROVINCE_AFTER.test(s.text.slice(m.end)))
			// "Damascus seeks to regain control": a capital named for its government.
			.filter((m) => !mentions.some((c) => c.start < m.end && m.start < c.end));
		const actions = findActions(s.text, folded);
		const repeated = seen.has(s.text);
		seen.add(s.text);
		const targets: {
			entry: GazetteerEntry;
			at: { start: number; end: number };
			words: string;
			anaphor: boolean;
		}[] = [];
		for (const m of named) {
			if (!targets.some((t) => t.entry.id === m.entry.id)) {
				targets.push({ entry: m.entry, at: m, words: m.words, anaphor: false });
			}
		}
		const anaphor = ANAPHOR.exec(s.text);
		if (targets.length === 0 && anaphor && lastPlace) {
			targets.push({
				entry: lastPlace,
				at: { start: anaphor.index, end: anaphor.index + anaphor[0].length },
				words: anaphor[0],
				anaphor: true
			});
		}
		if (named.length > 0) lastPlace = named[named.length - 1]?.entry ?? lastPlace;
		// A repeated line (a caption printed twice, a headline three times) is one statement.
		if (actions.length === 0 || targets.length === 0 || repeated) continue;

		const when = findWhen(s.text, published);
		const attribution = findAttribution(s.text, source.outlet);
		const quote = quoteAt(text, s.start, s.end);

		for (const t of targets) {
			const action = nearestAction(actions, t.at);
			if (!action) continue;
			const resolved = resolveController(s.text, action, mentions, principal);
			if (!resolved) continue;
			const kind = KIND[action.action];
			const start = when
				? formatWindow(when.window)
				: action.action === 'hold'
					? pubText
					: `../${formatWindow({ earliest: published.latest, latest: published.latest })}`;
			const n = (counters.get(t.entry.id) ?? 0) + 1;
			counters.set(t.entry.id, n);
			const id = `${source.id}-${t.entry.id}-${n}`;

			const inferred: string[] = [];
			if (t.anaphor) {
				inferred.push(
					`the sentence says "${t.words}" and names no place; the last place named before it is ${t.entry.name}`
				);
			}
			if (!resolved.from && resolved.controller !== 'contested') {
				inferred.push(
					`the sentence names no force for "${action.words}"; ${resolved.controller} is the force the text names most`
				);
			}
			const relations = suggestRelations(
				{ place: t.entry.id, controller: resolved.controller, start, source: source.id },
				existing
			);
			const reportedBy =
				attribution.length > 1
					? `reporting clause: ${attribution.slice(0, -1).join(' → ')}, published by ${source.outlet}`
					: `no reporting clause: the outlet's own words (${source.outlet})`;

			let confidence = t.entry.known ? 0.3 : 0.2;
			if (t.anaphor) confidence -= 0.15;
			confidence += 0.2; // a verb pattern
			confidence += resolved.from
				? 0.25 * resolved.from.weight
				: resolved.controller === 'contested'
					? 0.2
					: 0.05;
			confidence += when ? 0.15 : 0.05;
			confidence += Math.min(0.1, gap(action, t.at) < 60 ? 0.1 : 0);
			confidence = Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;

			const proposal: Proposal = {
				id,
				place: t.entry.id,
				kind,
				controller: resolved.controller,
				...(resolved.displaced && resolved.displaced !== resolved.controller
					? { displaced: resolved.displaced }
					: {}),
				start,
				end: null,
				when: when
					? `"${when.words}" (${when.why}; published ${source.published})`
					: `not dated in the sentence; ${action.action === 'hold' ? 'as of' : 'on or before'} publication (${source.published})`,
				source: source.id,
				quote,
				attribution,
				basis: inferred.length > 0 ? 'inferred' : 'stated',
				...(inferred.length > 0 ? { reasoning: `${inferred.join('; ')}.` } : {}),
				relations,
				confidence,
				why: {
					place: t.anaphor
						? `"${t.words}" refers back to ${t.entry.name} (last place named)`
						: `"${t.words}" is ${t.entry.name} in the gazetteer${t.entry.known ? '' : ' (a GeoNames town, not yet in the atlas)'}`,
					kind: `"${action.words}" → ${kind}`,
					controller: resolved.line,
					start: when
						? `"${when.words}": ${when.why}`
						: `no date words in the sentence: ${action.action === 'hold' ? 'as of' : 'on or before'} publication`,
					attribution: reportedBy,
					relations:
						relations.length === 0
							? 'no existing report of this place at an overlapping date'
							: `${relations.length} existing report(s) of this place at an overlapping date`
				}
			};
			if (!t.entry.known) {
				proposal.newPlace = {
					name: t.entry.name,
					lat: t.entry.lat,
					lon: t.entry.lon,
					country: t.entry.country,
					geonamesId: t.entry.geonamesId,
					population: t.entry.population,
					aliases: [...t.entry.aliases]
				};
			}
			proposals.push(proposal);
		}
	}
	return proposals;
}
