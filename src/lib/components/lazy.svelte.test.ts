import { describe, expect, it } from 'vitest';
import { Lazy } from './lazy.svelte';

describe('Lazy', () => {
	it('has no component before load() and the loaded default export after', async () => {
		const part = new Lazy(async () => ({ default: 'the component' }));
		expect(part.current).toBeNull();
		await expect(part.load()).resolves.toBe('the component');
		expect(part.current).toBe('the component');
		expect(part.failed).toBe(false);
	});

	it('imports once however often load() is called, and every caller gets the same component', async () => {
		let imports = 0;
		const part = new Lazy(async () => {
			imports++;
			return { default: { id: imports } };
		});
		const [a, b] = await Promise.all([part.load(), part.load()]);
		const c = await part.load();
		expect(imports).toBe(1);
		expect(a).toBe(b);
		expect(c).toBe(a);
	});

	it('says a failed load failed, keeps no component, and tries again on the next load()', async () => {
		let attempt = 0;
		const part = new Lazy(async () => {
			attempt++;
			if (attempt === 1) throw new Error('chunk missing');
			return { default: 'second try' };
		});
		await expect(part.load()).rejects.toThrow('chunk missing');
		expect(part.failed).toBe(true);
		expect(part.current).toBeNull();
		await expect(part.load()).resolves.toBe('second try');
		expect(part.failed).toBe(false);
		expect(attempt).toBe(2);
	});
});
