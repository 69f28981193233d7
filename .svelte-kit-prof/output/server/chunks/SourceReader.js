import { e as escape_html, a as attr, d as derived, h as ensure_array_like } from "./root.js";
import { d as describeWindow } from "./vocabulary.js";
function checkRange(name, r, length) {
  if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= length))
    throw new Error(
      `reader: ${name} ${r.start}–${r.end} is not a range within the text (length ${length})`
    );
}
function segments(text, from, to, mark) {
  if (from >= to) return [];
  if (!mark || mark.end <= from || mark.start >= to)
    return [{ text: text.slice(from, to), mark: false }];
  const a = Math.max(from, mark.start);
  const b = Math.min(to, mark.end);
  return [
    { text: text.slice(from, a), mark: false },
    { text: text.slice(a, b), mark: true },
    { text: text.slice(b, to), mark: false }
  ].filter((s) => s.text !== "");
}
function readerLayout(text, body, anchor) {
  const b = body ?? { start: 0, end: text.length };
  checkRange("body", b, text.length);
  if (anchor) checkRange("excerpt", anchor, text.length);
  const inBody = anchor ? anchor.start >= b.start && anchor.end <= b.end : false;
  return {
    body: segments(text, b.start, b.end, anchor),
    before: segments(text, 0, b.start, anchor),
    after: segments(text, b.end, text.length, anchor),
    excerptIn: anchor ? inBody ? "body" : "furniture" : null
  };
}
function SourceReader($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { source, text, anchor, onclose } = $$props;
    const layout = derived(() => source ? readerLayout(text, source.body, anchor) : null);
    function run($$renderer3, segments2) {
      $$renderer3.push(`<!--[-->`);
      const each_array = ensure_array_like(segments2);
      for (let i = 0, $$length = each_array.length; i < $$length; i++) {
        let seg = each_array[i];
        if (seg.mark) {
          $$renderer3.push(`<!--[0--><mark class="svelte-k3595a">${escape_html(seg.text)}</mark>`);
        } else {
          $$renderer3.push(`<!--[-1-->${escape_html(seg.text)}`);
        }
        $$renderer3.push(`<!--]-->`);
      }
      $$renderer3.push(`<!--]-->`);
    }
    $$renderer2.push(`<dialog aria-labelledby="reader-title" class="reader svelte-k3595a">`);
    if (source && layout()) {
      $$renderer2.push(`<!--[0--><header class="svelte-k3595a"><div><h2 id="reader-title" class="svelte-k3595a">${escape_html(source.outlet)}</h2> <p class="meta svelte-k3595a">${escape_html(source.headline ? `“${source.headline}”` : "Headline not captured")} `);
      if (source.url) {
        $$renderer2.push(`<!--[0-->· <a${attr("href", source.url)} rel="noreferrer noopener" target="_blank">original page</a>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></p> <dl class="dates svelte-k3595a"><dt class="svelte-k3595a">Published</dt> <dd data-testid="reader-published" class="svelte-k3595a">${escape_html(describeWindow(source.published))}. <span class="ev svelte-k3595a">${escape_html(source.publishedEvidence)}</span></dd> <dt class="svelte-k3595a">Outlet</dt> <dd class="svelte-k3595a">${escape_html(source.outletKind)}. ${escape_html(source.metadataNote)}</dd></dl></div> <button type="button" class="btn close" aria-label="Close source text">Close</button></header> <div class="scroll svelte-k3595a"><section class="article" data-testid="reader-body" aria-label="The article"><h3 class="svelte-k3595a">The article</h3> <div class="text svelte-k3595a">`);
      run($$renderer2, layout().body);
      $$renderer2.push(`<!----></div></section> `);
      if (layout().before.length > 0 || layout().after.length > 0) {
        $$renderer2.push(`<!--[0--><section class="furniture svelte-k3595a" data-testid="reader-furniture" aria-label="Captured page text"><h3 class="svelte-k3595a">Captured page text, not part of the article</h3> <p class="why svelte-k3595a">Menus, links, captions and dates from the page as it was captured. A date here may be
						the day the page was viewed, not the day it was published.</p> `);
        if (layout().before.length > 0) {
          $$renderer2.push(`<!--[0--><div class="text svelte-k3595a">`);
          run($$renderer2, layout().before);
          $$renderer2.push(`<!----></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (layout().after.length > 0) {
          $$renderer2.push(`<!--[0--><div class="text svelte-k3595a">`);
          run($$renderer2, layout().after);
          $$renderer2.push(`<!----></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></section>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div> <p class="note svelte-k3595a">`);
      if (layout().excerptIn === "furniture") {
        $$renderer2.push(`<!--[0-->The highlighted words cited are in the captured page text, not the article body.`);
      } else if (layout().excerptIn === "body") {
        $$renderer2.push(`<!--[1-->The highlighted words are the excerpt cited.`);
      } else {
        $$renderer2.push(`<!--[-1-->The text as captured, byte for byte.`);
      }
      $$renderer2.push(`<!--]--></p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></dialog>`);
  });
}
export {
  SourceReader as default
};
