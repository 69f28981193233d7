import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addSource } from './source-add';
import { loadReview, saveReview } from '../src/lib/review/store';

const scratch: string[] = [];
afterEach(() => {
	for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch copy of geo/ with the review fixture's proposals pending (never the real geo/). */
function setup(): string {
	const dir = mkdtempSync(join(tmpdir(), 'review-store-'));
	scratch.push(dir);
	const geo = join(dir, 'geo');
	cpSync('geo', geo, { recursive: true, filter: (src) => !src.includes('basemap') });
	addSource(
		{
			file: 'scripts/fixtures/review/article.txt',
			outlet: 'Review Test Wire',
			published: '2017-11-25',
			url: null,
			id: 'review-test',
			kind: null
		},
		geo
	);
	return geo;
}

const files = (geo: string) =>
	['reports.json', 'places.geojson', 'proposals/review-test.json'].map((f) =>
		readFileSync(join(geo, f), 'utf8')
	);

describe('review store', () => {
	it('lists the pending proposals with their source text and a version', () => {
		const data = loadReview(setup());
		expect(data.pending.map((s) => s.id)).toEqual(['review-test']);
		expect(data.pending[0]?.proposals.length).toBe(3);
		expect(data.pending[0]?.version).toMatch(/^[0-9a-f]{64}$/);
		expect(data.placeIds).toContain('raqqa');
	});

	it('saves accepted claims into reports.json and drops decided proposals', () => {
		const geo = setup();
		const source = loadReview(geo).pending[0];
		const claim = source?.proposals.find((p) => p.id === 'review-test-raqqa-2');
		const result = saveReview(
			{
				source: 'review-test',
				version: source?.version,
				accepted: [claim],
				decided: ['review-test-raqqa-1', 'review-test-raqqa-2']
			},
			geo
		);
		expect(result).toMatchObject({ ok: true });
		const reports = JSON.parse(readFileSync(join(geo, 'reports.json'), 'utf8')).reports;
		expect(reports.at(-1)).toMatchObject({ id: 'review-test-raqqa-2', place: 'raqqa' });
		expect(reports.at(-1)).not.toHaveProperty('confidence');
		expect(loadReview(geo).pending[0]?.proposals.map((p) => p.id)).toEqual([
			'review-test-al-sukhna-1'
		]);
	});

	it('refuses a stale edit and writes nothing', () => {
		const geo = setup();
		const before = files(geo);
		const result = saveReview(
			{ source: 'review-test', version: '0'.repeat(64), accepted: [], decided: [] },
			geo
		);
		expect(result).toMatchObject({ ok: false, status: 409 });
		expect(files(geo)).toEqual(before);
	});

	it('refuses a result the data check rejects, returns its problems and writes nothing', () => {
		const geo = setup();
		const source = loadReview(geo).pending[0];
		const claim = { ...source?.proposals[0], id: 'review-test-bad', start: '2017-12-01' };
		const before = files(geo);
		// The new claim is appended after every report already in the data.
		const index = JSON.parse(readFileSync(join(geo, 'reports.json'), 'utf8')).reports.length;
		const result = saveReview(
			{ source: 'review-test', version: source?.version, accepted: [claim], decided: [] },
			geo
		);
		expect(result).toMatchObject({ ok: false, status: 422 });
		expect(result.ok ? [] : result.problems?.map((p) => p.path)).toContain(
			`reports[${index}].start`
		);
		expect(files(geo)).toEqual(before);
	});

	it('refuses a malformed request, naming the field', () => {
		const result = saveReview(
			{ source: 'x', version: 'y', accepted: [{ id: 1 }], decided: [] },
			setup()
		);
		expect(result).toMatchObject({ ok: false, status: 400 });
		expect(result.ok ? '' : result.message).toMatch(/accepted\.0/);
	});
});
