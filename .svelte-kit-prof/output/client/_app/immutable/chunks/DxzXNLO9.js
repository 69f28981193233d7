import { d as describeWindow } from "./BY9jFinB.js";
function citeSource(s) {
  const parts = [
    s.outlet,
    s.headline ? `“${s.headline}”` : "(headline not captured)",
    describeWindow(s.published)
  ];
  return `${parts.join(", ")}.${s.url ? ` ${s.url}` : ""}`;
}
function citeExcerpt(r, s) {
  return `“${r.quote.exact}” — ${r.attribution.join(" → ")}. ${citeSource(s)}`;
}
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
export {
  citeInline as a,
  citeExcerpt as b,
  citationOf as c
};
