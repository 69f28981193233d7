import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'scripts', 'fixtures', 'valid');
const TIMEOUT = 60_000;

interface Run {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs `npx tsx scripts/data-check.ts` with the given arguments from the project root. */
function dataCheck(args: readonly string[]): Promise<Run> {
	return new Promise((done) => {
		execFile(
			'npx',
			['tsx', 'scripts/data-check.ts', ...args],
			{ cwd: ROOT, timeout: TIMEOUT },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
				done({ code, stdout, stderr });
			}
		);
	});
}

/** A copy of the valid fixture in a fresh temporary folder, removed when the test ends. */
function fixtureCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
}

describe('scripts/data-check.ts', () => {
	it(
		'exits 0 with a one-line summary on the valid fixture',
		async () => {
			const run = await dataCheck(['--geo', FIXTURE]);
			expect(run.code).toBe(0);
			expect(run.stdout.trim()).toBe(
				'data:check: ok: 2 sources, 6 reports, 5 places; reports per place: ' +
					'al-boukamal 2, al-qaim 1, deir-ezzor 1, raqqa 1, al-sukhna 1'
			);
		},
		TIMEOUT
	);

	it(
		'exits 1 and prints file, path and message of each problem in a broken copy',
		async () => {
			const dir = fixtureCopy();
			const file = join(dir, 'reports.json');
			const data = JSON.parse(readFileSync(file, 'utf8')) as { reports: { controller: string }[] };
			const first = data.reports[0];
			if (!first) throw new Error('fixture has no reports');
			first.controller = 'russia';
			writeFileSync(file, JSON.stringify(data));
			const run = await dataCheck(['--geo', dir]);
			expect(run.code).toBe(1);
			expect(run.stderr).toContain(
				`${file}: reports[0].controller: must be one of syrian-government`
			);
		},
		TIMEOUT
	);

	it(
		'reports a JSON syntax error with the file name, line and column, without a stack trace',
		async () => {
			const dir = fixtureCopy();
			const file = join(dir, 'reports.json');
			writeFileSync(file, '{\n\t"reports": [\n\t\t{ "id": "a", }\n\t]\n}\n');
			const run = await dataCheck(['--geo', dir]);
			expect(run.code).toBe(1);
			expect(run.stderr).toContain(`${file}: invalid JSON at line 3, column 16:`);
			expect(run.stderr).not.toMatch(/^\s+at /m);
		},
		TIMEOUT
	);

	it(
		'exits 2 with the usage on an unknown option',
		async () => {
			const run = await dataCheck(['--geo-dir', FIXTURE]);
			expect(run.code).toBe(2);
			expect(run.stderr).toContain('usage: tsx scripts/data-check.ts [--geo <dir>]');
		},
		TIMEOUT
	);
});
