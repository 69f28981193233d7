import { h as ensure_array_like, e as escape_html, a as attr } from "./root.js";
import { d as describeWindow } from "./vocabulary.js";
function SourcesList($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { sources, counts, onread } = $$props;
    $$renderer2.push(`<ol class="sources svelte-1ky7g22"><!--[-->`);
    const each_array = ensure_array_like(sources);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let s = each_array[$$index];
      $$renderer2.push(`<li><p class="outlet svelte-1ky7g22"><strong>${escape_html(s.outlet)}</strong> · ${escape_html(s.outletKind)}</p> <p class="svelte-1ky7g22">${escape_html(s.headline ? `“${s.headline}”` : "Headline not captured")}</p> <p class="meta svelte-1ky7g22">Published ${escape_html(describeWindow(s.published))} · ${escape_html(counts.get(s.id) ?? 0)} reports · `);
      if (s.url) {
        $$renderer2.push(`<!--[0--><a${attr("href", s.url)} rel="noreferrer noopener" target="_blank" class="svelte-1ky7g22">original URL</a>`);
      } else {
        $$renderer2.push(`<!--[-1-->no reliable URL known`);
      }
      $$renderer2.push(`<!--]--></p> <button type="button" class="btn small">Read the captured text</button></li>`);
    }
    $$renderer2.push(`<!--]--></ol>`);
  });
}
export {
  SourcesList as default
};
