import { d as derived, a as attr, b as bind_props, e as escape_html, c as attr_class, f as attr_style, h as ensure_array_like, i as stringify, j as head } from "./root.js";
import "clsx";
import "@sveltejs/kit/internal";
import "./url.js";
import "./utils2.js";
import "@sveltejs/kit/internal/server";
import "./exports.js";
import "./state.svelte.js";
import { f as formatDayLong, d as describeWindow, C as CONTROL_VALUES, i as isoToDay, a as dayToIso, V as VIEW_MODES, R as REGION, w as weekday } from "./vocabulary.js";
import { g as grownI32, a as grownU8, f as fit, U as UNKNOWN_CODE, B as BASIS_INFERRED, b as BASIS_STATED, c as BASIS_CARRIED, R as RECORD_INTS, d as RECORD_BYTES, e as R_SIDES, h as R_CONTROLLER, i as R_BASIS, j as R_CONTRADICTING, k as R_SUPERSEDED, l as R_UNCERTAIN_FROM, m as R_UNCERTAIN_TO, n as R_UNCERTAIN_WINDOW, o as R_SINCE, p as R_UNTIL, q as R_CARRIED_FROM, r as BASIS_NONE, N as NO_DAY, t as toDay32, G as Growth, s as NEG_INF, u as isDay, v as evidenceStrength, C as CARRIED_FADE, w as dateRange, x as controlAllAt, y as viewDifferences, z as differenceLine, A as UNCERTAIN_DOTS, D as evidenceSwatch, E as storyWindow, F as firstStoryDay, H as changeEvents, I as publicationDays, J as changesOn } from "./colors.js";
import "@mapbox/mapbox-gl-sync-move";
import * as maplibregl from "maplibre-gl";
import "rbush";
async function tick() {
}
function pushState(url, state) {
  {
    throw new Error("Cannot call pushState(...) on the server");
  }
}
function replaceState(url, state) {
  {
    throw new Error("Cannot call replaceState(...) on the server");
  }
}
function byId(items) {
  return new Map(items.map((x) => [x.id, x]));
}
function countBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const x of items) {
    const k = key(x);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h ^ h >>> 15;
}
class ReportIndex {
  constructor(ids) {
    this.ids = ids;
    let cap = 16;
    while (cap < ids.length * 1.25) cap *= 2;
    this.slots = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
  }
  ids;
  /** Per slot: report index + 1, or 0 when the slot is empty. */
  slots;
  hashes;
  mask;
  /** Adds report g under ids[g]; false when that id is taken already. */
  add(g) {
    const id = this.ids[g];
    const h = hashString(id) | 0;
    let i = h & this.mask;
    for (let q = this.slots[i]; q !== 0; q = this.slots[i]) {
      if (this.hashes[i] === h && this.ids[q - 1] === id) return false;
      i = i + 1 & this.mask;
    }
    this.slots[i] = g + 1;
    this.hashes[i] = h;
    return true;
  }
  /** The index of the report with this id, or -1. */
  get(id) {
    const h = hashString(id) | 0;
    let i = h & this.mask;
    for (let q = this.slots[i]; q !== 0; q = this.slots[i]) {
      if (this.hashes[i] === h && this.ids[q - 1] === id) return q - 1;
      i = i + 1 & this.mask;
    }
    return -1;
  }
}
const STATED = 1;
const EXPLICIT_END = 2;
const OPEN = 4;
const HAS_START = 8;
const IMPLIED = 16;
const CUTS = 32;
function impliesClaim(r) {
  if (r.displaced === null || r.start === null) return false;
  return r.displacedSince !== null || r.start.earliest !== -Infinity;
}
function claimCount(r) {
  return impliesClaim(r) ? 2 : 1;
}
class PlaceClaims {
  /** The number of claims of the place. */
  count = 0;
  capacity = 0;
  startEarliest = new Float64Array(0);
  startLatest = new Float64Array(0);
  /** The end window, as cut so far. */
  endEarliest = new Float64Array(0);
  endLatest = new Float64Array(0);
  /** endLatest before the cuts of bucket cutStamp[k], for the regions that bucket changes. */
  endLatestBefore = new Float64Array(0);
  cutStamp = new Int32Array(0);
  published = new Float64Array(0);
  /** The earliest start of a counted report correcting the claim's report (Infinity = none). */
  supersededFrom = new Float64Array(0);
  flags = new Uint8Array(0);
  /** Position in the preferred order. */
  rank = new Int32Array(0);
  /** The counted claims by earliest start. */
  byStart = new Int32Array(0);
  controller = new Uint8Array(0);
  /** The claim's list entry: report index * 2, + 1 for the claim implied by `displaced`. */
  entry = new Int32Array(0);
  /** Interned start and end windows of each claim, -1 until needed (the end window also after a cut). */
  startWindow = new Int32Array(0);
  endWindow = new Int32Array(0);
  reportId = [];
  /** Claim k's correcting reports are correctionPub/-Start[correctionOff[k] .. correctionOff[k + 1]). */
  correctionOff = new Int32Array(0);
  correctionPub = [];
  correctionStart = [];
  order = new Int32Array(0);
  /** Room for n claims; returns the capacity, for sizing the scratch arrays of the sweep. */
  ensure(n) {
    if (n <= this.capacity) return this.capacity;
    const cap = Math.max(64, n * 2);
    this.capacity = cap;
    this.startEarliest = new Float64Array(cap);
    this.startLatest = new Float64Array(cap);
    this.endEarliest = new Float64Array(cap);
    this.endLatest = new Float64Array(cap);
    this.endLatestBefore = new Float64Array(cap);
    this.cutStamp = new Int32Array(cap);
    this.published = new Float64Array(cap);
    this.supersededFrom = new Float64Array(cap);
    this.flags = new Uint8Array(cap);
    this.rank = new Int32Array(cap);
    this.byStart = new Int32Array(cap);
    this.controller = new Uint8Array(cap);
    this.entry = new Int32Array(cap);
    this.startWindow = new Int32Array(cap);
    this.endWindow = new Int32Array(cap);
    this.correctionOff = new Int32Array(cap + 1);
    this.order = new Int32Array(cap);
    return cap;
  }
  /** Loads the claims of the reports `own` (indices into `reports`, sorted by publication). */
  load(reports, own, reportController, reportDisplaced, corr) {
    let n = 0;
    for (let i = 0; i < own.length; i++) n += claimCount(reports[own[i]]);
    this.ensure(n);
    this.count = n;
    this.correctionPub.length = 0;
    this.correctionStart.length = 0;
    let k = 0;
    for (let x = 0; x < own.length; x++) {
      const g = own[x];
      const r = reports[g];
      this.addClaim(k++, r, g, false, reportController[g], corr);
      if (claimCount(r) === 2) this.addClaim(k++, r, g, true, reportDisplaced[g], corr);
    }
    this.correctionOff[n] = this.correctionPub.length;
    this.rankByPreference();
  }
  addClaim(k, r, g, implied, controller, corr) {
    this.correctionOff[k] = this.correctionPub.length;
    if (corr !== null) {
      for (let j = corr.off[g]; j < corr.off[g + 1]; j++) {
        this.correctionPub.push(corr.pub[j]);
        this.correctionStart.push(corr.startEarliest[j]);
      }
    }
    this.reportId[k] = r.id;
    this.entry[k] = g * 2 + (implied ? 1 : 0);
    this.startWindow[k] = -1;
    this.endWindow[k] = -1;
    this.published[k] = r.published;
    this.supersededFrom[k] = Infinity;
    this.cutStamp[k] = -1;
    this.controller[k] = controller;
    if (!implied) {
      this.startEarliest[k] = r.start === null ? -Infinity : r.start.earliest;
      this.startLatest[k] = r.start === null ? -Infinity : r.start.latest;
      this.endEarliest[k] = r.end === null ? Infinity : r.end.earliest;
      this.endLatest[k] = r.end === null ? Infinity : r.end.latest;
      this.flags[k] = (r.basis === "stated" ? STATED : 0) | (r.end !== null ? EXPLICIT_END : OPEN) | (r.start !== null ? HAS_START | CUTS : 0);
    } else {
      const start = r.start;
      const since = r.displacedSince;
      this.startEarliest[k] = since !== null ? since.earliest : start.earliest - 1;
      this.startLatest[k] = since !== null ? since.latest : start.earliest - 1;
      this.endEarliest[k] = start.earliest;
      this.endLatest[k] = start.latest;
      this.flags[k] = IMPLIED | OPEN | HAS_START;
    }
  }
  /** Whether claim a comes after claim b in the preferred order. */
  after(a, b) {
    const { flags, published, startEarliest, reportId } = this;
    const sa = flags[a] & STATED;
    const sb = flags[b] & STATED;
    if (sa !== sb) return sb > sa;
    if (published[a] !== published[b]) return published[b] > published[a];
    if (startEarliest[a] !== startEarliest[b]) return startEarliest[a] < startEarliest[b];
    if (reportId[a] !== reportId[b]) return reportId[a] > reportId[b];
    return (flags[a] & IMPLIED) > (flags[b] & IMPLIED);
  }
  /** Ranks the claims in the preferred order (insertion sort: a place has a few dozen claims). */
  rankByPreference() {
    const { order, count } = this;
    for (let i = 0; i < count; i++) {
      let j = i - 1;
      while (j >= 0 && this.after(order[j], i)) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
    for (let i = 0; i < count; i++) this.rank[order[i]] = i;
  }
  /**
   * Cuts the open end of claim r at the start of claim q (a direct claim with a start, CUTS)
   * when q is of another controller and starts later (or, for an implied r, on r's first
   * day too). Claims counted before this bucket (r < oldCount) keep their end
   * before the bucket's first cut in endLatestBefore, stamped with the bucket.
   */
  cut(r, q, bucket, oldCount) {
    const { flags, controller, startEarliest, startLatest, endEarliest, endLatest } = this;
    if (!(flags[r] & OPEN) || controller[r] === controller[q]) return;
    const later = flags[r] & IMPLIED ? startEarliest[q] >= startEarliest[r] : startEarliest[q] > startEarliest[r];
    if (!later) return;
    if (startEarliest[q] < endEarliest[r] || startLatest[q] < endLatest[r]) {
      if (r < oldCount && this.cutStamp[r] !== bucket) {
        this.cutStamp[r] = bucket;
        this.endLatestBefore[r] = endLatest[r];
      }
      if (startEarliest[q] < endEarliest[r]) endEarliest[r] = startEarliest[q];
      if (startLatest[q] < endLatest[r]) endLatest[r] = startLatest[q];
      this.endWindow[r] = -1;
    }
  }
}
const SORTED_DAYS = 64;
class ChangedDays {
  /** Region i is the days [regionStart[i], regionEnd[i]]. */
  regionStart = new Float64Array(0);
  regionEnd = new Float64Array(0);
  regionCount = 0;
  /** Sorted, unique once `collectBreakpoints` returns. */
  breakpoints = new Float64Array(0);
  breakpointCount = 0;
  /** Room for the regions and breakpoints of `cap` claims. */
  ensure(cap) {
    if (this.breakpoints.length >= cap * 6) return;
    this.breakpoints = new Float64Array(cap * 6);
    this.regionStart = new Float64Array(cap * 3);
    this.regionEnd = new Float64Array(cap * 3);
  }
  clear() {
    this.regionCount = 0;
    this.breakpointCount = 0;
  }
  addRegion(lo, hi) {
    this.regionStart[this.regionCount] = lo;
    this.regionEnd[this.regionCount++] = hi;
  }
  /** Sorts the regions by start and merges those that overlap or touch. */
  mergeRegions() {
    const { regionStart: lo, regionEnd: hi } = this;
    const n = this.regionCount;
    for (let i = 1; i < n; i++) {
      const a = lo[i];
      const z = hi[i];
      let j = i - 1;
      while (j >= 0 && lo[j] > a) {
        lo[j + 1] = lo[j];
        hi[j + 1] = hi[j];
        j--;
      }
      lo[j + 1] = a;
      hi[j + 1] = z;
    }
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (m > 0 && lo[i] <= hi[m - 1] + 1) {
        if (hi[i] > hi[m - 1]) hi[m - 1] = hi[i];
      } else {
        lo[m] = lo[i];
        hi[m++] = hi[i];
      }
    }
    this.regionCount = m;
  }
  /** The breakpoints of claims 0 .. counted - 1 that fall in a (merged) region. */
  collectBreakpoints(claims, counted) {
    const { startEarliest, startLatest, endEarliest, endLatest, supersededFrom, flags } = claims;
    const firstRegion = this.regionCount > 0 ? this.regionStart[0] : Infinity;
    this.breakpointCount = 0;
    for (let k = 0; k < counted; k++) {
      const z = endLatest[k];
      if (z + 1 < firstRegion) continue;
      const a = startEarliest[k];
      const l = startLatest[k];
      const e = endEarliest[k];
      const s = supersededFrom[k];
      if (a !== -Infinity) this.addBreakpoint(a);
      if (l > a && l <= z) this.addBreakpoint(l);
      if (l + 1 > a && l + 1 <= z && (flags[k] & STATED || e <= l + 1)) this.addBreakpoint(l + 1);
      if (e > a && e <= z && e !== Infinity) this.addBreakpoint(e);
      if (z !== Infinity) this.addBreakpoint(z + 1);
      if (s > a && s <= z && s !== Infinity) this.addBreakpoint(s);
    }
    if (this.breakpointCount > SORTED_DAYS) this.sortBreakpoints();
  }
  /**
   * Adds day d when it lies in a region. Up to SORTED_DAYS, breakpoints stay sorted and free
   * of duplicates as they come (a bucket has a few dozen distinct days, added many times
   * over); past that, days are only appended, to be sorted at the end.
   */
  addBreakpoint(d) {
    if (!this.inRegions(d)) return;
    const a = this.breakpoints;
    const n = this.breakpointCount;
    if (n >= SORTED_DAYS) {
      a[n] = d;
      this.breakpointCount = n + 1;
      return;
    }
    let j = n - 1;
    while (j >= 0 && a[j] > d) j--;
    if (j >= 0 && a[j] === d) return;
    for (let i = n; i > j + 1; i--) a[i] = a[i - 1];
    a[j + 1] = d;
    this.breakpointCount = n + 1;
  }
  sortBreakpoints() {
    const bp = this.breakpoints;
    bp.subarray(0, this.breakpointCount).sort();
    let u = 0;
    for (let i = 0; i < this.breakpointCount; i++)
      if (u === 0 || bp[u - 1] !== bp[i]) bp[u++] = bp[i];
    this.breakpointCount = u;
  }
  /** Whether day d falls in one of the sorted, disjoint regions. */
  inRegions(d) {
    const { regionStart, regionEnd, regionCount } = this;
    for (let i = 0; i < regionCount; i++) {
      if (d < regionStart[i]) return false;
      if (d <= regionEnd[i]) return true;
    }
    return false;
  }
}
function hashKey(key) {
  const h = Math.imul(key >>> 0 ^ Math.imul(key / 4294967296 >>> 0, 668265261), 2654435761);
  return h ^ h >>> 16;
}
class ClaimLists {
  constructor(growth, claims) {
    this.growth = growth;
    this.claims = claims;
  }
  growth;
  claims;
  // The key table of the place.
  keys = new Float64Array(256);
  slotGeneration = new Int32Array(256);
  slotNode = new Int32Array(256);
  generation = 0;
  longLists = /* @__PURE__ */ new Map();
  // The nodes of the place.
  nodeList = new Int32Array(256);
  nodeContradicting = new Int32Array(256);
  nodeCount = 0;
  base = 1;
  maxDigits = 1;
  // The output of all places.
  listOff = new Int32Array(1024);
  listData = new Int32Array(1024);
  listSides = new Uint8Array(1024);
  listCount = 0;
  /** Starts a new place, whose claims are now loaded in `claims`. */
  beginPlace() {
    const n = this.claims.count;
    this.generation++;
    this.nodeCount = 0;
    if (this.longLists.size > 0) this.longLists.clear();
    this.base = n + 1;
    this.maxDigits = Math.max(1, Math.floor(52 / Math.log2(n + 2)));
  }
  /** The output list id of the first `len` claims of `list`, interned. */
  listOf(list, len) {
    return this.nodeList[this.node(list, len)];
  }
  /** The output list id of a node. */
  listOfNode(node) {
    return this.nodeList[node];
  }
  /** The cached contradicting list of a node: a list id, -1 = none, -2 = not computed yet. */
  contradictingOf(node) {
    return this.nodeContradicting[node];
  }
  setContradicting(node, list) {
    this.nodeContradicting[node] = list;
  }
  /** The node of the first `len` claims of `list` (rank order), made on first sight. */
  node(list, len) {
    if (len > this.maxDigits) return this.longNode(list, len);
    const base = this.base;
    let key = 0;
    for (let i = len - 1; i >= 0; i--) key = key * base + list[i] + 1;
    const { keys, slotGeneration, generation } = this;
    const mask = keys.length - 1;
    let h = hashKey(key) & mask;
    while (slotGeneration[h] === generation) {
      if (keys[h] === key) return this.slotNode[h];
      h = h + 1 & mask;
    }
    keys[h] = key;
    slotGeneration[h] = generation;
    const node = this.newNode(list, len);
    this.slotNode[h] = node;
    if (this.nodeCount * 2 > keys.length) this.growTable();
    return node;
  }
  longNode(list, len) {
    let key = "";
    for (let i = 0; i < len; i++) key += String.fromCharCode(list[i] + 1);
    let node = this.longLists.get(key);
    if (node === void 0) {
      node = this.newNode(list, len);
      this.longLists.set(key, node);
    }
    return node;
  }
  /** A new node of the place, standing for a new output list with the given claims. */
  newNode(list, len) {
    const node = this.nodeCount;
    if (node === this.nodeList.length) {
      this.nodeList = grownI32(this.nodeList, node * 2);
      this.nodeContradicting = grownI32(this.nodeContradicting, node * 2);
    }
    const j = this.listCount;
    if (j + 2 > this.listOff.length) {
      const cap = this.growth.room(j + 2, this.listOff.length);
      this.listOff = grownI32(this.listOff, cap);
      this.listSides = grownU8(this.listSides, cap);
    }
    const at = this.listOff[j];
    if (at + len > this.listData.length) {
      this.listData = grownI32(this.listData, this.growth.room(at + len, this.listData.length));
    }
    const { listData } = this;
    const { entry, controller } = this.claims;
    let distinct = 0;
    for (let i = 0; i < len; i++) {
      const k = list[i];
      listData[at + i] = entry[k];
      let seen = false;
      for (let q = 0; q < i && !seen; q++) seen = controller[list[q]] === controller[k];
      if (!seen) distinct++;
    }
    this.listOff[j + 1] = at + len;
    this.listSides[j] = distinct;
    this.listCount = j + 1;
    this.nodeList[node] = j;
    this.nodeContradicting[node] = -2;
    this.nodeCount = node + 1;
    return node;
  }
  /** Doubles the key table, keeping the place's entries. */
  growTable() {
    const { keys, slotGeneration, slotNode, generation } = this;
    const cap = keys.length * 2;
    const mask = cap - 1;
    this.keys = new Float64Array(cap);
    this.slotGeneration = new Int32Array(cap);
    this.slotNode = new Int32Array(cap);
    for (let i = 0; i < keys.length; i++) {
      if (slotGeneration[i] !== generation) continue;
      let h = hashKey(keys[i]) & mask;
      while (this.slotGeneration[h] === generation) h = h + 1 & mask;
      this.keys[h] = keys[i];
      this.slotGeneration[h] = generation;
      this.slotNode[h] = slotNode[i];
    }
  }
  /** Every list, packed (copied to exact size). */
  result() {
    const n = this.listCount;
    return {
      listOff: fit(this.listOff, n + 1),
      listData: fit(this.listData, this.listOff[n]),
      listSides: fit(this.listSides, n)
    };
  }
}
class DayEvaluator {
  constructor(claims, lists, windows) {
    this.claims = claims;
    this.lists = lists;
    this.windows = windows;
  }
  claims;
  lists;
  windows;
  /** Active claims, in preferred order. */
  active = new Int32Array(0);
  activeCount = 0;
  // Per evaluation: the active claims by how they cover the day.
  certain = new Int32Array(0);
  certainCount = 0;
  possible = new Int32Array(0);
  possibleCount = 0;
  superseded = new Int32Array(0);
  supersededCount = 0;
  /** Possible claims in their end window: the state the place may be leaving. */
  leaving = new Int32Array(0);
  leavingCount = 0;
  scratch = new Int32Array(0);
  /** Room for `cap` claims. */
  ensure(cap) {
    if (this.active.length >= cap) return;
    this.active = new Int32Array(cap);
    this.certain = new Int32Array(cap);
    this.possible = new Int32Array(cap);
    this.superseded = new Int32Array(cap);
    this.leaving = new Int32Array(cap);
    this.scratch = new Int32Array(cap);
  }
  /** Empties the active list, for a new bucket. */
  reset() {
    this.activeCount = 0;
  }
  /** Inserts claim k into the active list, in preferred order. */
  activate(k) {
    const { active } = this;
    const rank = this.claims.rank;
    const rk = rank[k];
    let j = this.activeCount - 1;
    while (j >= 0 && rank[active[j]] > rk) {
      active[j + 1] = active[j];
      j--;
    }
    active[j + 1] = k;
    this.activeCount++;
  }
  /** The state on day D, into f. */
  evaluate(D, f) {
    this.classify(D);
    f.clear();
    if (this.supersededCount > 0) {
      f.superseded = this.lists.listOf(this.superseded, this.supersededCount);
    }
    if (this.certainCount > 0) this.resolveCertain(D, f);
    else if (this.possibleCount > 0) this.resolvePossible(D, f);
    if (f.controller === UNKNOWN_CODE) return;
    if (this.certainCount > 0) this.describeSupport(D, this.certain, this.certainCount, f);
    else this.describeSupport(D, this.leaving, this.leavingCount, f);
  }
  /** Sorts the active claims into superseded, certain and possible on D; drops those ended. */
  classify(D) {
    const { active, certain, possible, superseded } = this;
    const { startLatest, endEarliest, endLatest, supersededFrom } = this.claims;
    let cc = 0;
    let pc = 0;
    let sc = 0;
    let kept = 0;
    const n = this.activeCount;
    for (let i = 0; i < n; i++) {
      const k = active[i];
      if (endLatest[k] < D) continue;
      active[kept++] = k;
      if (supersededFrom[k] <= D) superseded[sc++] = k;
      else if (startLatest[k] <= D && D < endEarliest[k]) certain[cc++] = k;
      else possible[pc++] = k;
    }
    this.activeCount = kept;
    this.certainCount = cc;
    this.possibleCount = pc;
    this.supersededCount = sc;
  }
  /** Certain claims decide: the preferred claim's side leads; a possible arrival makes the day uncertain. */
  resolveCertain(D, f) {
    const { certain, certainCount, possible, possibleCount, scratch, lists } = this;
    const { controller, startLatest, endEarliest } = this.claims;
    const node = lists.node(certain, certainCount);
    f.sides = lists.listOfNode(node);
    const shown = controller[certain[0]];
    let contra = lists.contradictingOf(node);
    if (contra === -2) {
      let m = 0;
      for (let i = 0; i < certainCount; i++) {
        if (controller[certain[i]] !== shown) scratch[m++] = certain[i];
      }
      contra = m === 0 ? -1 : lists.listOf(scratch, m);
      lists.setContradicting(node, contra);
    }
    f.contradicting = contra;
    f.controller = shown;
    for (let i = 0; i < possibleCount; i++) {
      const k = possible[i];
      if (D <= startLatest[k] && !(endEarliest[k] <= D) && controller[k] !== shown) {
        f.setUncertain(shown, controller[k], this.startWindowOf(k));
        break;
      }
    }
  }
  /** Only possible claims: show what may still hold (a claim in its end window), marked uncertain. */
  resolvePossible(D, f) {
    const { possible, possibleCount, leaving, scratch, lists } = this;
    const { controller, startLatest, endEarliest } = this.claims;
    let lc = 0;
    let arriving = -1;
    for (let i = 0; i < possibleCount; i++) {
      const k = possible[i];
      if (endEarliest[k] <= D) leaving[lc++] = k;
      if (arriving < 0 && D <= startLatest[k]) arriving = k;
    }
    this.leavingCount = lc;
    let shown = UNKNOWN_CODE;
    if (lc > 0) {
      f.sides = lists.listOf(leaving, lc);
      shown = controller[leaving[0]];
    }
    let m = 0;
    for (let i = 0; i < possibleCount; i++) {
      if (controller[possible[i]] !== shown) scratch[m++] = possible[i];
    }
    f.contradicting = m === 0 ? -1 : lists.listOf(scratch, m);
    if (arriving >= 0) f.setUncertain(shown, controller[arriving], this.startWindowOf(arriving));
    else f.setUncertain(shown, UNKNOWN_CODE, this.endWindowOf(leaving[0]));
    f.controller = shown;
  }
  /** Basis, since and until of the shown state, from the claims of its side. */
  describeSupport(D, side, sideCount, f) {
    const { controller, flags, startEarliest, startLatest, endEarliest, endLatest } = this.claims;
    const shown = f.controller;
    let anyStated = false;
    let statedNow = false;
    let lastStated = -Infinity;
    let sinceK = -1;
    let untilK = -1;
    for (let i = 0; i < sideCount; i++) {
      const k = side[i];
      if (controller[k] !== shown) continue;
      const fl = flags[k];
      if (fl & STATED) {
        anyStated = true;
        if (startLatest[k] > lastStated) lastStated = startLatest[k];
        if (fl & EXPLICIT_END || D <= startLatest[k]) statedNow = true;
      }
      const se = startEarliest[k];
      if (sinceK < 0 || se < startEarliest[sinceK] || se === startEarliest[sinceK] && startLatest[k] < startLatest[sinceK]) {
        sinceK = k;
      }
      const ee = endEarliest[k];
      if (endLatest[k] !== Infinity && (untilK < 0 || ee < endEarliest[untilK] || ee === endEarliest[untilK] && endLatest[k] < endLatest[untilK])) {
        untilK = k;
      }
    }
    f.basis = !anyStated ? BASIS_INFERRED : statedNow ? BASIS_STATED : BASIS_CARRIED;
    if (f.basis === BASIS_CARRIED && lastStated !== -Infinity) f.carriedFrom = lastStated;
    if (flags[sinceK] & HAS_START) f.since = this.startWindowOf(sinceK);
    if (untilK >= 0) f.until = this.endWindowOf(untilK);
  }
  /** The interned start window of claim k (it has one). */
  startWindowOf(k) {
    const c = this.claims;
    let w = c.startWindow[k];
    if (w < 0) {
      w = this.windows.id(c.startEarliest[k], c.startLatest[k]);
      c.startWindow[k] = w;
    }
    return w;
  }
  /** The interned end window of claim k, as cut so far. */
  endWindowOf(k) {
    const c = this.claims;
    let w = c.endWindow[k];
    if (w < 0) {
      w = this.windows.id(c.endEarliest[k], c.endLatest[k]);
      c.endWindow[k] = w;
    }
    return w;
  }
}
class StateFields {
  controller = UNKNOWN_CODE;
  basis = BASIS_NONE;
  /** List ids (claim-lists.ts), -1 = empty. */
  sides = -1;
  contradicting = -1;
  superseded = -1;
  /** Controller code + 1 of the state the place may be leaving; 0 = not uncertain. */
  uncertainFrom = 0;
  uncertainTo = 0;
  /** Window ids (windows.ts), -1 = none. */
  uncertainWindow = -1;
  since = -1;
  until = -1;
  /** A day in 32 bits, NO_DAY = null. */
  carriedFrom = NO_DAY;
  /** The unknown state. */
  clear() {
    this.controller = UNKNOWN_CODE;
    this.basis = BASIS_NONE;
    this.sides = -1;
    this.contradicting = -1;
    this.superseded = -1;
    this.uncertainFrom = 0;
    this.uncertainTo = 0;
    this.uncertainWindow = -1;
    this.since = -1;
    this.until = -1;
    this.carriedFrom = NO_DAY;
  }
  /** The change the shown state may undergo: from code `from` to code `to` within window w. */
  setUncertain(from, to, w) {
    this.uncertainFrom = from + 1;
    this.uncertainTo = to;
    this.uncertainWindow = w;
  }
  /** Whether nothing is known and nothing is set aside: the place's shared unknown record. */
  isBlank() {
    return this.controller === UNKNOWN_CODE && this.uncertainFrom === 0 && this.superseded === -1;
  }
}
class RecordStore {
  constructor(growth) {
    this.growth = growth;
  }
  growth;
  ints = new Int32Array(RECORD_INTS * 256);
  bytes = new Uint8Array(RECORD_BYTES * 256);
  /** The number of records of all places so far. */
  count = 0;
  /** Whether record r holds the state `f`. */
  matches(r, f) {
    const { ints, bytes } = this;
    const i = r * RECORD_INTS;
    const b = r * RECORD_BYTES;
    return ints[i + R_SIDES] === f.sides && bytes[b + R_CONTROLLER] === f.controller && bytes[b + R_BASIS] === f.basis && ints[i + R_CONTRADICTING] === f.contradicting && ints[i + R_SUPERSEDED] === f.superseded && bytes[b + R_UNCERTAIN_FROM] === f.uncertainFrom && bytes[b + R_UNCERTAIN_TO] === f.uncertainTo && ints[i + R_UNCERTAIN_WINDOW] === f.uncertainWindow && ints[i + R_SINCE] === f.since && ints[i + R_UNTIL] === f.until && ints[i + R_CARRIED_FROM] === f.carriedFrom;
  }
  /** Whether records a and b (of the same place) hold the same state. */
  same(a, b) {
    const { ints, bytes } = this;
    for (let j = 0; j < RECORD_INTS; j++) {
      if (ints[a * RECORD_INTS + j] !== ints[b * RECORD_INTS + j]) return false;
    }
    for (let j = 0; j < RECORD_BYTES; j++) {
      if (bytes[a * RECORD_BYTES + j] !== bytes[b * RECORD_BYTES + j]) return false;
    }
    return true;
  }
  /** Appends a record holding `f`; returns its id. */
  add(f) {
    const r = this.count;
    if ((r + 1) * RECORD_BYTES > this.bytes.length) {
      const cap = this.growth.room(r + 1, this.bytes.length / RECORD_BYTES);
      this.ints = grownI32(this.ints, cap * RECORD_INTS);
      this.bytes = grownU8(this.bytes, cap * RECORD_BYTES);
    }
    const { ints, bytes } = this;
    const i = r * RECORD_INTS;
    const b = r * RECORD_BYTES;
    ints[i + R_SIDES] = f.sides;
    ints[i + R_CONTRADICTING] = f.contradicting;
    ints[i + R_SUPERSEDED] = f.superseded;
    ints[i + R_UNCERTAIN_WINDOW] = f.uncertainWindow;
    ints[i + R_SINCE] = f.since;
    ints[i + R_UNTIL] = f.until;
    ints[i + R_CARRIED_FROM] = f.carriedFrom;
    bytes[b + R_CONTROLLER] = f.controller;
    bytes[b + R_BASIS] = f.basis;
    bytes[b + R_UNCERTAIN_FROM] = f.uncertainFrom;
    bytes[b + R_UNCERTAIN_TO] = f.uncertainTo;
    this.count = r + 1;
    return r;
  }
  /** Every record, packed (copied to exact size). */
  result() {
    return {
      recordInts: fit(this.ints, this.count * RECORD_INTS),
      recordBytes: fit(this.bytes, this.count * RECORD_BYTES)
    };
  }
}
class SegmentStore {
  constructor(growth, places) {
    this.growth = growth;
    this.pubOff = new Int32Array(places + 1);
    this.bucketOff = new Int32Array(places + 1);
  }
  growth;
  starts = new Int32Array(1024);
  records = new Int32Array(1024);
  /** The number of segments of all places so far. */
  count = 0;
  pubOff;
  pubDays = new Int32Array(1024);
  pubCount = 0;
  bucketOff;
  offsets = new Int32Array(1024);
  offsetCount = 0;
  /** Appends a segment; `start` is in 32 bits (toDay32). */
  push(start, record) {
    const i = this.count;
    if (i === this.starts.length) {
      const cap = this.growth.room(i + 1, i);
      this.starts = grownI32(this.starts, cap);
      this.records = grownI32(this.records, cap);
    }
    this.starts[i] = start;
    this.records[i] = record;
    this.count = i + 1;
  }
  /** Ends place p: its publication days, and its bucket offsets (days.length + 2 of them). */
  endPlace(p, days, bucketOffsets) {
    const np = days.length;
    let at = this.pubCount;
    if (at + np > this.pubDays.length) {
      this.pubDays = grownI32(this.pubDays, this.growth.room(at + np, this.pubDays.length));
    }
    for (let i = 0; i < np; i++) this.pubDays[at + i] = days[i];
    this.pubCount = at + np;
    this.pubOff[p + 1] = this.pubCount;
    at = this.offsetCount;
    if (at + np + 2 > this.offsets.length) {
      this.offsets = grownI32(this.offsets, this.growth.room(at + np + 2, this.offsets.length));
    }
    for (let i = 0; i < np + 2; i++) this.offsets[at + i] = bucketOffsets[i];
    this.offsetCount = at + np + 2;
    this.bucketOff[p + 1] = this.offsetCount;
  }
  /** Every segment and bucket, packed (copied to exact size). */
  result() {
    return {
      pubOff: this.pubOff,
      pubDays: fit(this.pubDays, this.pubCount),
      bucketOff: this.bucketOff,
      offsets: fit(this.offsets, this.offsetCount),
      starts: fit(this.starts, this.count),
      segmentRecord: fit(this.records, this.count)
    };
  }
}
class WindowTable {
  constructor(growth) {
    this.growth = growth;
  }
  growth;
  data = new Int32Array(1024);
  count = 0;
  /** The current place's windows are those from placeFirst on. */
  placeFirst = 0;
  /** Starts a new place: windows of earlier places are no longer shared with it. */
  beginPlace() {
    this.placeFirst = this.count;
  }
  /** The id of the place's window [earliest, latest], interned. */
  id(earliest, latest) {
    const a = toDay32(earliest);
    const b = toDay32(latest);
    const { count } = this;
    let data = this.data;
    for (let w = this.placeFirst; w < count; w++) {
      if (data[2 * w] === a && data[2 * w + 1] === b) return w;
    }
    if (2 * count + 2 > data.length) {
      data = grownI32(data, this.growth.room(2 * count + 2, data.length));
      this.data = data;
    }
    data[2 * count] = a;
    data[2 * count + 1] = b;
    this.count = count + 1;
    return count;
  }
  /** Every window, packed (copied to exact size). */
  result() {
    return fit(this.data, this.count * 2);
  }
}
class PlaceCompiler {
  constructor(places, reports, reportController, reportDisplaced, corrections) {
    this.places = places;
    this.reports = reports;
    this.reportController = reportController;
    this.reportDisplaced = reportDisplaced;
    this.corrections = corrections;
    this.growth = new Growth(places);
    this.windows = new WindowTable(this.growth);
    this.lists = new ClaimLists(this.growth, this.claims);
    this.records = new RecordStore(this.growth);
    this.segments = new SegmentStore(this.growth, places);
    this.evaluator = new DayEvaluator(this.claims, this.lists, this.windows);
    this.recordOff = new Int32Array(places + 1);
  }
  places;
  reports;
  reportController;
  reportDisplaced;
  corrections;
  growth;
  claims = new PlaceClaims();
  windows;
  lists;
  records;
  segments;
  evaluator;
  fields = new StateFields();
  recordOff;
  /** The place's publication days, and its bucket offsets into the segments (reused). */
  pubDays = [];
  bucketOffsets = new Int32Array(64);
  unknownRecord = 0;
  /** The days the current bucket can differ from the previous one on. */
  changed = new ChangedDays();
  // The walk over one bucket.
  /** Claims counted at the bucket's horizon: claims 0 .. counted - 1. */
  counted = 0;
  /** The previous bucket's segments end here; this bucket's begin at bucketFirst. */
  previousEnd = 0;
  bucketFirst = 0;
  /** Where the copy and the reuse of the previous bucket's segments have got to. */
  copyCursor = 0;
  reuseCursor = 0;
  /** The next claim (in byStart order) to activate. */
  nextByStart = 0;
  /**
   * Compiles place p from its own reports (indices into `reports`, sorted here by publication,
   * in place) and the publication days of other places' reports correcting them.
   */
  compile(p, own, extraPubs) {
    this.sortByPublication(own);
    this.collectPublicationDays(own, extraPubs);
    this.growth.place = p;
    const { claims, pubDays } = this;
    claims.load(this.reports, own, this.reportController, this.reportDisplaced, this.corrections);
    this.ensureScratch(claims.ensure(claims.count));
    this.lists.beginPlace();
    this.windows.beginPlace();
    this.fields.clear();
    this.recordOff[p] = this.records.count;
    this.unknownRecord = this.records.add(this.fields);
    if (this.bucketOffsets.length < pubDays.length + 2) {
      this.bucketOffsets = new Int32Array(pubDays.length * 2 + 2);
    }
    const offsets = this.bucketOffsets;
    offsets[0] = this.segments.count;
    this.segments.push(NEG_INF, this.unknownRecord);
    offsets[1] = this.segments.count;
    this.counted = 0;
    for (let b = 0; b < pubDays.length; b++) {
      this.bucket(b, pubDays[b]);
      offsets[b + 2] = this.segments.count;
    }
    this.segments.endPlace(p, pubDays, offsets);
  }
  /** Every place compiled so far, packed in place order (copied to exact size). */
  result() {
    this.recordOff[this.places] = this.records.count;
    return {
      ...this.segments.result(),
      ...this.records.result(),
      ...this.lists.result(),
      windows: this.windows.result(),
      recordOff: this.recordOff
    };
  }
  sortByPublication(own) {
    const { reports } = this;
    for (let i = 1; i < own.length; i++) {
      if (reports[own[i - 1]].published > reports[own[i]].published) {
        own.sort((a, b) => reports[a].published - reports[b].published);
        return;
      }
    }
  }
  /** The distinct publication days of the place's reports and of the reports correcting them. */
  collectPublicationDays(own, extraPubs) {
    const { reports, pubDays } = this;
    pubDays.length = 0;
    if (extraPubs.length > 0) {
      for (let i = 0; i < own.length; i++) extraPubs.push(reports[own[i]].published);
      extraPubs.sort((a, b) => a - b);
      for (const d of extraPubs) if (pubDays[pubDays.length - 1] !== d) pubDays.push(d);
    } else {
      for (let i = 0; i < own.length; i++) {
        const d = reports[own[i]].published;
        if (pubDays[pubDays.length - 1] !== d) pubDays.push(d);
      }
    }
  }
  ensureScratch(cap) {
    this.evaluator.ensure(cap);
    this.changed.ensure(cap);
  }
  /** Adds the segments of horizon bucket b + 1 (reports published by H counted). */
  bucket(b, H) {
    const { published, count } = this.claims;
    const before = this.counted;
    let counted = before;
    while (counted < count && published[counted] <= H) counted++;
    this.counted = counted;
    this.cutOpenEnds(b, before);
    this.changed.clear();
    this.addClaimRegions(b, before);
    this.applyCorrections(H, before);
    this.insertByStart(before);
    this.changed.mergeRegions();
    this.changed.collectBreakpoints(this.claims, counted);
    this.walk(b);
  }
  /** Open ends cut by later direct claims of a different controller (pairs old/new, new/new, new/old). */
  cutOpenEnds(b, before) {
    const { claims, counted } = this;
    const { flags } = claims;
    for (let q = before; q < counted; q++) {
      if (!(flags[q] & CUTS)) continue;
      for (let r = 0; r < counted; r++) claims.cut(r, q, b, before);
    }
    for (let r = before; r < counted; r++) {
      if (!(flags[r] & OPEN)) continue;
      for (let q = 0; q < before; q++) if (flags[q] & CUTS) claims.cut(r, q, b, before);
    }
  }
  /**
   * The days of the newly counted claims, and of older claims as they were before this
   * bucket cut them. (A claim whose latest end comes before its earliest start is never
   * active: no region.)
   */
  addClaimRegions(b, before) {
    const { startEarliest, endLatest, endLatestBefore, cutStamp } = this.claims;
    for (let k = before; k < this.counted; k++) {
      if (startEarliest[k] <= endLatest[k])
        this.changed.addRegion(startEarliest[k], endLatest[k]);
    }
    for (let k = 0; k < before; k++) {
      if (cutStamp[k] === b && startEarliest[k] <= endLatestBefore[k]) {
        this.changed.addRegion(startEarliest[k], endLatestBefore[k]);
      }
    }
  }
  /** Corrections counted at this horizon: when a claim is set aside from an earlier day, its days from then on change. */
  applyCorrections(H, before) {
    const c = this.claims;
    const { correctionOff, correctionPub, correctionStart, supersededFrom } = c;
    for (let k = 0; k < this.counted; k++) {
      const lo = correctionOff[k];
      const hi = correctionOff[k + 1];
      if (lo === hi) continue;
      let from = Infinity;
      for (let j = lo; j < hi; j++) {
        if (correctionPub[j] <= H && correctionStart[j] < from) from = correctionStart[j];
      }
      if (from < supersededFrom[k] && k < before) {
        const a = Math.max(c.startEarliest[k], from);
        if (a <= c.endLatest[k]) this.changed.addRegion(a, c.endLatest[k]);
      }
      supersededFrom[k] = from;
    }
  }
  /** Adds the newly counted claims to byStart (insertion: claims come nearly in order). */
  insertByStart(before) {
    const { byStart, startEarliest } = this.claims;
    for (let k = before; k < this.counted; k++) {
      let j = k - 1;
      while (j >= 0 && startEarliest[byStart[j]] > startEarliest[k]) {
        byStart[j + 1] = byStart[j];
        j--;
      }
      byStart[j + 1] = k;
    }
  }
  /** Walks the days: copies the previous bucket outside the regions, evaluates inside them. */
  walk(b) {
    const {
      regionStart,
      regionEnd,
      regionCount,
      breakpoints: bp,
      breakpointCount: nb
    } = this.changed;
    const offsets = this.bucketOffsets;
    this.previousEnd = offsets[b + 1];
    this.bucketFirst = this.segments.count;
    this.copyCursor = offsets[b];
    this.reuseCursor = this.copyCursor;
    this.nextByStart = 0;
    this.evaluator.reset();
    let bi = 0;
    let x = -Infinity;
    for (let i = 0; i < regionCount; i++) {
      const lo = regionStart[i];
      const hi = regionEnd[i];
      if (x < lo) this.copy(x, lo);
      while (bi < nb && bp[bi] <= lo) bi++;
      if (lo === -Infinity) {
        const first = bi < nb && bp[bi] <= hi ? bp[bi] : hi === Infinity ? 1 : hi + 1;
        this.evaluateAt(-Infinity, first - 1);
      } else this.evaluateAt(lo, lo);
      while (bi < nb && bp[bi] <= hi) {
        this.evaluateAt(bp[bi], bp[bi]);
        bi++;
      }
      x = hi + 1;
    }
    if (x !== Infinity) this.copy(x, Infinity);
  }
  /** Copies the previous bucket's segments over the days [x, y). */
  copy(x, y) {
    const { starts, records } = this.segments;
    const end = this.previousEnd;
    const x32 = toDay32(x);
    const y32 = toDay32(y);
    let j = this.copyCursor;
    while (j + 1 < end && starts[j + 1] <= x32) j++;
    this.pushCopy(x32, records[j]);
    while (j + 1 < end && starts[j + 1] < y32) {
      j++;
      this.pushCopy(starts[j], records[j]);
    }
    this.copyCursor = j;
  }
  pushCopy(start, record) {
    const segments = this.segments;
    if (segments.count > this.bucketFirst) {
      const last = segments.records[segments.count - 1];
      if (last === record || this.records.same(last, record)) return;
    }
    segments.push(start, record);
  }
  /** Evaluates the segment starting at `start` on its representative day D. */
  evaluateAt(start, D) {
    const { startEarliest, byStart } = this.claims;
    while (this.nextByStart < this.counted && startEarliest[byStart[this.nextByStart]] <= D) {
      this.evaluator.activate(byStart[this.nextByStart++]);
    }
    const f = this.fields;
    this.evaluator.evaluate(D, f);
    const segments = this.segments;
    const records = this.records;
    if (segments.count > this.bucketFirst && records.matches(segments.records[segments.count - 1], f)) {
      return;
    }
    const { starts } = segments;
    let j = this.reuseCursor;
    while (j + 1 < this.previousEnd && starts[j + 1] <= D) j++;
    this.reuseCursor = j;
    const candidate = segments.records[j];
    const record = records.matches(candidate, f) ? candidate : f.isBlank() ? this.unknownRecord : records.add(f);
    segments.push(toDay32(start), record);
  }
}
function checkWindow(r, name, w) {
  if (w === null) return;
  const ok = (w.earliest === -Infinity || isDay(w.earliest)) && isDay(w.latest) && w.earliest <= w.latest;
  if (!ok) {
    throw new Error(
      `report ${JSON.stringify(r.id)}: ${name} window [${w.earliest}, ${w.latest}] is not a window of days`
    );
  }
}
function checkDisplacedSince(r) {
  const since = r.displacedSince;
  if (since === null) return;
  checkWindow(r, "displacedSince", since);
  const id = JSON.stringify(r.id);
  if (r.displaced === null)
    throw new Error(`report ${id}: displacedSince is given but no displaced force`);
  if (r.start === null)
    throw new Error(`report ${id}: displacedSince is given but the report has no start`);
  if (since.earliest > r.start.latest) {
    throw new Error(`report ${id}: displacedSince begins after the report's start window ends`);
  }
}
function earliestFinite(w) {
  if (w === null) return Infinity;
  return Number.isFinite(w.earliest) ? w.earliest : w.latest;
}
function codeOf(names, c) {
  for (let i = 1; i < names.length; i++) if (names[i] === c) return i;
  if (names.length > 255) throw new Error("more than 255 distinct controllers");
  names.push(c);
  return names.length - 1;
}
function placeIndexOf(index, r) {
  const p = index.get(r.place);
  if (p === void 0) {
    throw new Error(
      `report ${JSON.stringify(r.id)} names an unknown place ${JSON.stringify(r.place)}`
    );
  }
  return p;
}
function scan(reports, index) {
  const n = reports.length;
  const reportIds = reports.map((r) => r.id);
  const byId2 = new ReportIndex(reportIds);
  const placeOf = new Int32Array(n);
  const names = ["unknown"];
  const reportController = new Uint8Array(n);
  const reportDisplaced = new Uint8Array(n);
  const pubSet = /* @__PURE__ */ new Set();
  let first = Infinity;
  let last = -Infinity;
  let relations = 0;
  let lastPlace = null;
  let p = -1;
  for (let g = 0; g < n; g++) {
    const r = reports[g];
    if (!byId2.add(g)) throw new Error(`report id ${JSON.stringify(r.id)} is used twice`);
    if (r.place !== lastPlace) {
      p = placeIndexOf(index, r);
      lastPlace = r.place;
    }
    if (!isDay(r.published)) {
      throw new Error(`report ${JSON.stringify(r.id)}: published is not a whole day number`);
    }
    checkWindow(r, "start", r.start);
    checkWindow(r, "end", r.end);
    checkDisplacedSince(r);
    reportController[g] = codeOf(names, r.controller);
    if (r.displaced !== null) reportDisplaced[g] = codeOf(names, r.displaced);
    placeOf[g] = p;
    pubSet.add(r.published);
    if (r.published > last) last = r.published;
    first = Math.min(first, earliestFinite(r.start), earliestFinite(r.end));
    relations += r.relations.length;
  }
  const publications = [...pubSet].sort((a, b) => a - b);
  const range = n === 0 ? null : { first, last };
  return {
    byId: byId2,
    reportIds,
    placeOf,
    names,
    reportController,
    reportDisplaced,
    publications,
    range,
    relations
  };
}
function gatherCorrections(reports, s) {
  const extraPubs = /* @__PURE__ */ new Map();
  if (s.relations === 0) return { corr: null, extraPubs };
  const n = reports.length;
  const target = [];
  const by = [];
  for (let g = 0; g < n; g++) {
    for (const rel of reports[g].relations) {
      if (rel.type !== "corrects") continue;
      const t = s.byId.get(rel.report);
      if (t < 0) continue;
      target.push(t);
      by.push(g);
      const tp = s.placeOf[t];
      if (tp !== s.placeOf[g]) {
        let list = extraPubs.get(tp);
        if (list === void 0) extraPubs.set(tp, list = []);
        list.push(reports[g].published);
      }
    }
  }
  if (target.length === 0) return { corr: null, extraPubs };
  const off = new Int32Array(n + 1);
  for (const t of target) off[t + 1] = off[t + 1] + 1;
  for (let g = 0; g < n; g++) off[g + 1] = off[g + 1] + off[g];
  const at = off.slice(0, n);
  const pub = new Float64Array(target.length);
  const startEarliest = new Float64Array(target.length);
  for (let i = 0; i < target.length; i++) {
    const j = at[target[i]]++;
    const q = reports[by[i]];
    pub[j] = q.published;
    startEarliest[j] = q.start?.earliest ?? -Infinity;
  }
  return { corr: { off, pub, startEarliest }, extraPubs };
}
function groupByPlace(placeOf, places) {
  const off = new Int32Array(places + 1);
  for (let g = 0; g < placeOf.length; g++) off[placeOf[g] + 1] = off[placeOf[g] + 1] + 1;
  for (let q = 0; q < places; q++) off[q + 1] = off[q + 1] + off[q];
  const data = new Int32Array(placeOf.length);
  const cursor = off.slice(0, places);
  for (let g = 0; g < placeOf.length; g++) data[cursor[placeOf[g]]++] = g;
  return { off, data };
}
function compileTimeline(reports, placeIds) {
  const index = /* @__PURE__ */ new Map();
  placeIds.forEach((id, i) => {
    if (index.has(id)) throw new Error(`place id ${JSON.stringify(id)} is listed twice`);
    index.set(id, i);
  });
  const s = scan(reports, index);
  const own = groupByPlace(s.placeOf, placeIds.length);
  const { corr, extraPubs } = gatherCorrections(reports, s);
  const compiler = new PlaceCompiler(
    placeIds.length,
    reports,
    s.reportController,
    s.reportDisplaced,
    corr
  );
  const none = [];
  for (let q = 0; q < placeIds.length; q++) {
    compiler.compile(q, own.data.subarray(own.off[q], own.off[q + 1]), extraPubs.get(q) ?? none);
  }
  const data = {
    ids: Object.freeze([...placeIds]),
    index,
    ...compiler.result(),
    reportIds: s.reportIds,
    reportController: s.reportController,
    reportDisplaced: s.reportDisplaced,
    names: Object.freeze(s.names),
    objects: null,
    publications: Object.freeze(s.publications),
    range: s.range === null ? null : Object.freeze(s.range),
    changeCache: /* @__PURE__ */ new Map()
  };
  return data;
}
const CONTROL_LABEL = Object.freeze({
  "syrian-government": "Syrian government",
  isis: "ISIS",
  "iraqi-government": "Iraqi government",
  sdf: "SDF",
  contested: "Contested",
  unknown: "Unknown"
});
const HOLDER = Object.freeze({
  "syrian-government": "the Syrian government",
  isis: "ISIS",
  "iraqi-government": "the Iraqi government",
  sdf: "the SDF",
  contested: "no one side (fought over)"
});
const BASIS_LABEL = Object.freeze({
  stated: "A report covers this day",
  inferred: "Inferred, not stated",
  carried: "No report on this day itself",
  none: "No report"
});
const BASIS_WORDS = Object.freeze({
  stated: "a report says so for this day",
  inferred: "not said outright: inferred from what a report implies",
  carried: "no report covers this day; the last report before it still stands",
  none: "no report covers this day"
});
const GLOSSARY = Object.freeze({
  contested: {
    term: "Contested",
    text: "A report says the place is being fought over, not held by one side."
  },
  disputed: {
    term: "Reports disagree",
    text: "Reports that count for this day name different holders. The map shows the side of the most specific, newest report; the others are listed with it."
  },
  uncertain: {
    term: "Some day between",
    text: "A change of hands is reported, but the reports only say it happened within a span of days, not on which day."
  },
  inferred: {
    term: "Inferred",
    text: 'Not said outright. For example, "taken from ISIS" implies that ISIS held the place before; that earlier state is inferred.'
  },
  carried: {
    term: "Last reported",
    text: "No report covers this day itself. The last report before it is taken to still hold until a report says otherwise."
  },
  sdf: {
    term: "SDF",
    text: "Syrian Democratic Forces: a Kurdish-led alliance of militias in north-east Syria, backed by the US-led coalition."
  },
  isis: {
    term: "ISIS",
    text: "The Islamic State group. Outlets also call it IS, ISIL or Daesh (its Arabic acronym); all four name the same group."
  }
});
function glossaryFor(s) {
  const keys = [];
  if (s.disputed) keys.push("disputed");
  if (s.uncertain) keys.push("uncertain");
  if (s.basis === "inferred") keys.push("inferred");
  if (s.basis === "carried") keys.push("carried");
  const named = /* @__PURE__ */ new Set([s.controller, ...s.sides.map((x) => x.controller)]);
  if (s.uncertain) named.add(s.uncertain.from).add(s.uncertain.to);
  if (named.has("contested")) keys.push("contested");
  if (named.has("sdf")) keys.push("sdf");
  if (named.has("isis")) keys.push("isis");
  return keys;
}
function countWords(n, noun = "report") {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function whenWords(w) {
  if (w.earliest === -Infinity)
    return `${whenWords({ earliest: w.latest, latest: w.latest })} or earlier`;
  const full = describeWindow(w);
  const years = new Set(full.match(/\b\d{4}\b/g) ?? []);
  const text = years.size === 1 ? full.replace(/ \d{4}\b/g, "") : full;
  if (w.earliest === w.latest) return text;
  if (/^[A-Z]/.test(text) || /^\d{4}$/.test(text)) return `some day in ${text}`;
  return `some day between ${text.replace(/\s*–\s*/, " and ")}`;
}
function holder(c) {
  return c === "unknown" ? "an unknown side" : HOLDER[c];
}
function thenWords(to) {
  if (to === null || to === "unknown") return "then reported lost";
  if (to === "contested") return "then reported fought over";
  return `then reported lost to ${HOLDER[to]}`;
}
function stateSentence(s, mode = "now") {
  if (s.disputed) {
    const sides = s.sides.map((side, i) => {
      const n2 = side.claims.length;
      const verb2 = n2 === 1 ? "says" : "say";
      return i === 0 ? `${n2} ${verb2} ${side.controller === "contested" ? "it is fought over" : `${HOLDER[side.controller]} holds it`}` : `${n2} ${verb2} ${side.controller === "contested" ? "it is fought over" : HOLDER[side.controller]}`;
    });
    return `Reports disagree: ${sides.join(", ")}`;
  }
  if (s.uncertain) {
    const { from, to, window: window2 } = s.uncertain;
    const span = whenWords(window2);
    if (from === "unknown") return `Not known until ${span}, then reported held by ${holder(to)}`;
    const lead2 = from === "contested" ? "Fought over" : `Held by ${HOLDER[from]}`;
    return `${lead2} until ${span}, ${thenWords(to)}`;
  }
  if (s.controller === "unknown") {
    return mode === "reported" ? "Not known: no report published by this day covers it" : "Not known: no report covers this day";
  }
  const verb = s.controller === "contested" ? "fought over" : `held by ${HOLDER[s.controller]}`;
  const lead = s.basis === "inferred" ? `Inferred ${verb}` : s.basis === "carried" ? `Last reported ${verb}` : `Reported ${verb}`;
  const since = s.since ? ` since ${whenWords(s.since)}` : "";
  const until = s.until ? ` until ${whenWords(s.until)}` : "";
  const n = s.supporting.length;
  return `${lead}${since}${until} (${countWords(n)})`;
}
function shortLabel(s) {
  const base = CONTROL_LABEL[s.controller];
  if (s.disputed) return `${base} (reports disagree)`;
  if (s.uncertain) return `${base} (changing hands)`;
  return base;
}
function claimWords(r, implied) {
  if (implied) {
    const before = r.displaced ? HOLDER[r.displaced] : "another side";
    return `Implies ${before} held it before ${HOLDER[r.controller]} took it (inferred)`;
  }
  const who = HOLDER[r.controller];
  const verbs = {
    took: `${who} took it`,
    retook: `${who} took it back`,
    holds: `${who} holds it`,
    held: `${who} held it`,
    lost: `it was lost and is now held by ${who}`,
    withdrew: `a force withdrew and ${who} holds it`,
    contested: "it is being fought over"
  };
  const from = r.displaced && (r.kind === "took" || r.kind === "retook") ? ` from ${HOLDER[r.displaced]}` : "";
  return `Says ${verbs[r.kind]}${from}`;
}
function horizonWords(mode, counted, total, date) {
  if (mode === "now")
    return `As known now: all ${countWords(total)} count, including those published later.`;
  if (counted === 0)
    return `As reported at the time: none of the ${countWords(total)} had been published by ${formatDayLong(date)}.`;
  return `As reported at the time: ${counted} of the ${countWords(total)} had been published by ${formatDayLong(date)}, and only they count.`;
}
function readsDifferently(a, b) {
  if (!b) return false;
  return a.controller !== b.controller || a.disputed !== b.disputed || a.uncertain === null !== (b.uncertain === null);
}
function spanWords(days) {
  const n = ["", "a", "two", "three", "four", "five", "six"];
  if (days > 0 && days % 30 === 0 && days / 30 < n.length) {
    return `${n[days / 30]} month${days === 30 ? "" : "s"}`;
  }
  if (days > 0 && days % 7 === 0 && days / 7 < 5)
    return `${n[days / 7]} week${days === 7 ? "" : "s"}`;
  return `${days} day${days === 1 ? "" : "s"}`;
}
function carriedFadeWords(fade) {
  return `Carried forward: full for ${spanWords(fade.fullDays)} after the last report on the place, then fading to ${Math.round(fade.floor * 100)}% by ${spanWords(fade.floorDays)}`;
}
const LEGEND_WORDS = Object.freeze({
  /** Heading over the holders. */
  who: "Who was reported to hold it",
  contested: "Contested: fighting reported (hatched)",
  unknown: "Unknown: no report covers the date (empty outline)",
  disputed: "Disputed: reports disagree (dashed ring)",
  uncertain: "Uncertain: may have changed hands within a window of days (dots)",
  /** Heading over the evidence strengths. */
  strength: "How strongly it is known",
  stated: "Stated: a report says so for the date (solid)",
  inferred: "Inferred from a report, not stated (paler, light stripes)",
  none: "No report covers the date (empty outline)",
  /** The note under the legend. */
  note: "Zoomed out, each town is a round mark in the same encoding; zoomed in, its outline. Town outlines are approximate built-up extents, drawn by hand around gazetteer centres."
});
function stateLook(s, day) {
  return {
    controller: s.controller,
    basis: s.basis,
    strength: s.controller === "unknown" ? 0 : evidenceStrength(s, day),
    disputed: s.disputed,
    uncertain: s.uncertain !== null
  };
}
function isEmptyLook(l) {
  return l.controller === "unknown" || l.basis === "none" || l.strength <= 0;
}
const SAMPLE = "syrian-government";
const plain = (controller, basis = "stated") => stateLook({ controller, basis, carriedFrom: null, disputed: false, uncertain: null }, 0);
function carriedLooks() {
  const { fullDays, floorDays } = CARRIED_FADE;
  return [fullDays, Math.round((fullDays + floorDays) / 2), floorDays].map(
    (age) => stateLook(
      { controller: SAMPLE, basis: "carried", carriedFrom: 0, disputed: false, uncertain: null },
      age
    )
  );
}
function legendGroups() {
  const who = CONTROL_VALUES.map((v) => ({
    key: v,
    label: v === "contested" ? LEGEND_WORDS.contested : v === "unknown" ? LEGEND_WORDS.unknown : CONTROL_LABEL[v],
    looks: [plain(v, v === "unknown" ? "none" : "stated")]
  }));
  who.push(
    {
      key: "disputed",
      label: LEGEND_WORDS.disputed,
      looks: [{ ...plain(SAMPLE), disputed: true }]
    },
    {
      key: "uncertain",
      label: LEGEND_WORDS.uncertain,
      looks: [{ ...plain(SAMPLE), uncertain: true }]
    }
  );
  const strength = [
    { key: "stated", label: LEGEND_WORDS.stated, looks: [plain(SAMPLE, "stated")] },
    { key: "inferred", label: LEGEND_WORDS.inferred, looks: [plain(SAMPLE, "inferred")] },
    { key: "carried", label: carriedFadeWords(CARRIED_FADE), looks: carriedLooks() },
    { key: "none", label: LEGEND_WORDS.none, looks: [plain(SAMPLE, "none")] }
  ];
  return [
    { key: "who", title: LEGEND_WORDS.who, entries: who },
    { key: "strength", title: LEGEND_WORDS.strength, entries: strength }
  ];
}
function lensKey(ids) {
  return [...new Set(ids)].sort().join(",");
}
function lensCorpus(corpus, ids) {
  if (ids.length === 0) return corpus;
  const known = new Set(corpus.sources.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`lens: unknown source id ${unknown.join(", ")}`);
  const keep = new Set(ids);
  return Object.freeze({
    places: corpus.places,
    sources: corpus.sources,
    reports: Object.freeze(corpus.reports.filter((r) => keep.has(r.source)))
  });
}
class LensCache {
  constructor(corpus, build) {
    this.corpus = corpus;
    this.build = build;
  }
  corpus;
  build;
  #built = /* @__PURE__ */ new Map();
  /** The value for the lens `ids` (empty: no lens). */
  get(ids) {
    const key = lensKey(ids);
    let value = this.#built.get(key);
    if (value === void 0) {
      const sorted = key === "" ? [] : key.split(",");
      value = this.build(lensCorpus(this.corpus, sorted), sorted);
      this.#built.set(key, value);
    }
    return value;
  }
}
class Announcer {
  #delayMs;
  #text = "";
  #timer = null;
  constructor(delayMs = 400) {
    this.#delayMs = delayMs;
  }
  /** The text the live region holds. */
  get text() {
    return this.#text;
  }
  /** Says `text` after the delay, unless another call comes first. */
  say(text) {
    this.cancel();
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#text = text;
      },
      this.#delayMs
    );
  }
  /** Drops a pending text (e.g. playback started, or the page goes away). */
  cancel() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
