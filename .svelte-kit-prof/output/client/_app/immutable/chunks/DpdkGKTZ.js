import "./CKOwlSI2.js";
import { o as push, t as sibling, q as child, C as only_child, u as reset, x as template_effect, v as get, y as append, z as pop, B as from_html } from "./BdGrL1yA.js";
import { s as set_text, d as delegated, a as delegate } from "./Y7NkuMX6.js";
import { i as if_block } from "./DUHSdo8y.js";
import { e as each, r as remove_input_defaults, c as set_value, f as set_checked } from "./BY9jFinB.js";
import { c as countWords } from "./DEXUNtlg.js";
var root = from_html(`<li><label class="svelte-1essqzd"><input type="checkbox" class="svelte-1essqzd"/> <span class="svelte-1essqzd"><strong> </strong> <span class="kind svelte-1essqzd"> </span></span></label></li>`);
var root_1 = from_html(`<button type="button" class="btn small svelte-1essqzd">Show all sources</button>`);
var root_2 = from_html(`<fieldset class="filter svelte-1essqzd" data-testid="source-filter"><legend class="svelte-1essqzd">Read the map according to</legend> <p class="hint svelte-1essqzd">Check one or more outlets to see only what they reported. With none checked, every source
		counts.</p> <ul class="svelte-1essqzd"></ul> <!></fieldset>`);
function SourceFilter($$anchor, $$props) {
  push($$props, true);
  function toggle(id, on) {
    $$props.onchange(on ? [...$$props.lens.filter((x) => x !== id), id] : $$props.lens.filter((x) => x !== id));
  }
  var fieldset = root_2();
  var ul = sibling(child(fieldset), 4);
  each(ul, 21, () => $$props.sources, (s) => s.id, ($$anchor2, s) => {
    var li = root();
    var label = child(li);
    var input = child(label);
    remove_input_defaults(input);
    var span = sibling(input, 2);
    var strong = child(span);
    var text = only_child(strong, true);
    var span_1 = sibling(strong, 2);
    var text_1 = only_child(span_1);
    reset(span);
    reset(label);
    reset(li);
    template_effect(
      ($0, $1) => {
        set_value(input, get(s).id);
        set_checked(input, $0);
        set_text(text, get(s).outlet);
        set_text(text_1, `${get(s).outletKind ?? ""} · ${$1 ?? ""}`);
      },
      [
        () => $$props.lens.includes(get(s).id),
        () => countWords($$props.counts.get(get(s).id) ?? 0)
      ]
    );
    delegated("change", input, (e) => toggle(get(s).id, e.currentTarget.checked));
    append($$anchor2, li);
  });
  reset(ul);
  var node = sibling(ul, 2);
  {
    var consequent = ($$anchor2) => {
      var button = root_1();
      delegated("click", button, () => $$props.onchange([]));
      append($$anchor2, button);
    };
    if_block(node, ($$render) => {
      if ($$props.lens.length > 0) $$render(consequent);
    });
  }
  reset(fieldset);
  append($$anchor, fieldset);
  pop();
}
delegate(["change", "click"]);
export {
  SourceFilter as default
};
