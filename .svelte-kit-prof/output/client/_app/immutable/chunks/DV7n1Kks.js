import "./CKOwlSI2.js";
import { o as push, q as child, C as only_child, t as sibling, u as reset, v as get, x as template_effect, y as append, D as text, z as pop, B as from_html } from "./BdGrL1yA.js";
import { s as set_text, d as delegated, a as delegate } from "./Y7NkuMX6.js";
import { i as if_block } from "./DUHSdo8y.js";
import { e as each, d as describeWindow, s as set_attribute } from "./BY9jFinB.js";
var root = from_html(`<a rel="noreferrer noopener" target="_blank" class="svelte-1ky7g22">original URL</a>`);
var root_1 = from_html(`<li><p class="outlet svelte-1ky7g22"><strong> </strong> </p> <p class="svelte-1ky7g22"> </p> <p class="meta svelte-1ky7g22"> <!></p> <button type="button" class="btn small">Read the captured text</button></li>`);
var root_2 = from_html(`<ol class="sources svelte-1ky7g22"></ol>`);
function SourcesList($$anchor, $$props) {
  push($$props, true);
  var ol = root_2();
  each(ol, 21, () => $$props.sources, (s) => s.id, ($$anchor2, s) => {
    var li = root_1();
    var p = child(li);
    var strong = child(p);
    var text$1 = only_child(strong, true);
    var text_1 = sibling(strong);
    reset(p);
    var p_1 = sibling(p, 2);
    var text_2 = only_child(p_1, true);
    var p_2 = sibling(p_1, 2);
    var text_3 = child(p_2);
    var node = sibling(text_3);
    {
      var consequent = ($$anchor3) => {
        var a = root();
        template_effect(() => set_attribute(a, "href", get(s).url));
        append($$anchor3, a);
      };
      var alternate = ($$anchor3) => {
        var text_4 = text("no reliable URL known");
        append($$anchor3, text_4);
      };
      if_block(node, ($$render) => {
        if (get(s).url) $$render(consequent);
        else $$render(alternate, -1);
      });
    }
    reset(p_2);
    var button = sibling(p_2, 2);
    reset(li);
    template_effect(
      ($0, $1) => {
        set_text(text$1, get(s).outlet);
        set_text(text_1, ` · ${get(s).outletKind ?? ""}`);
        set_text(text_2, get(s).headline ? `“${get(s).headline}”` : "Headline not captured");
        set_text(text_3, `Published ${$0 ?? ""} · ${$1 ?? ""} reports · `);
      },
      [
        () => describeWindow(get(s).published),
        () => $$props.counts.get(get(s).id) ?? 0
      ]
    );
    delegated("click", button, (e) => $$props.onread(get(s).id, e.currentTarget));
    append($$anchor2, li);
  });
  reset(ol);
  append($$anchor, ol);
  pop();
}
delegate(["click"]);
export {
  SourcesList as default
};
