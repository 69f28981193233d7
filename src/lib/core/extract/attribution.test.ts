import { describe, expect, it } from 'vitest';
import { findAttribution } from './attribution';

describe('attribution chains', () => {
	it.each([
		[
			'a military source told state television that troops entered the town.',
			['a military source', 'state television', 'Wire']
		],
		['The Observatory said government forces were combing the town.', ['The Observatory', 'Wire']],
		[
			'Another commander told Reuters that Hezbollah played the key role.',
			['Another commander', 'Reuters', 'Wire']
		],
		['The army took the town, SANA reported.', ['SANA', 'Wire']],
		['The militants staged a counter-attack, Reuters reported.', ['Reuters', 'Wire']],
		[
			'"It is over," said army spokesman Gen. Ali Mayhoub in a televised statement.',
			['army spokesman Gen. Ali Mayhoub', 'Wire']
		],
		[
			'A field commander quoted by SANA said that the terrorists fled.',
			['A field commander', 'SANA', 'Wire']
		],
		['According to the Syrian Observatory, the town fell.', ['the Syrian Observatory', 'Wire']]
	])('"%s"', (sentence, chain) => {
		expect(findAttribution(sentence, 'Wire')).toEqual(chain);
	});

	it('gives the outlet alone when there is no reporting clause', () => {
		expect(findAttribution('The army took the town on Sunday.', 'Wire')).toEqual(['Wire']);
	});

	it('does not take a long clause before a verb for a speaker', () => {
		expect(
			findAttribution(
				'Driving IS from the town means only a few villages remain of the caliphate it declared in 2014.',
				'Wire'
			)
		).toEqual(['Wire']);
	});
});
