/**
 * Reads a folder laid out like geo/ into the input of validateCorpus (src/lib/core/validate.ts),
 * for the data check and the app build.
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
import { GEO_FILES } from '../src/lib/core/validate';
import type { CorpusInput, Problem } from '../src/lib/core/validate';

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

class SyntaxStop {
	constructor(readonly at: number) {}
}

/** The offset of the first JSON syntax error in `text` (RFC 8259), or -1 when it is valid. */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const stop = (): never => {
		throw new SyntaxStop(i);
	};
	const space = (): void => {
		while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
	};
	const string = (): void => {
		i++;
		for (;;) {
			if (i >= text.length) stop();
			const ch = text.charAt(i);
			if (ch === '"') {
				i++;
				return;
			}
			if (ch === '\\') {
				const next = text.charAt(i + 1);
				if (next !== '' && '"\\/bfnrt'.includes(next)) i += 2;
				else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
				else stop();
			} else if (text.charCodeAt(i) < 0x20) {
				stop();
			} else {
				i++;
			}
		}
	};
	const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
	const value = (): void => {
		space();
		const ch = text.charAt(i);
		if (ch === '{' || ch === '[') {
			const close = ch === '{' ? '}' : ']';
			i++;
			space();
			if (text.charAt(i) === close) {
				i++;
				return;
			}
			for (;;) {
				if (ch === '{') {
					space();
					if (text.charAt(i) !== '"') stop();
					string();
					space();
					if (text.charAt(i) !== ':') stop();
					i++;
				}
				value();
				space();
				if (text.charAt(i) === ',') i++;
				else if (text.charAt(i) === close) {
					i++;
					return;
				} else stop();
			}
		}
		if (ch === '"') return string();
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return;
			}
		}
		NUMBER.lastIndex = i;
		if (!NUMBER.test(text)) stop();
		i = NUMBER.lastIndex;
	};
	try {
		value();
		space();
		if (i < text.length) stop();
		return -1;
	} catch (e) {
		if (e instanceof SyntaxStop) return e.at;
		throw e;
	}
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
