import { d as describeWindow } from "./vocabulary.js";
const NEG_INF = -1073741823;
const POS_INF = 1073741823;
const MAX_DAY = 4e8;
function isDay(d) {
  return Number.isInteger(d) && Math.abs(d) <= MAX_DAY;
}
function toDay32(d) {
  return d === -Infinity ? NEG_INF : d === Infinity ? POS_INF : d;
}
function fromDay32(v) {
  return v === NEG_INF ? -Infinity : v === POS_INF ? Infinity : v;
}
function grownI32(a, cap) {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function grownU8(a, cap) {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
function fit(a, n) {
  return a.length - n > a.length / 8 ? a.slice(0, n) : a.subarray(0, n);
}
class Growth {
  constructor(places) {
    this.places = places;
  }
  places;
  /** The index of the place being compiled. */
  place = 0;
  /**
   * A new capacity for output that now needs `need` entries and has room for `length`:
   * double while few places are done, then extrapolate from the places done to all places,
   * with a little to spare so that the final output rarely needs copying to size (see `fit`).
   */
  room(need, length) {
    const done = this.place + 1;
    if (done * 64 < this.places) return Math.max(need, length * 2);
    return Math.max(
      need + 1024,
      Math.ceil(length * 1.25),
      Math.ceil(need / done * this.places * 1.06)
    );
  }
}
const RECORD_INTS = 7;
const R_SIDES = 0;
const R_CONTRADICTING = 1;
const R_SUPERSEDED = 2;
const R_UNCERTAIN_WINDOW = 3;
const R_SINCE = 4;
const R_UNTIL = 5;
const R_CARRIED_FROM = 6;
const NO_DAY = NEG_INF;
const RECORD_BYTES = 4;
const R_CONTROLLER = 0;
const R_BASIS = 1;
const R_UNCERTAIN_FROM = 2;
const R_UNCERTAIN_TO = 3;
const BASIS_NONE = 0;
const BASIS_STATED = 1;
const BASIS_INFERRED = 2;
const BASIS_CARRIED = 3;
const BASIS_NAMES = ["none", "stated", "inferred", "carried"];
const UNKNOWN_CODE = 0;
const NO_REFS = Object.freeze([]);
const NO_SIDES = Object.freeze([]);
function stateOf(d, i, rec) {
  const objects = d.objects ?? newObjects(d);
  const state = objects.states[rec];
  return state !== void 0 ? state : materialize(d, objects, i, rec);
}
function newObjects(d) {
  const objects = {
    states: new Array(d.recordBytes.length / RECORD_BYTES),
    sides: new Array(d.listSides.length),
    refs: new Array(d.listSides.length),
    ref: new Array(d.reportIds.length * 2),
    windows: new Array(d.windows.length / 2),
    uncertain: /* @__PURE__ */ new Map()
  };
  d.objects = objects;
  return objects;
}
function windowOf(d, o, w) {
  if (w < 0) return null;
  let win = o.windows[w];
  if (win === void 0) {
    win = Object.freeze({
      earliest: fromDay32(d.windows[2 * w]),
      latest: fromDay32(d.windows[2 * w + 1])
    });
    o.windows[w] = win;
  }
  return win;
}
function refOf(d, o, e) {
  let r = o.ref[e];
  if (r === void 0) {
    r = Object.freeze({ report: d.reportIds[e >> 1], implied: (e & 1) === 1 });
    o.ref[e] = r;
  }
  return r;
}
function entryController(d, e) {
  return (e & 1) === 1 ? d.reportDisplaced[e >> 1] : d.reportController[e >> 1];
}
function refsOf(d, o, list) {
  if (list < 0) return NO_REFS;
  let refs = o.refs[list];
  if (refs === void 0) {
    const lo = d.listOff[list];
    const out = new Array(d.listOff[list + 1] - lo);
    for (let i = 0; i < out.length; i++) out[i] = refOf(d, o, d.listData[lo + i]);
    refs = Object.freeze(out);
    o.refs[list] = refs;
  }
  return refs;
}
function sideOf(d, o, c, lo, hi) {
  const claims = [];
  for (let j = lo; j < hi; j++) {
    if (entryController(d, d.listData[j]) === c) claims.push(refOf(d, o, d.listData[j]));
  }
  return Object.freeze({ controller: d.names[c], claims: Object.freeze(claims) });
}
function sidesOf(d, o, list) {
  if (list < 0) return NO_SIDES;
  let sides = o.sides[list];
  if (sides !== void 0) return sides;
  const lo = d.listOff[list];
  const hi = d.listOff[list + 1];
  const count = d.listSides[list];
  const out = new Array(count);
  if (count === 1) {
    out[0] = Object.freeze({
      controller: d.names[entryController(d, d.listData[lo])],
      claims: refsOf(d, o, list)
    });
  } else {
    let n = 0;
    for (let i = lo; i < hi; i++) {
      const c = entryController(d, d.listData[i]);
      let seen = false;
      for (let j = lo; j < i && !seen; j++) seen = entryController(d, d.listData[j]) === c;
      if (!seen) out[n++] = sideOf(d, o, c, i, hi);
    }
  }
  sides = Object.freeze(out);
  o.sides[list] = sides;
  return sides;
}
function uncertainOf(d, o, f, t, w) {
  const key = (w * 256 + f) * 256 + t;
  let u = o.uncertain.get(key);
  if (u === void 0) {
    u = Object.freeze({ from: d.names[f], to: d.names[t], window: windowOf(d, o, w) });
    o.uncertain.set(key, u);
  }
  return u;
}
function materialize(d, o, p, r) {
  const ints = d.recordInts;
  const bytes = d.recordBytes;
  const i = r * RECORD_INTS;
  const b = r * RECORD_BYTES;
  const sides = sidesOf(d, o, ints[i + R_SIDES]);
  const from = bytes[b + R_UNCERTAIN_FROM];
  const carriedFrom = ints[i + R_CARRIED_FROM];
  const uncertain = from === 0 ? null : uncertainOf(d, o, from - 1, bytes[b + R_UNCERTAIN_TO], ints[i + R_UNCERTAIN_WINDOW]);
  const state = Object.freeze({
    place: d.ids[p],
    controller: d.names[bytes[b + R_CONTROLLER]],
    basis: BASIS_NAMES[bytes[b + R_BASIS]],
    disputed: sides.length >= 2,
    sides,
    uncertain,
    supporting: sides.length > 0 ? sides[0].claims : NO_REFS,
    contradicting: refsOf(d, o, ints[i + R_CONTRADICTING]),
    superseded: refsOf(d, o, ints[i + R_SUPERSEDED]),
    since: windowOf(d, o, ints[i + R_SINCE]),
    until: windowOf(d, o, ints[i + R_UNTIL]),
    carriedFrom: carriedFrom === NO_DAY ? null : carriedFrom
  });
  o.states[r] = state;
  return state;
}
const CHANGE_CACHE_LIMIT = 32;
function data(t) {
  return t;
}
function placeIndex(d, place) {
  const i = d.index.get(place);
  if (i === void 0) throw new Error(`unknown place id ${JSON.stringify(place)}`);
  return i;
}
function checkDay(day, horizon) {
  if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
  if (Number.isNaN(horizon)) throw new Error("the horizon is not a number");
}
function countAtMost(a, lo, hi, x) {
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function bucketIndex(d, i, horizon) {
  const lo = d.pubOff[i];
  return d.bucketOff[i] + countAtMost(d.pubDays, lo, d.pubOff[i + 1], horizon) - lo;
}
function recordAt(d, i, day, horizon) {
  const o = bucketIndex(d, i, horizon);
  const lo = d.offsets[o];
  return d.segmentRecord[countAtMost(d.starts, lo + 1, d.offsets[o + 1], day) - 1];
}
function controlAt(t, place, day, horizon = Infinity) {
  checkDay(day, horizon);
  const d = data(t);
  const i = placeIndex(d, place);
  return stateOf(d, i, recordAt(d, i, day, horizon));
}
function controlAllAt(t, day, horizon, out) {
  checkDay(day, horizon);
  const d = data(t);
  const n = d.ids.length;
  for (let i = 0; i < n; i++) out[i] = stateOf(d, i, recordAt(d, i, day, horizon));
  return out;
}
function shownDifferently(d, a, b) {
  if (a === b) return false;
  const { recordInts: ints, recordBytes: bytes, listSides } = d;
  const i = a * RECORD_BYTES;
  const j = b * RECORD_BYTES;
  if (bytes[i + R_CONTROLLER] !== bytes[j + R_CONTROLLER]) return true;
  if (bytes[i + R_BASIS] !== bytes[j + R_BASIS]) return true;
  const sa = ints[a * RECORD_INTS + R_SIDES];
  const sb = ints[b * RECORD_INTS + R_SIDES];
  if ((sa >= 0 && listSides[sa] >= 2) !== (sb >= 0 && listSides[sb] >= 2)) return true;
  if (bytes[i + R_UNCERTAIN_FROM] !== bytes[j + R_UNCERTAIN_FROM]) return true;
  if (bytes[i + R_UNCERTAIN_FROM] === 0) return false;
  return bytes[i + R_UNCERTAIN_TO] !== bytes[j + R_UNCERTAIN_TO] || ints[a * RECORD_INTS + R_UNCERTAIN_WINDOW] !== ints[b * RECORD_INTS + R_UNCERTAIN_WINDOW];
}
function changeDays(t, horizon = Infinity) {
  if (Number.isNaN(horizon)) throw new Error("the horizon is not a number");
  const d = data(t);
  const cached = d.changeCache.get(horizon);
  if (cached !== void 0) return cached;
  const days = [];
  for (let p = 0; p < d.ids.length; p++) {
    const o = bucketIndex(d, p, horizon);
    const hi = d.offsets[o + 1];
    for (let i = d.offsets[o] + 1; i < hi; i++) {
      if (shownDifferently(d, d.segmentRecord[i - 1], d.segmentRecord[i])) {
        days.push(fromDay32(d.starts[i]));
      }
    }
  }
  days.sort((a, b) => a - b);
  const unique = [];
  for (const x of days) if (unique.length === 0 || unique[unique.length - 1] !== x) unique.push(x);
  const result = Object.freeze(unique);
  if (d.changeCache.size >= CHANGE_CACHE_LIMIT) d.changeCache.clear();
  d.changeCache.set(horizon, result);
  return result;
}
function publicationDays(t) {
  return data(t).publications;
}
function dateRange(t) {
  const range = data(t).range;
  if (range === null) throw new Error("the timeline has no reports, so it has no date range");
  return range;
}
function placeIds(t) {
  return data(t).ids;
}
const STORY_MARGIN_DAYS = 7;
function storyWindow(t, reports, margin = STORY_MARGIN_DAYS) {
  if (!Number.isInteger(margin) || margin < 0) {
    throw new Error(`the story margin must be a whole number of days >= 0, got ${margin}`);
  }
  const range = dateRange(t);
  let lo = Infinity;
  let hi = -Infinity;
  const take = (d) => {
    if (!Number.isFinite(d)) return;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  };
  for (const r of reports) {
    if (r.start) take(r.start.latest);
    if (r.end) take(r.end.earliest);
  }
  if (lo > hi) return range;
  return {
    first: Math.max(range.first, Math.min(range.last, lo - margin)),
    last: Math.min(range.last, Math.max(range.first, hi + margin))
  };
}
function statesDiffer(now, reported) {
  return now.controller !== reported.controller || now.disputed !== reported.disputed || now.uncertain === null !== (reported.uncertain === null);
}
function viewDifferences(now, reported) {
  if (now.length !== reported.length) {
    throw new Error(`state lists differ in length: ${now.length} now, ${reported.length} reported`);
  }
  const out = [];
  for (let i = 0; i < now.length; i++) {
    const n = now[i];
    const r = reported[i];
    if (n.place !== r.place)
      throw new Error(`state ${i} is ${n.place} now but ${r.place} reported`);
    if (r.controller !== "unknown" && statesDiffer(n, r))
      out.push({ place: n.place, now: n, reported: r });
  }
  return out;
}
function firstStoryDay(t, window) {
  const pubs = publicationDays(t);
  const n = placeIds(t).length;
  const now = new Array(n);
  const reported = new Array(n);
  const from = Math.max(window.first, pubs[0] ?? window.first);
  let anyDifference = null;
  for (let d = from; d <= window.last; d++) {
    controlAllAt(t, d, Infinity, now);
    controlAllAt(t, d, d, reported);
    const diffs = viewDifferences(now, reported);
    if (diffs.some((x) => x.now.controller !== x.reported.controller)) return d;
    if (anyDifference === null && diffs.length > 0) anyDifference = d;
  }
  return anyDifference ?? window.last;
}
function changeEvents(t, horizon = Infinity, window = null) {
  const ids = placeIds(t);
  const out = [];
  for (const day of changeDays(t, horizon)) {
    if (window && (day < window.first || day > window.last)) continue;
    for (const place of ids) {
      const state = controlAt(t, place, day, horizon);
      const previous = controlAt(t, place, day - 1, horizon);
      if (statesDiffer(state, previous)) {
        out.push({ day, place, state, previous });
      }
    }
  }
  return out;
}
const CARRIED_FADE = Object.freeze({ fullDays: 7, floorDays: 60, floor: 0.35 });
const INFERRED_STRENGTH = 0.6;
function carriedFromOf(s) {
  return s.basis === "carried" ? s.carriedFrom : null;
}
function evidenceStrength(s, day) {
  switch (s.basis) {
    case "stated":
      return 1;
    case "inferred":
      return INFERRED_STRENGTH;
    case "none":
      return 0;
    case "carried": {
      const from = carriedFromOf(s);
      if (from === null) return 1;
      const age = day - from;
      const { fullDays, floorDays, floor } = CARRIED_FADE;
      if (age <= fullDays) return 1;
      if (age >= floorDays) return floor;
      const k = (age - fullDays) / (floorDays - fullDays);
      return Math.round((1 - k * (1 - floor)) * 100) / 100;
    }
  }
}
const HOLDER = Object.freeze({
  "syrian-government": "Syrian government",
  isis: "ISIS",
  "iraqi-government": "Iraqi government",
  sdf: "SDF",
  contested: "contested",
  unknown: "no report"
});
function shortWindow(w) {
  return describeWindow(w).replace(/ \d{4}$/, "").replace(/ \d{4} –/, " –").replace(
    /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g,
    (m) => m.slice(0, 3)
  );
}
function holderWords(s) {
  const parts = [HOLDER[s.controller]];
  if (s.since && s.controller !== "unknown") {
    parts[0] += Number.isFinite(s.since.earliest) ? s.since.earliest === s.since.latest ? ` since ${shortWindow(s.since)}` : ` from ${shortWindow(s.since)}` : ` since ${shortWindow(s.since)}`;
  }
  if (s.disputed) parts.push("disputed");
  if (s.uncertain) {
    parts.push(`may have changed to ${HOLDER[s.uncertain.to]} ${shortWindow(s.uncertain.window)}`);
  }
  return parts.join(", ");
}
function differenceLine(placeName, d) {
  const reported = holderWords(d.reported);
  const now = holderWords(d.now);
  const shared = `${reported}, `;
  const added = now.startsWith(shared) ? now.slice(shared.length) : now;
  return `${placeName}: reported ${reported} — known now: ${added}`;
}
function changesOn(t, day, horizon = Infinity) {
  const out = [];
  for (const place of placeIds(t)) {
    const state = controlAt(t, place, day, horizon);
    const previous = controlAt(t, place, day - 1, horizon);
    if (statesDiffer(state, previous)) out.push({ day, place, state, previous });
  }
  return out;
}
const CONTROLLER_STYLE = Object.freeze({
  "syrian-government": { fill: "#d62728", text: "#ffffff" },
  isis: { fill: "#333333", text: "#ffffff" },
  "iraqi-government": { fill: "#5b5bd6", text: "#ffffff" },
  sdf: { fill: "#f2c300", text: "#1a1a1a" },
  contested: { fill: "#d9730d", text: "#1a1a1a" },
  unknown: { fill: "#c9c9c9", text: "#1a1a1a" }
});
const HATCH_STRIPE = "#2b2b2b";
const INFERRED_STRIPE = "#ffffff";
const SWATCH_STRIPES = Object.freeze({
  hatch: { width: 2, period: 5, color: HATCH_STRIPE, alpha: 1 },
  inferred: { width: 1.5, period: 4, color: INFERRED_STRIPE, alpha: 0.7 }
});
const UNCERTAIN_DOTS = Object.freeze({
  radius: 0.9,
  period: 4,
  color: "#ffffff",
  alpha: 0.95
});
function swatchBackground(value) {
  const { fill } = CONTROLLER_STYLE[value];
  if (value !== "contested") return fill;
  const { width, period } = SWATCH_STRIPES.hatch;
  return `repeating-linear-gradient(135deg, ${HATCH_STRIPE} 0 ${width}px, ${fill} ${width}px ${period}px)`;
}
function evidenceSwatch(value, basis, strength) {
  if (value === "unknown" || basis === "none") return { background: "transparent", opacity: 1 };
  const base = swatchBackground(value);
  const { width, period, alpha } = SWATCH_STRIPES.inferred;
  const stripe = `${INFERRED_STRIPE}${Math.round(alpha * 255).toString(16).padStart(2, "0")}`;
  const background = basis === "inferred" ? `repeating-linear-gradient(45deg, ${stripe} 0 ${width}px, transparent ${width}px ${period}px), ${base}` : base;
  return { background, opacity: swatchOpacity(strength) };
}
function swatchOpacity(strength) {
  return Math.max(CARRIED_FADE.floor, Math.min(1, strength));
}
export {
  UNCERTAIN_DOTS as A,
  BASIS_INFERRED as B,
  CARRIED_FADE as C,
  evidenceSwatch as D,
  storyWindow as E,
  firstStoryDay as F,
  Growth as G,
  changeEvents as H,
  publicationDays as I,
  changesOn as J,
  CONTROLLER_STYLE as K,
  NO_DAY as N,
  RECORD_INTS as R,
  UNKNOWN_CODE as U,
  grownU8 as a,
  BASIS_STATED as b,
  BASIS_CARRIED as c,
  RECORD_BYTES as d,
  R_SIDES as e,
  fit as f,
  grownI32 as g,
  R_CONTROLLER as h,
  R_BASIS as i,
  R_CONTRADICTING as j,
  R_SUPERSEDED as k,
  R_UNCERTAIN_FROM as l,
  R_UNCERTAIN_TO as m,
  R_UNCERTAIN_WINDOW as n,
  R_SINCE as o,
  R_UNTIL as p,
  R_CARRIED_FROM as q,
  BASIS_NONE as r,
  NEG_INF as s,
  toDay32 as t,
  isDay as u,
  evidenceStrength as v,
  dateRange as w,
  controlAllAt as x,
  viewDifferences as y,
  differenceLine as z
};
