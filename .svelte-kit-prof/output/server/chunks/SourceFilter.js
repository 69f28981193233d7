import { h as ensure_array_like, a as attr, e as escape_html } from "./root.js";
import { b as countWords } from "./_page.js";
function SourceFilter($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { sources, counts, lens, onchange } = $$props;
    $$renderer2.push(`<fieldset class="filter svelte-1essqzd" data-testid="source-filter"><legend class="svelte-1essqzd">Read the map according to</legend> <p class="hint svelte-1essqzd">Check one or more outlets to see only what they reported. With none checked, every source
		counts.</p> <ul class="svelte-1essqzd"><!--[-->`);
    const each_array = ensure_array_like(sources);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let s = each_array[$$index];
      $$renderer2.push(`<li><label class="svelte-1essqzd"><input type="checkbox"${attr("value", s.id)}${attr("checked", lens.includes(s.id), true)} class="svelte-1essqzd"/> <span class="svelte-1essqzd"><strong>${escape_html(s.outlet)}</strong> <span class="kind svelte-1essqzd">${escape_html(s.outletKind)} · ${escape_html(countWords(counts.get(s.id) ?? 0))}</span></span></label></li>`);
    }
    $$renderer2.push(`<!--]--></ul> `);
    if (lens.length > 0) {
      $$renderer2.push(`<!--[0--><button type="button" class="btn small svelte-1essqzd">Show all sources</button>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></fieldset>`);
  });
}
export {
  SourceFilter as default
};
