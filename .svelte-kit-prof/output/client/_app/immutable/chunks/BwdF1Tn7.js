import "./CKOwlSI2.js";
import { o as push, I as user_effect, v as get, q as child, u as reset, w as set, y as append, z as pop, J as user_derived, A as state, G as first_child, C as only_child, t as sibling, x as template_effect, B as from_html, K as noop, F as comment, D as text } from "./BdGrL1yA.js";
import { e as event, s as set_text, d as delegated, a as delegate } from "./Y7NkuMX6.js";
import { i as if_block, b as bind_this } from "./DUHSdo8y.js";
import { d as describeWindow, e as each, i as index, s as set_attribute } from "./BY9jFinB.js";
function checkRange(name, r, length) {
  if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= length))
    throw new Error(
      `reader: ${name} ${r.start}–${r.end} is not a range within the text (length ${length})`
    );
}
function segments(text2, from, to, mark) {
  if (from >= to) return [];
  if (!mark || mark.end <= from || mark.start >= to)
    return [{ text: text2.slice(from, to), mark: false }];
  const a = Math.max(from, mark.start);
  const b = Math.min(to, mark.end);
  return [
    { text: text2.slice(from, a), mark: false },
    { text: text2.slice(a, b), mark: true },
    { text: text2.slice(b, to), mark: false }
  ].filter((s) => s.text !== "");
}
function readerLayout(text2, body, anchor) {
  const b = body ?? { start: 0, end: text2.length };
  checkRange("body", b, text2.length);
  if (anchor) checkRange("excerpt", anchor, text2.length);
  const inBody = anchor ? anchor.start >= b.start && anchor.end <= b.end : false;
  return {
    body: segments(text2, b.start, b.end, anchor),
    before: segments(text2, 0, b.start, anchor),
    after: segments(text2, b.end, text2.length, anchor),
    excerptIn: anchor ? inBody ? "body" : "furniture" : null
  };
}
var root = from_html(`<mark class="svelte-k3595a"> </mark>`);
var root_1 = from_html(`· <a rel="noreferrer noopener" target="_blank">original page</a>`, 1);
var root_2 = from_html(`<div class="text svelte-k3595a"><!></div>`);
var root_3 = from_html(`<section class="furniture svelte-k3595a" data-testid="reader-furniture" aria-label="Captured page text"><h3 class="svelte-k3595a">Captured page text, not part of the article</h3> <p class="why svelte-k3595a">Menus, links, captions and dates from the page as it was captured. A date here may be
						the day the page was viewed, not the day it was published.</p> <!> <!></section>`);
