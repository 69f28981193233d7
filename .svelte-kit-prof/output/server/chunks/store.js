import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { t as toReport, P as ProposalSchema, a as ProposalsFileSchema } from "./proposal.js";
import { l as loadGeoDir, v as validateCorpus } from "./load-geo.js";
const OUTLINE_KM = 1.5;
const VERTICES = 24;
const COUNTRY_NAMES = { SY: "Syria", IQ: "Iraq" };
function circleRing(lon, lat, km, vertices = VERTICES) {
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos(lat * Math.PI / 180));
  const ring = [];
  for (let i = 0; i < vertices; i++) {
    const a = 2 * Math.PI * i / vertices;
    ring.push([round(lon + dLon * Math.cos(a)), round(lat + dLat * Math.sin(a))]);
  }
  ring.push(ring[0] ?? [lon, lat]);
  return ring;
}
function round(x) {
  return Math.round(x * 1e5) / 1e5;
}
function newPlaceFeature(p) {
  const np = p.newPlace;
  if (!np) throw new Error(`proposal ${p.id} names no new place`);
  const arabic = np.aliases.find((a) => new RegExp("\\p{Script=Arabic}", "u").test(a));
  return {
    type: "Feature",
    id: p.place,
    properties: {
      id: p.place,
      name: np.name,
      ...arabic ? { nameAr: arabic } : {},
      aliases: np.aliases.filter((a) => a !== arabic),
      country: COUNTRY_NAMES[np.country] ?? np.country,
      governorate: "not known (GeoNames point only)",
      center: [np.lon, np.lat],
      geometry: "approximate",
      geometryNote: `Generated on acceptance in /review: a circle of ${OUTLINE_KM} km around the GeoNames point, not the outline of the town.`
    },
    geometry: { type: "Polygon", coordinates: [circleRing(np.lon, np.lat, OUTLINE_KM)] }
  };
}
function applyAccepted(reportsFile, placesFile, accepted) {
  const ids = new Set(reportsFile.reports.map((r) => r.id));
  const reports = [...reportsFile.reports];
  for (const p of accepted) {
    if (ids.has(p.id))
      throw new Error(`a report with id "${p.id}" already exists: give the claim another id`);
    ids.add(p.id);
    reports.push(toReport(p));
  }
  const placeIds = new Set(placesFile.features.map((f) => String(f.id ?? f.properties?.id)));
  const features = [...placesFile.features];
  for (const p of accepted) {
    if (placeIds.has(p.place) || !p.newPlace) continue;
    placeIds.add(p.place);
    features.push(newPlaceFeature(p));
  }
  return { reportsFile: { ...reportsFile, reports }, placesFile: { ...placesFile, features } };
}
function reviewGeoDir() {
  return process.env.ATLAS_GEO_DIR ?? "geo";
}
function sha(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
}
function read(path) {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
function versionOf(geo, source) {
  return sha(
    read(join(geo, "reports.json")),
    read(join(geo, "places.geojson")),
    read(join(geo, "proposals", `${source}.json`))
  );
}
function firstRing(geometry) {
  if (geometry?.type === "Polygon") return geometry.coordinates[0] ?? [];
  if (geometry?.type === "MultiPolygon")
    return geometry.coordinates[0]?.[0] ?? [];
  return [];
}
function loadReview(geo = reviewGeoDir()) {
  const sources = JSON.parse(read(join(geo, "sources", "sources.json"))).sources;
  const dir = join(geo, "proposals");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  const pending = [];
  for (const f of files) {
    const parsed = v.parse(ProposalsFileSchema, JSON.parse(readFileSync(join(dir, f), "utf8")));
    const source = sources.find((s) => s.id === parsed.source);
    if (!source || parsed.proposals.length === 0) continue;
    pending.push({
      id: source.id,
      outlet: source.outlet,
      published: source.published,
      text: readFileSync(join(geo, "sources", source.file), "utf8"),
      proposals: parsed.proposals,
      version: versionOf(geo, source.id)
    });
  }
  const placesFile = JSON.parse(read(join(geo, "places.geojson")));
  const places = placesFile.features.map((f) => ({
    id: String(f.id ?? f.properties?.id),
    name: String(f.properties?.name ?? f.id),
    center: f.properties?.center ?? [0, 0],
    ring: firstRing(f.geometry)
  }));
  const reports = JSON.parse(read(join(geo, "reports.json"))).reports.map(
    (r) => ({ id: r.id, place: r.place, controller: r.controller, start: r.start, end: r.end })
  );
  return { pending, places, reports, placeIds: places.map((p) => p.id) };
}
const SaveRequestSchema = v.strictObject({
  source: v.string(),
  version: v.string(),
  /** The claims to add: proposals as accepted or edited, and claims made from a selection. */
  accepted: v.array(ProposalSchema),
  /** Ids of the pending proposals decided (accepted, edited or rejected); the rest stay pending. */
  decided: v.array(v.string())
});
function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
const json = (value) => `${JSON.stringify(value, null, "	")}
`;
function saveReview(body, geo = reviewGeoDir()) {
  const parsed = v.safeParse(SaveRequestSchema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join(".") ?? "";
    return { ok: false, status: 400, message: `invalid request: ${path}: ${issue?.message}` };
  }
  const req = parsed.output;
  if (versionOf(geo, req.source) !== req.version) {
    return {
      ok: false,
      status: 409,
      message: "Not saved: the data changed since this page was loaded (someone saved in the meantime). Reload the page and make your edits again."
    };
  }
  const proposalsPath = join(geo, "proposals", `${req.source}.json`);
  const proposals = v.parse(ProposalsFileSchema, JSON.parse(read(proposalsPath)));
  for (const a of req.accepted) {
    if (a.source !== req.source) {
      return {
        ok: false,
        status: 400,
        message: `claim ${a.id} is from source ${a.source}, not ${req.source}`
      };
    }
  }
  const currentPlaces = JSON.parse(read(join(geo, "places.geojson")));
  let next;
  try {
    next = applyAccepted(JSON.parse(read(join(geo, "reports.json"))), currentPlaces, req.accepted);
  } catch (e) {
    return { ok: false, status: 422, message: `Not saved: ${e.message}` };
  }
  const loaded = loadGeoDir(geo);
  if (!loaded.ok)
    return {
      ok: false,
      status: 422,
      message: "Not saved: the data folder cannot be read",
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
  writeAtomically(join(geo, "reports.json"), json(next.reportsFile));
  if (next.placesFile.features.length !== currentPlaces.features.length) {
    writeAtomically(join(geo, "places.geojson"), json(next.placesFile));
  }
  writeAtomically(proposalsPath, json({ source: req.source, proposals: remaining }));
  return {
    ok: true,
    message: `Saved: ${req.accepted.length} claim(s) added to reports.json, ${decided.size} proposal(s) decided, ${remaining.length} still pending.`
  };
}
export {
  loadReview as l,
  saveReview as s
};
