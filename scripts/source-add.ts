/**
 * `npm run source:add -- FILE --outlet NAME --published DATE [--url URL] [--id ID] [--kind TEXT]`
 *
 * Adds a captured article to the atlas: copies FILE byte for byte into geo/sources/, registers it
 * in geo/sources/sources.json, and writes geo/proposals/<id>.json with the proposed claims
 * (src/lib/core/extract/) for review on the /review page of `npm run dev`.
 *
 * Rules:
 * - All or nothing: every check runs before anything is written; the three files are written
 *   to temporary names and renamed at the end, so bad input leaves geo/ as it was.
 * - Bad input exits 1 with one line saying what is wrong: a missing or empty file, not UTF-8,
 *   binary (NUL bytes), HTML, over MAX_BYTES, a text already registered (same SHA-256), an id
 *   already used, a bad date or URL, an unknown or incomplete flag.
 * - Nothing is invented: the headline is null and the metadata note says the metadata is the
 *   command line's; the publication evidence says it was given on the command line.
 * - ATLAS_GEO_DIR names the geo folder (tests run on a scratch copy); the default is geo/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parseWindow } from '../src/lib/core/dates';
import { extractProposals } from '../src/lib/core/extract/extract';
import { PlaceMatcher, parseGazetteer } from '../src/lib/core/extract/gazetteer';
import { ProposalsFileSchema, type ProposalsFile } from '../src/lib/core/extract/proposal';
import type { ExistingReport } from '../src/lib/core/extract/relations';
import { SourceSchema, type SourceRecord } from '../src/lib/core/schema';

/** The largest text accepted, in bytes. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** Thrown for bad input: its message is the one line printed. */
export class InputError extends Error {}

export interface AddOptions {
	readonly file: string;
	readonly outlet: string;
	readonly published: string;
	readonly url: string | null;
	readonly id: string | null;
	readonly kind: string | null;
}

const FLAGS = ['--outlet', '--published', '--url', '--id', '--kind'] as const;

/** Reads the command line; throws InputError on an unknown, repeated or valueless flag. */
export function parseArgs(argv: readonly string[]): AddOptions {
	const values = new Map<string, string>();
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg.startsWith('--')) {
			const [flag, inline] = arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
			if (!(FLAGS as readonly string[]).includes(flag)) {
				throw new InputError(`unknown flag ${flag} (known: ${FLAGS.join(', ')})`);
			}
			if (values.has(flag)) throw new InputError(`${flag} given twice`);
			const value = inline ?? argv[++i];
			if (value === undefined || value.startsWith('--') || value.trim() === '') {
				throw new InputError(`${flag} needs a value`);
			}
			values.set(flag, value);
		} else positional.push(arg);
	}
	if (positional.length !== 1) {
		throw new InputError(
			positional.length === 0
				? 'no FILE given'
				: `one FILE expected, got ${positional.length}: ${positional.join(' ')}`
		);
	}
	const outlet = values.get('--outlet');
	const published = values.get('--published');
	if (!outlet) throw new InputError('--outlet NAME is required');
	if (!published)
		throw new InputError('--published DATE is required (YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD)');
	if (!/^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/.test(published)) {
		throw new InputError(
			`--published must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, got "${published}"`
		);
	}
	try {
		parseWindow(published);
	} catch (e) {
		throw new InputError(`--published: ${(e as Error).message}`);
	}
	return {
		file: positional[0] ?? '',
		outlet,
		published,
		url: values.get('--url') ?? null,
		id: values.get('--id') ?? null,
		kind: values.get('--kind') ?? null
	};
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or an InputError saying why it is not a plain-text capture. */
export function checkText(bytes: Uint8Array, name: string): string {
	if (bytes.length === 0) throw new InputError(`${name} is empty`);
	if (bytes.length > MAX_BYTES) {
		throw new InputError(`${name} is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit`);
	}
	if (bytes.includes(0))
		throw new InputError(`${name} is binary (it contains NUL bytes), not text`);
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		throw new InputError(`${name} is not UTF-8 text`);
	}
	if (text.trim() === '') throw new InputError(`${name} has no text (only whitespace)`);
	if (/<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|script[\s>]|div[\s>]|p>)/i.test(text)) {
		throw new InputError(`${name} is HTML; save the article's text, not its page`);
	}
	return text;
}

function slug(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function readJson(path: string, what: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new InputError(`cannot read ${what} (${path}): ${(e as Error).message}`);
	}
}

/** What source:add did, for the summary. */
export interface AddResult {
	readonly source: SourceRecord;
	readonly proposals: ProposalsFile;
	readonly written: readonly string[];
}

