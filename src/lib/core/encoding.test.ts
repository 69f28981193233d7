import { describe, expect, it } from 'vitest';
import { isEmptyLook, keepLook, lookStrength, stateLook, type LookSource } from './encoding';
import { CARRIED_FADE, INFERRED_STRENGTH } from './story';

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

describe('keepLook(prev, state, day)', () => {
	const carried = { ...base, basis: 'carried' as const, carriedFrom: 100 };
	it('returns the previous look itself while the state looks the same', () => {
		const prev = stateLook(base, 10);
		expect(keepLook(prev, base, 11)).toBe(prev);
		expect(keepLook(prev, { ...base }, 500)).toBe(prev);
	});
	it('builds a new look, equal to stateLook, when anything drawn differs', () => {
		const prev = stateLook(base, 10);
		const changes: LookSource[] = [
			{ ...base, controller: 'isis' },
			{ ...base, basis: 'inferred' },
			{ ...base, disputed: true },
			{ ...base, uncertain: { from: 'sdf', to: 'isis', window: { earliest: 1, latest: 3 } } }
		];
		for (const s of changes) {
			const next = keepLook(prev, s, 10);
			expect(next).not.toBe(prev);
			expect(next).toEqual(stateLook(s, 10));
		}
	});
	it('follows a carried fade day by day', () => {
		const day1 = keepLook(undefined, carried, 100 + CARRIED_FADE.fullDays);
		expect(keepLook(day1, carried, 100 + CARRIED_FADE.fullDays - 1)).toBe(day1);
		const later = keepLook(day1, carried, 130);
		expect(later).not.toBe(day1);
		expect(later).toEqual(stateLook(carried, 130));
	});
	it('builds a look when there is none before', () => {
		expect(keepLook(undefined, base, 3)).toEqual(stateLook(base, 3));
	});
	it('gives the strength stateLook draws with', () => {
		for (const s of [base, carried, { ...base, controller: 'unknown' as const }])
			for (const day of [0, 110, 130, 200])
				expect(lookStrength(s, day)).toBe(stateLook(s, day).strength);
	});
});
