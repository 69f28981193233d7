/**
 * Validation of the whole corpus in geo/: the records against the schemas (schema.ts), and
 * every rule that spans records or files. Pure: it is given the parsed files and the texts,
 * and never reads anything itself, so the build, the check script and the tests share it.
 *
 * Rules:
 * - Every problem is collected; nothing stops at the first. A record that fails its schema
 *   still takes part in the cross-file checks through the fields that are valid on their own,
 *   so fixing one problem does not uncover a second round of them.
 * - A problem names the file (as laid out in geo/) and the path inside it, in the form
 *   `reports[3].quote.exact` or `features[2].geometry.coordinates[0]`.
 * - Sources: ids unique; the capture file exists, its SHA-256 matches, no two sources share it;
 *   the body's first and last words are each found verbatim exactly once, first before last.
 * - Reports: ids unique; source, place and related reports resolve (never to the report itself);
 *   start is not after end; start is not after the source's latest publication day; the
 *   displaced force's hold (displacedSince) does not begin after the report's start; the quote
 *   selects exactly one place in the source text (quotes.ts) and names its place or one of the
 *   place's aliases (ignoring case, accents, hyphens and apostrophes) unless the report says in
 *   `placeImplied` why the place is meant.
 * - Places: valid GeoJSON (check-geojson); a FeatureCollection of at least one feature whose ids
 *   are unique slugs: they are the places, so a sixth place is one more feature. Each feature's
 *   `id` equals `properties.id`; Polygon or MultiPolygon geometry without
 *   self-intersections, exterior rings counter-clockwise and holes clockwise (RFC 7946),
 *   every position inside REGION_BBOX, and containing `properties.center`.
 * - The normalized Corpus is built only when there is no problem at all; records keep file order.
 */
import * as v from 'valibot';
import { getIssues } from '@placemarkio/check-geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import { parseWindow } from './dates';
import type { DayWindow } from './dates';
import { anchorQuote, QuoteError } from './quotes';
import {
	RelationSchema,
	ReportSchema,
	ReportsFileSchema,
	SourceSchema,
	SourcesFileSchema
} from './schema';
import type { ReportRecord, SourceRecord } from './schema';
import type { Anchor, Corpus, Place, Relation, Report, Source } from './types';

/** Where each input lives, as named in problems. */
export const GEO_FILES = {
	sources: 'geo/sources/sources.json',
	reports: 'geo/reports.json',
	places: 'geo/places.geojson',
	/** The folder holding the captured texts. */
	texts: 'geo/sources/'
} as const;

const FILE_ORDER: readonly string[] = [GEO_FILES.sources, GEO_FILES.reports, GEO_FILES.places];

/** The frontier region every place must lie in, in degrees (WGS 84). */
export const REGION_BBOX = { west: 35, south: 32, east: 45, north: 38.5 } as const;

/** One thing wrong with the data: which file, where in it, and what. */
export interface Problem {
	readonly file: string;
	/** Path inside the file, e.g. `reports[3].quote.exact`; empty for the whole file. */
	readonly path: string;
	readonly message: string;
}

/** Everything validateCorpus needs: the parsed files and the captured texts by file name. */
export interface CorpusInput {
	readonly sourcesFile: unknown;
	readonly reportsFile: unknown;
	readonly placesFile: unknown;
	/** The texts in geo/sources/, keyed by file name (`000_….txt`). */
	readonly texts: Readonly<Record<string, string>>;
	/** Lower-case hex SHA-256 of each text file's bytes, keyed by file name; checked when given. */
	readonly hashes?: Readonly<Record<string, string>>;
}

/** The outcome of validateCorpus: the corpus, or every problem found. */
export type ValidationResult =
	| { readonly ok: true; readonly corpus: Corpus }
	| { readonly ok: false; readonly problems: readonly Problem[] };

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));

