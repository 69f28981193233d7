import { d as describeWindow, a as dayToIso } from "./vocabulary.js";
import { C as CONTROL_LABEL, d as BASIS_LABEL, a as stateSentence } from "./_page.js";
function citationOf(ref, r, s) {
  return {
    report: r.id,
    implied: ref.implied,
    excerpt: r.quote.exact,
    attribution: r.attribution,
    basis: ref.implied ? "inferred" : r.basis,
    outlet: s.outlet,
    headline: s.headline,
    published: describeWindow(s.published),
    url: s.url
  };
}
function citeInline(c) {
  return `“${c.excerpt}” — ${c.attribution.join(" → ")} (${c.outlet}, ${c.published}${c.url ? `, ${c.url}` : ""})${c.implied ? " [implied earlier holder]" : ""}`;
}
function citations(refs, reports, sources) {
  return refs.map((ref) => {
    const r = reports.get(ref.report);
    const s = r ? sources.get(r.source) : void 0;
    if (!r || !s)
      throw new Error(`export: report ${ref.report} or its source is missing from the corpus`);
    return citationOf(ref, r, s);
  });
}
function lookups(corpus) {
  return {
    reports: new Map(corpus.reports.map((r) => [r.id, r])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    places: new Map(corpus.places.map((p) => [p.id, p]))
  };
}
function exportRecords(states, ctx) {
  const { reports, sources, places } = lookups(ctx.corpus);
  const lens = ctx.lens && ctx.lens.length > 0 ? `only ${ctx.lens.map((id) => sources.get(id)?.outlet ?? id).join(", ")}` : "all sources";
  return states.map((s) => {
    const p = places.get(s.place);
    if (!p) throw new Error(`export: unknown place ${s.place}`);
    return {
      place: s.place,
      name: p.name,
      nameAr: p.nameAr,
      date: dayToIso(ctx.date),
      view: ctx.mode === "now" ? "as known now" : "as reported at the time",
      controller: s.controller,
      controllerLabel: CONTROL_LABEL[s.controller],
      basis: s.basis,
      basisLabel: BASIS_LABEL[s.basis],
      state: stateSentence(s, ctx.mode),
      sources: lens,
      disputed: s.disputed,
      uncertain: s.uncertain ? `${CONTROL_LABEL[s.uncertain.from]} to ${CONTROL_LABEL[s.uncertain.to]}, ${describeWindow(s.uncertain.window)}` : null,
      since: s.since ? describeWindow(s.since) : null,
      until: s.until ? describeWindow(s.until) : null,
      supporting: citations(s.supporting, reports, sources),
      contradicting: citations(s.contradicting, reports, sources),
      superseded: citations(s.superseded, reports, sources),
      geometry: p.geometryNote
    };
  });
}
function csvCell(value) {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function citeList(cs) {
  return cs.map(citeInline).join(" | ");
}
const CSV_COLUMNS = [
  "place",
  "name",
  "name_ar",
  "date",
  "view",
  "controller",
  "basis",
  "disputed",
  "uncertain",
  "since",
  "until",
  "supporting_reports",
  "supporting_excerpts",
  "contradicting_reports",
  "contradicting_excerpts",
  "superseded_reports",
  "superseded_excerpts",
  "state",
  "sources"
];
function statesToCsv(states, ctx) {
  const rows = exportRecords(states, ctx).map(
    (r) => [
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
      r.supporting.map((c) => c.report).join(" "),
      citeList(r.supporting),
      r.contradicting.map((c) => c.report).join(" "),
      citeList(r.contradicting),
      r.superseded.map((c) => c.report).join(" "),
      citeList(r.superseded),
      r.state,
      r.sources
    ].map(csvCell).join(",")
  );
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
function statesToGeoJson(states, ctx, geometries) {
  return {
    type: "FeatureCollection",
    features: exportRecords(states, ctx).map((r) => {
      const geometry = geometries.get(r.place);
      if (!geometry) throw new Error(`export: no geometry for ${r.place}`);
      return { type: "Feature", id: r.place, geometry, properties: r };
    })
  };
}
export {
  csvCell,
  exportRecords,
  statesToCsv,
  statesToGeoJson
};
