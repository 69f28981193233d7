import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoToDay } from '$lib/core/dates';
import type { UrlContext } from '$lib/core/url-state';
import { REGION, type Camera } from '$lib/core/vocabulary';
import { Explorer } from './explorer.svelte';
import { UrlSync, type HistoryPort } from './url-sync.svelte';
import { realCorpus } from './corpus.fixture';

/** An in-memory history: entries, a cursor, and a log of what was written. */
class FakeHistory implements HistoryPort {
	entries: string[];
	index = 0;
	log: string[] = [];
	constructor(start: string) {
		this.entries = [start];
	}
	location() {
		const u = new URL(this.entries[this.index]!, 'http://x');
		return { pathname: u.pathname, search: u.search, hash: u.hash };
	}
	push(url: string) {
		this.entries = [...this.entries.slice(0, this.index + 1), url];
		this.index++;
		this.log.push(`push ${url}`);
	}
	replace(url: string) {
		this.entries[this.index] = url;
		this.log.push(`replace ${url}`);
	}
	back() {
		this.index--;
	}
}

function setup(start = '/') {
	const explorer = new Explorer(realCorpus(), {
		date: Infinity,
		place: null,
		view: 'now',
		camera: null
	});
	const ctx: UrlContext = {
		places: explorer.placeIds,
		first: explorer.first,
		last: explorer.last,
		defaultDate: explorer.last,
		bounds: { minZoom: 4, maxZoom: 13, ...REGION }
	};
	const history = new FakeHistory(start);
	const cameras: Camera[] = [];
	const sync = new UrlSync(explorer, ctx, history, {
		settleMs: 300,
		onCamera: (c) => cameras.push(c)
	});
	return { explorer, history, sync, cameras };
}

describe('UrlSync', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('reads the link into the state without writing anything', () => {
		const { explorer, history, sync, cameras } = setup(
			'/?date=2017-11-12&place=raqqa&view=compare#7/34.5/40.9'
		);
		sync.read();
		expect(explorer.snapshot()).toEqual({
			date: isoToDay('2017-11-12'),
			place: 'raqqa',
			view: 'compare',
			camera: { zoom: 7, lat: 34.5, lon: 40.9 }
		});
		expect(cameras).toEqual([{ zoom: 7, lat: 34.5, lon: 40.9 }]);
		expect(sync.notices).toEqual([]);
		expect(history.log).toEqual([]);
	});

	it('writes nothing before the link has been read', () => {
		const { explorer, history, sync } = setup('/?place=raqqa');
		sync.act(() => (explorer.place = 'al-qaim'));
		sync.cameraMoved({ zoom: 6, lat: 34, lon: 40 });
		sync.dateMoved();
		vi.runAllTimers();
		expect(history.log).toEqual([]);
	});

	it('keeps a notice per bad value and clears them on dismiss', () => {
		const { sync } = setup('/?date=2018-03-01&place=nowhere');
		sync.read();
		expect(sync.notices.map((n) => n.kind)).toEqual(['date-clamped', 'place-unknown']);
		sync.dismiss();
		expect(sync.notices).toEqual([]);
	});

	it('pushes one entry per choice, and none for a choice that changes nothing', () => {
		const { explorer, history, sync } = setup('/?date=2017-11-12');
		sync.read();
		sync.act(() => (explorer.place = 'raqqa'));
		sync.act(() => (explorer.place = 'raqqa'));
		sync.act(() => (explorer.view = 'reported'));
		expect(history.log).toEqual([
			'push /?date=2017-11-12&place=raqqa&view=now',
			'push /?date=2017-11-12&place=raqqa&view=reported'
		]);
	});

	it('pushes a date once it rests, however many steps it took', () => {
		const { explorer, history, sync } = setup('/?date=2017-11-12');
		sync.read();
		for (let i = 1; i <= 5; i++) {
			explorer.date = isoToDay('2017-11-12') + i;
			sync.dateMoved();
			vi.advanceTimersByTime(100);
		}
		expect(history.log).toEqual([]);
		vi.advanceTimersByTime(300);
		expect(history.log).toEqual(['push /?date=2017-11-17&view=now']);
	});

	// Regression: a date change used to rewrite the current entry (replaceState), so the next
	// choice's entry held both, and one Back undid two actions.
	it('gives a date change and the choice after it one entry each, so Back undoes one', () => {
		const { explorer, history, sync } = setup('/?date=2017-11-12');
		sync.read();
		sync.act(() => (explorer.place = 'raqqa'));
		explorer.date = isoToDay('2017-11-14');
		sync.dateMoved();
		sync.act(() => (explorer.place = 'al-qaim'));
		expect(history.entries).toEqual([
			'/?date=2017-11-12',
			'/?date=2017-11-12&place=raqqa&view=now',
			'/?date=2017-11-14&place=raqqa&view=now',
			'/?date=2017-11-14&place=al-qaim&view=now'
		]);
		history.back();
		sync.read();
		expect(explorer.place).toBe('raqqa');
		expect(explorer.date).toBe(isoToDay('2017-11-14'));
		vi.runAllTimers();
		expect(history.index).toBe(2);
	});

	it('replaces the current entry when the camera settles, and moves no map', () => {
		const { explorer, history, sync, cameras } = setup('/?place=raqqa');
		sync.read();
		sync.cameraMoved({ zoom: 6.123, lat: 34.45678, lon: 40.12346 });
		sync.cameraMoved({ zoom: 6.1234, lat: 34.456781, lon: 40.123461 });
		expect(explorer.camera).toEqual({ zoom: 6.1234, lat: 34.456781, lon: 40.123461 });
		expect(history.log).toEqual(['replace /?place=raqqa&view=now#6.12/34.4568/40.1235']);
		expect(history.entries).toHaveLength(1);
		expect(cameras).toEqual([]);
	});

	it('moves the map only when a read link names a camera', () => {
		const { history, sync, cameras } = setup('/?place=raqqa');
		sync.read();
		expect(cameras).toEqual([]);
		history.push('/?place=raqqa#8/34/41');
		sync.read();
		expect(cameras).toEqual([{ zoom: 8, lat: 34, lon: 41 }]);
	});

	it('reads again on popstate and hashchange until stopped', () => {
		const { explorer, history, sync } = setup('/');
		sync.read();
		const target = new EventTarget();
		const stop = sync.listen(target as unknown as Window);
		history.push('/?place=raqqa');
		target.dispatchEvent(new Event('popstate'));
		expect(explorer.place).toBe('raqqa');
		history.push('/?place=al-qaim');
		target.dispatchEvent(new Event('hashchange'));
		expect(explorer.place).toBe('al-qaim');
		stop();
		history.push('/');
		target.dispatchEvent(new Event('popstate'));
		expect(explorer.place).toBe('al-qaim');
	});
});