/** Adds the source to the geo folder `geo`; throws InputError (writing nothing) on bad input. */
export function addSource(options: AddOptions, geo: string): AddResult {
	if (!existsSync(options.file)) throw new InputError(`no such file: ${options.file}`);
	const bytes = new Uint8Array(readFileSync(options.file));
	const text = checkText(bytes, options.file);
	const sha256 = createHash('sha256').update(bytes).digest('hex');

	const sourcesPath = join(geo, 'sources', 'sources.json');
	const sourcesFile = readJson(sourcesPath, 'the sources list') as { sources?: unknown };
	if (!sourcesFile || !Array.isArray(sourcesFile.sources)) {
		throw new InputError(`${sourcesPath} has no "sources" list`);
	}
	const sources = sourcesFile.sources as { id?: string; sha256?: string; file?: string }[];
	const twin = sources.find((s) => s.sha256 === sha256);
	if (twin)
		throw new InputError(
			`this text is already registered as "${twin.id}" (same SHA-256 ${sha256})`
		);

	const id = options.id ?? slug(`${options.outlet}-${options.published.slice(0, 10)}`);
	if (sources.some((s) => s.id === id))
		throw new InputError(`a source with id "${id}" already exists; pass --id`);
	const index = String(sources.length).padStart(3, '0');
	const fileName = `${index}_${sha256.slice(0, 16)}.txt`;

	const record = {
		id,
		file: fileName,
		sha256,
		outlet: options.outlet,
		outletKind: options.kind ?? 'not stated (added with npm run source:add without --kind)',
		headline: null,
		published: options.published,
		publishedEvidence:
			'Given on the command line of npm run source:add (--published); not checked against the text.',
		url: options.url,
		metadataNote:
			'Added with npm run source:add; outlet, date and URL are as given on the command line. The headline was not recorded.'
	};
	const parsed = v.safeParse(SourceSchema, record);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const key = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
		const flag = key === 'url' ? '--url' : key === 'id' ? '--id' : key;
		throw new InputError(`${flag}: ${issue?.message ?? 'invalid'}`);
	}

	const gazetteer = parseGazetteer(readJson(join(geo, 'gazetteer.json'), 'the gazetteer'));
	const reportsPath = join(geo, 'reports.json');
	const existing: ExistingReport[] = existsSync(reportsPath)
		? (((readJson(reportsPath, 'the reports') as { reports?: ExistingReport[] }).reports ??
				[]) as ExistingReport[])
		: [];
	const proposals = v.parse(ProposalsFileSchema, {
		source: id,
		proposals: extractProposals({
			text,
			source: { id, outlet: options.outlet, published: options.published },
			places: new PlaceMatcher(gazetteer.places),
			existing
		})
	});

	// Write everything under temporary names, then rename: all or nothing.
	const proposalsDir = join(geo, 'proposals');
	const targets: [string, string | Uint8Array][] = [
		[join(geo, 'sources', fileName), bytes],
		[join(proposalsDir, `${id}.json`), `${JSON.stringify(proposals, null, '\t')}\n`],
		[
			sourcesPath,
			`${JSON.stringify({ ...sourcesFile, sources: [...sources, parsed.output] }, null, '\t')}\n`
		]
	];
	if (existsSync(targets[0]?.[0] ?? ''))
		throw new InputError(`${fileName} already exists in ${geo}/sources/`);
	if (existsSync(targets[1]?.[0] ?? ''))
		throw new InputError(`${geo}/proposals/${id}.json already exists`);
	mkdirSync(proposalsDir, { recursive: true });
	const temps: string[] = [];
	try {
		for (const [path, data] of targets) {
			const tmp = `${path}.${process.pid}.tmp`;
			writeFileSync(tmp, data);
			temps.push(tmp);
		}
	} catch (e) {
		for (const tmp of temps) rmSync(tmp, { force: true });
		throw e;
	}
	targets.forEach(([path], i) => renameSync(temps[i] ?? '', path));
	return { source: parsed.output, proposals, written: targets.map(([p]) => p) };
}

/** The printed summary: N proposals, by place. */
export function summary(result: AddResult): string {
	const byPlace = new Map<string, number>();
	for (const p of result.proposals.proposals) byPlace.set(p.place, (byPlace.get(p.place) ?? 0) + 1);
	const places = [...byPlace].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const newPlaces = result.proposals.proposals.filter((p) => p.newPlace).map((p) => p.place);
	return [
		`Added source "${result.source.id}" (${result.source.file}, ${result.source.outlet}, published ${result.source.published}).`,
		`${result.proposals.proposals.length} proposal(s)${places.length ? `: ${places.map(([p, n]) => `${p} ${n}`).join(', ')}` : ''}.`,
		...(newPlaces.length
			? [`New places proposed (not yet in places.geojson): ${[...new Set(newPlaces)].join(', ')}.`]
			: []),
		`Wrote ${result.written.join(', ')}. Review them at /review in npm run dev.`
	].join('\n');
}

function main(): void {
	const geo = process.env.ATLAS_GEO_DIR ?? 'geo';
	try {
		console.log(summary(addSource(parseArgs(process.argv.slice(2)), geo)));
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		console.error(`source:add: ${e.message}`);
		process.exit(1);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
