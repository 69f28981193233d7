/**
 * The files behind the dev-only /review page: reading the pending proposals with their sources,
 * and saving the reviewer's decisions into reports.json and places.geojson.
 *
 * Rules:
 * - Server only, and only in `npm run dev`: the route refuses to run it otherwise.
 * - The geo folder is ATLAS_GEO_DIR (the e2e test points it at a scratch copy), else geo/.
 * - A save names the version it was made against (a hash of reports.json, places.geojson and
 *   the source's proposals file as loaded); if any of them changed since, nothing is written.
 * - The result is run through the data check (validateCorpus) before anything is written; if it
 *   fails, nothing is written and every problem is returned.
 * - Each file is written to a temporary name and renamed over the old one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { applyAccepted } from '$lib/core/extract/accept';
import {
	ProposalSchema,
	ProposalsFileSchema,
	type Proposal,
	type ProposalsFile
} from '$lib/core/extract/proposal';
import { validateCorpus, type Problem } from '$lib/core/validate';
import { loadGeoDir } from '$lib/server/load-geo';

/** The geo folder the review page reads and writes. */
export function reviewGeoDir(): string {
	return process.env.ATLAS_GEO_DIR ?? 'geo';
}

/** A place as the preview draws it. */
export interface PreviewPlace {
	readonly id: string;
	readonly name: string;
	readonly center: readonly [number, number];
	readonly ring: readonly (readonly [number, number])[];
}

/** A report as the preview colours it. */
export interface PreviewReport {
	readonly id: string;
	readonly place: string;
	readonly controller: string;
	readonly start: string | null;
	readonly end: string | null;
}

export interface PendingSource {
	readonly id: string;
	readonly outlet: string;
	readonly published: string;
	readonly text: string;
	readonly proposals: readonly Proposal[];
	/** The version the page must send back with a save for this source. */
	readonly version: string;
}

export interface ReviewData {
	readonly pending: readonly PendingSource[];
	readonly places: readonly PreviewPlace[];
	readonly reports: readonly PreviewReport[];
	readonly placeIds: readonly string[];
}

function sha(...parts: string[]): string {
	const h = createHash('sha256');
	for (const p of parts) h.update(p).update('\0');
	return h.digest('hex');
}

