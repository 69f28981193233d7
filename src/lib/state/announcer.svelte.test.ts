import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.svelte';
import { Hover } from './hover.svelte';

describe('Announcer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('says the latest text once things rest', () => {
		const a = new Announcer(400);
		a.say('one');
		vi.advanceTimersByTime(300);
		a.say('two');
		vi.advanceTimersByTime(300);
		expect(a.text).toBe('');
		vi.advanceTimersByTime(100);
		expect(a.text).toBe('two');
	});

	it('drops a pending text on cancel', () => {
		const a = new Announcer(400);
		a.say('one');
		a.cancel();
		vi.runAllTimers();
		expect(a.text).toBe('');
	});
});

describe('Hover', () => {
	it('holds a place with its point, and nothing when the pointer leaves', () => {
		const h = new Hover();
		h.set('raqqa', { x: 3, y: 4 });
		expect(h.current).toEqual({ id: 'raqqa', x: 3, y: 4 });
		h.set(null);
		expect(h.current).toBeNull();
		h.set('raqqa');
		expect(h.current).toBeNull();
	});
});
