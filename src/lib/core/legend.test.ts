import { describe, expect, it } from 'vitest';
import { isEmptyLook } from './encoding';
import { carriedFadeWords, legendGroups, spanWords } from './legend';
import { CARRIED_FADE } from './story';
import { CONTROL_VALUES } from './vocabulary';

describe('legendGroups()', () => {
	const [who, strength] = legendGroups();
	it('names every control value, then dispute and doubt', () => {
		expect(who!.entries.map((e) => e.key)).toEqual([...CONTROL_VALUES, 'disputed', 'uncertain']);
	});
	it('shows every basis, with the carried fade drawn from full to the floor', () => {
		expect(strength!.entries.map((e) => e.key)).toEqual(['stated', 'inferred', 'carried', 'none']);
		const carried = strength!.entries.find((e) => e.key === 'carried')!;
		const fade = carried.looks.map((l) => l.strength);
		expect(fade[0]).toBe(1);
		expect(fade.at(-1)).toBe(CARRIED_FADE.floor);
		expect(fade[1]).toBeLessThan(1);
		expect(fade[1]).toBeGreaterThan(CARRIED_FADE.floor);
	});
	it('says the carried rule with the numbers of CARRIED_FADE', () => {
		const carried = strength!.entries.find((e) => e.key === 'carried')!;
		expect(carried.label).toBe(
			'Carried forward: full for a week after the last report on the place, then fading to 35% by two months'
		);
	});
	it('draws "none" and "unknown" empty, and inferred paler than stated', () => {
		const look = (key: string) =>
			[...who!.entries, ...strength!.entries].find((e) => e.key === key)!.looks[0]!;
		expect(isEmptyLook(look('none'))).toBe(true);
		expect(isEmptyLook(look('unknown'))).toBe(true);
		expect(look('inferred').strength).toBeLessThan(look('stated').strength);
	});
});

describe('spanWords(days) and carriedFadeWords(fade)', () => {
	it('says whole weeks and months as a reader does, anything else in days', () => {
		expect(spanWords(7)).toBe('a week');
		expect(spanWords(14)).toBe('two weeks');
		expect(spanWords(30)).toBe('a month');
		expect(spanWords(60)).toBe('two months');
		expect(spanWords(10)).toBe('10 days');
		expect(spanWords(1)).toBe('1 day');
	});
	it('says the fade rule with the numbers it is given', () => {
		expect(carriedFadeWords({ fullDays: 10, floorDays: 90, floor: 0.2 })).toBe(
			'Carried forward: full for 10 days after the last report on the place, then fading to 20% by three months'
		);
	});
});
