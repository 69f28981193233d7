/**
 * `npm run data:check [-- --geo <dir>]`: checks the data in geo/ (or another folder laid out
 * like it) with validateCorpus, and is the gate of `npm run build`.
 *
 * Rules:
 * - Every problem is printed, one per line, `<file>: <path>: <message>`, to stderr; then the
 *   exit code is 1. Nothing is fixed or rewritten.
 * - A file that cannot be read (missing, not JSON, not UTF-8) is a problem like any other,
 *   with line and column for JSON syntax errors, never a stack trace.
 * - On success, one summary line on stdout and exit code 0.
 */
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { validateCorpus } from '../src/lib/core/validate';
import type { Problem } from '../src/lib/core/validate';
import type { Corpus } from '../src/lib/core/types';
import { geoPath, loadGeoDir } from '../src/lib/server/load-geo';

const USAGE = 'usage: tsx scripts/data-check.ts [--geo <dir>]   (default: $GEO_DIR, else geo)';

/** A file named as in validateCorpus (`geo/reports.json`) as found under `dir`: relative when inside the working directory. */
function shown(dir: string, file: string): string {
	const full = geoPath(dir, file);
	const rel = relative(process.cwd(), full) || '.';
	return rel.startsWith('..') ? resolve(full) : rel.split(sep).join('/');
}

/** One problem as one line: `geo/reports.json: reports[3].quote.exact: <message>`. */
function formatProblem(dir: string, p: Problem): string {
	return p.path === ''
		? `${shown(dir, p.file)}: ${p.message}`
		: `${shown(dir, p.file)}: ${p.path}: ${p.message}`;
}

/** The summary line printed when the data passes. */
function summarize(corpus: Corpus): string {
	const perPlace = corpus.places
		.map((place) => `${place.id} ${corpus.reports.filter((r) => r.place === place.id).length}`)
		.join(', ');
	return (
		`data:check: ok: ${corpus.sources.length} sources, ${corpus.reports.length} reports, ` +
		`${corpus.places.length} places; reports per place: ${perPlace}`
	);
}

function fail(dir: string, problems: readonly Problem[]): number {
	for (const p of problems) console.error(formatProblem(dir, p));
	const n = problems.length;
	console.error(`data:check: ${n} problem${n === 1 ? '' : 's'} in ${shown(dir, 'geo/')}`);
	return 1;
}

function main(argv: readonly string[]): number {
	let dir: string;
	try {
		const { values } = parseArgs({
			args: [...argv],
			options: { geo: { type: 'string', default: process.env.GEO_DIR ?? 'geo' } },
			strict: true,
			allowPositionals: false
		});
		dir = values.geo;
	} catch (e) {
		console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
		return 2;
	}
	const loaded = loadGeoDir(dir);
	if (!loaded.ok) return fail(dir, loaded.problems);
	const result = validateCorpus(loaded.input);
	if (!result.ok) return fail(dir, result.problems);
	console.log(summarize(result.corpus));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