var root_4 = from_html(`<header class="svelte-k3595a"><div><h2 id="reader-title" class="svelte-k3595a"> </h2> <p class="meta svelte-k3595a"> <!></p> <dl class="dates svelte-k3595a"><dt class="svelte-k3595a">Published</dt> <dd data-testid="reader-published" class="svelte-k3595a"> <span class="ev svelte-k3595a"> </span></dd> <dt class="svelte-k3595a">Outlet</dt> <dd class="svelte-k3595a"> </dd></dl></div> <button type="button" class="btn close" aria-label="Close source text">Close</button></header> <div class="scroll svelte-k3595a"><section class="article" data-testid="reader-body" aria-label="The article"><h3 class="svelte-k3595a">The article</h3> <div class="text svelte-k3595a"><!></div></section> <!></div> <p class="note svelte-k3595a"><!></p>`, 1);
var root_5 = from_html(`<dialog aria-labelledby="reader-title" class="reader svelte-k3595a"><!></dialog>`);
function SourceReader($$anchor, $$props) {
  push($$props, true);
  const run = ($$anchor2, segments2 = noop) => {
    var fragment = comment();
    var node = first_child(fragment);
    each(node, 17, segments2, index, ($$anchor3, seg) => {
      var fragment_1 = comment();
      var node_1 = first_child(fragment_1);
      {
        var consequent = ($$anchor4) => {
          var mark_1 = root();
          var text_1 = only_child(mark_1, true);
          bind_this(mark_1, ($$value) => set(mark, $$value), () => get(mark));
          template_effect(() => set_text(text_1, get(seg).text));
          append($$anchor4, mark_1);
        };
        var alternate = ($$anchor4) => {
          var text_2 = text();
          template_effect(() => set_text(text_2, get(seg).text));
          append($$anchor4, text_2);
        };
        if_block(node_1, ($$render) => {
          if (get(seg).mark) $$render(consequent);
          else $$render(alternate, -1);
        });
      }
      append($$anchor3, fragment_1);
    });
    append($$anchor2, fragment);
  };
  const layout = user_derived(() => $$props.source ? readerLayout($$props.text, $$props.source.body, $$props.anchor) : null);
  let dialog = state(void 0);
  let mark = state(void 0);
  user_effect(() => {
    if (!get(dialog)) return;
    if ($$props.source && !get(dialog).open) {
      get(dialog).showModal();
      requestAnimationFrame(() => get(mark)?.scrollIntoView({ block: "center" }));
    } else if (!$$props.source && get(dialog).open) {
      get(dialog).close();
    }
  });
  var dialog_1 = root_5();
  var node_2 = child(dialog_1);
  {
    var consequent_7 = ($$anchor2) => {
      var fragment_3 = root_4();
      var header = first_child(fragment_3);
      var div = child(header);
      var h2 = child(div);
      var text_3 = only_child(h2, true);
      var p = sibling(h2, 2);
      var text_4 = child(p);
      var node_3 = sibling(text_4);
      {
        var consequent_1 = ($$anchor3) => {
          var fragment_4 = root_1();
          var a = sibling(first_child(fragment_4));
          template_effect(() => set_attribute(a, "href", $$props.source.url));
          append($$anchor3, fragment_4);
        };
        if_block(node_3, ($$render) => {
          if ($$props.source.url) $$render(consequent_1);
        });
      }
      reset(p);
      var dl = sibling(p, 2);
      var dd = sibling(child(dl), 2);
      var text_5 = child(dd);
      var span = sibling(text_5);
      var text_6 = only_child(span, true);
      reset(dd);
      var dd_1 = sibling(dd, 4);
      var text_7 = only_child(dd_1);
      reset(dl);
      reset(div);
      var button = sibling(div, 2);
      reset(header);
      var div_1 = sibling(header, 2);
      var section = child(div_1);
      var div_2 = sibling(child(section), 2);
      var node_4 = child(div_2);
      run(node_4, () => get(layout).body);
      reset(div_2);
      reset(section);
      var node_5 = sibling(section, 2);
      {
        var consequent_4 = ($$anchor3) => {
          var section_1 = root_3();
          var node_6 = sibling(child(section_1), 4);
          {
            var consequent_2 = ($$anchor4) => {
              var div_3 = root_2();
              var node_7 = child(div_3);
              run(node_7, () => get(layout).before);
              reset(div_3);
              append($$anchor4, div_3);
            };
            if_block(node_6, ($$render) => {
              if (get(layout).before.length > 0) $$render(consequent_2);
            });
          }
          var node_8 = sibling(node_6, 2);
          {
            var consequent_3 = ($$anchor4) => {
              var div_4 = root_2();
              var node_9 = child(div_4);
              run(node_9, () => get(layout).after);
              reset(div_4);
              append($$anchor4, div_4);
            };
            if_block(node_8, ($$render) => {
              if (get(layout).after.length > 0) $$render(consequent_3);
            });
          }
          reset(section_1);
          append($$anchor3, section_1);
        };
        if_block(node_5, ($$render) => {
          if (get(layout).before.length > 0 || get(layout).after.length > 0) $$render(consequent_4);
        });
      }
      reset(div_1);
      var p_1 = sibling(div_1, 2);
      var node_10 = child(p_1);
      {
        var consequent_5 = ($$anchor3) => {
          var text_8 = text("The highlighted words cited are in the captured page text, not the article body.");
          append($$anchor3, text_8);
        };
        var consequent_6 = ($$anchor3) => {
          var text_9 = text("The highlighted words are the excerpt cited.");
          append($$anchor3, text_9);
        };
        var alternate_1 = ($$anchor3) => {
          var text_10 = text("The text as captured, byte for byte.");
          append($$anchor3, text_10);
        };
        if_block(node_10, ($$render) => {
          if (get(layout).excerptIn === "furniture") $$render(consequent_5);
          else if (get(layout).excerptIn === "body") $$render(consequent_6, 1);
          else $$render(alternate_1, -1);
        });
      }
      reset(p_1);
      template_effect(
        ($0) => {
          set_text(text_3, $$props.source.outlet);
          set_text(text_4, `${$$props.source.headline ? `“${$$props.source.headline}”` : "Headline not captured"} `);
          set_text(text_5, `${$0 ?? ""}. `);
          set_text(text_6, $$props.source.publishedEvidence);
          set_text(text_7, `${$$props.source.outletKind ?? ""}. ${$$props.source.metadataNote ?? ""}`);
        },
        [() => describeWindow($$props.source.published)]
      );
      delegated("click", button, () => get(dialog)?.close());
      append($$anchor2, fragment_3);
    };
    if_block(node_2, ($$render) => {
      if ($$props.source && get(layout)) $$render(consequent_7);
    });
  }
  reset(dialog_1);
  bind_this(dialog_1, ($$value) => set(dialog, $$value), () => get(dialog));
  event("close", dialog_1, function(...$$args) {
    $$props.onclose?.apply(this, $$args);
  });
  append($$anchor, dialog_1);
  pop();
}
delegate(["click"]);
export {
  SourceReader as default
};