/** The properties of one feature in geo/places.geojson. */
export const PlacePropertiesSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')),
	name: NonEmpty,
	nameAr: v.pipe(NonEmpty, v.regex(/\p{Script=Arabic}/u, 'must be written in Arabic script')),
	aliases: v.array(NonEmpty),
	country: NonEmpty,
	governorate: NonEmpty,
	/** [longitude, latitude], GeoJSON order. */
	center: v.strictTuple([Longitude, Latitude], 'must be [longitude, latitude]'),
	/** The outlines are drawn by hand around the built-up area, not surveyed boundaries. */
	geometry: v.literal('approximate', 'must be "approximate"'),
	geometryNote: NonEmpty
});
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

/** The cross-field rules of ReportSchema (its pipe after the object), run on partial records. */
const ReportRules = v.pipe(
	v.custom<ReportRecord>(() => true),
	ReportSchema.pipe[1],
	ReportSchema.pipe[2]
);

type Key = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Appends keys to a path: `reports[3]` + `quote`, `exact` → `reports[3].quote.exact`. */
function join(path: string, ...keys: readonly Key[]): string {
	let out = path;
	for (const key of keys) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

function issueKeys(issue: v.BaseIssue<unknown>): Key[] {
	return (issue.path ?? []).map((item) =>
		typeof item.key === 'number' ? item.key : String(item.key)
	);
}

/** valibot's message, reworded for the two object-shape issues whose wording is obscure. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && (issue.type === 'strict_object' || issue.type === 'object')) {
		if (issue.expected === 'never') return `unknown field ${issue.received}`;
		if (issue.received === 'undefined' && issue.expected?.startsWith('"')) {
			return `missing required field ${issue.expected}`;
		}
	}
	return issue.message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems for one file. */
class Collector {
	readonly problems: Problem[] = [];

	add(file: string, path: string, message: string): void {
		this.problems.push({ file, path, message });
	}

	has(file: string, path: string): boolean {
		return this.problems.some((p) => p.file === file && p.path === path);
	}

	issues(file: string, root: string, issues: readonly v.BaseIssue<unknown>[] | undefined): void {
		for (const issue of issues ?? []) {
			this.add(file, join(root, ...issueKeys(issue)), issueMessage(issue));
		}
	}
}

/**
 * Each field of a record that is valid on its own, parsed by its entry schema: what the
 * cross-file checks can still rely on when the record as a whole fails.
 */
function validFields<T>(
	entries: Readonly<Record<string, v.GenericSchema>>,
	raw: unknown
): Partial<T> {
	const out: Record<string, unknown> = {};
	if (!isRecord(raw)) return out as Partial<T>;
	for (const [key, schema] of Object.entries(entries)) {
		const parsed = v.safeParse(schema, raw[key]);
		if (parsed.success) out[key] = parsed.output;
	}
	return out as Partial<T>;
}

/** The array under `key` of a parsed file, or nothing when the file has no such array. */
function listIn(file: unknown, key: string): readonly unknown[] {
	if (!isRecord(file)) return [];
	const list = file[key];
	return Array.isArray(list) ? list : [];
}

function findDuplicates(
	out: Collector,
	file: string,
	list: string,
	ids: readonly (string | undefined)[],
	what: string
): void {
	const firstAt = new Map<string, number>();
	ids.forEach((id, i) => {
		if (id === undefined) return;
		const first = firstAt.get(id);
		if (first === undefined) firstAt.set(id, i);
		else
			out.add(
				file,
				join(list, i, 'id'),
				`duplicate ${what} id "${id}": ${list}[${first}] has it too`
			);
	});
}

// ---------------------------------------------------------------------------------------------
// Sources

interface SourceEntry {
	readonly fields: Partial<SourceRecord>;
	readonly published: DayWindow | undefined;
	/** The capture text, when the file is named validly and present. */
	readonly text: string | undefined;
	readonly source: Source | undefined;
}

/** Where `words` occur in `text`: every start offset (overlapping occurrences included). */
function occurrences(text: string, words: string): number[] {
	const at: number[] = [];
	for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) at.push(i);
	return at;
}

/**
 * The article's extent in its capture, from the exact opening and closing words: each must
 * occur exactly once (else the extent would be a guess), and the article must end after it begins.
 */
