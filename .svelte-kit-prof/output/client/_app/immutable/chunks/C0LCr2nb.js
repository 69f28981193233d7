import "./CKOwlSI2.js";
import { n as props_id, o as push, G as first_child, q as child, at as next, u as reset, t as sibling, C as only_child, v as get, w as set, x as template_effect, y as append, z as pop, J as user_derived, A as state, F as comment, D as text, B as from_html, W as proxy, a5 as user_pre_effect } from "./BdGrL1yA.js";
import { s as set_text, d as delegated, a as delegate } from "./Y7NkuMX6.js";
import { i as if_block, b as bind_this } from "./DUHSdo8y.js";
import { s as set_attribute, d as describeWindow, b as set_class, e as each } from "./BY9jFinB.js";
import { G as GLOSSARY, b as claimWords, S as StateSwatch, c as countWords, s as stateSentence, d as BASIS_WORDS, g as glossaryFor, e as stateLook, r as readsDifferently } from "./DEXUNtlg.js";
import { b as citeExcerpt } from "./DxzXNLO9.js";
import { s as snippet } from "./C2mYBlIG.js";
const ROLE_LABEL = Object.freeze({
  supporting: "Supports the state shown",
  contradicting: "Says otherwise",
  superseded: "Corrected by a later report"
});
const ROLES = ["supporting", "contradicting", "superseded"];
function groupByOutlet(state2, reportById, sourceById) {
  const groups = /* @__PURE__ */ new Map();
  for (const role of ROLES) {
    for (const claim of state2[role]) {
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
var root$2 = from_html(`<button type="button" class="term svelte-97ad82"><!><span class="q svelte-97ad82" aria-hidden="true">?</span><span class="sr-only">(what this means)</span></button> <div popover="auto" class="pop svelte-97ad82" role="note"><strong> </strong> <p class="svelte-97ad82"> </p></div>`, 1);
function Term($$anchor, $$props) {
  const id = props_id();
  push($$props, true);
  const entry = user_derived(() => GLOSSARY[$$props.key]);
  let pop$1 = state(void 0);
  function onkeydown(e) {
    if (e.key === "Escape" && get(pop$1)?.matches(":popover-open")) {
      e.preventDefault();
      e.stopPropagation();
      get(pop$1).hidePopover();
    }
  }
  var fragment = root$2();
  var button = first_child(fragment);
  var node = child(button);
  {
    var consequent = ($$anchor2) => {
      var fragment_1 = comment();
      var node_1 = first_child(fragment_1);
      snippet(node_1, () => $$props.children);
      append($$anchor2, fragment_1);
    };
    var alternate = ($$anchor2) => {
      var text$1 = text();
      template_effect(() => set_text(text$1, get(entry).term));
      append($$anchor2, text$1);
    };
    if_block(node, ($$render) => {
      if ($$props.children) $$render(consequent);
      else $$render(alternate, -1);
    });
  }
  next(2);
  reset(button);
  var div = sibling(button, 2);
  var strong = child(div);
  var text_1 = only_child(strong, true);
  var p = sibling(strong, 2);
  var text_2 = only_child(p, true);
  reset(div);
  bind_this(div, ($$value) => set(pop$1, $$value), () => get(pop$1));
  template_effect(() => {
    set_attribute(button, "data-term", $$props.key);
    set_attribute(button, "popovertarget", `term-${id}`);
    set_attribute(div, "id", `term-${id}`);
    set_attribute(div, "data-glossary", $$props.key);
    set_attribute(div, "aria-label", `${get(entry).term ?? ""}: meaning`);
    set_text(text_1, get(entry).term);
    set_text(text_2, get(entry).text);
  });
  delegated("keydown", button, onkeydown);
  append($$anchor, fragment);
  pop();
}
delegate(["keydown"]);
var root$1 = from_html(`· <!>`, 1);
var root_1$1 = from_html(`<p class="reasoning svelte-13ehcft"><span class="k svelte-13ehcft">Why inferred</span> </p>`);
var root_2$1 = from_html(`<article><blockquote class="svelte-13ehcft"> </blockquote> <p class="source svelte-13ehcft"><span class="role svelte-13ehcft"> </span> <cite class="svelte-13ehcft"> </cite> <span class="date svelte-13ehcft"> </span></p> <p class="attribution svelte-13ehcft"><span class="k svelte-13ehcft">Attributed to</span> </p> <p class="claim svelte-13ehcft"> <!></p> <p class="when svelte-13ehcft"><span class="k svelte-13ehcft">Dated</span> </p> <!> <div class="actions svelte-13ehcft"><button type="button" class="btn small">Read in context</button> <button type="button" class="btn small">Copy citation</button> <span class="copied svelte-13ehcft" role="status"> </span></div></article>`);
function Excerpt($$anchor, $$props) {
  push($$props, true);
  let copied = state("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(citeExcerpt($$props.report, $$props.source));
      set(copied, "Citation copied");
    } catch {
      set(copied, "Copying is not allowed here; select the text instead");
    }
    setTimeout(() => set(copied, ""), 2500);
  }
  var article = root_2$1();
  var blockquote = child(article);
  var text2 = only_child(blockquote, true);
  var p = sibling(blockquote, 2);
  var span = child(p);
  var text_1 = only_child(span, true);
  var cite = sibling(span, 2);
  var text_2 = only_child(cite, true);
  var span_1 = sibling(cite, 2);
  var text_3 = only_child(span_1);
  reset(p);
  var p_1 = sibling(p, 2);
  var text_4 = sibling(child(p_1));
  reset(p_1);
  var p_2 = sibling(p_1, 2);
  var text_5 = child(p_2, true);
  var node = sibling(text_5);
  {
    var consequent = ($$anchor2) => {
      var fragment = root$1();
      var node_1 = sibling(first_child(fragment));
      Term(node_1, { key: "inferred" });
      append($$anchor2, fragment);
    };
    if_block(node, ($$render) => {
      if ($$props.implied || $$props.report.basis === "inferred") $$render(consequent);
    });
  }
  reset(p_2);
  var p_3 = sibling(p_2, 2);
  var text_6 = sibling(child(p_3));
  reset(p_3);
  var node_2 = sibling(p_3, 2);
  {
    var consequent_1 = ($$anchor2) => {
      var p_4 = root_1$1();
      var text_7 = sibling(child(p_4));
      reset(p_4);
      template_effect(() => set_text(text_7, ` ${$$props.report.reasoning ?? ""}`));
      append($$anchor2, p_4);
    };
    if_block(node_2, ($$render) => {
      if ($$props.report.basis === "inferred" && $$props.report.reasoning) $$render(consequent_1);
    });
  }
  var div = sibling(node_2, 2);
  var button = child(div);
  var button_1 = sibling(button, 2);
  var span_2 = sibling(button_1, 2);
  var text_8 = only_child(span_2, true);
  reset(div);
  reset(article);
  template_effect(
    ($0, $1, $2) => {
      set_class(article, 1, `excerpt ${$$props.role ?? ""}`, "svelte-13ehcft");
      set_attribute(article, "data-report", $$props.report.id);
      set_attribute(article, "data-role", $$props.role);
      set_attribute(blockquote, "cite", $$props.source.url ?? void 0);
      set_text(text2, $$props.report.quote.exact);
      set_text(text_1, ROLE_LABEL[$$props.role]);
      set_text(text_2, $$props.source.outlet);
      set_text(text_3, `published ${$0 ?? ""}`);
      set_text(text_4, ` ${$1 ?? ""}`);
      set_text(text_5, $2);
      set_text(text_6, ` ${$$props.report.when ?? ""}`);
      set_text(text_8, get(copied));
    },
    [
      () => describeWindow($$props.source.published),
      () => $$props.report.attribution.join(" → "),
      () => claimWords($$props.report, $$props.implied)
    ]
  );
  delegated("click", button, (e) => $$props.onread($$props.report.id, e.currentTarget));
  delegated("click", button_1, copy);
  append($$anchor, article);
  pop();
}
delegate(["click"]);
var root = from_html(`<p class="differs svelte-1viz2td"><!> </p>`);
var root_1 = from_html(` <!>`, 1);
var root_2 = from_html(`<p class="terms svelte-1viz2td"><span class="k svelte-1viz2td">Terms:</span> <!></p>`);
var root_3 = from_html(`<button type="button" class="btn small more svelte-1viz2td"> </button>`);
var root_4 = from_html(`<section class="group svelte-1viz2td"><h3 class="svelte-1viz2td"> <span class="count svelte-1viz2td"> </span></h3> <p class="kind svelte-1viz2td"> <!></p> <!> <!></section>`);
var root_5 = from_html(`<p class="empty svelte-1viz2td"> </p>`);
var root_6 = from_html(`<section class="panel svelte-1viz2td" data-testid="place-panel" aria-labelledby="place-title"><header class="svelte-1viz2td"><h2 id="place-title" tabindex="-1" class="svelte-1viz2td"> <span class="ar svelte-1viz2td" lang="ar" dir="rtl"> </span></h2> <div class="tools svelte-1viz2td"><button type="button" class="btn">Zoom to</button> <button type="button" class="btn back"><span aria-hidden="true">←</span> All places</button></div></header> <div class="state svelte-1viz2td"><span class="swatch svelte-1viz2td"><!></span> <div><p class="sentence svelte-1viz2td" data-testid="state-sentence"> </p> <p class="basis svelte-1viz2td"> </p> <!> <!></div></div> <!> <!> <p class="geom svelte-1viz2td"> </p></section>`);
function PlacePanel($$anchor, $$props) {
  push($$props, true);
  const FIRST = 3;
  const groups = user_derived(() => groupByOutlet($$props.current, $$props.reportById, $$props.sourceById));
  const terms = user_derived(() => glossaryFor($$props.current));
  let expanded = state(proxy({}));
  user_pre_effect(() => {
    void $$props.place.id;
    set(expanded, {}, true);
  });
  let heading = state(void 0);
  function focus() {
    get(heading)?.focus();
  }
  function onkeydown(e) {
    if (e.key !== "Escape" || e.defaultPrevented || document.querySelector("dialog[open]")) return;
    e.preventDefault();
    $$props.onback();
  }
  var $$exports = { focus };
  var section = root_6();
  var header = child(section);
  var h2 = child(header);
  var text$1 = child(h2);
  var span = sibling(text$1);
  var text_1 = only_child(span, true);
  reset(h2);
  bind_this(h2, ($$value) => set(heading, $$value), () => get(heading));
  var div = sibling(h2, 2);
  var button = child(div);
  var button_1 = sibling(button, 2);
  reset(div);
  reset(header);
  var div_1 = sibling(header, 2);
  var span_1 = child(div_1);
  var node = child(span_1);
  {
    let $0 = user_derived(() => stateLook($$props.current, $$props.day));
    StateSwatch(node, {
      get look() {
        return get($0);
      },
      size: "1.2rem"
    });
  }
  reset(span_1);
  var div_2 = sibling(span_1, 2);
  var p = child(div_2);
  var text_2 = only_child(p);
  var p_1 = sibling(p, 2);
  var text_3 = only_child(p_1);
  var node_1 = sibling(p_1, 2);
  {
    var consequent = ($$anchor2) => {
      var p_2 = root();
      var node_2 = child(p_2);
      {
        let $0 = user_derived(() => stateLook($$props.other, $$props.day));
        StateSwatch(node_2, {
          get look() {
            return get($0);
          },
          size: "0.8rem"
        });
      }
      var text_4 = sibling(node_2);
      reset(p_2);
      template_effect(($0) => set_text(text_4, ` ${$$props.mode === "reported" ? "As known now" : "As reported at the time"}: ${$0 ?? ""}.`), [
        () => stateSentence($$props.other, $$props.mode === "reported" ? "now" : "reported")
      ]);
      append($$anchor2, p_2);
    };
    var d = user_derived(() => $$props.other && readsDifferently($$props.current, $$props.other));
    if_block(node_1, ($$render) => {
      if (get(d)) $$render(consequent);
    });
  }
  var node_3 = sibling(node_1, 2);
  {
    var consequent_1 = ($$anchor2) => {
      var p_3 = root_2();
      var node_4 = sibling(child(p_3), 2);
      each(node_4, 18, () => get(terms), (t) => t, ($$anchor3, t, i) => {
        next();
        var fragment = root_1();
        var text_5 = first_child(fragment, true);
        var node_5 = sibling(text_5);
        Term(node_5, {
          get key() {
            return t;
          }
        });
        template_effect(() => set_text(text_5, get(i) > 0 ? ", " : ""));
        append($$anchor3, fragment);
      });
      reset(p_3);
      append($$anchor2, p_3);
    };
    if_block(node_3, ($$render) => {
      if (get(terms).length > 0) $$render(consequent_1);
    });
  }
  reset(div_2);
  reset(div_1);
  var node_6 = sibling(div_1, 2);
  each(node_6, 17, () => get(groups), (g) => g.source.id, ($$anchor2, g) => {
    const open = user_derived(() => get(expanded)[get(g).source.id] ?? false);
    const shown = user_derived(() => get(open) ? get(g).items : get(g).items.slice(0, FIRST));
    var section_1 = root_4();
    var h3 = child(section_1);
    var text_6 = child(h3);
    var span_2 = sibling(text_6);
    var text_7 = only_child(span_2);
    reset(h3);
    var p_4 = sibling(h3, 2);
    var text_8 = child(p_4, true);
    var node_7 = sibling(text_8);
    {
      var consequent_2 = ($$anchor3) => {
        var text_9 = text();
        template_effect(() => set_text(text_9, `: “${get(g).source.headline ?? ""}”`));
        append($$anchor3, text_9);
      };
      if_block(node_7, ($$render) => {
        if (get(g).source.headline) $$render(consequent_2);
      });
    }
    reset(p_4);
    var node_8 = sibling(p_4, 2);
    each(node_8, 17, () => get(shown), (item) => item.report.id + (item.claim.implied ? ":implied" : ""), ($$anchor3, item) => {
      Excerpt($$anchor3, {
        get report() {
          return get(item).report;
        },
        get source() {
          return get(g).source;
        },
        get implied() {
          return get(item).claim.implied;
        },
        get role() {
          return get(item).role;
        },
        get onread() {
          return $$props.onread;
        }
      });
    });
    var node_9 = sibling(node_8, 2);
    {
      var consequent_3 = ($$anchor3) => {
        var button_2 = root_3();
        var text_10 = only_child(button_2, true);
        template_effect(
          ($0) => {
            set_attribute(button_2, "aria-expanded", get(open));
            set_text(text_10, $0);
          },
          [
            () => get(open) ? `Show only the first ${FIRST}` : `Show ${countWords(get(g).items.length - FIRST, "more excerpt")} from ${get(g).source.outlet}`
          ]
        );
        delegated("click", button_2, () => get(expanded)[get(g).source.id] = !get(open));
        append($$anchor3, button_2);
      };
      if_block(node_9, ($$render) => {
        if (get(g).items.length > FIRST) $$render(consequent_3);
      });
    }
    reset(section_1);
    template_effect(
      ($0) => {
        set_attribute(section_1, "data-outlet", get(g).source.id);
        set_attribute(section_1, "aria-labelledby", `outlet-${get(g).source.id ?? ""}`);
        set_attribute(h3, "id", `outlet-${get(g).source.id ?? ""}`);
        set_text(text_6, `${get(g).source.outlet ?? ""} `);
        set_text(text_7, `· ${$0 ?? ""}`);
        set_text(text_8, get(g).source.outletKind);
      },
      [() => countWords(get(g).items.length)]
    );
    append($$anchor2, section_1);
  });
  var node_10 = sibling(node_6, 2);
  {
    var consequent_4 = ($$anchor2) => {
      var p_5 = root_5();
      var text_11 = only_child(p_5);
      template_effect(() => set_text(text_11, `No report in the data covers this place on this day${$$props.mode === "reported" ? " among those published by then" : ""}.`));
      append($$anchor2, p_5);
    };
    if_block(node_10, ($$render) => {
      if (get(groups).length === 0) $$render(consequent_4);
    });
  }
  var p_6 = sibling(node_10, 2);
  var text_12 = only_child(p_6);
  reset(section);
  template_effect(
    ($0, $1) => {
      set_attribute(section, "data-place", $$props.place.id);
      set_text(text$1, `${$$props.place.name ?? ""} `);
      set_text(text_1, $$props.place.nameAr);
      span.dir = span.dir;
      set_text(text_2, `${$0 ?? ""}.`);
      set_text(text_3, `How this is known: ${BASIS_WORDS[$$props.current.basis] ?? ""}.`);
      set_text(text_12, `${$$props.place.governorate ?? ""}, ${$$props.place.country ?? ""} · also ${$1 ?? ""}. ${$$props.place.geometryNote ?? ""}`);
    },
    [
      () => stateSentence($$props.current, $$props.mode),
      () => $$props.place.aliases.join(", ")
    ]
  );
  delegated("keydown", section, onkeydown);
  delegated("click", button, function(...$$args) {
    $$props.onzoom?.apply(this, $$args);
  });
  delegated("click", button_1, function(...$$args) {
    $$props.onback?.apply(this, $$args);
  });
  append($$anchor, section);
  return pop($$exports);
}
delegate(["keydown", "click"]);
export {
  PlacePanel as default
};
