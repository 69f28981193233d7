import * as v from "valibot";
import { p as parseWindow, b as CONTROLLERS } from "./vocabulary.js";
class QuoteError extends Error {
  kind;
  constructor(kind, message) {
    super(message);
    this.name = "QuoteError";
    this.kind = kind;
  }
}
const PEEK = 24;
function occurrences(text, needle) {
  const found = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}
function show(s) {
  return JSON.stringify(s);
}
function abbreviate(s, max = 60) {
  return s.length <= max ? show(s) : `${show(s.slice(0, max))}…`;
}
const QUOTE_FOLD = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
  "−": "-"
};
function loosen(original) {
  let text = "";
  const from = [];
  const to = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (/\s/u.test(ch)) {
      let j = i + ch.length;
      while (j < original.length && /\s/u.test(original[j] ?? "")) j++;
      text += " ";
      from.push(i);
      to.push(j);
      i = j;
      continue;
    }
    const folded = QUOTE_FOLD[ch] ?? ch.toLowerCase();
    const out = folded.length === ch.length ? folded : ch;
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text, from, to };
}
function looseMatches(text, exact) {
  const hay = loosen(text);
  const needle = loosen(exact).text.trim();
  if (needle.length === 0) return [];
  return occurrences(hay.text, needle).map((at) => ({
    start: hay.from[at] ?? 0,
    end: hay.to[at + needle.length - 1] ?? text.length
  }));
}
function notFound(text, exact) {
  const loose = looseMatches(text, exact);
  let message = `quote not found: ${abbreviate(exact)} does not occur in the text`;
  const first = loose[0];
  if (first) {
    const found = text.slice(first.start, first.end);
    const what = found.toLowerCase() === exact.toLowerCase() ? "differs only in letter case" : "differs in whitespace, quote marks, dashes or letter case";
    const where = loose.map((a) => a.start).join(", ");
    message += `; a loose match that ${what} is at offset${loose.length > 1 ? "s" : ""} ${where}: ${show(found)} (copy the text exactly as captured)`;
  }
  return new QuoteError("not-found", message);
}
function describeContext(text, at, exactLength, quote) {
  const parts = [];
  if (quote.prefix !== void 0) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    parts.push(`preceded by ${show(before)}`);
  }
  if (quote.suffix !== void 0) {
    const end = at + exactLength;
    parts.push(`followed by ${show(text.slice(end, end + quote.suffix.length))}`);
  }
  return `at ${at} ${parts.join(" and ")}`;
}
function given(quote) {
  const parts = [];
  if (quote.prefix !== void 0) parts.push(`prefix ${show(quote.prefix)}`);
  if (quote.suffix !== void 0) parts.push(`suffix ${show(quote.suffix)}`);
  return parts.join(" and ");
}
function anchorQuote(text, quote) {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) throw new QuoteError("empty", 'quote is empty: "exact" has no text');
  const all = occurrences(text, exact);
  if (all.length === 0) throw notFound(text, exact);
  const matching = all.filter(
    (at) => (prefix === void 0 || text.slice(Math.max(0, at - prefix.length), at) === prefix) && (suffix === void 0 || text.startsWith(suffix, at + exact.length))
  );
  const times = all.length === 1 ? "once" : `${all.length} times`;
  if (prefix === void 0 && suffix === void 0 && all.length > 1) {
    const where = all.map((at) => `${at} (after ${show(text.slice(Math.max(0, at - PEEK), at))})`).join(", ");
    throw new QuoteError(
      "ambiguous",
      `quote ${abbreviate(exact)} occurs ${times}, at offsets ${where}; add a prefix or suffix to say which one is meant`
    );
  }
  if (matching.length === 0) {
    const where = all.map((at) => describeContext(text, at, exact.length, quote)).join("; ");
    throw new QuoteError(
      "context-mismatch",
      `quote ${abbreviate(exact)} occurs ${times}, but no occurrence has the ${given(quote)}: the text has it ${where}`
    );
  }
  if (matching.length > 1) {
    throw new QuoteError(
      "still-ambiguous",
      `quote ${abbreviate(exact)} with ${given(quote)} still matches ${matching.length} places, at offsets ${matching.join(", ")}; lengthen the prefix or suffix`
    );
  }
  const start = matching[0] ?? 0;
  return { start, end: start + exact.length };
}
const REPORT_KINDS = [
  "took",
  // a force captured or liberated the place at the start date
  "retook",
  // a force took the place back after losing it
  "holds",
  // a force held the place at the start date (a snapshot; may be carried forward)
  "held",
  // a force held the place until the end date (a past state, often "seized from")
  "lost",
  // the previous holder could not keep the place: the text names the new state
  "withdrew",
  // a force left the place; the controller is who holds it after
  "contested"
  // fighting in or over the place
];
const RELATIONS = ["confirms", "contradicts", "corrects"];
const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "telesur-2017-11-09"')
);
const WindowText = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      parseWindow(s);
      return true;
    } catch {
      return false;
    }
  }, "must be a date: YYYY, YYYY-MM, YYYY-MM-DD, A/B or ../B (see src/lib/core/dates.ts)")
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));
const SourceSchema = v.strictObject({
  /** Readable slug, used by reports and in the UI. */
  id: Slug,
  /** File name in geo/sources/, the capture byte for byte. */
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, "must be a .txt file name in geo/sources/")),
  /** SHA-256 of the file, so a changed capture (which would move every quote offset) fails the check. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "must be a lower-case hex SHA-256")),
  outlet: NonEmpty,
  /** What kind of outlet: state media, wire copy, partisan site … */
  outletKind: NonEmpty,
  /** Null where the headline was not captured. */
  headline: v.nullable(NonEmpty),
  /** When it was published, as precisely as is known. */
  published: WindowText,
  /** The words in the text (or outside it) the publication date rests on. */
  publishedEvidence: NonEmpty,
  /** Null where no URL is reliably known. Never invented. */
  url: v.nullable(v.pipe(v.string(), v.url("must be an absolute URL"))),
  /** How the metadata above was established, and how sure it is. */
  metadataNote: NonEmpty,
  /**
   * Where the article itself begins and ends in the capture: its exact opening and closing
   * words, each found verbatim exactly once. Text before and after is page furniture
   * captured with it (menus, capture dates, comment prompts), not the article. Absent while
   * nobody has marked it yet (e.g. just after `npm run source:add`): the whole capture is then
   * treated as the article.
   */
  body: v.optional(
    v.strictObject({
      first: v.pipe(v.string(), v.minLength(3, "must quote at least a few characters")),
      last: v.pipe(v.string(), v.minLength(3, "must quote at least a few characters"))
    })
  )
});
const SourcesFileSchema = v.strictObject({
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, "must list at least one source"))
});
const QuoteSchema = v.strictObject({
  exact: v.pipe(v.string(), v.minLength(3, "must quote at least a few characters")),
  prefix: v.optional(v.pipe(v.string(), v.minLength(1))),
  suffix: v.optional(v.pipe(v.string(), v.minLength(1)))
});
const RelationSchema = v.strictObject({
  type: v.picklist(RELATIONS, `must be one of ${RELATIONS.join(", ")}`),
  report: Slug,
  /** Why: which part of the claim is confirmed, contradicted or corrected. */
  note: v.optional(NonEmpty)
});
const ReportSchema = v.pipe(
  v.strictObject({
    id: Slug,
    /** The id of a feature in geo/places.geojson. */
    place: Slug,
    kind: v.picklist(REPORT_KINDS, `must be one of ${REPORT_KINDS.join(", ")}`),
    /** Who holds the place over the claim's interval, per the text. */
    controller: v.picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(", ")}`),
    /** Who the text says held it before ("seized from ISIS"): an inferred earlier state. */
    displaced: v.optional(v.picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(", ")}`)),
    /**
     * The earliest the text supports for the displaced force's hold ("its three-year reign"):
     * the implied earlier state starts there. Absent or null: the text gives no bound.
     */
    displacedSince: v.optional(v.nullable(WindowText)),
    /** When the state began; null when the text gives no start ("held", "the last stronghold"). */
    start: v.nullable(WindowText),
    /** When it ended; null when open: it holds until a later event for the place. */
    end: v.nullable(WindowText),
    /** The text's own words for the time ("Thursday", "last weekend"), or how the date was derived. */
    when: NonEmpty,
    source: Slug,
    quote: QuoteSchema,
    /**
     * Why the report is about its place although the quote does not name it ("the town",
     * a headline about the capture): without it, the quote must name the place or an alias.
     */
    placeImplied: v.optional(NonEmpty),
    /** Who the claim is attributed to, from the original speaker to the outlet. */
    attribution: v.pipe(v.array(NonEmpty), v.minLength(1, "must name at least the outlet")),
    /** Stated in so many words, or inferred from context. */
    basis: v.picklist(["stated", "inferred"], 'must be "stated" or "inferred"'),
    /** Required for an inferred report: the reasoning, in plain words. */
    reasoning: v.optional(NonEmpty),
    relations: v.optional(v.array(RelationSchema), [])
  }),
  v.forward(
    v.check(
      (r) => r.basis !== "inferred" || r.reasoning !== void 0,
      "an inferred report must give its reasoning"
    ),
    ["reasoning"]
  ),
  v.forward(
    v.check((r) => r.start !== null || r.end !== null, "a report needs a start or an end date"),
    ["start"]
  ),
  v.forward(
    v.check(
      (r) => r.displacedSince == null || r.displaced !== void 0,
      'displacedSince bounds the hold of the displaced force: it needs "displaced"'
    ),
    ["displacedSince"]
  )
);
const ReportsFileSchema = v.strictObject({
  reports: v.pipe(v.array(ReportSchema), v.minLength(1, "must list at least one report"))
});
export {
  QuoteError as Q,
  ReportSchema as R,
  SourcesFileSchema as S,
  anchorQuote as a,
  SourceSchema as b,
  ReportsFileSchema as c,
  RelationSchema as d
};