function findBody(
	out: Collector,
	path: string,
	name: string,
	text: string,
	body: { readonly first: string; readonly last: string }
): Source['body'] | undefined {
	const file = GEO_FILES.sources;
	const anchor = (key: 'first' | 'last'): number | undefined => {
		const words = body[key];
		const at = occurrences(text, words);
		if (at.length === 1) return at[0];
		const what = key === 'first' ? 'opening' : 'closing';
		out.add(
			file,
			join(path, key),
			at.length === 0
				? `the article's ${what} words ${JSON.stringify(words)} are not in ${name} (they must be copied verbatim)`
				: `the article's ${what} words ${JSON.stringify(words)} occur ${at.length} times in ${name}: quote more words so they occur once`
		);
		return undefined;
	};
	const start = anchor('first');
	const last = anchor('last');
	if (start === undefined || last === undefined) return undefined;
	const end = last + body.last.length;
	if (last < start) {
		out.add(
			file,
			join(path, 'last'),
			`the closing words (at character ${last}) come before the opening words (at character ${start}) in ${name}`
		);
		return undefined;
	}
	return { start, end };
}

function checkSources(out: Collector, input: CorpusInput): SourceEntry[] {
	const file = GEO_FILES.sources;
	out.issues(file, '', v.safeParse(SourcesFileSchema, input.sourcesFile).issues);

	const entries = listIn(input.sourcesFile, 'sources').map((raw, i): SourceEntry => {
		const whole = v.safeParse(SourceSchema, raw);
		const fields = whole.success
			? whole.output
			: validFields<SourceRecord>(SourceSchema.entries, raw);
		const published = fields.published === undefined ? undefined : parseWindow(fields.published);
		const text = fields.file === undefined ? undefined : input.texts[fields.file];
		const body =
			text === undefined || fields.file === undefined
				? undefined
				: fields.body === undefined
					? { start: 0, end: text.length }
					: findBody(out, join('sources', i, 'body'), fields.file, text, fields.body);
		const source: Source | undefined =
			whole.success && published && body
				? {
						id: whole.output.id,
						file: whole.output.file,
						outlet: whole.output.outlet,
						outletKind: whole.output.outletKind,
						headline: whole.output.headline,
						published,
						publishedText: whole.output.published,
						publishedEvidence: whole.output.publishedEvidence,
						url: whole.output.url,
						metadataNote: whole.output.metadataNote,
						body
					}
				: undefined;
		return { fields, published, text, source };
	});

	findDuplicates(
		out,
		file,
		'sources',
		entries.map((e) => e.fields.id),
		'source'
	);

	const available = Object.keys(input.texts).sort();
	const fileFirstAt = new Map<string, number>();
	entries.forEach(({ fields }, i) => {
		const name = fields.file;
		if (name === undefined) return;
		const first = fileFirstAt.get(name);
		if (first === undefined) fileFirstAt.set(name, i);
		else
			out.add(file, join('sources', i, 'file'), `"${name}" is also the file of sources[${first}]`);

		if (input.texts[name] === undefined) {
			const there = available.length > 0 ? available.join(', ') : 'none';
			out.add(
				file,
				join('sources', i, 'file'),
				`no such file in ${GEO_FILES.texts}: "${name}" (files there: ${there})`
			);
			return;
		}
		const actual = input.hashes?.[name];
		if (actual !== undefined && fields.sha256 !== undefined && fields.sha256 !== actual) {
			out.add(
				file,
				join('sources', i, 'sha256'),
				`does not match ${name}, whose SHA-256 is ${actual} ` +
					'(a changed capture moves every quote: re-check the quotes before updating the hash)'
			);
		}
	});
	return entries;
}

// ---------------------------------------------------------------------------------------------
// Reports

function quotePath(
	root: string,
	error: QuoteError,
	hasPrefix: boolean,
	hasSuffix: boolean
): string {
	switch (error.kind) {
		case 'empty':
		case 'not-found':
			return join(root, 'quote', 'exact');
		case 'context-mismatch':
			if (hasPrefix && !hasSuffix) return join(root, 'quote', 'prefix');
			if (hasSuffix && !hasPrefix) return join(root, 'quote', 'suffix');
			return join(root, 'quote');
		default:
			return join(root, 'quote');
	}
}

