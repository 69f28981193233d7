/**
 * Broken data never reaches readers: the production build stops on it, naming the file, the
 * path inside it and what is wrong — both through `npm run build` (which runs the data check
 * first) and through the prerender step alone (which validates again as it loads the data).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function brokenGeo(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
	cpSync('geo', dir, { recursive: true });
	const file = join(dir, 'reports.json');
	const data = JSON.parse(readFileSync(file, 'utf8'));
	data.reports[2].quote.exact = 'words no source ever printed';
	writeFileSync(file, JSON.stringify(data, null, '\t'));
	return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the build on a broken corpus', () => {
	it('npm run build fails with the data checker message', () => {
		const dir = brokenGeo();
		dirs.push(dir);
		const run = spawnSync('npm', ['run', 'build'], {
			env: { ...process.env, GEO_DIR: dir },
			encoding: 'utf8'
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr + run.stdout).toMatch(
			/reports\.json: reports\[2\]\.quote\.exact: .*not found/
		);
	}, 120_000);

	it('the prerender step alone also refuses the broken corpus', () => {
		const dir = brokenGeo();
		dirs.push(dir);
		// Inside the project, so the build still resolves node_modules; .tmp/ is git-ignored.
		mkdirSync('.tmp', { recursive: true });
		const out = mkdtempSync(join('.tmp', 'build-fails-'));
		dirs.push(out);
		const run = spawnSync('npx', ['vite', 'build'], {
			env: {
				...process.env,
				GEO_DIR: dir,
				ATLAS_BUILD_DIR: join(out, 'build'),
				ATLAS_KIT_DIR: join(out, 'kit')
			},
			encoding: 'utf8'
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr + run.stdout).toContain('did not pass its checks');
		expect(run.stderr + run.stdout).toMatch(/reports\[2\]\.quote\.exact/);
	}, 180_000);
});
