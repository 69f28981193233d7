import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addSource, InputError, MAX_BYTES, parseArgs } from './source-add';
import { validateCorpus } from '../src/lib/core/validate';
import { loadGeoDir } from '../src/lib/server/load-geo';

const scratch: string[] = [];

/** A scratch copy of geo/ (never the real one) and a folder for input files. */
function setup(): { geo: string; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'source-add-'));
	scratch.push(dir);
	const geo = join(dir, 'geo');
	cpSync('geo', geo, { recursive: true, filter: (src) => !src.includes('basemap') });
	return { geo, dir };
}

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` with the SHA-256 of its bytes: to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

const ARTICLE =
	'Iraqi forces recaptured Anah from Islamic State on Saturday, a military source told state television.\n';

function write(dir: string, name: string, data: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
}

describe('source:add', () => {
	it('copies the text byte for byte, registers it, writes proposals, and the data check still passes', () => {
		const { geo, dir } = setup();
		const file = write(dir, 'a.txt', ARTICLE);
		const result = addSource(
			parseArgs([
				file,
				'--outlet',
				'Test Wire',
				'--published',
				'2017-11-03',
				'--url',
				'https://example.org/a'
			]),
			geo
		);
		expect(result.source.id).toBe('test-wire-2017-11-03');
		expect(readFileSync(join(geo, 'sources', result.source.file))).toEqual(readFileSync(file));
		const sources = JSON.parse(readFileSync(join(geo, 'sources', 'sources.json'), 'utf8')).sources;
		expect(sources.at(-1)).toMatchObject({
			id: 'test-wire-2017-11-03',
			headline: null,
			url: 'https://example.org/a'
		});
		const proposals = JSON.parse(
			readFileSync(join(geo, 'proposals', 'test-wire-2017-11-03.json'), 'utf8')
		);
		expect(proposals.source).toBe('test-wire-2017-11-03');
		expect(proposals.proposals[0]).toMatchObject({
			place: 'anah',
			kind: 'retook',
			controller: 'iraqi-government',
			start: '2017-10-28'
		});
		const loaded = loadGeoDir(geo);
		expect(loaded.ok && validateCorpus(loaded.input).ok).toBe(true);
	});

	const bad: [string, (dir: string) => string[], RegExp][] = [
		[
			'a missing file',
			(d) => [join(d, 'nope.txt'), '--outlet', 'X', '--published', '2017-11-03'],
			/no such file/
		],
		[
			'an empty file',
			(d) => [write(d, 'e.txt', ''), '--outlet', 'X', '--published', '2017-11-03'],
			/is empty/
		],
		[
			'a file of whitespace',
			(d) => [write(d, 'w.txt', ' \n\t\n'), '--outlet', 'X', '--published', '2017-11-03'],
			/no text/
		],
		[
			'a file that is not UTF-8',
			(d) => [
				write(d, 'l.txt', new Uint8Array([0x41, 0xe9, 0x41])),
				'--outlet',
				'X',
				'--published',
				'2017-11-03'
			],
			/not UTF-8/
		],
		[
			'a binary file',
			(d) => [
				write(d, 'b.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])),
				'--outlet',
				'X',
				'--published',
				'2017-11-03'
			],
			/binary/
		],
		[
			'an HTML page',
			(d) => [
				write(d, 'h.txt', '<!DOCTYPE html><html><body>Raqqa</body></html>'),
				'--outlet',
				'X',
				'--published',
				'2017-11-03'
			],
			/is HTML/
		],
		[
			'a file over 2 MB',
			(d) => [
				write(d, 'big.txt', 'a'.repeat(MAX_BYTES + 1)),
				'--outlet',
				'X',
				'--published',
				'2017-11-03'
			],
			/over the 2097152-byte limit/
		],
		[
			'a text already registered',
			() => ['geo/sources/000_b06c38194c129f14.txt', '--outlet', 'X', '--published', '2017-11-03'],
			/already registered as "telesur-2017-11-09"/
		],
		[
			'an impossible date',
			(d) => [write(d, 'a.txt', ARTICLE), '--outlet', 'X', '--published', '2017-02-30'],
			/no such day/
		],
		[
			'a date in another form',
			(d) => [write(d, 'a.txt', ARTICLE), '--outlet', 'X', '--published', '3 Nov 2017'],
			/must be YYYY-MM-DD/
		],
		[
			'a window that ends before it starts',
			(d) => [write(d, 'a.txt', ARTICLE), '--outlet', 'X', '--published', '2017-11-05/2017-11-03'],
			/ends before it starts/
		],
		[
			'an unknown flag',
			(d) => [
				write(d, 'a.txt', ARTICLE),
				'--outlet',
				'X',
				'--published',
				'2017-11-03',
				'--headline',
				'Y'
			],
			/unknown flag --headline/
		],
		[
			'a flag without its value',
			(d) => [write(d, 'a.txt', ARTICLE), '--published', '2017-11-03', '--outlet'],
			/--outlet needs a value/
		],
		[
			'no outlet',
			(d) => [write(d, 'a.txt', ARTICLE), '--published', '2017-11-03'],
			/--outlet NAME is required/
		],
		[
			'a bad URL',
			(d) => [
				write(d, 'a.txt', ARTICLE),
				'--outlet',
				'X',
				'--published',
				'2017-11-03',
				'--url',
				'not a url'
			],
			/--url: must be an absolute URL/
		],
		[
			'an id already used',
			(d) => [
				write(d, 'a.txt', ARTICLE),
				'--outlet',
				'X',
				'--published',
				'2017-11-03',
				'--id',
				'cgtn-2017-11-19'
			],
			/already exists/
		]
	];

	it.each(bad)('refuses %s with one clear line and writes nothing', (_, args, message) => {
		const { geo, dir } = setup();
		const before = snapshot(geo);
		const argv = args(dir);
		expect(() => addSource(parseArgs(argv), geo)).toThrow(InputError);
		expect(() => addSource(parseArgs(argv), geo)).toThrow(message);
		expect(snapshot(geo)).toEqual(before);
	});

	it('as a command: prints the summary and exits 0; on bad input prints one line and exits 1', () => {
		const { geo, dir } = setup();
		const file = write(dir, 'a.txt', ARTICLE);
		const env = { ...process.env, ATLAS_GEO_DIR: geo };
		const out = execFileSync(
			'npx',
			['tsx', 'scripts/source-add.ts', file, '--outlet', 'Test Wire', '--published', '2017-11-03'],
			{ env, encoding: 'utf8' }
		);
		expect(out).toMatch(/1 proposal\(s\): anah 1\./);
		const again = spawnSync(
			'npx',
			['tsx', 'scripts/source-add.ts', file, '--outlet', 'Test Wire', '--published', '2017-11-03'],
			{ env, encoding: 'utf8' }
		);
		expect(again.status).toBe(1);
		expect(again.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^source:add: this text is already registered/)
		]);
	}, 30_000);
});