/**
 * Text folded for the "does the quote name its place" check: lower case, no accents, no
 * apostrophes (Qa’im, Qa'im and Qaim are one name), every other run of non-letters (hyphens,
 * spaces, punctuation) one space.
 */
export function foldName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’‘ʼ`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Whether `quote` names the place by its name or one of its aliases, as whole words (see foldName). */
export function namesPlace(quote: string, names: readonly string[]): boolean {
	const q = ` ${foldName(quote)} `;
	return names.some((name) => {
		const n = foldName(name);
		return n.length > 0 && q.includes(` ${n} `);
	});
}

function checkReports(
	out: Collector,
	input: CorpusInput,
	sources: readonly SourceEntry[],
	placeIds: ReadonlySet<string> | undefined,
	placeNames: ReadonlyMap<string, readonly string[]>
): (Report | undefined)[] {
	const file = GEO_FILES.reports;
	out.issues(file, '', v.safeParse(ReportsFileSchema, input.reportsFile).issues);

	const raws = listIn(input.reportsFile, 'reports');
	const parsed = raws.map((raw) => v.safeParse(ReportSchema, raw));
	const fieldsOf = parsed.map((whole, i): Partial<ReportRecord> => {
		if (whole.success) return whole.output;
		const fields = validFields<ReportRecord>(ReportSchema.pipe[0].entries, raws[i]);
		// The record-level rules did not run on a record whose fields failed: run them on the
		// valid fields, skipping any rule whose field already has a problem of its own.
		const root = join('reports', i);
		for (const issue of v.safeParse(ReportRules, fields).issues ?? []) {
			const path = join(root, ...issueKeys(issue));
			if (!out.has(file, path)) out.add(file, path, issueMessage(issue));
		}
		return fields;
	});

	findDuplicates(
		out,
		file,
		'reports',
		fieldsOf.map((f) => f.id),
		'report'
	);

	const sourceById = new Map<string, SourceEntry>();
	for (const entry of sources) {
		const id = entry.fields.id;
		if (id !== undefined && !sourceById.has(id)) sourceById.set(id, entry);
	}
	const reportIds = new Set(fieldsOf.flatMap((f) => (f.id === undefined ? [] : [f.id])));

	return fieldsOf.map((fields, i) => {
		const root = join('reports', i);
		const raw = raws[i];

		// Relations, one by one, so that one malformed relation does not hide the others.
		const rawRelations = isRecord(raw) && Array.isArray(raw.relations) ? raw.relations : [];
		rawRelations.forEach((rel, k) => {
			const r = v.safeParse(RelationSchema, rel);
			if (!r.success) return;
			const path = join(root, 'relations', k, 'report');
			if (fields.id !== undefined && r.output.report === fields.id) {
				out.add(file, path, `a report cannot relate to itself ("${fields.id}")`);
			} else if (!reportIds.has(r.output.report)) {
				out.add(file, path, `no report with id "${r.output.report}" in ${file}`);
			}
		});

		if (fields.place !== undefined && placeIds !== undefined && !placeIds.has(fields.place)) {
			out.add(file, join(root, 'place'), `no place "${fields.place}" in ${GEO_FILES.places}`);
		}

		const start = fields.start == null ? fields.start : parseWindow(fields.start);
		const end = fields.end == null ? fields.end : parseWindow(fields.end);
		const displacedSince =
			fields.displacedSince == null ? null : parseWindow(fields.displacedSince);
		if (displacedSince && start && displacedSince.earliest > start.latest) {
			out.add(
				file,
				join(root, 'displacedSince'),
				`the displaced force's hold begins (${fields.displacedSince}) after the report's start ` +
					`(${fields.start}): it must have held the place before it was taken from it`
			);
		}
		if (start && end && start.earliest > end.latest) {
			out.add(
				file,
				join(root, 'end'),
				`the report ends (${fields.end}) before it starts (${fields.start})`
			);
		}

		let source: SourceEntry | undefined;
		if (fields.source !== undefined) {
			source = sourceById.get(fields.source);
			if (source === undefined) {
				out.add(
					file,
					join(root, 'source'),
					`no source with id "${fields.source}" in ${GEO_FILES.sources}`
				);
			}
		}

		if (start && source?.published && start.earliest > source.published.latest) {
			out.add(
				file,
				join(root, 'start'),
				`starts ${fields.start}, after its source "${fields.source}" was published ` +
					`(${source.fields.published}): a source cannot report what had not yet happened`
			);
		}

		let anchor: Anchor | undefined;
		if (fields.quote !== undefined && source?.text !== undefined) {
			try {
				anchor = anchorQuote(source.text, fields.quote);
			} catch (e) {
				if (!(e instanceof QuoteError)) throw e;
				const path = quotePath(
					root,
					e,
					fields.quote.prefix !== undefined,
					fields.quote.suffix !== undefined
				);
				out.add(file, path, `${source.fields.file}: ${e.message}`);
			}
		}

		const names = fields.place === undefined ? undefined : placeNames.get(fields.place);
		if (
			anchor &&
			fields.quote !== undefined &&
			names !== undefined &&
			fields.placeImplied === undefined &&
			!namesPlace(fields.quote.exact, names)
		) {
			out.add(
				file,
				join(root, 'quote', 'exact'),
				`does not name its place "${fields.place}" (${names.join(', ')}): quote the words ` +
					'that name it, or say in "placeImplied" why the place is meant (e.g. "the town")'
			);
		}

		const whole = parsed[i];
		if (!whole?.success || !anchor || !source?.source || start === undefined || end === undefined) {
			return undefined;
		}
		const r = whole.output;
		return {
			id: r.id,
			place: r.place,
			kind: r.kind,
			controller: r.controller,
			displaced: r.displaced ?? null,
			displacedSince,
			start,
			end,
			when: r.when,
			source: r.source,
			published: source.source.published.latest,
			quote: r.quote,
			anchor,
			attribution: r.attribution,
			basis: r.basis,
			reasoning: r.reasoning ?? null,
			placeImplied: r.placeImplied ?? null,
			relations: r.relations.map((rel): Relation => ({ ...rel }))
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Places

interface Span {
	readonly from: number;
	readonly to: number;
	readonly path: string;
}

/** JSON text for a parsed value, with the character span of every value and key in it. */
function stringifyWithPaths(value: unknown): { json: string; spans: Span[] } {
	const spans: Span[] = [];
	let json = '';
	const write = (val: unknown, path: string): void => {
		const from = json.length;
		if (Array.isArray(val)) {
			json += '[';
			val.forEach((item: unknown, i) => {
				if (i > 0) json += ',';
				write(item, join(path, i));
			});
			json += ']';
		} else if (isRecord(val)) {
			json += '{';
			let first = true;
			for (const [key, item] of Object.entries(val)) {
				if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
				if (!first) json += ',';
				first = false;
				const keyFrom = json.length;
				json += JSON.stringify(key);
				spans.push({ from: keyFrom, to: json.length, path: join(path, key) });
				json += ':';
				write(item, join(path, key));
			}
			json += '}';
		} else if (typeof val === 'bigint') {
			json += String(val);
		} else {
			json += JSON.stringify(val) ?? 'null';
		}
		spans.push({ from, to: json.length, path });
	};
	write(value, '');
	return { json, spans };
}

/** The path of the smallest value that covers [from, to). */
function pathAt(spans: readonly Span[], from: number, to: number): string {
	let best: Span | undefined;
	for (const span of spans) {
		if (span.from <= from && to <= span.to) {
			if (!best || span.to - span.from < best.to - best.from) best = span;
		}
	}
	return best?.path ?? '';
}

type Ring = number[][];

/** A ring of at least four positions of at least two finite numbers, first equal to last. */
function asRing(value: unknown): Ring | undefined {
	if (!Array.isArray(value) || value.length < 4) return undefined;
	const ring: Ring = [];
	for (const pos of value) {
		if (!Array.isArray(pos) || pos.length < 2) return undefined;
		if (!pos.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
		ring.push(pos as number[]);
	}
	const first = ring[0];
	const last = ring[ring.length - 1];
	if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return undefined;
	return ring;
}

function asPolygon(value: unknown): Ring[] | undefined {
	if (!Array.isArray(value) || value.length === 0) return undefined;
	const rings = value.map(asRing);
	return rings.every((r): r is Ring => r !== undefined) ? rings : undefined;
}

function fmt(pos: readonly number[]): string {
	return `[${pos.slice(0, 2).join(', ')}]`;
}

function checkPolygon(out: Collector, path: string, rings: readonly Ring[]): void {
	const file = GEO_FILES.places;
	const { west, south, east, north } = REGION_BBOX;
	rings.forEach((ring, r) => {
		// The closing position repeats the first: check it once.
		ring.slice(0, -1).forEach((pos, p) => {
			const [lon = NaN, lat = NaN] = pos;
			if (lon < west || lon > east || lat < south || lat > north) {
				out.add(
					file,
					join(path, r, p),
					`${fmt(pos)} is outside the region (longitude ${west}–${east}, latitude ${south}–${north}); ` +
						'positions are [longitude, latitude]'
				);
			}
		});
		const clockwise = booleanClockwise(ring);
		if (r === 0 && clockwise) {
			out.add(
				file,
				join(path, r),
				'the exterior ring is clockwise; RFC 7946 wants it counter-clockwise (reverse its positions)'
			);
		} else if (r > 0 && !clockwise) {
			out.add(
				file,
				join(path, r),
				'the hole is counter-clockwise; RFC 7946 wants holes clockwise (reverse its positions)'
			);
		}
	});
	const crossings = kinks({ type: 'Polygon', coordinates: [...rings] });
	if (crossings.features.length > 0) {
		const at = crossings.features
			.slice(0, 3)
			.map((f) => fmt(f.geometry.coordinates))
			.join(', ');
		const more = crossings.features.length > 3 ? ` and ${crossings.features.length - 3} more` : '';
		out.add(file, path, `the polygon's edges cross (self-intersection) at ${at}${more}`);
	}
}

