import { p as props_id, a as attr, e as escape_html, i as stringify, d as derived, c as attr_class, h as ensure_array_like, b as bind_props } from "./root.js";
import { G as GLOSSARY, c as claimWords, S as StateSwatch, s as stateLook, a as stateSentence, B as BASIS_WORDS, r as readsDifferently, b as countWords, g as glossaryFor } from "./_page.js";
import { d as describeWindow } from "./vocabulary.js";
const ROLE_LABEL = Object.freeze({
  supporting: "Supports the state shown",
  contradicting: "Says otherwise",
  superseded: "Corrected by a later report"
});
const ROLES = ["supporting", "contradicting", "superseded"];
function groupByOutlet(state, reportById, sourceById) {
  const groups = /* @__PURE__ */ new Map();
  for (const role of ROLES) {
    for (const claim of state[role]) {
      const report = reportById.get(claim.report);
      if (!report) throw new Error(`evidence: report ${claim.report} is not in the corpus`);
      const source = sourceById.get(report.source);
      if (!source)
        throw new Error(
          `evidence: source ${report.source} of report ${report.id} is not in the corpus`
        );
      let g = groups.get(source.id);
      if (!g) {
        g = { source, items: [], supporting: 0 };
        groups.set(source.id, g);
      }
      g.items.push({ claim, role, report });
      if (role === "supporting") g.supporting++;
    }
  }
  return [...groups.values()].sort((a, b) => Number(b.supporting > 0) - Number(a.supporting > 0));
}
function Term($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    const id = props_id($$renderer2);
    let { key, children } = $$props;
    const entry = derived(() => GLOSSARY[key]);
    $$renderer2.push(`<button type="button" class="term svelte-97ad82"${attr("data-term", key)}${attr("popovertarget", `term-${id}`)}>`);
    if (children) {
      $$renderer2.push("<!--[0-->");
      children($$renderer2);
      $$renderer2.push(`<!---->`);
    } else {
      $$renderer2.push(`<!--[-1-->${escape_html(entry().term)}`);
    }
    $$renderer2.push(`<!--]--><span class="q svelte-97ad82" aria-hidden="true">?</span><span class="sr-only">(what this means)</span></button> <div popover="auto"${attr("id", `term-${id}`)} class="pop svelte-97ad82"${attr("data-glossary", key)} role="note"${attr("aria-label", `${stringify(entry().term)}: meaning`)}><strong>${escape_html(entry().term)}</strong> <p class="svelte-97ad82">${escape_html(entry().text)}</p></div>`);
  });
}
function Excerpt($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { report, source, implied, role } = $$props;
    let copied = "";
    $$renderer2.push(`<article${attr_class(`excerpt ${stringify(role)}`, "svelte-13ehcft")}${attr("data-report", report.id)}${attr("data-role", role)}><blockquote${attr("cite", source.url ?? void 0)} class="svelte-13ehcft">${escape_html(report.quote.exact)}</blockquote> <p class="source svelte-13ehcft"><span class="role svelte-13ehcft">${escape_html(ROLE_LABEL[role])}</span> <cite class="svelte-13ehcft">${escape_html(source.outlet)}</cite> <span class="date svelte-13ehcft">published ${escape_html(describeWindow(source.published))}</span></p> <p class="attribution svelte-13ehcft"><span class="k svelte-13ehcft">Attributed to</span> ${escape_html(report.attribution.join(" → "))}</p> <p class="claim svelte-13ehcft">${escape_html(claimWords(report, implied))}`);
    if (implied || report.basis === "inferred") {
      $$renderer2.push(`<!--[0-->· `);
      Term($$renderer2, { key: "inferred" });
      $$renderer2.push(`<!---->`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></p> <p class="when svelte-13ehcft"><span class="k svelte-13ehcft">Dated</span> ${escape_html(report.when)}</p> `);
    if (report.basis === "inferred" && report.reasoning) {
      $$renderer2.push(`<!--[0--><p class="reasoning svelte-13ehcft"><span class="k svelte-13ehcft">Why inferred</span> ${escape_html(report.reasoning)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div class="actions svelte-13ehcft"><button type="button" class="btn small">Read in context</button> <button type="button" class="btn small">Copy citation</button> <span class="copied svelte-13ehcft" role="status">${escape_html(copied)}</span></div></article>`);
  });
}
function PlacePanel($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      place,
      current,
      other,
      day,
      mode,
      reportById,
      sourceById,
      onread,
      onback,
      onzoom
    } = $$props;
    const FIRST = 3;
    const groups = derived(() => groupByOutlet(current, reportById, sourceById));
    const terms = derived(() => glossaryFor(current));
    let expanded = {};
    function focus() {
    }
    $$renderer2.push(`<section class="panel svelte-1viz2td" data-testid="place-panel"${attr("data-place", place.id)} aria-labelledby="place-title"><header class="svelte-1viz2td"><h2 id="place-title" tabindex="-1" class="svelte-1viz2td">${escape_html(place.name)} <span class="ar svelte-1viz2td" lang="ar" dir="rtl">${escape_html(place.nameAr)}</span></h2> <div class="tools svelte-1viz2td"><button type="button" class="btn">Zoom to</button> <button type="button" class="btn back"><span aria-hidden="true">←</span> All places</button></div></header> <div class="state svelte-1viz2td"><span class="swatch svelte-1viz2td">`);
    StateSwatch($$renderer2, { look: stateLook(current, day), size: "1.2rem" });
    $$renderer2.push(`<!----></span> <div><p class="sentence svelte-1viz2td" data-testid="state-sentence">${escape_html(stateSentence(current, mode))}.</p> <p class="basis svelte-1viz2td">How this is known: ${escape_html(BASIS_WORDS[current.basis])}.</p> `);
    if (other && readsDifferently(current, other)) {
      $$renderer2.push(`<!--[0--><p class="differs svelte-1viz2td">`);
      StateSwatch($$renderer2, { look: stateLook(other, day), size: "0.8rem" });
      $$renderer2.push(`<!----> ${escape_html(mode === "reported" ? "As known now" : "As reported at the time")}: ${escape_html(stateSentence(other, mode === "reported" ? "now" : "reported"))}.</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (terms().length > 0) {
      $$renderer2.push(`<!--[0--><p class="terms svelte-1viz2td"><span class="k svelte-1viz2td">Terms:</span> <!--[-->`);
      const each_array = ensure_array_like(terms());
      for (let i = 0, $$length = each_array.length; i < $$length; i++) {
        let t = each_array[i];
        $$renderer2.push(`<!---->${escape_html(i > 0 ? ", " : "")}`);
        Term($$renderer2, { key: t });
        $$renderer2.push(`<!---->`);
      }
      $$renderer2.push(`<!--]--></p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div></div> <!--[-->`);
    const each_array_1 = ensure_array_like(groups());
    for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
      let g = each_array_1[$$index_2];
      const open = expanded[g.source.id] ?? false;
      const shown = open ? g.items : g.items.slice(0, FIRST);
      $$renderer2.push(`<section class="group svelte-1viz2td"${attr("data-outlet", g.source.id)}${attr("aria-labelledby", `outlet-${stringify(g.source.id)}`)}><h3${attr("id", `outlet-${stringify(g.source.id)}`)} class="svelte-1viz2td">${escape_html(g.source.outlet)} <span class="count svelte-1viz2td">· ${escape_html(countWords(g.items.length))}</span></h3> <p class="kind svelte-1viz2td">${escape_html(g.source.outletKind)}`);
      if (g.source.headline) {
        $$renderer2.push(`<!--[0-->: “${escape_html(g.source.headline)}”`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></p> <!--[-->`);
      const each_array_2 = ensure_array_like(shown);
      for (let $$index_1 = 0, $$length2 = each_array_2.length; $$index_1 < $$length2; $$index_1++) {
        let item = each_array_2[$$index_1];
        Excerpt($$renderer2, {
          report: item.report,
          source: g.source,
          implied: item.claim.implied,
          role: item.role
        });
      }
      $$renderer2.push(`<!--]--> `);
      if (g.items.length > FIRST) {
        $$renderer2.push(`<!--[0--><button type="button" class="btn small more svelte-1viz2td"${attr("aria-expanded", open)}>${escape_html(open ? `Show only the first ${FIRST}` : `Show ${countWords(g.items.length - FIRST, "more excerpt")} from ${g.source.outlet}`)}</button>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></section>`);
    }
    $$renderer2.push(`<!--]--> `);
    if (groups().length === 0) {
      $$renderer2.push(`<!--[0--><p class="empty svelte-1viz2td">No report in the data covers this place on this day${escape_html(mode === "reported" ? " among those published by then" : "")}.</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <p class="geom svelte-1viz2td">${escape_html(place.governorate)}, ${escape_html(place.country)} · also ${escape_html(place.aliases.join(", "))}. ${escape_html(place.geometryNote)}</p></section>`);
    bind_props($$props, { focus });
  });
}
export {
  PlacePanel as default
};
