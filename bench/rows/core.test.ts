import { describe, expect, it } from 'vitest';
import { coreDetails, coreRows, coreSpeedup, mergeCoreRuns, parseCoreOutput } from './core';

/** bench/core.ts's output as it prints it (--small, figures from one run). */
const OUTPUT = `core timeline benchmark: 500 places × 20 reports = 10,000 reports, seed 20171109, events reported by several outlets (--small)
node v20.20.2, 2017-02-01 … 2018-01-31, load average 1.20 0.90 0.60

measure                                            value   goal         
--------------------------------------   -------------   ----------   --
compile (cold, first run)                       154 ms   < 1,000 ms   ok
compile (cold), CPU time, all threads           201 ms                less sensitive to a busy machine
compile (warm, median of 3)                      40 ms
compiled timeline, heap kept                    2.1 MB
stateIdsAt, as known now                  0.032 ms/call                median of 60; allocates 0 B/call
controlAllAt, as known now, first visit   0.117 ms/call                median of 20; builds the objects of states not shown before
controlAllAt, as known now, replay        0.027 ms/call                median of 40
naive, as known now                        23.1 ms/call                median of 10
speed-up, as known now: ids                       722×   ≥ 50×        ok
stateIdsAt, as reported then (H = D)      0.021 ms/call                median of 60; allocates 0 B/call
controlAllAt, as reported then (H = D), first visit   0.080 ms/call    median of 20
controlAllAt, as reported then (H = D), replay        0.026 ms/call    median of 40
naive, as reported then (H = D)            10.4 ms/call                median of 10
speed-up, as reported then (H = D): ids           495×   ≥ 50×        ok
changeDays, first call                          1.2 ms                 300 days
answers checked against reference             1,000                    all equal`;

describe('parseCoreOutput(out)', () => {
	it('reads every figure the table and the details use', () => {
		expect(parseCoreOutput(OUTPUT)).toEqual({
			compileMs: 154,
			nowMs: 0.032,
			thenMs: 0.021,
			nowFirstMs: 0.117,
			thenFirstMs: 0.08,
			nowReplayMs: 0.027,
			thenReplayMs: 0.026,
			nowNaiveMs: 23.1,
			thenNaiveMs: 10.4,
			header:
				'core timeline benchmark: 500 places × 20 reports = 10,000 reports, seed 20171109, events reported by several outlets (--small)',
			compileRunsMs: [154]
		});
	});

	it('reads figures with thousands separators', () => {
		const out = OUTPUT.replace('154 ms', '1,154 ms');
		expect(parseCoreOutput(out).compileMs).toBe(1154);
	});

	it('throws naming the figure it cannot find, with the output', () => {
		const out = OUTPUT.replace(/^naive, as known now.*$/m, '');
		expect(() => parseCoreOutput(out)).toThrow(/could not find "naive, as known now"/);
	});
});

describe('coreRows', () => {
	it('4a compares the slower horizon with the faster naive answer and meets ≥ 50×', () => {
		const c = parseCoreOutput(OUTPUT);
		expect(coreSpeedup(c)).toBeCloseTo(10.4 / 0.021);
		const [a, b] = coreRows(c);
		expect(a).toEqual([
			'4a core: all places at a date (ids)',
			'0.032 ms',
			'10.4 ms naive',
			'495× faster',
			'≥ 50×',
			'yes'
		]);
		expect(b).toEqual([
			'4b core: compile (cold)',
			'154 ms',
			'1,000 ms budget',
			'0.15×',
			'< 1 s',
			'yes'
		]);
	});
});

describe('mergeCoreRuns', () => {
	const run = (compile: string, naive: string) =>
		parseCoreOutput(
			OUTPUT.replace('154 ms', compile).replace(/(naive, as known now\s+)23\.1/, `$1${naive}`)
		);

	it("takes the median of each figure, and keeps every run's compile in order", () => {
		const c = mergeCoreRuns([run('913 ms', '30.0'), run('743 ms', '23.1'), run('801 ms', '20.0')]);
		expect(c.compileMs).toBe(801);
		expect(c.nowNaiveMs).toBe(23.1);
		expect(c.nowMs).toBe(0.032);
		expect(c.compileRunsMs).toEqual([913, 743, 801]);
		expect(c.header).toMatch(/^core timeline benchmark/);
		expect(coreRows(c)[1]![1]).toBe('801 ms');
		expect(coreDetails(c)[0]).toBe(
			'4b compile, cold, in 3 processes run one after another: 913 ms, 743 ms, 801 ms; the row is their median, as is every figure of row 4.'
		);
	});

	it('is the run itself for one run, and says nothing of medians', () => {
		const one = run('154 ms', '23.1');
		expect(mergeCoreRuns([one])).toEqual(one);
		expect(coreDetails(one).join('\n')).not.toMatch(/median of|processes/);
	});

	it('throws on no run', () => {
		expect(() => mergeCoreRuns([])).toThrow(/no run/);
	});
});
