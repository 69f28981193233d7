/**
 * Who a sentence attributes its claim to: the chain from the original speaker through any
 * agency to the outlet that published the text ("a military source told state television" in
 * a Reuters story → ["a military source", "state television", outlet]).
 *
 * Rules:
 * - Only reporting clauses in the sentence itself count: "X said", "said X", "X told Y",
 *   "X tells Y", "X reported", "according to X", "quoted by Y", "X declared/announced/claimed".
 * - Every name in the chain is the text's own words, verbatim; nothing is paraphrased.
 * - The outlet always ends the chain; a sentence with no reporting clause is the outlet's own.
 */

const VERBS =
	'(?:said|says|told|tells|reported|reports|declared|announced|claimed|claims|tweeted|added|concluded)';

/** A speaker phrase: up to eight words without a clause break, quote mark or "that". */
const PHRASE = "((?:[\\w’'.()-]+ ){0,7}[\\w’'.()-]+)";

function clean(words: string): string {
	return words
		.replace(/^(?:and|but|while|as|with|after|,)\s+/i, '')
		.replace(/\s+(?:has|have|had|on|in|also|then|earlier)$/i, '')
		.replace(/[.,;:]+$/, '')
		.trim();
}

function useful(words: string): boolean {
	return /[A-Za-z]/.test(words) && !/^(?:it|he|she|they|we|this|that|which|who)$/i.test(words);
}

/** The last clause of `before`: what follows the last comma, quote mark, colon or "that". */
function lastClause(before: string): string {
	const cut = Math.max(
		before.lastIndexOf(','),
		before.lastIndexOf('“'),
		before.lastIndexOf('”'),
		before.lastIndexOf('"'),
		before.lastIndexOf(':'),
		before.lastIndexOf(';'),
		before.lastIndexOf('—')
	);
	return before.slice(cut + 1).trim();
}

/** The attribution chain for one sentence of a text published by `outlet`. */
export function findAttribution(sentence: string, outlet: string): string[] {
	const chain: string[] = [];
	const push = (words: string | undefined) => {
		const w = clean(words ?? '');
		if (!useful(w)) return;
		if (chain.some((c) => c.toLowerCase() === w.toLowerCase())) return;
		chain.push(w);
	};

	const according = /\b[Aa]ccording to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,5})/.exec(
		sentence
	);
	if (according) push(according[1]);

	// "…,” said army spokesman Gen. Ali Mayhoub in a televised statement."
	const inverted = new RegExp(
		`[”",]\\s*${VERBS} ((?:[\\w’'.-]+ ){0,7}?[\\w’'.-]+?)(?= in | on |,|\\.$|$)`
	).exec(sentence);
	if (inverted) push(inverted[1]);

	const subject = new RegExp(`${VERBS}\\b`, 'g');
	for (const m of sentence.matchAll(subject)) {
		const before = lastClause(sentence.slice(0, m.index)).replace(
			/\s+(?:quoted by|cited by|speaking to)\b.*$/,
			''
		);
		const words = before.split(/\s+/).filter(Boolean);
		// A speaker is a short noun phrase that starts like one: "The army", "a field commander".
		if (words.length === 0 || words.length > 8 || /\d/.test(before)) continue;
		if (!/^(?:[A-Z“"]|(?:a|an|the|another)\b)/.test(before)) continue;
		// "the army said that …": the speaker is the phrase before the verb.
		const phrase = new RegExp(`${PHRASE}$`).exec(before.replace(/\s+/g, ' '));
		push(phrase?.[1]);
		break;
	}

	const told =
		/\b(?:told|tells|quoted by|speaking to|in an interview with) ((?:the )?(?:state )?[A-Za-z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?: television| TV| media)?)/.exec(
			sentence
		);
	if (told) push(told[1]);

	const wire =
		/,?\s*(Reuters|AFP|AP|SANA|the Associated Press|Agence France-Presse|state (?:television|media|news agency)) (?:reported|said)\b/.exec(
			sentence
		);
	if (wire) push(wire[1]);

	if (!chain.some((c) => c.toLowerCase() === outlet.toLowerCase())) chain.push(outlet);
	return chain;
}
