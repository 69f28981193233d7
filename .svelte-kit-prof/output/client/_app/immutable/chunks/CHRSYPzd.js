import "./CKOwlSI2.js";
import { L as component_context, a5 as user_pre_effect, a6 as run_all, I as user_effect, P as untrack, a7 as run, v as get, a8 as deep_read_state, $ as derived, a9 as enable_legacy_mode_flag, o as push, G as first_child, C as only_child, t as sibling, q as child, u as reset, x as template_effect, y as append, z as pop, B as from_html } from "./BdGrL1yA.js";
import { s as set_text } from "./Y7NkuMX6.js";
import { e as each, i as index, s as set_attribute, b as set_class } from "./BY9jFinB.js";
import { l as legendGroups, S as StateSwatch, L as LEGEND_WORDS } from "./DEXUNtlg.js";
function init(immutable = false) {
  const context = (
    /** @type {ComponentContextLegacy} */
    component_context
  );
  const callbacks = context.l.u;
  if (!callbacks) return;
  let props = () => deep_read_state(context.s);
  if (immutable) {
    let version = 0;
    let prev = (
      /** @type {Record<string, any>} */
      {}
    );
    const d = derived(() => {
      let changed = false;
      const props2 = context.s;
      for (const key in props2) {
        if (props2[key] !== prev[key]) {
          prev[key] = props2[key];
          changed = true;
        }
      }
      if (changed) version++;
      return version;
    });
    props = () => get(d);
  }
  if (callbacks.b.length) {
    user_pre_effect(() => {
      observe_all(context, props);
      run_all(callbacks.b);
    });
  }
  user_effect(() => {
    const fns = untrack(() => callbacks.m.map(run));
    return () => {
      for (const fn of fns) {
        if (typeof fn === "function") {
          fn();
        }
      }
    };
  });
  if (callbacks.a.length) {
    user_effect(() => {
      observe_all(context, props);
      run_all(callbacks.a);
    });
  }
}
function observe_all(context, props) {
  if (context.l.s) {
    for (const signal of context.l.s) get(signal);
  }
  props();
}
enable_legacy_mode_flag();
var root = from_html(`<li><span class="looks svelte-1wfxrff"></span> </li>`);
var root_1 = from_html(`<h3 class="sub svelte-1wfxrff"> </h3> <ul class="legend svelte-1wfxrff"></ul>`, 1);
var root_2 = from_html(`<!> <p class="note svelte-1wfxrff"> </p>`, 1);
function Legend($$anchor, $$props) {
  push($$props, false);
  const groups = legendGroups();
  init();
  var fragment = root_2();
  var node = first_child(fragment);
  each(node, 1, () => groups, (g) => g.key, ($$anchor2, g) => {
    var fragment_1 = root_1();
    var h3 = first_child(fragment_1);
    var text = only_child(h3, true);
    var ul = sibling(h3, 2);
    each(ul, 5, () => get(g).entries, (e) => e.key, ($$anchor3, e) => {
      var li = root();
      let classes;
      var span = child(li);
      each(span, 5, () => get(e).looks, index, ($$anchor4, look) => {
        StateSwatch($$anchor4, {
          get look() {
            return get(look);
          }
        });
      });
      reset(span);
      var text_1 = sibling(span);
      reset(li);
      template_effect(() => {
        set_attribute(li, "data-entry", get(e).key);
        classes = set_class(li, 1, "svelte-1wfxrff", null, classes, { wide: get(e).looks.length > 1 });
        set_text(text_1, ` ${get(e).label ?? ""}`);
      });
      append($$anchor3, li);
    });
    reset(ul);
    template_effect(() => {
      set_text(text, get(g).title);
      set_attribute(ul, "aria-label", get(g).title);
      set_attribute(ul, "data-legend", get(g).key);
    });
    append($$anchor2, fragment_1);
  });
  var p = sibling(node, 2);
  var text_2 = only_child(p, true);
  template_effect(() => set_text(text_2, LEGEND_WORDS.note));
  append($$anchor, fragment);
  pop();
}
export {
  Legend as default
};
