import { describe, expect, it } from 'vitest';
import { isEmptyLook, legendGroups, stateLook, type LookSource } from './encoding';
import { CARRIED_FADE, INFERRED_STRENGTH } from './story';
import { CONTROL_VALUES } from './vocabulary';

const base: LookSource = Object.freeze({
	controller: 'sdf',
	basis: 'stated',
	carriedFrom: null,
	disputed: false,
	uncertain: null
});

describe('stateLook(state, day)', () => {
	it('draws a stated state at full strength, with no ring and no dots', () => {
		expect(stateLook(base, 10)).toEqual({
			controller: 'sdf',
			basis: 'stated',
			strength: 1,
			disputed: false,
			uncertain: false
		});
	});
	it('draws an inferred state paler', () => {
		expect(stateLook({ ...base, basis: 'inferred' }, 10).strength).toBe(INFERRED_STRENGTH);
	});
	it('fades a carried state with the days since its last report, as evidenceStrength does', () => {
		const s = { ...base, basis: 'carried' as const, carriedFrom: 100 };
		expect(stateLook(s, 100 + CARRIED_FADE.fullDays).strength).toBe(1);
		const mid = stateLook(s, 130).strength;
		expect(mid).toBeLessThan(1);
		expect(mid).toBeGreaterThan(CARRIED_FADE.floor);
		expect(stateLook(s, 100 + CARRIED_FADE.floorDays).strength).toBe(CARRIED_FADE.floor);
	});
	it('draws unknown and none as empty outlines', () => {
		const unknown = stateLook({ ...base, controller: 'unknown', basis: 'none' }, 0);
		expect(unknown.strength).toBe(0);
		expect(isEmptyLook(unknown)).toBe(true);
		expect(isEmptyLook(stateLook({ ...base, basis: 'none' }, 0))).toBe(true);
		expect(isEmptyLook(stateLook(base, 0))).toBe(false);
	});
	it('marks dispute and a possible change of hands', () => {
		const window = { earliest: 1, latest: 3 };
		const l = stateLook(
			{ ...base, disputed: true, uncertain: { from: 'sdf', to: 'isis', window } },
			2
		);
		expect(l.disputed).toBe(true);
		expect(l.uncertain).toBe(true);
	});
	it('does not change the state it reads', () => {
		const frozen = Object.freeze({ ...base, basis: 'carried' as const, carriedFrom: 3 });
		expect(() => stateLook(frozen, 40)).not.toThrow();
		expect(frozen.carriedFrom).toBe(3);
	});
});

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
