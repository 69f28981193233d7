import { describe, expect, it } from 'vitest';
import { configFrom } from './config';

describe('configFrom(argv, env)', () => {
	it('is the full run on ports 4180/4181 with no arguments', () => {
		const cfg = configFrom([], {});
		expect(cfg).toMatchObject({ mode: 'full', rebuild: false, port: 4180, loads: 7, warmup: true });
		expect(cfg).toMatchObject({ playMs: 10_000, memoryMs: 60_000, coreSmall: false, coreRuns: 3 });
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
			coreSmall: true,
			coreRuns: 1
		});
	});

	it('--rebuild and BENCH_PORT are read', () => {
		expect(configFrom(['--rebuild'], { BENCH_PORT: '4204' })).toMatchObject({
			rebuild: true,
			port: 4204
		});
	});

	it("--loads N (or --loads=N) sets row 2's cold loads, in either mode", () => {
		expect(configFrom(['--loads', '21'], {})).toMatchObject({ mode: 'full', loads: 21 });
		expect(configFrom(['--smoke', '--loads=3'], {})).toMatchObject({ mode: 'smoke', loads: 3 });
	});

	it('rejects a --loads that is not a whole number from 1 to 100, naming it', () => {
		expect(() => configFrom(['--loads', 'many'], {})).toThrow(/--loads: .*"many"/);
		expect(() => configFrom(['--loads=0'], {})).toThrow(/--loads/);
		expect(() => configFrom(['--loads'], {})).toThrow(/--loads: .*"undefined"/);
	});

	it('rejects a BENCH_PORT that is not a port, naming it', () => {
		expect(() => configFrom([], { BENCH_PORT: 'abc' })).toThrow(/BENCH_PORT: .*"abc"/);
		expect(() => configFrom([], { BENCH_PORT: '80' })).toThrow(/BENCH_PORT/);
	});
});
