/**
 * Reads a folder laid out like geo/ into the input of validateCorpus (src/lib/core/validate.ts),
 * for the data check (scripts/data-check.ts) and the app build (load-data.ts). Node only:
 * it reads the file system; relative imports so that tsx runs it without the $lib alias.
 *
 * Rules:
 * - Reading only: nothing here judges the data beyond what it takes to read it (the file exists,
 *   is JSON, is UTF-8). Those failures come back as problems, never as exceptions, with the
 *   line and column of a JSON syntax error.
 * - Problems name files as validateCorpus does (`geo/reports.json`), whatever the folder is.
 * - Each text is hashed over its bytes as stored, before decoding.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { GEO_FILES } from '../core/validate';
import type { CorpusInput, Problem } from '../core/validate';

/** The outcome of loadGeoDir: the validateCorpus input, or why it could not be read. */
export type GeoLoad =
	| { readonly ok: true; readonly input: CorpusInput }
	| { readonly ok: false; readonly problems: readonly Problem[] };

/** The path inside `dir` of a file named as in GEO_FILES (`geo/reports.json` → `<dir>/reports.json`). */
export function geoPath(dir: string, geoFile: string): string {
	return join(dir, geoFile.replace(/^geo\//, ''));
}

/** The 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where the first JSON syntax error in `text` is (a character offset), or -1 when it is valid.
 * JSON.parse on Node 20 does not always say; jsonc-parser's strict mode does.
 */
export function jsonErrorOffset(text: string): number {
	const errors: ParseError[] = [];
	parse(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false
	});
	return errors[0]?.offset ?? -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readJson(dir: string, geoFile: string, problems: Problem[]): unknown {
	const path = geoPath(dir, geoFile);
	if (!existsSync(path)) {
		problems.push({ file: geoFile, path: '', message: `file not found: ${path}` });
		return undefined;
	}
	const text = readFileSync(path, 'utf8');
	try {
		return JSON.parse(text);
	} catch (e) {
		const offset = jsonErrorOffset(text);
		let where = '';
		if (offset >= 0) {
			const { line, column } = lineColumn(text, offset);
			where = ` at line ${line}, column ${column}`;
		}
		// V8 quotes the text around the error; keep it on one line.
		const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
		problems.push({ file: geoFile, path: '', message: `invalid JSON${where}: ${reason}` });
		return undefined;
	}
}

/** Reads the sources, reports, places and captured texts of a folder laid out like geo/. */
export function loadGeoDir(dir: string): GeoLoad {
	const problems: Problem[] = [];
	const sourcesFile = readJson(dir, GEO_FILES.sources, problems);
	const reportsFile = readJson(dir, GEO_FILES.reports, problems);
	const placesFile = readJson(dir, GEO_FILES.places, problems);

	const texts: Record<string, string> = {};
	const hashes: Record<string, string> = {};
	const textDir = geoPath(dir, GEO_FILES.texts);
	const names = existsSync(textDir) ? readdirSync(textDir).filter((n) => n.endsWith('.txt')) : [];
	for (const name of names.sort()) {
		const bytes = readFileSync(join(textDir, name));
		hashes[name] = createHash('sha256').update(bytes).digest('hex');
		try {
			texts[name] = UTF8.decode(bytes);
		} catch {
			problems.push({
				file: `${GEO_FILES.texts}${name}`,
				path: '',
				message: 'is not valid UTF-8 text'
			});
		}
	}

	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, input: { sourcesFile, reportsFile, placesFile, texts, hashes } };
}