function read(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function versionOf(geo: string, source: string): string {
	return sha(
		read(join(geo, 'reports.json')),
		read(join(geo, 'places.geojson')),
		read(join(geo, 'proposals', `${source}.json`))
	);
}

function firstRing(geometry: GeoJSON.Geometry | null): [number, number][] {
	if (geometry?.type === 'Polygon') return (geometry.coordinates[0] ?? []) as [number, number][];
	if (geometry?.type === 'MultiPolygon')
		return (geometry.coordinates[0]?.[0] ?? []) as [number, number][];
	return [];
}

/** Everything the review page shows. */
export function loadReview(geo = reviewGeoDir()): ReviewData {
	const sources = JSON.parse(read(join(geo, 'sources', 'sources.json'))).sources as {
		id: string;
		file: string;
		outlet: string;
		published: string;
	}[];
	const dir = join(geo, 'proposals');
	const files = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	const pending: PendingSource[] = [];
	for (const f of files) {
		const parsed = v.parse(ProposalsFileSchema, JSON.parse(readFileSync(join(dir, f), 'utf8')));
		const source = sources.find((s) => s.id === parsed.source);
		if (!source || parsed.proposals.length === 0) continue;
		pending.push({
			id: source.id,
			outlet: source.outlet,
			published: source.published,
			text: readFileSync(join(geo, 'sources', source.file), 'utf8'),
			proposals: parsed.proposals,
			version: versionOf(geo, source.id)
		});
	}
	const placesFile = JSON.parse(read(join(geo, 'places.geojson'))) as GeoJSON.FeatureCollection;
	const places = placesFile.features.map((f) => ({
		id: String(f.id ?? f.properties?.id),
		name: String(f.properties?.name ?? f.id),
		center: (f.properties?.center ?? [0, 0]) as [number, number],
		ring: firstRing(f.geometry)
	}));
	const reports = (JSON.parse(read(join(geo, 'reports.json'))).reports as PreviewReport[]).map(
		(r) => ({ id: r.id, place: r.place, controller: r.controller, start: r.start, end: r.end })
	);
	return { pending, places, reports, placeIds: places.map((p) => p.id) };
}

/** What the page sends to save one source's decisions. */
export const SaveRequestSchema = v.strictObject({
	source: v.string(),
	version: v.string(),
	/** The claims to add: proposals as accepted or edited, and claims made from a selection. */
	accepted: v.array(ProposalSchema),
	/** Ids of the pending proposals decided (accepted, edited or rejected); the rest stay pending. */
	decided: v.array(v.string())
});
export type SaveRequest = v.InferOutput<typeof SaveRequestSchema>;

export type SaveResult =
	| { readonly ok: true; readonly message: string }
	| {
			readonly ok: false;
			readonly status: 400 | 409 | 422;
			readonly message: string;
			readonly problems?: readonly Problem[];
	  };

function writeAtomically(path: string, text: string): void {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** Saves one source's decisions; writes nothing unless the version matches and the data check passes. */
export function saveReview(body: unknown, geo = reviewGeoDir()): SaveResult {
	const parsed = v.safeParse(SaveRequestSchema, body);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
		return { ok: false, status: 400, message: `invalid request: ${path}: ${issue?.message}` };
	}
	const req = parsed.output;
	if (versionOf(geo, req.source) !== req.version) {
		return {
			ok: false,
			status: 409,
			message:
				'Not saved: the data changed since this page was loaded (someone saved in the meantime). Reload the page and make your edits again.'
		};
	}
	const proposalsPath = join(geo, 'proposals', `${req.source}.json`);
	const proposals = v.parse(ProposalsFileSchema, JSON.parse(read(proposalsPath))) as ProposalsFile;
	for (const a of req.accepted) {
		if (a.source !== req.source) {
			return {
				ok: false,
				status: 400,
				message: `claim ${a.id} is from source ${a.source}, not ${req.source}`
			};
		}
	}
	const currentPlaces = JSON.parse(read(join(geo, 'places.geojson'))) as GeoJSON.FeatureCollection;
	let next: ReturnType<typeof applyAccepted>;
	try {
		next = applyAccepted(JSON.parse(read(join(geo, 'reports.json'))), currentPlaces, req.accepted);
	} catch (e) {
		return { ok: false, status: 422, message: `Not saved: ${(e as Error).message}` };
	}
	const loaded = loadGeoDir(geo);
	if (!loaded.ok)
		return {
			ok: false,
			status: 422,
			message: 'Not saved: the data folder cannot be read',
			problems: loaded.problems
		};
	const check = validateCorpus({
		...loaded.input,
		reportsFile: next.reportsFile,
		placesFile: next.placesFile
	});
	if (!check.ok) {
		return {
			ok: false,
			status: 422,
			message: `Not saved: the data check fails on the result (${check.problems.length} problem(s)).`,
			problems: check.problems
		};
	}
	const decided = new Set(req.decided);
	const remaining = proposals.proposals.filter((p) => !decided.has(p.id));
	writeAtomically(join(geo, 'reports.json'), json(next.reportsFile));
	if (next.placesFile.features.length !== currentPlaces.features.length) {
		writeAtomically(join(geo, 'places.geojson'), json(next.placesFile));
	}
	writeAtomically(proposalsPath, json({ source: req.source, proposals: remaining }));
	return {
		ok: true,
		message: `Saved: ${req.accepted.length} claim(s) added to reports.json, ${decided.size} proposal(s) decided, ${remaining.length} still pending.`
	};
}