class Explorer {
  corpus;
  timeline;
  first;
  last;
  placeIds;
  placeById;
  reportById;
  sourceById;
  #date = 0;
  #place = null;
  #view = "now";
  #camera = null;
  #mode = derived(() => this.#view === "reported" ? "reported" : "now");
  get mode() {
    return this.#mode();
  }
  set mode($$value) {
    return this.#mode($$value);
  }
  #horizon = derived(() => this.mode === "reported" ? this.#date : Infinity);
  get horizon() {
    return this.#horizon();
  }
  set horizon($$value) {
    return this.#horizon($$value);
  }
  #now;
  #other;
  #states = derived(() => this.#now.at(this.#date, this.horizon));
  get states() {
    return this.#states();
  }
  set states($$value) {
    return this.#states($$value);
  }
  #otherStates = derived(() => this.#other.at(this.#date, this.mode === "reported" ? Infinity : this.#date));
  get otherStates() {
    return this.#otherStates();
  }
  set otherStates($$value) {
    return this.#otherStates($$value);
  }
  constructor(corpus, initial, range) {
    this.corpus = corpus;
    this.placeIds = corpus.places.map((p) => p.id);
    this.timeline = compileTimeline(corpus.reports, this.placeIds);
    this.#now = new StatesAt(this.timeline, this.placeIds.length);
    this.#other = new StatesAt(this.timeline, this.placeIds.length);
    const { first, last } = range ?? dateRange(this.timeline);
    this.first = first;
    this.last = last;
    this.placeById = byId(corpus.places);
    this.reportById = byId(corpus.reports);
    this.sourceById = byId(corpus.sources);
    this.apply(initial);
  }
  /** The day shown, clamped to the data's range. */
  get date() {
    return this.#date;
  }
  set date(d) {
    this.#date = Math.min(this.last, Math.max(this.first, Math.round(d)));
  }
  get place() {
    return this.#place;
  }
  set place(id) {
    this.#place = id !== null && this.placeById.has(id) ? id : null;
  }
  /** `now`, `reported` or `compare` (the URL's `?view=`). */
  get view() {
    return this.#view;
  }
  set view(v) {
    this.#view = v;
  }
  /** Where the map looks; null until the map reports it or the URL names one. */
  get camera() {
    return this.#camera;
  }
  set camera(c) {
    this.#camera = c;
  }
  /** The state of one place at the current date and horizon. */
  stateOf(id) {
    const i = this.placeIds.indexOf(id);
    return i < 0 ? void 0 : this.states[i];
  }
  /** The four values the URL carries. */
  snapshot() {
    return {
      date: this.#date,
      place: this.#place,
      view: this.#view,
      camera: this.#camera
    };
  }
  /** Takes all four values at once (from the URL, or back/forward). */
  apply(s) {
    this.date = s.date;
    this.place = s.place;
    this.#view = s.view;
    this.#camera = s.camera;
  }
}
class StatesAt {
  constructor(timeline, places) {
    this.timeline = timeline;
    this.#scratch = new Array(places);
  }
  timeline;
  /** The array the timeline fills, and the one last handed out. */
  #scratch;
  #last = [];
  at(day, horizon) {
    const next = controlAllAt(this.timeline, day, horizon, this.#scratch);
    let same = this.#last.length === next.length;
    for (let i = 0; same && i < next.length; i++) same = this.#last[i] === next[i];
    if (!same) this.#last = next.slice();
    return this.#last;
  }
}
class Hover {
  #current = null;
  /** The hovered place and the pointer's position, or null. */
  get current() {
    return this.#current;
  }
  /** The map's hover callback: a place and a point, or null when the pointer left. */
  set(id, point) {
    this.#current = id !== null && point ? { id, x: point.x, y: point.y } : null;
  }
}
const SPEEDS = [1, 2, 4, 8];
const REDUCED_MOTION_SPEED = 1;
class Playback {
  #playing = false;
  #speed = 4;
  #loop = false;
  #target;
  #frame = 0;
  #lastTime = -1;
  #carry = 0;
  constructor(target) {
    this.#target = target;
  }
  /** True while the date advances by itself. */
  get playing() {
    return this.#playing;
  }
  /** Days per second. */
  get speed() {
    return this.#speed;
  }
  set speed(v) {
    this.#speed = v;
  }
  /** Days per second actually used: the chosen speed, capped under reduced motion. */
  get effectiveSpeed() {
    return this.#target.reducedMotion?.() ? Math.min(this.#speed, REDUCED_MOTION_SPEED) : this.#speed;
  }
  /** Start again from the first day after the last one. */
  get loop() {
    return this.#loop;
  }
  set loop(v) {
    this.#loop = v;
  }
  /** Starts playback; from the last day it starts over at the first. */
  play() {
    if (this.#playing || typeof requestAnimationFrame === "undefined") return;
    const { first, last } = this.#target.range();
    if (this.#target.day() >= last) this.#target.setDay(first);
    this.#playing = true;
    this.#lastTime = -1;
    this.#carry = 0;
    this.#frame = requestAnimationFrame(this.#tick);
  }
  /** Stops playback where it is. */
  pause() {
    if (this.#stop()) this.#target.settle?.();
  }
  toggle() {
    if (this.#playing) this.pause();
    else this.play();
  }
  /** Cancels any pending frame; call when the page goes away. */
  destroy() {
    this.#stop();
  }
  /** Stops the frames; false when nothing was playing. */
  #stop() {
    if (!this.#playing) return false;
    this.#playing = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    return true;
  }
  #tick = (now) => {
    if (!this.#playing) return;
    if (this.#lastTime >= 0) {
      const dt = Math.min(now - this.#lastTime, 250);
      this.#carry += dt * this.effectiveSpeed / 1e3;
    }
    this.#lastTime = now;
    if (this.#carry >= 1) {
      const steps = Math.floor(this.#carry);
      this.#carry -= steps;
      const { first, last } = this.#target.range();
      let next = this.#target.day() + steps;
      if (next > last) {
        if (this.#loop) next = first + (next - last - 1) % (last - first + 1);
        else {
          this.#target.setDay(last);
          this.pause();
          return;
        }
      }
      this.#target.setDay(next);
    }
    this.#frame = requestAnimationFrame(this.#tick);
  };
}
const MAX_ECHO = 24;
function echo(value) {
  const clean = Array.from(value, (ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c < 32 || c >= 127 && c <= 159 ? "?" : ch;
  }).join("");
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}
function parseUrlState(search, hash, ctx) {
  const notices = [];
  const note = (kind, text) => notices.push({ kind, text });
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  let date = ctx.defaultDate;
  const dates = params.getAll("date");
  if (dates.length > 1)
    note("date-repeated", "The link gave more than one date; the first was used.");
  const dateText = dates[0];
  if (dateText !== void 0) {
    let day = null;
    try {
      day = isoToDay(dateText);
    } catch {
      note(
        "date-invalid",
        `"${echo(dateText)}" is not a date (YYYY-MM-DD); showing ${formatDayLong(date)}.`
      );
    }
    if (day !== null) {
      if (day < ctx.first) {
        date = ctx.first;
        note(
          "date-clamped",
          `The link asked for ${formatDayLong(day)}, before the first day of the reports; showing ${formatDayLong(date)}.`
        );
      } else if (day > ctx.last) {
        date = ctx.last;
        note(
          "date-clamped",
          `The link asked for ${formatDayLong(day)}, after the last day of the reports; showing ${formatDayLong(date)}.`
        );
      } else {
        date = day;
      }
    }
  }
  let place = null;
  const placeText = params.get("place");
  if (placeText !== null && placeText !== "") {
    if (ctx.places.includes(placeText)) place = placeText;
    else note("place-unknown", `There is no place "${echo(placeText)}"; no place is selected.`);
  }
  let view = ctx.defaultView ?? "now";
  const viewText = params.get("view");
  if (viewText !== null) {
    const known = VIEW_MODES.find((m) => m === viewText);
    if (known) view = known;
    else
      note(
        "view-unknown",
        `"${echo(viewText)}" is not a view (now, reported or compare); showing ${VIEW_WORDS[view]}.`
      );
  }
  let camera = null;
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  if (h !== "") {
    camera = parseCamera(h, ctx.bounds);
    if (camera === null)
      note(
        "camera-invalid",
        "The map position in the link was not usable; showing the default view."
      );
  }
  const sources = parseSources(params.getAll("source"), ctx.sources ?? [], note);
  return {
    state: { date, place, view, camera, ...sources.length > 0 ? { sources } : {} },
    notices
  };
}
function parseSources(values, known, note) {
  const ids = /* @__PURE__ */ new Set();
  for (const id of values.flatMap((v) => v.split(",")).filter((id2) => id2 !== "")) {
    if (known.includes(id)) ids.add(id);
    else
      note(
        "source-unknown",
        `There is no source "${echo(id)}"; it is left out of the source filter.`
      );
  }
  return [...ids].sort();
}
const VIEW_WORDS = {
  now: "everything known now",
  reported: "what was reported at the time",
  compare: "both side by side"
};
const NUM = /^-?\d+(?:\.\d+)?$/;
function parseCamera(h, b) {
  const parts = h.split("/");
  if (parts.length < 3 || parts.length > 5) return null;
  if (!parts.slice(0, 3).every((p) => NUM.test(p))) return null;
  const [zoom, lat, lon] = parts.slice(0, 3).map(Number);
  if (zoom < b.minZoom || zoom > b.maxZoom) return null;
  if (lat < b.south || lat > b.north || lon < b.west || lon > b.east) return null;
  return { zoom, lat, lon };
}
function formatUrlState(state, defaults) {
  const params = new URLSearchParams();
  if (state.date !== defaults.date) params.set("date", dayToIso(state.date));
  if (state.place !== null) params.set("place", state.place);
  params.set("view", state.view);
  if (state.sources && state.sources.length > 0)
    params.set("source", [...new Set(state.sources)].sort().join(","));
  const q = params.toString().replace(/%2C/g, ",");
  return {
    search: q === "" ? "" : `?${q}`,
    hash: state.camera === null ? "" : `#${formatCamera(state.camera)}`
  };
}
function formatCamera(v) {
  return `${round(v.zoom, 2)}/${round(v.lat, 4)}/${round(v.lon, 4)}`;
}
function round(x, digits) {
  return String(Number(x.toFixed(digits)));
}
class UrlSync {
  #explorer;
  #ctx;
  #port;
  #settleMs;
  #onCamera;
  #notices = [];
  /** The URL the history entry holds now, as this sync last read or wrote it. */
  #current = null;
  #settle = null;
  constructor(explorer, ctx, port, options = {}) {
    this.#explorer = explorer;
    this.#ctx = ctx;
    this.#port = port;
    this.#settleMs = options.settleMs ?? 400;
    this.#onCamera = options.onCamera;
  }
  /** What the last link read could not use, one notice per problem. */
  get notices() {
    return this.#notices;
  }
  /** True once the URL has been read. */
  get ready() {
    return this.#current !== null;
  }
  /** Clears the notices (the reader dismissed them). */
  dismiss() {
    this.#notices = [];
  }
  /** Reads the URL into the state (navigation, Back/Forward, an edited hash). */
  read() {
    this.#cancelSettle();
    const { search, hash } = this.#port.location();
    const { state, notices } = parseUrlState(search, hash, this.#ctx);
    this.#explorer.apply(state);
    this.#notices = notices;
    this.#current = this.#url();
    if (state.camera) this.#onCamera?.(state.camera);
  }
  /**
   * One user action: a pending date becomes its own entry first, then `change` is applied and
   * written as one new entry (none if it changed nothing).
   */
  act(change) {
    this.#flushDate();
    change();
    this.#write("push");
  }
  /** The date moved (slider, keys, playback stopping): one entry once it rests. */
  dateMoved() {
    if (!this.ready) return;
    this.#cancelSettle();
    this.#settle = setTimeout(
      () => {
        this.#settle = null;
        this.#write("push");
      },
      this.#settleMs
    );
  }
  /** The map settled at `camera`: the current entry remembers it. */
  cameraMoved(camera) {
    this.#flushDate();
    this.#explorer.camera = camera;
    this.#write("replace");
  }
  /** Re-reads the URL on Back/Forward and hash edits; returns the function that stops it. */
  listen(target) {
    const reread = () => this.read();
    target.addEventListener("popstate", reread);
    target.addEventListener("hashchange", reread);
    return () => {
      target.removeEventListener("popstate", reread);
      target.removeEventListener("hashchange", reread);
      this.#cancelSettle();
    };
  }
  #flushDate() {
    if (this.#settle === null) return;
    this.#cancelSettle();
    this.#write("push");
  }
  #cancelSettle() {
    if (this.#settle !== null) clearTimeout(this.#settle);
    this.#settle = null;
  }
  #url() {
    const { search, hash } = formatUrlState(this.#explorer.snapshot(), { date: this.#ctx.defaultDate });
    return `${this.#port.location().pathname}${search}${hash}`;
  }
  #write(how) {
    if (this.#current === null) return;
    const url = this.#url();
    if (url === this.#current) return;
    this.#current = url;
    if (how === "push") this.#port.push(url);
    else this.#port.replace(url);
  }
}
const workerUrl = "/_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs";
const STATE_KEYS = Object.freeze({
  controller: "controller",
  disputed: "disputed",
  uncertain: "uncertain",
  selected: "selected",
  hover: "hover",
  /** The state is inferred: light stripes over the fill. */
  inferred: "inferred",
  /** Evidence strength 0–1 (core/story.ts evidenceStrength): multiplies the fill. */
  strength: "strength"
});
[
  "coalesce",
  ["feature-state", STATE_KEYS.controller],
  "unknown"
];
maplibregl.setWorkerUrl(workerUrl);
if (typeof window !== "undefined" && typeof Worker !== "undefined") maplibregl.prewarm();
[
  [REGION.west, REGION.south],
  [REGION.east, REGION.north]
];
function MapView($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      basemap,
      places,
      states,
      day = Number.NaN,
      callouts = [],
      selected,
      view = null,
      placeInfo,
      labelTexts,
      onselect,
      onhover,
      onviewchange,
      onerror,
      onmap,
      label = "Map of reported control"
    } = $$props;
    function toPng(options) {
      return null;
    }
    function fitPlace(id) {
    }
    function resetView() {
    }
    function getView() {
      return null;
    }
    function setView(v) {
    }
    function focus() {
    }
    function setLabelText(id, text) {
    }
    function whenIdle() {
      return Promise.resolve();
    }
    $$renderer2.push(`<div class="map-view svelte-njbu1f" role="region"${attr("aria-label", label)}>`);
    {
      $$renderer2.push(`<!--[-1--><div class="map-view__map svelte-njbu1f"></div>`);
    }
    $$renderer2.push(`<!--]--></div>`);
    bind_props($$props, {
      toPng,
      fitPlace,
      resetView,
      getView,
      setView,
      focus,
      setLabelText,
      whenIdle
    });
  });
}
function CompareMaps($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      basemap,
      places,
      placeInfo,
      now,
      reported,
      day,
      selected,
      view = null,
      labelTexts,
      notesNow = [],
      notesReported = [],
      onselect,
      onhover,
      onviewchange,
      onerror
    } = $$props;
    const NARROW = "(max-width: 1100px)";
    let narrow = typeof matchMedia === "function" && matchMedia(NARROW).matches;
    let single = "now";
    const names = derived(() => new Map(placeInfo.map((p) => [p.id, p.name])));
    const differences = derived(() => viewDifferences(now, reported).map((d) => ({
      place: d.place,
      text: differenceLine(names().get(d.place) ?? d.place, d)
    })));
    const nowNotes = derived(() => mergeNotes(differences(), notesNow));
    const reportedNotes = derived(() => notesReported);
    function mergeNotes(first, rest) {
      const taken = new Set(first.map((n) => n.place));
      return [...first, ...rest.filter((n) => !taken.has(n.place))];
    }
    function fitPlace(id) {
    }
    function setView(v) {
    }
    function focus() {
    }
    function toPng(options) {
      return null;
    }
    function exportedMode() {
      return narrow ? single : "now";
    }
    function hoverFrom(pane) {
      return (id, p) => {
        const dx = pane === "right" ? 0 : 0;
        onhover?.(id, p ? { x: p.x + dx, y: p.y } : void 0);
      };
    }
    if (narrow) {
      $$renderer2.push(`<!--[0--><div class="compare compare--single svelte-1p9kgz0"><div class="pane svelte-1p9kgz0" data-map-pane=""${attr("data-testid", "map-now")}>`);
      MapView($$renderer2, {
        basemap,
        places,
        placeInfo,
        states: now,
        day,
        callouts: nowNotes(),
        selected,
        view,
        labelTexts: labelTexts?.[single],
        label: "Map of what is known now",
        onselect,
        onhover: hoverFrom("left"),
        onviewchange,
        onerror
      });
      $$renderer2.push(`<!----> <button type="button" class="toggle svelte-1p9kgz0" data-map-overlay=""${attr("aria-pressed", single === "reported")}><span class="toggle__now svelte-1p9kgz0">${escape_html("As known now")}</span> <span class="toggle__hint svelte-1p9kgz0">Tap for ${escape_html("as reported at the time")}</span></button></div></div>`);
    } else {
      $$renderer2.push(`<!--[-1--><div class="compare svelte-1p9kgz0"><section class="pane svelte-1p9kgz0" data-map-pane="" data-testid="map-reported"><h2 class="title svelte-1p9kgz0" data-map-overlay="">As reported at the time</h2> `);
      MapView($$renderer2, {
        basemap,
        places,
        placeInfo,
        states: reported,
        day,
        callouts: reportedNotes(),
        selected,
        view,
        labelTexts: labelTexts?.reported,
        label: "Map of what was reported at the time",
        onselect,
        onhover: hoverFrom("left"),
        onerror,
        onmap: (m) => m
      });
      $$renderer2.push(`<!----></section> <section class="pane svelte-1p9kgz0" data-map-pane="" data-testid="map-now"><h2 class="title svelte-1p9kgz0" data-map-overlay="">As known now</h2> `);
      MapView($$renderer2, {
        basemap,
        places,
        placeInfo,
        states: now,
        day,
        callouts: nowNotes(),
        selected,
        view,
        labelTexts: labelTexts?.now,
        label: "Map of what is known now",
        onselect,
        onhover: hoverFrom("right"),
        onviewchange,
        onerror,
        onmap: (m) => m
      });
      $$renderer2.push(`<!----></section></div>`);
    }
    $$renderer2.push(`<!--]-->`);
    bind_props($$props, { fitPlace, setView, focus, toPng, exportedMode });
  });
}
function StateSwatch($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { look, size = "1rem", round: round2 = false } = $$props;
    const empty = derived(() => isEmptyLook(look));
    const fill = derived(() => evidenceSwatch(look.controller, look.basis, look.strength));
    const dots = `radial-gradient(circle, ${UNCERTAIN_DOTS.color}${Math.round(UNCERTAIN_DOTS.alpha * 255).toString(16)} ${UNCERTAIN_DOTS.radius}px, transparent ${UNCERTAIN_DOTS.radius + 0.5}px) 0 0 / ${UNCERTAIN_DOTS.period}px ${UNCERTAIN_DOTS.period}px`;
    $$renderer2.push(`<span${attr_class("swatch svelte-1jbirmp", void 0, { "round": round2, "empty": empty(), "disputed": look.disputed })} data-swatch=""${attr("data-controller", look.controller)}${attr("data-basis", look.basis)}${attr("data-strength", look.strength)}${attr("data-disputed", String(look.disputed))}${attr("data-uncertain", String(look.uncertain))} aria-hidden="true"${attr_style("", { "--size": size })}>`);
    if (!empty()) {
      $$renderer2.push(`<!--[0--><span class="layer svelte-1jbirmp" data-swatch-fill=""${attr_style("", { background: fill().background, opacity: fill().opacity })}></span> `);
      if (look.uncertain) {
        $$renderer2.push(`<!--[0--><span class="layer svelte-1jbirmp" data-swatch-dots=""${attr_style("", { background: dots })}></span>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]-->`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></span>`);
  });
}
function ControlSummary($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      places,
      states,
      day,
      mode = "now",
      reported,
      selected,
      onselect
    } = $$props;
    const buttons = {};
    function focusRow(id) {
      buttons[id]?.focus();
    }
    $$renderer2.push(`<ul${attr_class("list svelte-ph5ylt", void 0, { "compare": !!reported })} data-testid="control-list" aria-label="Reported control at this date"><!--[-->`);
    const each_array = ensure_array_like(places);
    for (let i = 0, $$length = each_array.length; i < $$length; i++) {
      let place = each_array[i];
      const s = states[i];
      const r = reported?.[i];
      if (s) {
        $$renderer2.push(`<!--[0--><li${attr("data-place", place.id)}${attr("data-controller", s.controller)}${attr("data-disputed", String(s.disputed))}${attr("data-uncertain", String(s.uncertain !== null))}${attr("data-basis", s.basis)}${attr("data-reported-controller", r?.controller)}${attr("data-reported-disputed", r ? String(r.disputed) : void 0)}${attr("data-reported-uncertain", r ? String(r.uncertain !== null) : void 0)}${attr("data-reported-basis", r?.basis)}><button type="button" class="row svelte-ph5ylt"${attr("aria-pressed", selected === place.id)}>`);
        if (r) {
          $$renderer2.push(`<!--[0--><span class="pair svelte-ph5ylt" aria-hidden="true"><span class="view svelte-ph5ylt">`);
          StateSwatch($$renderer2, { look: stateLook(r, day), size: "1.1rem" });
          $$renderer2.push(`<!----> <span class="cap svelte-ph5ylt">then</span></span> <span class="view svelte-ph5ylt">`);
          StateSwatch($$renderer2, { look: stateLook(s, day), size: "1.1rem" });
          $$renderer2.push(`<!----> <span class="cap svelte-ph5ylt">now</span></span></span>`);
        } else {
          $$renderer2.push(`<!--[-1--><span class="one svelte-ph5ylt">`);
          StateSwatch($$renderer2, { look: stateLook(s, day), size: "1.1rem" });
          $$renderer2.push(`<!----></span>`);
        }
        $$renderer2.push(`<!--]--> <span class="name svelte-ph5ylt"><span class="en svelte-ph5ylt">${escape_html(place.name)}</span> <span class="ar svelte-ph5ylt" lang="ar" dir="rtl">${escape_html(place.nameAr)}</span></span> <span class="state svelte-ph5ylt"><span class="sentence">${escape_html(stateSentence(s, mode))}.</span> <span class="basis svelte-ph5ylt">${escape_html(BASIS_LABEL[s.basis])}</span> `);
        if (r && readsDifferently(s, r)) {
          $$renderer2.push(`<!--[0--><span class="then svelte-ph5ylt"><span class="k svelte-ph5ylt">As reported at the time:</span> ${escape_html(stateSentence(r, "reported"))}.</span>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></span></button></li>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]-->`);
    }
    $$renderer2.push(`<!--]--></ul>`);
    bind_props($$props, { focusRow });
  });
}
function LensChip($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { sources } = $$props;
    const names = derived(() => sources.map((s) => s.outlet).join(", "));
    $$renderer2.push(`<p class="chip svelte-19demom" data-testid="lens-chip" role="status"><span><strong>Source filter on:</strong> only ${escape_html(names())}
		${escape_html(sources.length === 1 ? "counts" : "count")}.</span> <button type="button" class="btn small">Show all sources</button></p>`);
  });
}
function LinkNotices($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { notices } = $$props;
    $$renderer2.push(`<div${attr_class("notice svelte-68e1yl", void 0, { "empty": notices.length === 0 })} role="status">`);
    if (notices.length > 0) {
      $$renderer2.push(`<!--[0--><p class="svelte-68e1yl">Part of the link could not be used as given:</p> <ul class="svelte-68e1yl"><!--[-->`);
      const each_array = ensure_array_like(notices);
      for (let i = 0, $$length = each_array.length; i < $$length; i++) {
        let n = each_array[i];
        $$renderer2.push(`<li${attr("data-notice", n.kind)}>${escape_html(n.text)}</li>`);
      }
      $$renderer2.push(`<!--]--></ul> <button type="button" class="btn svelte-68e1yl">Dismiss</button>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div>`);
  });
}
function PlaceTooltip($$renderer, $$props) {
  let { name, state, date, x, y } = $$props;
  $$renderer.push(`<div class="tooltip svelte-h67lsi" role="tooltip"${attr_style("", {
    left: `${stringify(x + 14)}px`,
    top: `${stringify(y + 14)}px`
  })}><strong>${escape_html(name)}</strong> · ${escape_html(state)} <br/><span class="svelte-h67lsi">${escape_html(date)} · click for sources</span></div>`);
}
function SkipLinks($$renderer, $$props) {
  let { links } = $$props;
  $$renderer.push(`<nav class="skip svelte-1xr8rm4" aria-label="Skip links"><!--[-->`);
  const each_array = ensure_array_like(links);
  for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
    let link = each_array[$$index];
    $$renderer.push(`<a href="#main" class="svelte-1xr8rm4">${escape_html(link.label)}</a>`);
  }
  $$renderer.push(`<!--]--></nav>`);
}
function TimeSlider($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      first,
      last,
      full,
      wide = false,
      value,
      events,
      publications,
      playback,
      onchange,
      onsource
    } = $$props;
    function focus() {
    }
    const span = derived(() => Math.max(1, last - first));
    const pct = (d) => `${((d - first) / span() * 100).toFixed(3)}%`;
    const visibleEvents = derived(() => events.filter((e) => e.day >= first && e.day <= last));
    const visiblePubs = derived(() => publications.filter((p) => p.day >= first && p.day <= last));
    const wholeRange = derived(() => `${formatDayLong(full.first)} – ${formatDayLong(full.last)}`);
    function short(d) {
      return formatDayLong(d).split(" ").slice(0, 2).join(" ").replace(/(\w{3})\w+$/, "$1");
    }
    let trackWidth = 600;
    const ticks = derived(() => {
      const out = [];
      const daily = span() <= 45;
      const pxPerDay = trackWidth / span();
      const minGap = 64 / pxPerDay;
      let prev = first;
      for (let d = first + 1; d < last; d++) {
        const iso = dayToIso(d);
        let label = null;
        if (daily && weekday(d) === 1) label = short(d);
        else if (!daily && iso.endsWith("-01")) label = formatDayLong(d).split(" ")[1] ?? "";
        if (label === null) continue;
        if (d - prev < minGap || (last - d) * pxPerDay < 128) continue;
        out.push({ day: d, label });
        prev = d;
      }
      return out;
    });
    $$renderer2.push(`<div class="time svelte-wfqo9c"><div class="row svelte-wfqo9c"><div class="buttons svelte-wfqo9c"><button type="button" class="step svelte-wfqo9c" aria-label="Previous day" title="Previous day"${attr("disabled", value <= first, true)}>‹</button> <button type="button" class="play svelte-wfqo9c"${attr("aria-label", playback.playing ? "Pause" : "Play")}${attr("title", playback.playing ? "Pause" : "Play")}>`);
    if (playback.playing) {
      $$renderer2.push(`<!--[0--><svg viewBox="0 0 16 16" aria-hidden="true" class="svelte-wfqo9c"><rect x="3" y="2" width="4" height="12"></rect><rect x="9" y="2" width="4" height="12"></rect></svg>`);
    } else {
      $$renderer2.push(`<!--[-1--><svg viewBox="0 0 16 16" aria-hidden="true" class="svelte-wfqo9c"><path d="M4 2 L14 8 L4 14 Z"></path></svg>`);
    }
    $$renderer2.push(`<!--]--></button> <button type="button" class="step svelte-wfqo9c" aria-label="Next day" title="Next day"${attr("disabled", value >= last, true)}>›</button></div> <output class="current svelte-wfqo9c" for="date-slider" aria-live="off">${escape_html(formatDayLong(value))}</output></div> <div class="track svelte-wfqo9c"><input id="date-slider" type="range"${attr("min", first)}${attr("max", last)} step="1"${attr("value", value)} aria-label="Date"${attr("aria-valuetext", formatDayLong(value))} class="svelte-wfqo9c"/> <div class="marks svelte-wfqo9c" role="group" aria-label="Changes and publications"><!--[-->`);
    const each_array = ensure_array_like(visibleEvents());
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let e = each_array[$$index];
      $$renderer2.push(`<button type="button"${attr_class("event svelte-wfqo9c", void 0, { "on": e.day === value })}${attr("aria-label", e.label)}${attr("data-event-day", dayToIso(e.day))}${attr_style("", { left: pct(e.day) })}><span class="tip svelte-wfqo9c" aria-hidden="true">${escape_html(e.label)}</span></button>`);
    }
    $$renderer2.push(`<!--]--> <!--[-->`);
    const each_array_1 = ensure_array_like(visiblePubs());
    for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
      let p = each_array_1[$$index_1];
      $$renderer2.push(`<button type="button" class="pub svelte-wfqo9c"${attr("aria-label", p.label)}${attr("data-pub-day", dayToIso(p.day))}${attr_style("", { left: pct(p.day) })}><span class="tip svelte-wfqo9c" aria-hidden="true">${escape_html(p.label)}</span></button>`);
    }
    $$renderer2.push(`<!--]--></div> <div class="axis svelte-wfqo9c" aria-hidden="true"><span class="end start svelte-wfqo9c">${escape_html(short(first))}</span> <!--[-->`);
    const each_array_2 = ensure_array_like(ticks());
    for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
      let m = each_array_2[$$index_2];
      $$renderer2.push(`<span class="svelte-wfqo9c"${attr_style("", { left: pct(m.day) })}>${escape_html(m.label)}</span>`);
    }
    $$renderer2.push(`<!--]--> <span class="end finish svelte-wfqo9c">${escape_html(short(last))}</span></div></div> <div class="options svelte-wfqo9c"><label>Speed `);
    $$renderer2.select(
      {
        value: playback.speed,
        onchange: (e) => playback.speed = Number(e.currentTarget.value),
        class: ""
      },
      ($$renderer3) => {
        $$renderer3.push(`<!--[-->`);
        const each_array_3 = ensure_array_like(SPEEDS);
        for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
          let s = each_array_3[$$index_3];
          $$renderer3.option({ value: s }, ($$renderer4) => {
            $$renderer4.push(`${escape_html(s)} day${escape_html(s === 1 ? "" : "s")}/s`);
          });
        }
        $$renderer3.push(`<!--]-->`);
      },
      "svelte-wfqo9c"
    );
    $$renderer2.push(`</label> <label class="check svelte-wfqo9c"${attr("title", `Show every day of the data: ${wholeRange()}`)}><input type="checkbox"${attr("checked", wide, true)} class="svelte-wfqo9c"/> Whole range</label> <label class="check svelte-wfqo9c"><input type="checkbox"${attr("checked", playback.loop, true)} class="svelte-wfqo9c"/> Loop</label></div> <p class="key svelte-wfqo9c" aria-hidden="true"><span class="event-key svelte-wfqo9c"></span> a change of state (select to go there) <span class="pub-key svelte-wfqo9c"></span> a source published (select to read it) <span class="window svelte-wfqo9c">Showing ${escape_html(formatDayLong(first))} – ${escape_html(formatDayLong(last))}</span></p></div>`);
    bind_props($$props, { wide, focus });
  });
}
class Lazy {
  #importer;
  #pending = null;
  #current = null;
  #failed = false;
  /** `importer` is `() => import('…')` of a module whose default export is the component. */
  constructor(importer) {
    this.#importer = importer;
  }
  /** The component once loaded, else null. */
  get current() {
    return this.#current;
  }
  /** True after a load failed, until the next `load()` starts. */
  get failed() {
    return this.#failed;
  }
  /** Loads the component (once; later calls share the first load) and resolves with it. */
  load() {
    this.#failed = false;
    this.#pending ??= this.#importer().then((m) => this.#current = m.default, (e) => {
      this.#pending = null;
      this.#failed = true;
      throw e;
    });
    return this.#pending;
  }
}
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    const corpus = data.corpus;
    const defaultView = "compare";
    const full = new Explorer(corpus, { date: Infinity, place: null, view: defaultView, camera: null });
    const story = storyWindow(full.timeline, corpus.reports);
    const defaultDate = firstStoryDay(full.timeline, story);
    full.date = defaultDate;
    const lensed = new LensCache(corpus, (c) => new Explorer(c, full.snapshot(), { first: full.first, last: full.last }));
    let lens = [];
    let explorer = full;
    function useLens(ids) {
      const next = lensed.get(ids);
      if (next !== explorer) next.apply(explorer.snapshot());
      explorer = next;
      lens = [...new Set(ids)].sort();
    }
    const lensSources = derived(() => lens.map((id) => explorer.sourceById.get(id)));
    const urlContext = {
      places: full.placeIds,
      sources: corpus.sources.map((s) => s.id),
      first: full.first,
      last: full.last,
      defaultDate,
      defaultView,
      bounds: { minZoom: 4, maxZoom: 13, ...REGION }
    };
    const VIEWS = [
      { value: "compare", label: "Side by side" },
      { value: "now", label: "As known now" },
      { value: "reported", label: "As reported at the time" }
    ];
    const sheetPart = new Lazy(() => import("./PlaceSheet.js"));
    const panelPart = new Lazy(() => import("./PlacePanel.js"));
    const readerPart = new Lazy(() => import("./SourceReader.js"));
    const filterPart = new Lazy(() => import("./SourceFilter.js"));
    const legendPart = new Lazy(() => import("./Legend.js"));
    const exportPart = new Lazy(() => import("./ExportTools.js"));
    const exportCode = new Lazy(() => import("./export.js").then((m) => ({ default: m })));
    const sourcesPart = new Lazy(() => import("./SourcesList.js"));
    const loadDetail = () => Promise.all([sheetPart.load(), panelPart.load()]);
    const lazyParts = [
      sheetPart,
      panelPart,
      readerPart,
      filterPart,
      legendPart,
      exportPart,
      exportCode,
      sourcesPart
    ];
    const partFailed = derived(() => lazyParts.some((p) => p.failed));
    let mapView = void 0;
    let slider = void 0;
    let listSection = void 0;
    let mapError = null;
    let reader = null;
    let wideRange = false;
    const sliderRange = derived(() => wideRange || explorer.date < story.first || explorer.date > story.last ? { first: explorer.first, last: explorer.last } : story);
    const hover = new Hover();
    const announcer = new Announcer();
    const synced = {
      snapshot: () => ({
        ...explorer.snapshot(),
        ...lens.length > 0 ? { sources: lens } : {}
      }),
      apply: (state) => {
        useLens(state.sources ?? []);
        explorer.apply(state);
      },
      get camera() {
        return explorer.camera;
      },
      set camera(c) {
        explorer.camera = c;
      }
    };
    const sync = new UrlSync(
      synced,
      urlContext,
      {
        location: () => location,
        push: (url) => pushState(),
        replace: (url) => replaceState()
      },
      { onCamera: (camera) => mapView?.setView(camera) }
    );
    let motionQuery = null;
    const playback = new Playback({
      day: () => explorer.date,
      setDay: (d) => explorer.date = d,
      range: () => sliderRange(),
      settle: () => sync.dateMoved(),
      reducedMotion: () => (motionQuery ??= matchMedia("(prefers-reduced-motion: reduce)")).matches
    });
    const shortDay = (d) => formatDayLong(d).split(" ").slice(0, 2).join(" ").replace(/(\w{3})\w+$/, "$1");
    function outletsOf(s) {
      const out = [];
      for (const c of s.supporting) {
        const r = explorer.reportById.get(c.report);
        const outlet = r ? explorer.sourceById.get(r.source)?.outlet : void 0;
        if (outlet && !out.includes(outlet)) out.push(outlet);
      }
      return out;
    }
    const events = derived(() => changeEvents(explorer.timeline).reduce(
      (days, e) => {
        const name = explorer.placeById.get(e.place)?.name ?? e.place;
        const what = e.state.controller === "unknown" ? "no report" : `${CONTROL_LABEL[e.state.controller]}, ${e.state.basis}${e.state.disputed ? ", disputed" : ""}`;
        const last = days.at(-1);
        if (last?.day === e.day) last.parts.push(`${name} · ${what}`);
        else days.push({ day: e.day, parts: [`${name} · ${what}`] });
        return days;
      },
      []
    ).map(({ day, parts }) => ({ day, label: `${shortDay(day)} · ${parts.join("; ")}` })));
    const publications = derived(() => publicationDays(explorer.timeline).map((day) => {
      const sources = explorer.corpus.sources.filter((s) => s.published.latest === day && (lens.length === 0 || lens.includes(s.id)));
      return {
        day,
        source: sources[0]?.id ?? "",
        label: `${shortDay(day)} · published (latest possible day): ${sources.map((s) => s.outlet).join(", ")}`
      };
    }));
    function changeNotes(horizon) {
      return changesOn(explorer.timeline, explorer.date, horizon).map((e) => {
        const name = explorer.placeById.get(e.place)?.name ?? e.place;
        const outlets = outletsOf(e.state);
        const what = e.state.controller === "unknown" ? "no report" : CONTROL_LABEL[e.state.controller];
        return {
          place: e.place,
          text: `${name} today: ${what}${outlets.length > 0 ? ` (${outlets.join(", ")})` : ""}`
        };
      });
    }
    const notesNow = derived(() => changeNotes(Infinity));
    const notesShown = derived(() => changeNotes(explorer.horizon));
    const notesThen = derived(() => changeNotes(explorer.date));
    const reportCounts = countBy(corpus.reports, (r) => r.source);
    const selectedPlace = derived(() => explorer.place ? explorer.placeById.get(explorer.place) : void 0);
    const selectedState = derived(() => explorer.place ? explorer.stateOf(explorer.place) : void 0);
    const selectedOther = derived(() => {
      const i = explorer.place ? explorer.placeIds.indexOf(explorer.place) : -1;
      return i < 0 ? void 0 : explorer.otherStates[i];
    });
    const differs = derived(() => explorer.states.filter((s, i) => readsDifferently(s, explorer.otherStates[i])).map((s) => s.place));
    const labelTexts = derived(() => Object.fromEntries(explorer.states.map((s) => [s.place, stateSentence(s, explorer.mode)])));
    const otherLabelTexts = derived(() => Object.fromEntries(explorer.otherStates.map((s) => [s.place, stateSentence(s, "reported")])));
    const countedReports = derived(() => explorer.mode === "reported" ? explorer.corpus.reports.filter((r) => r.published <= explorer.date).length : explorer.corpus.reports.length);
    const hovered = derived(() => {
      const h = hover.current;
      const s = h && explorer.stateOf(h.id);
      const p = h && explorer.placeById.get(h.id);
      return h && s && p ? { ...h, name: p.name, state: shortLabel(s) } : null;
    });
    let title = "Frontline Atlas";
    const geometries = new Map(data.placesGeo.features.map((f) => [String(f.id ?? f.properties?.["id"]), f.geometry]));
    const exportStem = derived(() => `frontline-atlas-${dayToIso(explorer.date)}-${explorer.mode}${lens.length > 0 ? `-only-${lens.join("-")}` : ""}`);
    const exportContext = () => ({
      corpus: explorer.corpus,
      date: explorer.date,
      mode: explorer.mode,
      lens
    });
    function exportPng() {
      const mode = explorer.mode;
      mode === explorer.mode ? explorer.states : explorer.otherStates;
      mode === "reported" ? explorer.corpus.reports.filter((r) => r.published <= explorer.date).length : explorer.corpus.reports.length;
      return null;
    }
    async function select(id, focusPanel = false) {
      if (explorer.place === id) return;
      sync.act(() => explorer.place = id);
      if (id && focusPanel) {
        await loadDetail().catch(() => void 0);
        await tick();
      }
    }
    function setLens(ids) {
      sync.act(() => useLens(ids));
    }
    function openReport(reportId, opener) {
      const r = explorer.reportById.get(reportId);
      if (r) openReader({ sourceId: r.source, reportId, opener });
    }
    function openSource(sourceId, opener) {
      openReader({ sourceId, reportId: null, opener });
    }
    function openReader(next) {
      reader = next;
      readerPart.load().catch(() => void 0);
    }
    function closeReader() {
      const opener = reader?.opener;
      reader = null;
      opener?.focus();
    }
    async function back() {
      explorer.place;
      await select(null);
      await tick();
    }
    const readerSource = derived(() => reader ? explorer.sourceById.get(reader.sourceId) ?? null : null);
    const readerAnchor = derived(() => reader?.reportId ? explorer.reportById.get(reader.reportId)?.anchor ?? null : null);
    let $$settled = true;
    let $$inner_renderer;
    function $$render_inner($$renderer3) {
      head("1uha8ag", $$renderer3, ($$renderer4) => {
        $$renderer4.title(($$renderer5) => {
          $$renderer5.push(`<title>${escape_html(title)}</title>`);
        });
      });
      SkipLinks($$renderer3, {
        links: [
          { label: "Skip to the map", focus: () => mapView?.focus() },
          { label: "Skip to the timeline", focus: () => slider?.focus() },
          {
            label: "Skip to the list of places",
            focus: () => listSection?.focus()
          }
        ]
      });
      $$renderer3.push(`<!----> <div class="app svelte-1uha8ag"><header class="top svelte-1uha8ag"><div class="brand svelte-1uha8ag"><h1 class="svelte-1uha8ag">Frontline Atlas</h1> <p class="svelte-1uha8ag">Who was reported to control which town on the Syria–Iraq frontier, autumn 2017: every claim
				tied to the words of its source.</p></div> <fieldset class="mode svelte-1uha8ag"><legend class="svelte-1uha8ag">Knowledge</legend> <!--[-->`);
      const each_array = ensure_array_like(VIEWS);
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let m = each_array[$$index];
        $$renderer3.push(`<label${attr_class("svelte-1uha8ag", void 0, { "on": explorer.view === m.value })}><input type="radio" name="mode"${attr("value", m.value)}${attr("checked", explorer.view === m.value, true)} class="svelte-1uha8ag"/> ${escape_html(m.label)}</label>`);
      }
      $$renderer3.push(`<!--]--></fieldset></header> `);
      LinkNotices($$renderer3, { notices: sync.notices });
      $$renderer3.push(`<!----> `);
      if (partFailed()) {
        $$renderer3.push(`<!--[0--><p class="partfail svelte-1uha8ag" role="alert">Part of the page could not be loaded. Reload the page to try again.</p>`);
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--> <section class="bottom svelte-1uha8ag" aria-label="Timeline">`);
      TimeSlider($$renderer3, {
        first: sliderRange().first,
        last: sliderRange().last,
        full: { first: explorer.first, last: explorer.last },
        value: explorer.date,
        events: events(),
        publications: publications(),
        playback,
        onsource: openSource,
        onchange: (d) => {
          explorer.date = d;
          sync.dateMoved();
        },
        get wide() {
          return wideRange;
        },
        set wide($$value) {
          wideRange = $$value;
          $$settled = false;
        }
      });
      $$renderer3.push(`<!----></section> <main class="main svelte-1uha8ag" id="main"><div class="mapwrap svelte-1uha8ag">`);
      if (explorer.view === "compare") {
        $$renderer3.push("<!--[0-->");
        CompareMaps($$renderer3, {
          basemap: data.basemap,
          places: data.placesGeo,
          placeInfo: corpus.places,
          now: explorer.states,
          reported: explorer.otherStates,
          day: explorer.date,
          selected: explorer.place,
          view: explorer.camera,
          labelTexts: { now: labelTexts(), reported: otherLabelTexts() },
          notesNow: notesNow(),
          notesReported: notesThen(),
          onselect: (id) => select(id, true),
          onhover: (id, p) => hover.set(id, p),
          onviewchange: (camera) => sync.cameraMoved(camera),
          onerror: (m) => mapError = m
        });
      } else {
        $$renderer3.push("<!--[-1-->");
        MapView($$renderer3, {
          basemap: data.basemap,
          places: data.placesGeo,
          placeInfo: corpus.places,
          states: explorer.states,
          day: explorer.date,
          callouts: notesShown(),
          selected: explorer.place,
          view: explorer.camera,
          labelTexts: labelTexts(),
          onselect: (id) => select(id, true),
          onhover: (id, p) => hover.set(id, p),
          onviewchange: (camera) => sync.cameraMoved(camera),
          onerror: (m) => mapError = m
        });
      }
      $$renderer3.push(`<!--]--> `);
      if (hovered()) {
        $$renderer3.push("<!--[0-->");
        PlaceTooltip($$renderer3, {
          name: hovered().name,
          state: hovered().state,
          date: formatDayLong(explorer.date),
          x: hovered().x,
          y: hovered().y
        });
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--> `);
      if (lens.length > 0) {
        $$renderer3.push(`<!--[0--><div class="lens svelte-1uha8ag">`);
        LensChip($$renderer3, { sources: lensSources() });
        $$renderer3.push(`<!----></div>`);
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--> `);
      if (mapError) {
        $$renderer3.push(`<!--[0--><p class="maperror svelte-1uha8ag" role="alert">${escape_html(mapError)}</p>`);
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--> <p${attr_class("horizon svelte-1uha8ag", void 0, { "reported": explorer.mode === "reported" })}>`);
      if (explorer.view === "compare") {
        $$renderer3.push(`<!--[0-->As reported at the time: only the reports published by ${escape_html(formatDayLong(explorer.date))}. As
					known now: all ${escape_html(corpus.reports.length)} reports.`);
      } else {
        $$renderer3.push(`<!--[-1-->${escape_html(horizonWords(explorer.mode, countedReports(), explorer.corpus.reports.length, explorer.date))}`);
      }
      $$renderer3.push(`<!--]--> `);
      if (differs().length > 0) {
        $$renderer3.push(`<!--[0--><strong>${escape_html(differs().map((id) => explorer.placeById.get(id)?.name).join(", "))}</strong> read differently
					in the other view.`);
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--></p></div> <aside class="side svelte-1uha8ag" aria-label="Places and sources">`);
      if (selectedPlace() && selectedState() && sheetPart.current && panelPart.current) {
        $$renderer3.push("<!--[0-->");
        const PlaceSheet = sheetPart.current;
        const PlacePanel = panelPart.current;
        if (PlaceSheet) {
          $$renderer3.push("<!--[-->");
          PlaceSheet($$renderer3, {
            children: ($$renderer4) => {
              if (PlacePanel) {
                $$renderer4.push("<!--[-->");
                PlacePanel($$renderer4, {
                  place: selectedPlace(),
                  current: selectedState(),
                  other: selectedOther(),
                  day: explorer.date,
                  mode: explorer.mode,
                  reportById: explorer.reportById,
                  sourceById: explorer.sourceById,
                  onread: openReport,
                  onback: back,
                  onzoom: () => selectedPlace() && mapView?.fitPlace(selectedPlace().id)
                });
                $$renderer4.push("<!--]-->");
              } else {
                $$renderer4.push("<!--[!-->");
                $$renderer4.push("<!--]-->");
              }
            },
            $$slots: { default: true }
          });
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--> <section aria-labelledby="summary-title" tabindex="-1"${attr("hidden", !!selectedPlace())} class="svelte-1uha8ag"><h2 id="summary-title" class="sr-heading svelte-1uha8ag">Reported control on ${escape_html(formatDayLong(explorer.date))}</h2> `);
      ControlSummary($$renderer3, {
        places: corpus.places,
        states: explorer.states,
        day: explorer.date,
        mode: explorer.mode,
        selected: explorer.place,
        reported: explorer.view === "compare" ? explorer.otherStates : void 0,
        onselect: (id) => select(id, true)
      });
      $$renderer3.push(`<!----> <p class="hint svelte-1uha8ag">Choose a place on the map or in the list to read the reports behind it.</p></section> <details${attr("open", lens.length > 0, true)} class="svelte-1uha8ag"><summary class="svelte-1uha8ag">Filter by source${escape_html(lens.length > 0 ? ` (${lens.length} on)` : "")}</summary> `);
      if (filterPart.current) {
        $$renderer3.push("<!--[0-->");
        const SourceFilter = filterPart.current;
        if (SourceFilter) {
          $$renderer3.push("<!--[-->");
          SourceFilter($$renderer3, {
            sources: corpus.sources,
            counts: reportCounts,
            lens,
            onchange: setLens
          });
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--></details> <details class="svelte-1uha8ag"><summary class="svelte-1uha8ag">Legend</summary> `);
      if (legendPart.current) {
        $$renderer3.push("<!--[0-->");
        const Legend = legendPart.current;
        if (Legend) {
          $$renderer3.push("<!--[-->");
          Legend($$renderer3, {});
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--></details> <details class="svelte-1uha8ag"><summary class="svelte-1uha8ag">Export and share</summary> `);
      if (exportPart.current && exportCode.current) {
        $$renderer3.push("<!--[0-->");
        const ExportTools = exportPart.current;
        const { statesToCsv, statesToGeoJson } = exportCode.current;
        if (ExportTools) {
          $$renderer3.push("<!--[-->");
          ExportTools($$renderer3, {
            stem: exportStem(),
            csv: () => statesToCsv(explorer.states, exportContext()),
            geojson: () => statesToGeoJson(explorer.states, exportContext(), geometries),
            png: exportPng
          });
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--></details> <details class="svelte-1uha8ag"><summary class="svelte-1uha8ag">Sources (${escape_html(corpus.sources.length)})</summary> `);
      if (sourcesPart.current) {
        $$renderer3.push("<!--[0-->");
        const SourcesList = sourcesPart.current;
        if (SourcesList) {
          $$renderer3.push("<!--[-->");
          SourcesList($$renderer3, {
            sources: corpus.sources,
            counts: reportCounts,
            onread: openSource
          });
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]--></details> <p class="fine svelte-1uha8ag">Reported, not verified: each state is what the cited reports say, with who they attribute it
				to.</p></aside></main></div> <div class="sr-only live svelte-1uha8ag" aria-live="polite" aria-atomic="true">${escape_html(announcer.text)}</div> `);
      if (readerPart.current) {
        $$renderer3.push("<!--[0-->");
        const SourceReader = readerPart.current;
        if (SourceReader) {
          $$renderer3.push("<!--[-->");
          SourceReader($$renderer3, {
            source: readerSource(),
            text: reader ? data.texts[reader.sourceId] ?? "" : "",
            anchor: readerAnchor(),
            onclose: closeReader
          });
          $$renderer3.push("<!--]-->");
        } else {
          $$renderer3.push("<!--[!-->");
          $$renderer3.push("<!--]-->");
        }
      } else {
        $$renderer3.push("<!--[-1-->");
      }
      $$renderer3.push(`<!--]-->`);
    }
    do {
      $$settled = true;
      $$inner_renderer = $$renderer2.copy();
      $$render_inner($$inner_renderer);
    } while (!$$settled);
    $$renderer2.subsume($$inner_renderer);
  });
}
export {
  BASIS_WORDS as B,
  CONTROL_LABEL as C,
  GLOSSARY as G,
  LEGEND_WORDS as L,
  StateSwatch as S,
  _page as _,
  stateSentence as a,
  countWords as b,
  claimWords as c,
  BASIS_LABEL as d,
  glossaryFor as g,
  legendGroups as l,
  readsDifferently as r,
  stateLook as s
};
