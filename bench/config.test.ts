import { describe, expect, it } from 'vitest';
import { configFrom } from './config';

describe('configFrom(argv, env)', () => {
	it('is the full run on ports 4180/4181 with no arguments', () => {
		const cfg = configFrom([], {});
		expect(cfg).toMatchObject({ mode: 'full', rebuild: false, port: 4180, loads: 7, warmup: true });
		expect(cfg).toMatchObject({ playMs: 10_000, memoryMs: 60_000, coreSmall: false });
	});

	it('--smoke is the smallest version of every measurement', () => {
		expect(configFrom(['--smoke'], {})).toMatchObject({
			mode: 'smoke',
			loads: 2,
			warmup: false,
			playMs: 2_000,
			steps: 40,
			bursts: 2,
			memoryMs: 5_000,
			coreSmall: true
		});
	});

	it('--rebuild and BENCH_PORT are read', () => {
		expect(configFrom(['--rebuild'], { BENCH_PORT: '4204' })).toMatchObject({
			rebuild: true,
			port: 4204
		});
	});

	it('rejects a BENCH_PORT that is not a port, naming it', () => {
		expect(() => configFrom([], { BENCH_PORT: 'abc' })).toThrow(/BENCH_PORT: .*"abc"/);
		expect(() => configFrom([], { BENCH_PORT: '80' })).toThrow(/BENCH_PORT/);
	});
});
