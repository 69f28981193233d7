import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join as join$1 } from "node:path";
import { parse } from "jsonc-parser";
import * as v from "valibot";
import { getIssues } from "@placemarkio/check-geojson";
import booleanClockwise from "@turf/boolean-clockwise";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import kinks from "@turf/kinks";
import { p as parseWindow } from "./vocabulary.js";
import { R as ReportSchema, S as SourcesFileSchema, b as SourceSchema, c as ReportsFileSchema, d as RelationSchema, a as anchorQuote, Q as QuoteError } from "./schema.js";
const GEO_FILES = {
  sources: "geo/sources/sources.json",
  reports: "geo/reports.json",
  places: "geo/places.geojson",
  /** The folder holding the captured texts. */
  texts: "geo/sources/"
};
const FILE_ORDER = [GEO_FILES.sources, GEO_FILES.reports, GEO_FILES.places];
const REGION_BBOX = { west: 35, south: 32, east: 45, north: 38.5 };
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));
const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const PlacePropertiesSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug")),
  name: NonEmpty,
  nameAr: v.pipe(NonEmpty, v.regex(new RegExp("\\p{Script=Arabic}", "u"), "must be written in Arabic script")),
  aliases: v.array(NonEmpty),
  country: NonEmpty,
  governorate: NonEmpty,
  /** [longitude, latitude], GeoJSON order. */
  center: v.strictTuple([Longitude, Latitude], "must be [longitude, latitude]"),
  /** The outlines are drawn by hand around the built-up area, not surveyed boundaries. */
  geometry: v.literal("approximate", 'must be "approximate"'),
  geometryNote: NonEmpty
});
const ReportRules = v.pipe(
  v.custom(() => true),
  ReportSchema.pipe[1],
  ReportSchema.pipe[2]
);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
function join(path, ...keys) {
  let out = path;
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
function issueKeys(issue) {
  return (issue.path ?? []).map(
    (item) => typeof item.key === "number" ? item.key : String(item.key)
  );
}
function issueMessage(issue) {
  if (issue.kind === "schema" && (issue.type === "strict_object" || issue.type === "object")) {
    if (issue.expected === "never") return `unknown field ${issue.received}`;
    if (issue.received === "undefined" && issue.expected?.startsWith('"')) {
      return `missing required field ${issue.expected}`;
    }
  }
  return issue.message;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
class Collector {
  problems = [];
  add(file, path, message) {
    this.problems.push({ file, path, message });
  }
  has(file, path) {
    return this.problems.some((p) => p.file === file && p.path === path);
  }
  issues(file, root, issues) {
    for (const issue of issues ?? []) {
      this.add(file, join(root, ...issueKeys(issue)), issueMessage(issue));
    }
  }
}
function validFields(entries, raw) {
  const out = {};
  if (!isRecord(raw)) return out;
  for (const [key, schema] of Object.entries(entries)) {
    const parsed = v.safeParse(schema, raw[key]);
    if (parsed.success) out[key] = parsed.output;
  }
  return out;
}
function listIn(file, key) {
  if (!isRecord(file)) return [];
  const list = file[key];
  return Array.isArray(list) ? list : [];
}
function findDuplicates(out, file, list, ids, what) {
  const firstAt = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => {
    if (id === void 0) return;
    const first = firstAt.get(id);
    if (first === void 0) firstAt.set(id, i);
    else
      out.add(
        file,
        join(list, i, "id"),
        `duplicate ${what} id "${id}": ${list}[${first}] has it too`
      );
  });
}
function occurrences(text, words) {
  const at = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) at.push(i);
  return at;
}
function findBody(out, path, name, text, body) {
  const file = GEO_FILES.sources;
  const anchor = (key) => {
    const words = body[key];
    const at = occurrences(text, words);
    if (at.length === 1) return at[0];
    const what = key === "first" ? "opening" : "closing";
    out.add(
      file,
      join(path, key),
      at.length === 0 ? `the article's ${what} words ${JSON.stringify(words)} are not in ${name} (they must be copied verbatim)` : `the article's ${what} words ${JSON.stringify(words)} occur ${at.length} times in ${name}: quote more words so they occur once`
    );
    return void 0;
  };
  const start = anchor("first");
  const last = anchor("last");
  if (start === void 0 || last === void 0) return void 0;
  const end = last + body.last.length;
  if (last < start) {
    out.add(
      file,
      join(path, "last"),
      `the closing words (at character ${last}) come before the opening words (at character ${start}) in ${name}`
    );
    return void 0;
  }
  return { start, end };
}
function checkSources(out, input) {
  const file = GEO_FILES.sources;
  out.issues(file, "", v.safeParse(SourcesFileSchema, input.sourcesFile).issues);
  const entries = listIn(input.sourcesFile, "sources").map((raw, i) => {
    const whole = v.safeParse(SourceSchema, raw);
    const fields = whole.success ? whole.output : validFields(SourceSchema.entries, raw);
    const published = fields.published === void 0 ? void 0 : parseWindow(fields.published);
    const text = fields.file === void 0 ? void 0 : input.texts[fields.file];
    const body = text === void 0 || fields.file === void 0 ? void 0 : fields.body === void 0 ? { start: 0, end: text.length } : findBody(out, join("sources", i, "body"), fields.file, text, fields.body);
    const source = whole.success && published && body ? {
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
    } : void 0;
    return { fields, published, text, source };
  });
  findDuplicates(
    out,
    file,
    "sources",
    entries.map((e) => e.fields.id),
    "source"
  );
  const available = Object.keys(input.texts).sort();
  const fileFirstAt = /* @__PURE__ */ new Map();
  entries.forEach(({ fields }, i) => {
    const name = fields.file;
    if (name === void 0) return;
    const first = fileFirstAt.get(name);
    if (first === void 0) fileFirstAt.set(name, i);
    else
      out.add(file, join("sources", i, "file"), `"${name}" is also the file of sources[${first}]`);
    if (input.texts[name] === void 0) {
      const there = available.length > 0 ? available.join(", ") : "none";
      out.add(
        file,
        join("sources", i, "file"),
        `no such file in ${GEO_FILES.texts}: "${name}" (files there: ${there})`
      );
      return;
    }
    const actual = input.hashes?.[name];
    if (actual !== void 0 && fields.sha256 !== void 0 && fields.sha256 !== actual) {
      out.add(
        file,
        join("sources", i, "sha256"),
        `does not match ${name}, whose SHA-256 is ${actual} (a changed capture moves every quote: re-check the quotes before updating the hash)`
      );
    }
  });
  return entries;
}
function quotePath(root, error, hasPrefix, hasSuffix) {
  switch (error.kind) {
    case "empty":
    case "not-found":
      return join(root, "quote", "exact");
    case "context-mismatch":
      if (hasPrefix && !hasSuffix) return join(root, "quote", "prefix");
      if (hasSuffix && !hasPrefix) return join(root, "quote", "suffix");
      return join(root, "quote");
    default:
      return join(root, "quote");
  }
}
function foldName(text) {
  return text.normalize("NFD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase().replace(/['’‘ʼ`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function namesPlace(quote, names) {
  const q = ` ${foldName(quote)} `;
  return names.some((name) => {
    const n = foldName(name);
    return n.length > 0 && q.includes(` ${n} `);
  });
}
function checkReports(out, input, sources, placeIds, placeNames) {
  const file = GEO_FILES.reports;
  out.issues(file, "", v.safeParse(ReportsFileSchema, input.reportsFile).issues);
  const raws = listIn(input.reportsFile, "reports");
  const parsed = raws.map((raw) => v.safeParse(ReportSchema, raw));
  const fieldsOf = parsed.map((whole, i) => {
    if (whole.success) return whole.output;
    const fields = validFields(ReportSchema.pipe[0].entries, raws[i]);
    const root = join("reports", i);
    for (const issue of v.safeParse(ReportRules, fields).issues ?? []) {
      const path = join(root, ...issueKeys(issue));
      if (!out.has(file, path)) out.add(file, path, issueMessage(issue));
    }
    return fields;
  });
  findDuplicates(
    out,
    file,
    "reports",
    fieldsOf.map((f) => f.id),
    "report"
  );
  const sourceById = /* @__PURE__ */ new Map();
  for (const entry of sources) {
    const id = entry.fields.id;
    if (id !== void 0 && !sourceById.has(id)) sourceById.set(id, entry);
  }
  const reportIds = new Set(fieldsOf.flatMap((f) => f.id === void 0 ? [] : [f.id]));
  return fieldsOf.map((fields, i) => {
    const root = join("reports", i);
    const raw = raws[i];
    const rawRelations = isRecord(raw) && Array.isArray(raw.relations) ? raw.relations : [];
    rawRelations.forEach((rel, k) => {
      const r2 = v.safeParse(RelationSchema, rel);
      if (!r2.success) return;
      const path = join(root, "relations", k, "report");
      if (fields.id !== void 0 && r2.output.report === fields.id) {
        out.add(file, path, `a report cannot relate to itself ("${fields.id}")`);
      } else if (!reportIds.has(r2.output.report)) {
        out.add(file, path, `no report with id "${r2.output.report}" in ${file}`);
      }
    });
    if (fields.place !== void 0 && placeIds !== void 0 && !placeIds.has(fields.place)) {
      out.add(file, join(root, "place"), `no place "${fields.place}" in ${GEO_FILES.places}`);
    }
    const start = fields.start == null ? fields.start : parseWindow(fields.start);
    const end = fields.end == null ? fields.end : parseWindow(fields.end);
    const displacedSince = fields.displacedSince == null ? null : parseWindow(fields.displacedSince);
    if (displacedSince && start && displacedSince.earliest > start.latest) {
      out.add(
        file,
        join(root, "displacedSince"),
        `the displaced force's hold begins (${fields.displacedSince}) after the report's start (${fields.start}): it must have held the place before it was taken from it`
      );
    }
    if (start && end && start.earliest > end.latest) {
      out.add(
        file,
        join(root, "end"),
        `the report ends (${fields.end}) before it starts (${fields.start})`
      );
    }
    let source;
    if (fields.source !== void 0) {
      source = sourceById.get(fields.source);
      if (source === void 0) {
        out.add(
          file,
          join(root, "source"),
          `no source with id "${fields.source}" in ${GEO_FILES.sources}`
        );
      }
    }
    if (start && source?.published && start.earliest > source.published.latest) {
      out.add(
        file,
        join(root, "start"),
        `starts ${fields.start}, after its source "${fields.source}" was published (${source.fields.published}): a source cannot report what had not yet happened`
      );
    }
    let anchor;
    if (fields.quote !== void 0 && source?.text !== void 0) {
      try {
        anchor = anchorQuote(source.text, fields.quote);
      } catch (e) {
        if (!(e instanceof QuoteError)) throw e;
        const path = quotePath(
          root,
          e,
          fields.quote.prefix !== void 0,
          fields.quote.suffix !== void 0
        );
        out.add(file, path, `${source.fields.file}: ${e.message}`);
      }
    }
    const names = fields.place === void 0 ? void 0 : placeNames.get(fields.place);
    if (anchor && fields.quote !== void 0 && names !== void 0 && fields.placeImplied === void 0 && !namesPlace(fields.quote.exact, names)) {
      out.add(
        file,
        join(root, "quote", "exact"),
        `does not name its place "${fields.place}" (${names.join(", ")}): quote the words that name it, or say in "placeImplied" why the place is meant (e.g. "the town")`
      );
    }
    const whole = parsed[i];
    if (!whole?.success || !anchor || !source?.source || start === void 0 || end === void 0) {
      return void 0;
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
      relations: r.relations.map((rel) => ({ ...rel }))
    };
  });
}
function stringifyWithPaths(value) {
  const spans = [];
  let json = "";
  const write = (val, path) => {
    const from = json.length;
    if (Array.isArray(val)) {
      json += "[";
      val.forEach((item, i) => {
        if (i > 0) json += ",";
        write(item, join(path, i));
      });
      json += "]";
    } else if (isRecord(val)) {
      json += "{";
      let first = true;
      for (const [key, item] of Object.entries(val)) {
        if (item === void 0 || typeof item === "function" || typeof item === "symbol") continue;
        if (!first) json += ",";
        first = false;
        const keyFrom = json.length;
        json += JSON.stringify(key);
        spans.push({ from: keyFrom, to: json.length, path: join(path, key) });
        json += ":";
        write(item, join(path, key));
      }
      json += "}";
    } else if (typeof val === "bigint") {
      json += String(val);
    } else {
      json += JSON.stringify(val) ?? "null";
    }
    spans.push({ from, to: json.length, path });
  };
  write(value, "");
  return { json, spans };
}
function pathAt(spans, from, to) {
  let best;
  for (const span of spans) {
    if (span.from <= from && to <= span.to) {
      if (!best || span.to - span.from < best.to - best.from) best = span;
    }
  }
  return best?.path ?? "";
}
function asRing(value) {
  if (!Array.isArray(value) || value.length < 4) return void 0;
  const ring = [];
  for (const pos of value) {
    if (!Array.isArray(pos) || pos.length < 2) return void 0;
    if (!pos.every((n) => typeof n === "number" && Number.isFinite(n))) return void 0;
    ring.push(pos);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return void 0;
  return ring;
}
function asPolygon(value) {
  if (!Array.isArray(value) || value.length === 0) return void 0;
  const rings = value.map(asRing);
  return rings.every((r) => r !== void 0) ? rings : void 0;
}
function fmt(pos) {
  return `[${pos.slice(0, 2).join(", ")}]`;
}
function checkPolygon(out, path, rings) {
  const file = GEO_FILES.places;
  const { west, south, east, north } = REGION_BBOX;
  rings.forEach((ring, r) => {
    ring.slice(0, -1).forEach((pos, p) => {
      const [lon = NaN, lat = NaN] = pos;
      if (lon < west || lon > east || lat < south || lat > north) {
        out.add(
          file,
          join(path, r, p),
          `${fmt(pos)} is outside the region (longitude ${west}–${east}, latitude ${south}–${north}); positions are [longitude, latitude]`
        );
      }
    });
    const clockwise = booleanClockwise(ring);
    if (r === 0 && clockwise) {
      out.add(
        file,
        join(path, r),
        "the exterior ring is clockwise; RFC 7946 wants it counter-clockwise (reverse its positions)"
      );
    } else if (r > 0 && !clockwise) {
      out.add(
        file,
        join(path, r),
        "the hole is counter-clockwise; RFC 7946 wants holes clockwise (reverse its positions)"
      );
    }
  });
  const crossings = kinks({ type: "Polygon", coordinates: [...rings] });
  if (crossings.features.length > 0) {
    const at = crossings.features.slice(0, 3).map((f) => fmt(f.geometry.coordinates)).join(", ");
    const more = crossings.features.length > 3 ? ` and ${crossings.features.length - 3} more` : "";
    out.add(file, path, `the polygon's edges cross (self-intersection) at ${at}${more}`);
  }
}
const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function checkPlaces(out, placesFile) {
  const file = GEO_FILES.places;
  const { json, spans } = stringifyWithPaths(placesFile);
  for (const issue of getIssues(json)) {
    out.add(file, pathAt(spans, issue.from, issue.to), issue.message);
  }
  if (!isRecord(placesFile) || placesFile.type !== "FeatureCollection") {
    if (!out.has(file, "")) out.add(file, "", "must be a GeoJSON FeatureCollection");
    return { ids: void 0, names: /* @__PURE__ */ new Map(), places: [] };
  }
  const features = listIn(placesFile, "features");
  if (features.length === 0 && !out.has(file, "features")) {
    out.add(file, "features", "lists no place: each feature is one place");
  }
  const ids = features.map((feature, i) => {
    if (!isRecord(feature)) return void 0;
    const id = feature.id;
    if (typeof id !== "string") {
      out.add(file, join("features", i, "id"), "must be a string: the place id");
      return void 0;
    }
    if (!PLACE_ID.test(id)) {
      out.add(
        file,
        join("features", i, "id"),
        `"${id}" is not a place id: it must be a lower-case slug such as "al-boukamal" (it appears in URLs)`
      );
      return void 0;
    }
    return id;
  });
  findDuplicates(out, file, "features", ids, "place");
  const names = /* @__PURE__ */ new Map();
  const places = features.map((feature, i) => {
    if (!isRecord(feature)) return void 0;
    const root = join("features", i);
    const props = v.safeParse(PlacePropertiesSchema, feature.properties);
    out.issues(file, join(root, "properties"), props.issues);
    const id = ids[i];
    if (props.success && id !== void 0 && !names.has(id)) {
      names.set(id, [props.output.name, ...props.output.aliases]);
    }
    if (props.success && id !== void 0 && props.output.id !== id) {
      out.add(file, join(root, "id"), `"${id}" differs from properties.id "${props.output.id}"`);
    }
    const geometry = feature.geometry;
    let polygons;
    let paths = [];
    if (!isRecord(geometry)) {
      out.add(file, join(root, "geometry"), "must be a Polygon or MultiPolygon");
    } else if (geometry.type === "Polygon") {
      const polygon = asPolygon(geometry.coordinates);
      polygons = polygon && [polygon];
      paths = [join(root, "geometry", "coordinates")];
    } else if (geometry.type === "MultiPolygon") {
      const parts = Array.isArray(geometry.coordinates) ? geometry.coordinates.map(asPolygon) : [];
      if (parts.length > 0 && parts.every((p2) => p2 !== void 0)) polygons = parts;
      paths = parts.map((_, j) => join(root, "geometry", "coordinates", j));
    } else {
      out.add(file, join(root, "geometry", "type"), "must be Polygon or MultiPolygon");
    }
    if (!polygons) {
      const at = join(root, "geometry");
      if (isRecord(geometry) && !out.problems.some((p2) => p2.file === file && p2.path.startsWith(at))) {
        out.add(file, join(at, "coordinates"), "has no polygon: a polygon needs an exterior ring");
      }
      return void 0;
    }
    polygons.forEach((rings, j) => checkPolygon(out, paths[j] ?? root, rings));
    if (!props.success) return void 0;
    const center = props.output.center;
    const shape = polygons.length === 1 && polygons[0] ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons };
    if (!booleanPointInPolygon([center[0], center[1]], shape)) {
      out.add(
        file,
        join(root, "properties", "center"),
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
  return { ids: new Set(ids.flatMap((id) => id === void 0 ? [] : [id])), names, places };
}
function recordIndex(path) {
  const m = /^\w+\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : -1;
}
function complete(list) {
  return list.every((x) => x !== void 0) ? [...list] : void 0;
}
function validateCorpus(input) {
  const out = new Collector();
  const sourceEntries = checkSources(out, input);
  const placesResult = checkPlaces(out, input.placesFile);
  const reports = checkReports(out, input, sourceEntries, placesResult.ids, placesResult.names);
  const problems = [...out.problems].sort(
    (a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || recordIndex(a.path) - recordIndex(b.path)
  );
  const sources = complete(sourceEntries.map((e) => e.source));
  const places = complete(placesResult.places);
  const allReports = complete(reports);
  if (problems.length > 0 || !sources || !places || !allReports) {
    if (problems.length === 0) {
      problems.push({ file: GEO_FILES.reports, path: "", message: "could not build the corpus" });
    }
    return { ok: false, problems };
  }
  return { ok: true, corpus: { places, sources, reports: allReports } };
}
function geoPath(dir, geoFile) {
  return join$1(dir, geoFile.replace(/^geo\//, ""));
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function jsonErrorOffset(text) {
  const errors = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false
  });
  return errors[0]?.offset ?? -1;
}
const UTF8 = new TextDecoder("utf-8", { fatal: true });
function readJson(dir, geoFile, problems) {
  const path = geoPath(dir, geoFile);
  if (!existsSync(path)) {
    problems.push({ file: geoFile, path: "", message: `file not found: ${path}` });
    return void 0;
  }
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    let where = "";
    if (offset >= 0) {
      const { line, column } = lineColumn(text, offset);
      where = ` at line ${line}, column ${column}`;
    }
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ");
    problems.push({ file: geoFile, path: "", message: `invalid JSON${where}: ${reason}` });
    return void 0;
  }
}
function loadGeoDir(dir) {
  const problems = [];
  const sourcesFile = readJson(dir, GEO_FILES.sources, problems);
  const reportsFile = readJson(dir, GEO_FILES.reports, problems);
  const placesFile = readJson(dir, GEO_FILES.places, problems);
  const texts = {};
  const hashes = {};
  const textDir = geoPath(dir, GEO_FILES.texts);
  const names = existsSync(textDir) ? readdirSync(textDir).filter((n) => n.endsWith(".txt")) : [];
  for (const name of names.sort()) {
    const bytes = readFileSync(join$1(textDir, name));
    hashes[name] = createHash("sha256").update(bytes).digest("hex");
    try {
      texts[name] = UTF8.decode(bytes);
    } catch {
      problems.push({
        file: `${GEO_FILES.texts}${name}`,
        path: "",
        message: "is not valid UTF-8 text"
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: { sourcesFile, reportsFile, placesFile, texts, hashes } };
}
export {
  loadGeoDir as l,
  validateCorpus as v
};
