/**
 * The state of every place at one date and horizon, as files a reader can take away: CSV for
 * spreadsheets and GeoJSON for GIS. Each row or feature carries the controller, how it is
 * known, and the citing reports with their verbatim excerpts and sources, so an exported
 * answer keeps its evidence attached.
 */
import { citationOf, citeInline, type Citation } from './cite';
import { dayToIso, describeWindow, type Day } from './dates';
import type { ClaimRef, PlaceState } from './timeline';
import type { Corpus, Report, Source } from './types';
import type { KnowledgeMode } from './vocabulary';
import { BASIS_LABEL, CONTROL_LABEL, stateSentence } from './words';

export interface ExportContext {
	readonly corpus: Corpus;
	readonly date: Day;
	readonly mode: KnowledgeMode;
	/**
	 * The source ids of a one-source lens (lens.ts), when one is on: the states were then
	 * computed from those sources' reports only, and every record says so.
	 */
	readonly lens?: readonly string[];
}

function citations(
	refs: readonly ClaimRef[],
	reports: ReadonlyMap<string, Report>,
	sources: ReadonlyMap<string, Source>
): Citation[] {
	return refs.map((ref) => {
		const r = reports.get(ref.report);
		const s = r ? sources.get(r.source) : undefined;
		if (!r || !s)
			throw new Error(`export: report ${ref.report} or its source is missing from the corpus`);
		return citationOf(ref, r, s);
	});
}

function lookups(corpus: Corpus) {
	return {
		reports: new Map(corpus.reports.map((r) => [r.id, r])),
		sources: new Map(corpus.sources.map((s) => [s.id, s])),
		places: new Map(corpus.places.map((p) => [p.id, p]))
	};
}

/** One plain record per place: what both the CSV and the GeoJSON say. */
export function exportRecords(states: readonly PlaceState[], ctx: ExportContext) {
	const { reports, sources, places } = lookups(ctx.corpus);
	const lens =
		ctx.lens && ctx.lens.length > 0
			? `only ${ctx.lens.map((id) => sources.get(id)?.outlet ?? id).join(', ')}`
			: 'all sources';
	return states.map((s) => {
		const p = places.get(s.place);
		if (!p) throw new Error(`export: unknown place ${s.place}`);
		return {
			place: s.place,
			name: p.name,
			nameAr: p.nameAr,
			date: dayToIso(ctx.date),
			view: ctx.mode === 'now' ? 'as known now' : 'as reported at the time',
			controller: s.controller,
			controllerLabel: CONTROL_LABEL[s.controller],
			basis: s.basis,
			basisLabel: BASIS_LABEL[s.basis],
			state: stateSentence(s, ctx.mode),
			sources: lens,
			disputed: s.disputed,
			uncertain: s.uncertain
				? `${CONTROL_LABEL[s.uncertain.from]} to ${CONTROL_LABEL[s.uncertain.to]}, ${describeWindow(s.uncertain.window)}`
				: null,
			since: s.since ? describeWindow(s.since) : null,
			until: s.until ? describeWindow(s.until) : null,
			supporting: citations(s.supporting, reports, sources),
			contradicting: citations(s.contradicting, reports, sources),
			superseded: citations(s.superseded, reports, sources),
			geometry: p.geometryNote
		};
	});
}

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function citeList(cs: readonly Citation[]): string {
	return cs.map(citeInline).join(' | ');
}

const CSV_COLUMNS = [
	'place',
	'name',
	'name_ar',
	'date',
	'view',
	'controller',
	'basis',
	'disputed',
	'uncertain',
	'since',
	'until',
	'supporting_reports',
	'supporting_excerpts',
	'contradicting_reports',
	'contradicting_excerpts',
	'superseded_reports',
	'superseded_excerpts',
	'state',
	'sources'
] as const;

/** Every place's state as CSV, one row per place, with its citations. */
export function statesToCsv(states: readonly PlaceState[], ctx: ExportContext): string {
	const rows = exportRecords(states, ctx).map((r) =>
		[
			r.place,
			r.name,
			r.nameAr,
			r.date,
			r.view,
			r.controller,
			r.basis,
			r.disputed,
			r.uncertain,
			r.since,
			r.until,
			r.supporting.map((c) => c.report).join(' '),
			citeList(r.supporting),
			r.contradicting.map((c) => c.report).join(' '),
			citeList(r.contradicting),
			r.superseded.map((c) => c.report).join(' '),
			citeList(r.superseded),
			r.state,
			r.sources
		]
			.map(csvCell)
			.join(',')
	);
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Every place's state as an RFC 7946 FeatureCollection: the place geometry plus the record. */
export function statesToGeoJson(
	states: readonly PlaceState[],
	ctx: ExportContext,
	geometries: ReadonlyMap<string, unknown>
): { type: 'FeatureCollection'; features: unknown[] } {
	return {
		type: 'FeatureCollection',
		features: exportRecords(states, ctx).map((r) => {
			const geometry = geometries.get(r.place);
			if (!geometry) throw new Error(`export: no geometry for ${r.place}`);
			return { type: 'Feature', id: r.place, geometry, properties: r };
		})
	};
}
