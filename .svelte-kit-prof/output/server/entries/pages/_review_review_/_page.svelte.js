import { c as attr_class, a as attr, e as escape_html, h as ensure_array_like, d as derived, j as head } from "../../../chunks/root.js";
import "@sveltejs/kit/internal";
import "../../../chunks/url.js";
import "../../../chunks/utils2.js";
import "@sveltejs/kit/internal/server";
import "../../../chunks/exports.js";
import "../../../chunks/state.svelte.js";
import { a as anchorQuote } from "../../../chunks/schema.js";
import "../../../chunks/proposal.js";
import { p as parseWindow } from "../../../chunks/vocabulary.js";
import { K as CONTROLLER_STYLE } from "../../../chunks/colors.js";
const DROPPED = /['’‘`´ʼʻʾʿˀˁ]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
function fold(original) {
  let text = "";
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
      if (base.length > 0 && pendingSpace < 0 && text.length > 0) pendingSpace = i;
      i = end;
      continue;
    }
    if (pendingSpace >= 0) {
      text += " ";
      from.push(pendingSpace);
      to.push(pendingSpace + 1);
      pendingSpace = -1;
    }
    for (const unit of base) {
      for (let k = 0; k < unit.length; k++) {
        text += unit[k];
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { text, from, to };
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
function ProposalCard($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      proposal,
      status
    } = $$props;
    $$renderer2.push(`<article${attr_class("card svelte-1ttflsp", void 0, {
      "accepted": status === "accepted",
      "rejected": status === "rejected"
    })}${attr("data-proposal", proposal.id)}${attr("data-status", status ?? "pending")}><header><strong>${escape_html(proposal.place)}</strong>: ${escape_html(proposal.kind)}, ${escape_html(proposal.controller)} `);
    if (proposal.displaced) {
      $$renderer2.push(`<!--[0-->(from ${escape_html(proposal.displaced)})`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> · ${escape_html(proposal.start ?? "–")} <span class="confidence svelte-1ttflsp">confidence ${escape_html(proposal.confidence.toFixed(2))}</span></header> <blockquote class="svelte-1ttflsp">${escape_html(proposal.quote.exact)}</blockquote> <p class="meta svelte-1ttflsp">${escape_html(proposal.basis)}`);
    if (proposal.reasoning) {
      $$renderer2.push(`<!--[0-->: ${escape_html(proposal.reasoning)}`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> · ${escape_html(proposal.attribution.join(" → "))}</p> `);
    if (proposal.newPlace) {
      $$renderer2.push(`<!--[0--><p class="meta svelte-1ttflsp">New place: ${escape_html(proposal.newPlace.name)} (${escape_html(proposal.newPlace.lat)}, ${escape_html(proposal.newPlace.lon)}), added
			with an approximate outline on acceptance.</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <details><summary>Why</summary> <ul><!--[-->`);
    const each_array = ensure_array_like(Object.entries(proposal.why));
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let [field, line] = each_array[$$index];
      $$renderer2.push(`<li><b>${escape_html(field)}</b>: ${escape_html(line)}</li>`);
    }
    $$renderer2.push(`<!--]--></ul></details> `);
    {
      $$renderer2.push(`<!--[-1--><div class="actions svelte-1ttflsp">`);
      if (status === null) {
        $$renderer2.push(`<!--[0--><button type="button">Accept</button> <button type="button">Edit</button> <button type="button">Reject</button>`);
      } else {
        $$renderer2.push(`<!--[-1--><span>${escape_html(status)}</span> <button type="button">Undo</button>`);
      }
      $$renderer2.push(`<!--]--></div>`);
    }
    $$renderer2.push(`<!--]--></article>`);
  });
}
function runs(text, highlights) {
  const cuts = /* @__PURE__ */ new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    if (end <= start) continue;
    const ids = highlights.filter((h) => h.start <= start && end <= h.end).map((h) => h.id);
    out.push({ start, end, text: text.slice(start, end), ids });
  }
  return out;
}
function SourceText($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { text, highlights, active = null } = $$props;
    const parts = derived(() => runs(text, highlights));
    let typed = "";
    $$renderer2.push(`<div class="text svelte-1l9krfj" data-testid="source-text"><!--[-->`);
    const each_array = ensure_array_like(parts());
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let part = each_array[$$index];
      if (part.ids.length > 0) {
        $$renderer2.push(`<!--[0--><mark${attr("data-start", part.start)}${attr("data-proposals", part.ids.join(" "))}${attr_class("svelte-1l9krfj", void 0, { "active": active !== null && part.ids.includes(active) })}>${escape_html(part.text)}</mark>`);
      } else {
        $$renderer2.push(`<!--[-1--><span${attr("data-start", part.start)}>${escape_html(part.text)}</span>`);
      }
      $$renderer2.push(`<!--]-->`);
    }
    $$renderer2.push(`<!--]--></div> <form class="typed svelte-1l9krfj"><label>New claim from these exact words: <input${attr("value", typed)} name="quote" autocomplete="off" class="svelte-1l9krfj"/></label> <button type="submit">Quote</button> `);
    {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></form>`);
  });
}
function PreviewMap($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { places, claims } = $$props;
    const W = 320;
    const H = 220;
    const PAD = 24;
    const latest = derived(() => {
      const out = {};
      for (const c of claims) {
        const date = c.start ?? c.end;
        if (date === null) continue;
        const w = parseWindow(date);
        const day = Number.isFinite(w.earliest) ? w.earliest : w.latest;
        const seen = out[c.place];
        if (!seen || day >= seen.day) out[c.place] = { controller: c.controller, day };
      }
      return out;
    });
    const view = derived(() => {
      const pts = places.flatMap((p) => [p.center, ...p.ring]);
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
    $$renderer2.push(`<figure><svg viewBox="0 0 320 220"${attr("width", W)}${attr("height", H)} role="img" aria-label="Preview: each place coloured by its latest reported controller" class="svelte-xuhtbv"><!--[-->`);
    const each_array = ensure_array_like(places);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let p = each_array[$$index];
      const state = latest()[p.id]?.controller ?? "unknown";
      const [x, y] = view()(p.center[0], p.center[1]);
      $$renderer2.push(`<g${attr("data-place", p.id)}${attr("data-controller", state)}>`);
      if (p.ring.length > 2) {
        $$renderer2.push(`<!--[0--><polygon${attr("points", p.ring.map(([lon, lat]) => view()(lon, lat).join(",")).join(" "))}${attr("fill", fill(state))} stroke="#222" stroke-width="0.5"></polygon>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--><circle${attr("cx", x)}${attr("cy", y)} r="5"${attr("fill", fill(state))} stroke="#222" stroke-width="1"></circle><text${attr("x", x + 7)}${attr("y", y + 4)} font-size="10">${escape_html(p.name)}: ${escape_html(state)}</text></g>`);
    }
    $$renderer2.push(`<!--]--></svg> <figcaption class="svelte-xuhtbv">Latest reported controller per place, with the claims accepted above.</figcaption></figure>`);
  });
}
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    let chosen = null;
    const source = derived(() => data.pending.find((s) => s.id === chosen) ?? data.pending[0] ?? null);
    let decisions = {};
    let made = [];
    let active = null;
    let message = "";
    let problems = [];
    let saving = false;
    let ready = false;
    const all = derived(() => source() ? [...source().proposals, ...made] : []);
    const highlights = derived(() => source() ? all().flatMap((p) => {
      try {
        const a = anchorQuote(source().text, p.quote);
        return [{ id: p.id, start: a.start, end: a.end }];
      } catch {
        return [];
      }
    }) : []);
    const accepted = derived(() => all().flatMap((p) => {
      const d = decisions[p.id];
      return d?.status === "accepted" ? [d.claim ?? p] : [];
    }));
    const previewPlaces = derived(() => [
      ...data.places,
      ...accepted().filter((c) => c.newPlace && !data.placeIds.includes(c.place)).map((c) => ({
        id: c.place,
        name: c.newPlace?.name ?? c.place,
        center: [c.newPlace?.lon ?? 0, c.newPlace?.lat ?? 0],
        ring: []
      }))
    ]);
    const previewClaims = derived(() => [...data.reports, ...accepted()]);
    function choose(id) {
      chosen = id;
      decisions = {};
      made = [];
      message = "";
      problems = [];
    }
    head("1dl9590", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>Review proposals · Frontline Atlas (dev)</title>`);
      });
    });
    $$renderer2.push(`<datalist id="review-place-ids"><!--[-->`);
    const each_array = ensure_array_like(data.placeIds);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let id = each_array[$$index];
      $$renderer2.option({ value: id }, ($$renderer3) => {
      });
    }
    $$renderer2.push(`<!--]--></datalist> <main${attr("data-ready", ready)} class="svelte-1dl9590"><h1>Review proposed claims</h1> <p class="note svelte-1dl9590">Development only. Proposals come from <code>npm run source:add</code>; saving writes <code>reports.json</code> (and <code>places.geojson</code> for a new place) after the data check passes.</p> <section class="preview">`);
    PreviewMap($$renderer2, { places: previewPlaces(), claims: previewClaims() });
    $$renderer2.push(`<!----></section> `);
    if (data.pending.length === 0) {
      $$renderer2.push(`<!--[0--><p>No pending proposals. Add a source with <code>npm run source:add</code>.</p>`);
    } else if (source()) {
      $$renderer2.push(`<!--[1--><label>Source `);
      $$renderer2.select(
        {
          value: source().id,
          onchange: (e) => choose(e.currentTarget.value)
        },
        ($$renderer3) => {
          $$renderer3.push(`<!--[-->`);
          const each_array_1 = ensure_array_like(data.pending);
          for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
            let s = each_array_1[$$index_1];
            $$renderer3.option({ value: s.id }, ($$renderer4) => {
              $$renderer4.push(`${escape_html(s.id)} (${escape_html(s.proposals.length)})`);
            });
          }
          $$renderer3.push(`<!--]-->`);
        }
      );
      $$renderer2.push(`</label> <p class="note svelte-1dl9590">${escape_html(source().outlet)}, published ${escape_html(source().published)}</p> <div class="columns svelte-1dl9590"><section aria-label="Source text">`);
      SourceText($$renderer2, {
        text: source().text,
        highlights: highlights(),
        active
      });
      $$renderer2.push(`<!----></section> <section aria-label="Proposals"><!--[-->`);
      const each_array_2 = ensure_array_like(all());
      for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
        let p = each_array_2[$$index_2];
        ProposalCard($$renderer2, {
          proposal: p,
          status: decisions[p.id]?.status ?? null,
          placeIds: data.placeIds,
          startEditing: made.includes(p)
        });
      }
      $$renderer2.push(`<!--]--> <button type="button" class="save svelte-1dl9590"${attr("disabled", saving, true)}>Save ${escape_html(accepted().length)} accepted claim(s)</button></section></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div role="status" data-testid="save-message">${escape_html(message)}</div> `);
    if (problems.length > 0) {
      $$renderer2.push(`<!--[0--><ul class="problems svelte-1dl9590"><!--[-->`);
      const each_array_3 = ensure_array_like(problems);
      for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
        let p = each_array_3[$$index_3];
        $$renderer2.push(`<li>${escape_html(p)}</li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></main>`);
  });
}
export {
  _page as default
};