interface PlacesResult {
	/** The ids of the features, when the file is a FeatureCollection at all. */
	readonly ids: ReadonlySet<string> | undefined;
	/** Each place's name and aliases, by id, where its properties are valid. */
	readonly names: ReadonlyMap<string, readonly string[]>;
	readonly places: (Place | undefined)[];
}

const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkPlaces(out: Collector, placesFile: unknown): PlacesResult {
	const file = GEO_FILES.places;
	const { json, spans } = stringifyWithPaths(placesFile);
	for (const issue of getIssues(json)) {
		out.add(file, pathAt(spans, issue.from, issue.to), issue.message);
	}

	if (!isRecord(placesFile) || placesFile.type !== 'FeatureCollection') {
		if (!out.has(file, '')) out.add(file, '', 'must be a GeoJSON FeatureCollection');
		return { ids: undefined, names: new Map(), places: [] };
	}
	const features = listIn(placesFile, 'features');
	if (features.length === 0 && !out.has(file, 'features')) {
		out.add(file, 'features', 'lists no place: each feature is one place');
	}

	const ids = features.map((feature, i): string | undefined => {
		if (!isRecord(feature)) return undefined;
		const id = feature.id;
		if (typeof id !== 'string') {
			out.add(file, join('features', i, 'id'), 'must be a string: the place id');
			return undefined;
		}
		if (!PLACE_ID.test(id)) {
			out.add(
				file,
				join('features', i, 'id'),
				`"${id}" is not a place id: it must be a lower-case slug such as "al-boukamal" (it appears in URLs)`
			);
			return undefined;
		}
		return id;
	});
	findDuplicates(out, file, 'features', ids, 'place');
	const names = new Map<string, readonly string[]>();

	const places = features.map((feature, i): Place | undefined => {
		if (!isRecord(feature)) return undefined;
		const root = join('features', i);
		const props = v.safeParse(PlacePropertiesSchema, feature.properties);
		out.issues(file, join(root, 'properties'), props.issues);
		const id = ids[i];
		if (props.success && id !== undefined && !names.has(id)) {
			names.set(id, [props.output.name, ...props.output.aliases]);
		}
		if (props.success && id !== undefined && props.output.id !== id) {
			out.add(file, join(root, 'id'), `"${id}" differs from properties.id "${props.output.id}"`);
		}

		const geometry = feature.geometry;
		let polygons: Ring[][] | undefined;
		let paths: string[] = [];
		if (!isRecord(geometry)) {
			out.add(file, join(root, 'geometry'), 'must be a Polygon or MultiPolygon');
		} else if (geometry.type === 'Polygon') {
			const polygon = asPolygon(geometry.coordinates);
			polygons = polygon && [polygon];
			paths = [join(root, 'geometry', 'coordinates')];
		} else if (geometry.type === 'MultiPolygon') {
			const parts = Array.isArray(geometry.coordinates) ? geometry.coordinates.map(asPolygon) : [];
			if (parts.length > 0 && parts.every((p): p is Ring[] => p !== undefined)) polygons = parts;
			paths = parts.map((_, j) => join(root, 'geometry', 'coordinates', j));
		} else {
			out.add(file, join(root, 'geometry', 'type'), 'must be Polygon or MultiPolygon');
		}
		if (!polygons) {
			// Malformed coordinates are check-geojson's to report; an empty polygon passes it.
			const at = join(root, 'geometry');
			if (
				isRecord(geometry) &&
				!out.problems.some((p) => p.file === file && p.path.startsWith(at))
			) {
				out.add(file, join(at, 'coordinates'), 'has no polygon: a polygon needs an exterior ring');
			}
			return undefined;
		}
		polygons.forEach((rings, j) => checkPolygon(out, paths[j] ?? root, rings));

		if (!props.success) return undefined;
		const center = props.output.center;
		const shape =
			polygons.length === 1 && polygons[0]
				? { type: 'Polygon' as const, coordinates: polygons[0] }
				: { type: 'MultiPolygon' as const, coordinates: polygons };
		if (!booleanPointInPolygon([center[0], center[1]], shape)) {
			out.add(
				file,
				join(root, 'properties', 'center'),
				`${fmt(center)} is not inside the feature's polygon`
			);
		}
		const p = props.output;
		return {
			id: p.id,
			name: p.name,
			nameAr: p.nameAr,
			aliases: p.aliases,
			country: p.country,
			governorate: p.governorate,
			center: [center[0], center[1]],
			geometryNote: p.geometryNote
		};
	});

	return { ids: new Set(ids.flatMap((id) => (id === undefined ? [] : [id]))), names, places };
}

