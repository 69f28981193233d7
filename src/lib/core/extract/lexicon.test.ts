import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { findActions, findControllers } from './lexicon';

const controllers = (s: string) => findControllers(s, fold(s)).map((m) => m.controller);
const actions = (s: string) => findActions(s, fold(s)).map((m) => m.action);

describe('controller lexicon', () => {
	it.each([
		['Islamic State fighters', 'isis'],
		['ISIS', 'isis'],
		['ISIL', 'isis'],
		['Daesh', 'isis'],
		['the militants', 'isis'],
		['IS fighters', 'isis'],
		['the Syrian army', 'syrian-government'],
		['government forces', 'syrian-government'],
		['troops loyal to Assad', 'syrian-government'],
		['pro-government forces', 'syrian-government'],
		['the SDF', 'sdf'],
		['US-backed fighters', 'sdf'],
		['Kurdish-led forces', 'sdf'],
		['YPG-dominated units', 'sdf'],
		['the Iraqi army', 'iraqi-government'],
		['Iraqi forces', 'iraqi-government'],
		['the Popular Mobilisation', 'iraqi-government'],
		['Hashed al-Shaabi', 'iraqi-government']
	])('"%s" is %s', (words, controller) => {
		expect(controllers(words)).toEqual([controller]);
	});

	it('reads "IS" as the Islamic State only in capitals', () => {
		expect(controllers('it is over')).toEqual([]);
		expect(controllers('Driving IS from the town')).toEqual(['isis']);
	});

	it('takes the longest phrase: "Syrian government forces" is one mention', () => {
		expect(
			findControllers('Syrian government forces', fold('Syrian government forces'))
		).toHaveLength(1);
	});
});

describe('verb patterns', () => {
	it.each([
		['took the town', 'take'],
		['captured', 'take'],
		['seized', 'take'],
		['drove out the militants', 'take'],
		['liberated', 'take'],
		['recaptured', 'retake'],
		['retook', 'retake'],
		['took back', 'retake'],
		['entered', 'contest'],
		['encircled', 'contest'],
		['besieged', 'contest'],
		['fighting inside', 'contest'],
		['counter-attacked', 'contest'],
		['lost', 'lose'],
		['withdrew', 'withdraw'],
		['fled', 'withdraw'],
		['held', 'hold']
	])('"%s" is %s', (words, action) => {
		expect(actions(words)[0]).toBe(action);
	});

	it('does not read "taken refuge" or "take part" as a capture', () => {
		expect(actions('leaders believed to have taken refuge there')).toEqual([]);
		expect(actions('would take part in the operation')).toEqual([]);
	});
});
