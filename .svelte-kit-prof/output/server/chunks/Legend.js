import { h as ensure_array_like, e as escape_html, a as attr, c as attr_class } from "./root.js";
import { l as legendGroups, S as StateSwatch, L as LEGEND_WORDS } from "./_page.js";
function Legend($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    const groups = legendGroups();
    $$renderer2.push(`<!--[-->`);
    const each_array = ensure_array_like(groups);
    for (let $$index_2 = 0, $$length = each_array.length; $$index_2 < $$length; $$index_2++) {
      let g = each_array[$$index_2];
      $$renderer2.push(`<h3 class="sub svelte-1wfxrff">${escape_html(g.title)}</h3> <ul class="legend svelte-1wfxrff"${attr("aria-label", g.title)}${attr("data-legend", g.key)}><!--[-->`);
      const each_array_1 = ensure_array_like(g.entries);
      for (let $$index_1 = 0, $$length2 = each_array_1.length; $$index_1 < $$length2; $$index_1++) {
        let e = each_array_1[$$index_1];
        $$renderer2.push(`<li${attr("data-entry", e.key)}${attr_class("svelte-1wfxrff", void 0, { "wide": e.looks.length > 1 })}><span class="looks svelte-1wfxrff"><!--[-->`);
        const each_array_2 = ensure_array_like(e.looks);
        for (let i = 0, $$length3 = each_array_2.length; i < $$length3; i++) {
          let look = each_array_2[i];
          StateSwatch($$renderer2, { look });
        }
        $$renderer2.push(`<!--]--></span> ${escape_html(e.label)}</li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    }
    $$renderer2.push(`<!--]--> <p class="note svelte-1wfxrff">${escape_html(LEGEND_WORDS.note)}</p>`);
  });
}
export {
  Legend as default
};
