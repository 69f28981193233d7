/**
 * Extracts the region's rivers from GSHHG's World Data Bank II lines into
 * geo/basemap/sources/gshhg-rivers.txt, the input `scripts/build-basemap.ts` builds
 * rivers.geojson from.
 *
 * Why a committed extract: no npm package carries a river line finer than Natural Earth's
 * 1:50m, which has no Khabur and runs kilometres off the Euphrates's channel. Debian's
 * `gmt-gshhg-full` package has GSHHG 2.3.7 at full resolution, whose rivers are the CIA World
 * Data Bank II lines, in GMT's binned netCDF format that only GMT reads. So this script asks
 * GMT for the lines once, and the text it writes is committed: building the basemap, its test
 * and CI need neither GMT nor apt. Re-run it only to change the region or the levels:
 *
 *   apt-get install gmt gmt-gshhg-full   # Debian
 *   npm run data:gshhg && npm run data:basemap
 *
 * Output: GMT's multi-segment text as `gmt coast -M` prints it, one segment per GSHHG bin
 * (a line crossing a bin edge is cut there; build-basemap joins the pieces), positions
 * rounded to EXTRACT_DECIMALS, after a header of `#` lines saying where it came from.
 * Deterministic: the same GMT and GSHHG give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GSHHG_EXTRACT, REGION } from './build-basemap';

/**
 * WDB II river levels kept: 1 double-lined rivers, 2 permanent major rivers, 3 additional
 * major rivers, 4 additional rivers. Not kept: 5 minor rivers (none here), 6–8 intermittent
 * rivers (desert wadis, dry most of the year: drawn as rivers they would mislead), 9–11 canals.
 */
const GSHHG_LEVELS = [1, 2, 3, 4] as const;

/** 1e-5° is about a metre: below GSHHG's own accuracy, and the build rounds to 4 decimals anyway. */
const EXTRACT_DECIMALS = 5;

/** GMT writes a gmt.history file where it runs: run it in a scratch directory, removed at exit. */
const scratch = mkdtempSync(join(tmpdir(), 'gmt-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function gmt(args: string[]): string {
	try {
		return execFileSync('gmt', args, {
			cwd: scratch,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		throw new Error(
			`extract-gshhg-rivers: running \`gmt ${args.join(' ')}\` failed (${why}). ` +
				'Install GMT and the full-resolution GSHHG data first: apt-get install gmt gmt-gshhg-full'
		);
	}
}

function roundText(value: string): string {
	const f = 10 ** EXTRACT_DECIMALS;
	const r = Math.round(Number(value) * f) / f;
	return String(Object.is(r, -0) ? 0 : r);
}

function main(): void {
	const [w, s, e, n] = REGION;
	const region = `-R${w}/${e}/${s}/${n}`;
	const version = gmt(['--version']).trim();
	const out: string[] = [
		'# GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full), rivers from CIA World Data Bank II.',
		'# Licence: LGPL-3.0-or-later (GSHHG, Wessel and Smith); WDB II is a US government work.',
		`# Extracted by scripts/extract-gshhg-rivers.ts with GMT ${version}:`
	];
	for (const level of GSHHG_LEVELS) {
		out.push(`#   gmt coast ${region} -Df -I${level} -M`);
	}
	for (const level of GSHHG_LEVELS) {
		const text = gmt(['coast', region, '-Df', `-I${level}`, '-M']);
		for (const line of text.split('\n')) {
			if (line.trim() === '') continue;
			if (line.startsWith('>')) {
				out.push(line.trimEnd());
				continue;
			}
			const [x, y] = line.trim().split(/\s+/);
			if (x === undefined || y === undefined) {
				throw new Error(`extract-gshhg-rivers: unexpected line from gmt: ${JSON.stringify(line)}`);
			}
			out.push(`${roundText(x)}\t${roundText(y)}`);
		}
	}
	mkdirSync(dirname(GSHHG_EXTRACT), { recursive: true });
	writeFileSync(GSHHG_EXTRACT, out.join('\n') + '\n');
	console.log(`${GSHHG_EXTRACT}: ${out.length.toLocaleString('en')} lines`);
}

main();