// ---------------------------------------------------------------------------------------------

/** The index of the record a path is in (`reports[3].quote` → 3); -1 for the file as a whole. */
function recordIndex(path: string): number {
	const m = /^\w+\[(\d+)\]/.exec(path);
	return m ? Number(m[1]) : -1;
}

function complete<T>(list: readonly (T | undefined)[]): T[] | undefined {
	return list.every((x): x is T => x !== undefined) ? [...list] : undefined;
}

/** Checks geo/ as a whole and returns the normalized corpus, or every problem found. */
export function validateCorpus(input: CorpusInput): ValidationResult {
	const out = new Collector();
	const sourceEntries = checkSources(out, input);
	const placesResult = checkPlaces(out, input.placesFile);
	const reports = checkReports(out, input, sourceEntries, placesResult.ids, placesResult.names);
	// By file, then by record; problems of one record stay in the order they were found.
	const problems = [...out.problems].sort(
		(a, b) =>
			FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) ||
			recordIndex(a.path) - recordIndex(b.path)
	);

	const sources = complete(sourceEntries.map((e) => e.source));
	const places = complete(placesResult.places);
	const allReports = complete(reports);
	if (problems.length > 0 || !sources || !places || !allReports) {
		if (problems.length === 0) {
			problems.push({ file: GEO_FILES.reports, path: '', message: 'could not build the corpus' });
		}
		return { ok: false, problems };
	}
	return { ok: true, corpus: { places, sources, reports: allReports } };
}
