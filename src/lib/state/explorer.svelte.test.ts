import { describe, expect, it } from 'vitest';
import { isoToDay } from '$lib/core/dates';
import { controlAt } from '$lib/core/timeline';
import { Explorer } from './explorer.svelte';
import { realCorpus } from './corpus.fixture';

const initial = { date: Infinity, place: null, view: 'now', camera: null } as const;

describe('Explorer', () => {
	it('clamps the date to the range of the reports and rounds it to a whole day', () => {
		const e = new Explorer(realCorpus(), initial);
		expect(e.date).toBe(e.last);
		e.date = -1e9;
		expect(e.date).toBe(e.first);
		e.date = e.first + 2.4;
		expect(e.date).toBe(e.first + 2);
	});

	it('selects only known places', () => {
		const e = new Explorer(realCorpus(), initial);
		e.place = 'raqqa';
		expect(e.place).toBe('raqqa');
		e.place = 'atlantis';
		expect(e.place).toBeNull();
	});

	it('reads as known now in the now and compare views, and as reported in the reported view', () => {
		const e = new Explorer(realCorpus(), initial);
		expect(e.mode).toBe('now');
		expect(e.horizon).toBe(Infinity);
		e.view = 'compare';
		expect(e.mode).toBe('now');
		e.view = 'reported';
		e.date = isoToDay('2017-11-12');
		expect(e.mode).toBe('reported');
		expect(e.horizon).toBe(isoToDay('2017-11-12'));
	});

	it('gives every place the timeline answer for the date and horizon', () => {
		const e = new Explorer(realCorpus(), initial);
		e.date = isoToDay('2017-11-12');
		for (const view of ['now', 'reported'] as const) {
			e.view = view;
			e.placeIds.forEach((id, i) => {
				expect(e.states[i]).toEqual(controlAt(e.timeline, id, e.date, e.horizon));
				expect(e.stateOf(id)).toBe(e.states[i]);
			});
		}
		expect(e.stateOf('atlantis')).toBeUndefined();
	});

	it('keeps the other mode beside the shown one', () => {
		const e = new Explorer(realCorpus(), initial);
		e.date = isoToDay('2017-11-12');
		e.view = 'now';
		const now = e.states;
		e.view = 'reported';
		expect(e.otherStates).toEqual(now);
	});

	it('hands out the same states array while no state changes', () => {
		const e = new Explorer(realCorpus(), initial);
		e.date = isoToDay('2017-11-12');
		const a = e.states;
		e.date = isoToDay('2017-11-12');
		expect(e.states).toBe(a);
	});

	it('round-trips the four URL values through snapshot and apply', () => {
		const e = new Explorer(realCorpus(), initial);
		const s = {
			date: isoToDay('2017-11-09'),
			place: 'al-boukamal',
			view: 'compare',
			camera: { zoom: 7, lat: 34.4, lon: 40.9 }
		} as const;
		e.apply(s);
		expect(e.snapshot()).toEqual(s);
	});
});
