import { c as create_text, f as block, aO as EACH_IS_CONTROLLED, h as hydrating, k as set_hydrate_node, az as get_first_child, g as hydrate_next, v as get, i as read_hydration_instruction, am as HYDRATION_START_ELSE, j as skip_nodes, l as set_hydrating, e as hydrate_node, aA as COMMENT_NODE, aH as HYDRATION_END, ar as internal_set, a as current_batch, aP as EFFECT_OFFSCREEN, b as branch, aQ as each_key_duplicate, s as should_defer_append, a0 as derived_safe_equal, aR as is_array, aF as array_from, aS as EACH_ITEM_REACTIVE, aT as EACH_ITEM_IMMUTABLE, aM as mutable_source, aj as source, aU as EACH_INDEX_REACTIVE, Y as DESTROYED, r as resume_effect, p as pause_effect, aV as INERT, ab as queue_micro_task, aW as BRANCH_EFFECT, aX as EACH_IS_ANIMATED, aD as clear_text_content, m as move_effect, d as destroy_effect, aB as get_next_sibling, aY as HEAD_EFFECT, aZ as CLASS_CACHE, aa as teardown, a_ as select_multiple_invalid_value, a$ as is, b0 as listen_to_event_and_reset_event, M as effect, b1 as LOADING_ATTR_SYMBOL, b2 as ATTRIBUTES_CACHE, b3 as NAMESPACE_HTML, b4 as get_prototype_of, b5 as IS_XHTML, b6 as get_descriptors, b7 as FORM_RESET_HANDLER, b8 as add_form_reset_listener, P as untrack, O as render_effect, aL as tick } from "./BdGrL1yA.js";
function index(_, i) {
  return i;
}
function pause_effects(state, to_destroy, controlled_anchor) {
  var transitions = [];
  var length = to_destroy.length;
  var group;
  var remaining = to_destroy.length;
  for (var i = 0; i < length; i++) {
    let effect2 = to_destroy[i];
    pause_effect(
      effect2,
      () => {
        if (group) {
          group.pending.delete(effect2);
          group.done.add(effect2);
          if (group.pending.size === 0) {
            var groups = (
              /** @type {Set<EachOutroGroup>} */
              state.outrogroups
            );
            destroy_effects(state, array_from(group.done));
            groups.delete(group);
            if (groups.size === 0) {
              state.outrogroups = null;
            }
          }
        } else {
          remaining -= 1;
        }
      },
      false
    );
  }
  if (remaining === 0) {
    var fast_path = transitions.length === 0 && controlled_anchor !== null && state.pending.size === 0;
    if (fast_path) {
      var anchor = (
        /** @type {Element} */
        controlled_anchor
      );
      var parent_node = (
        /** @type {Element} */
        anchor.parentNode
      );
      clear_text_content(parent_node);
      parent_node.append(anchor);
      state.items.clear();
    }
    destroy_effects(state, to_destroy, !fast_path);
  } else {
    group = {
      pending: new Set(to_destroy),
      done: /* @__PURE__ */ new Set()
    };
    (state.outrogroups ??= /* @__PURE__ */ new Set()).add(group);
  }
}
function destroy_effects(state, to_destroy, remove_dom = true) {
  var preserved_effects;
  if (state.pending.size > 0) {
    preserved_effects = /* @__PURE__ */ new Set();
    for (const keys of state.pending.values()) {
      for (const key of keys) {
        preserved_effects.add(
          /** @type {EachItem} */
          state.items.get(key).e
        );
      }
    }
  }
  for (var i = 0; i < to_destroy.length; i++) {
    var e = to_destroy[i];
    if (preserved_effects?.has(e)) {
      e.f |= EFFECT_OFFSCREEN;
      const fragment = document.createDocumentFragment();
      move_effect(e, fragment);
    } else {
      destroy_effect(to_destroy[i], remove_dom);
    }
  }
}
var offscreen_anchor;
function each(node, flags, get_collection, get_key, render_fn, fallback_fn = null) {
  var anchor = node;
  var items = /* @__PURE__ */ new Map();
  var is_controlled = (flags & EACH_IS_CONTROLLED) !== 0;
  if (is_controlled) {
    var parent_node = (
      /** @type {Element} */
      node
    );
    anchor = hydrating ? set_hydrate_node(get_first_child(parent_node)) : parent_node.appendChild(create_text());
  }
  if (hydrating) {
    hydrate_next();
  }
  var fallback = null;
  var each_array = derived_safe_equal(() => {
    var collection = get_collection();
    return (
      /** @type {V[]} */
      is_array(collection) ? collection : collection == null ? [] : array_from(collection)
    );
  });
  var pending = /* @__PURE__ */ new Map();
  var first_run = true;
  function commit(batch) {
    if ((state.effect.f & DESTROYED) !== 0) {
      return;
    }
    state.pending.delete(batch);
    var array = get(each_array);
    state.fallback = fallback;
    reconcile(state, array, anchor, flags, get_key);
    if (fallback !== null) {
      if (array.length === 0) {
        if ((fallback.f & EFFECT_OFFSCREEN) === 0) {
          resume_effect(fallback);
        } else {
          fallback.f ^= EFFECT_OFFSCREEN;
          move(fallback, null, anchor);
        }
      } else {
        pause_effect(fallback, () => {
          fallback = null;
        });
      }
    }
  }
  function discard(batch) {
    state.pending.delete(batch);
  }
  var effect2 = block(() => {
    var array = (
      /** @type {V[]} */
      get(each_array)
    );
    var length = array.length;
    let mismatch = false;
    if (hydrating) {
      var is_else = read_hydration_instruction(anchor) === HYDRATION_START_ELSE;
      if (is_else !== (length === 0)) {
        anchor = skip_nodes();
        set_hydrate_node(anchor);
        set_hydrating(false);
        mismatch = true;
      }
    }
    var keys = /* @__PURE__ */ new Set();
    var batch = (
      /** @type {Batch} */
      current_batch
    );
    var defer = should_defer_append();
    for (var index2 = 0; index2 < length; index2 += 1) {
      if (hydrating && hydrate_node.nodeType === COMMENT_NODE && /** @type {Comment} */
      hydrate_node.data === HYDRATION_END) {
        anchor = /** @type {Comment} */
        hydrate_node;
        mismatch = true;
        set_hydrating(false);
      }
      var value = array[index2];
      var key = get_key(value, index2);
      var item = first_run ? null : items.get(key);
      if (item) {
        if (item.v) internal_set(item.v, value);
        if (item.i) internal_set(item.i, index2);
        if (defer) {
          batch.unskip_effect(item.e);
        }
      } else {
        item = create_item(
          items,
          first_run ? anchor : offscreen_anchor ??= create_text(),
          value,
          key,
          index2,
          render_fn,
          flags,
          get_collection
        );
        if (!first_run) {
          item.e.f |= EFFECT_OFFSCREEN;
        }
        items.set(key, item);
      }
      keys.add(key);
    }
    if (length === 0 && fallback_fn && !fallback) {
      if (first_run) {
        fallback = branch(() => fallback_fn(anchor));
      } else {
        fallback = branch(() => fallback_fn(offscreen_anchor ??= create_text()));
        fallback.f |= EFFECT_OFFSCREEN;
      }
    }
    if (length > keys.size) {
      {
        each_key_duplicate();
      }
    }
    if (hydrating && length > 0) {
      set_hydrate_node(skip_nodes());
    }
    if (!first_run) {
      pending.set(batch, keys);
      if (defer) {
        for (const [key2, item2] of items) {
          if (!keys.has(key2)) {
            batch.skip_effect(item2.e);
          }
        }
        batch.oncommit(commit);
        batch.ondiscard(discard);
      } else {
        commit(batch);
      }
    }
    if (mismatch) {
      set_hydrating(true);
    }
    get(each_array);
  });
  var state = { effect: effect2, items, pending, outrogroups: null, fallback };
  first_run = false;
  if (hydrating) {
    anchor = hydrate_node;
  }
}
function skip_to_branch(effect2) {
  while (effect2 !== null && (effect2.f & BRANCH_EFFECT) === 0) {
    effect2 = effect2.next;
  }
  return effect2;
}
function reconcile(state, array, anchor, flags, get_key) {
  var is_animated = (flags & EACH_IS_ANIMATED) !== 0;
  var length = array.length;
  var items = state.items;
  var current = skip_to_branch(state.effect.first);
  var seen;
  var prev = null;
  var to_animate;
  var matched = [];
  var stashed = [];
  var value;
  var key;
  var effect2;
  var i;
  if (is_animated) {
    for (i = 0; i < length; i += 1) {
      value = array[i];
      key = get_key(value, i);
      effect2 = /** @type {EachItem} */
      items.get(key).e;
      if ((effect2.f & EFFECT_OFFSCREEN) === 0) {
        effect2.nodes?.a?.measure();
        (to_animate ??= /* @__PURE__ */ new Set()).add(effect2);
      }
    }
  }
  for (i = 0; i < length; i += 1) {
    value = array[i];
    key = get_key(value, i);
    effect2 = /** @type {EachItem} */
    items.get(key).e;
    if (state.outrogroups !== null) {
      for (const group of state.outrogroups) {
        group.pending.delete(effect2);
        group.done.delete(effect2);
      }
    }
    if ((effect2.f & INERT) !== 0) {
      resume_effect(effect2);
      if (is_animated) {
        effect2.nodes?.a?.unfix();
        (to_animate ??= /* @__PURE__ */ new Set()).delete(effect2);
      }
    }
    if ((effect2.f & EFFECT_OFFSCREEN) !== 0) {
      effect2.f ^= EFFECT_OFFSCREEN;
      if (effect2 === current) {
        move(effect2, null, anchor);
      } else {
        var next = prev ? prev.next : current;
        if (effect2 === state.effect.last) {
          state.effect.last = effect2.prev;
        }
        if (effect2.prev) effect2.prev.next = effect2.next;
        if (effect2.next) effect2.next.prev = effect2.prev;
        link(state, prev, effect2);
        link(state, effect2, next);
        move(effect2, next, anchor);
        prev = effect2;
        matched = [];
        stashed = [];
        current = skip_to_branch(prev.next);
        continue;
      }
    }
    if (effect2 !== current) {
      if (seen !== void 0 && seen.has(effect2)) {
        if (matched.length < stashed.length) {
          var start = stashed[0];
          var j;
          prev = start.prev;
          var a = matched[0];
          var b = matched[matched.length - 1];
          for (j = 0; j < matched.length; j += 1) {
            move(matched[j], start, anchor);
          }
          for (j = 0; j < stashed.length; j += 1) {
            seen.delete(stashed[j]);
          }
          link(state, a.prev, b.next);
          link(state, prev, a);
          link(state, b, start);
          current = start;
          prev = b;
          i -= 1;
          matched = [];
          stashed = [];
        } else {
          seen.delete(effect2);
          move(effect2, current, anchor);
          link(state, effect2.prev, effect2.next);
          link(state, effect2, prev === null ? state.effect.first : prev.next);
          link(state, prev, effect2);
          prev = effect2;
        }
        continue;
      }
      matched = [];
      stashed = [];
      while (current !== null && current !== effect2) {
        (seen ??= /* @__PURE__ */ new Set()).add(current);
        stashed.push(current);
        current = skip_to_branch(current.next);
      }
      if (current === null) {
        continue;
      }
    }
    if ((effect2.f & EFFECT_OFFSCREEN) === 0) {
      matched.push(effect2);
    }
    prev = effect2;
    current = skip_to_branch(effect2.next);
  }
  if (state.outrogroups !== null) {
    for (const group of state.outrogroups) {
      if (group.pending.size === 0) {
        destroy_effects(state, array_from(group.done));
        state.outrogroups?.delete(group);
      }
    }
    if (state.outrogroups.size === 0) {
      state.outrogroups = null;
    }
  }
  if (current !== null || seen !== void 0) {
    var to_destroy = [];
    if (seen !== void 0) {
      for (effect2 of seen) {
        if ((effect2.f & INERT) === 0) {
          to_destroy.push(effect2);
        }
      }
    }
    while (current !== null) {
      if ((current.f & INERT) === 0 && current !== state.fallback) {
        to_destroy.push(current);
      }
      current = skip_to_branch(current.next);
    }
    var destroy_length = to_destroy.length;
    if (destroy_length > 0) {
      var controlled_anchor = (flags & EACH_IS_CONTROLLED) !== 0 && length === 0 ? anchor : null;
      if (is_animated) {
        for (i = 0; i < destroy_length; i += 1) {
          to_destroy[i].nodes?.a?.measure();
        }
        for (i = 0; i < destroy_length; i += 1) {
          to_destroy[i].nodes?.a?.fix();
        }
      }
      pause_effects(state, to_destroy, controlled_anchor);
    }
  }
  if (is_animated) {
    queue_micro_task(() => {
      if (to_animate === void 0) return;
      for (effect2 of to_animate) {
        effect2.nodes?.a?.apply();
      }
    });
  }
}
function create_item(items, anchor, value, key, index2, render_fn, flags, get_collection) {
  var v = (flags & EACH_ITEM_REACTIVE) !== 0 ? (flags & EACH_ITEM_IMMUTABLE) === 0 ? mutable_source(value, false, false) : source(value) : null;
  var i = (flags & EACH_INDEX_REACTIVE) !== 0 ? source(index2) : null;
  return {
    v,
    i,
    e: branch(() => {
      render_fn(anchor, v ?? value, i ?? index2, get_collection);
      return () => {
        items.delete(key);
      };
    })
  };
}
function move(effect2, next, anchor) {
  if (!effect2.nodes) return;
  var node = effect2.nodes.start;
  var end = effect2.nodes.end;
  var dest = next && (next.f & EFFECT_OFFSCREEN) === 0 ? (
    /** @type {EffectNodes} */
    next.nodes.start
  ) : anchor;
  while (node !== null) {
    var next_node = (
      /** @type {TemplateNode} */
      get_next_sibling(node)
    );
    dest.before(node);
    if (node === end) {
      return;
    }
    node = next_node;
  }
}
function link(state, prev, next) {
  if (prev === null) {
    state.effect.first = next;
  } else {
    prev.next = next;
  }
  if (next === null) {
    state.effect.last = prev;
  } else {
    next.prev = prev;
  }
}
function head(hash, render_fn) {
  let previous_hydrate_node = null;
  let was_hydrating = hydrating;
  var anchor;
  if (hydrating) {
    previous_hydrate_node = hydrate_node;
    var head_anchor = get_first_child(document.head);
    while (head_anchor !== null && (head_anchor.nodeType !== COMMENT_NODE || /** @type {Comment} */
    head_anchor.data !== hash)) {
      head_anchor = get_next_sibling(head_anchor);
    }
    if (head_anchor === null) {
      set_hydrating(false);
    } else {
      var start = (
        /** @type {TemplateNode} */
        get_next_sibling(head_anchor)
      );
      head_anchor.remove();
      set_hydrate_node(start);
    }
  }
  if (!hydrating) {
    anchor = document.head.appendChild(create_text());
  }
  try {
    block(() => {
      var e = branch(() => render_fn(anchor));
      e.f |= HEAD_EFFECT;
      if (!hydrating) {
        if (e.nodes === null) {
          e.nodes = { start: anchor, end: anchor, a: null, t: null };
        } else {
          e.nodes.end = anchor;
        }
      }
    });
  } finally {
    if (was_hydrating) {
      set_hydrating(true);
      set_hydrate_node(
        /** @type {TemplateNode} */
        previous_hydrate_node
      );
    }
  }
}
const whitespace = [..." 	\n\r\f \v\uFEFF"];
function to_class(value, hash, directives) {
  var classname = value == null ? "" : "" + value;
  if (hash) {
    classname = classname ? classname + " " + hash : hash;
  }
  if (directives) {
    for (var key of Object.keys(directives)) {
      if (directives[key]) {
        classname = classname ? classname + " " + key : key;
      } else if (classname.length) {
        var len = key.length;
        var a = 0;
        while ((a = classname.indexOf(key, a)) >= 0) {
          var b = a + len;
          if ((a === 0 || whitespace.includes(classname[a - 1])) && (b === classname.length || whitespace.includes(classname[b]))) {
            classname = (a === 0 ? "" : classname.substring(0, a)) + classname.substring(b + 1);
          } else {
            a = b;
          }
        }
      }
    }
  }
  return classname === "" ? null : classname;
}
function append_styles(styles, important = false) {
  var separator = important ? " !important;" : ";";
  var css = "";
  for (var key of Object.keys(styles)) {
    var value = styles[key];
    if (value != null && value !== "") {
      css += " " + key + ": " + value + separator;
    }
  }
  return css;
}
function to_style(value, styles) {
  if (styles) {
    var new_style = "";
    var normal_styles;
    var important_styles;
    if (Array.isArray(styles)) {
      normal_styles = styles[0];
      important_styles = styles[1];
    } else {
      normal_styles = styles;
    }
    if (normal_styles) {
      new_style += append_styles(normal_styles);
    }
    if (important_styles) {
      new_style += append_styles(important_styles, true);
    }
    new_style = new_style.trim();
    return new_style === "" ? null : new_style;
  }
  return String(value);
}
function set_class(dom, is_html, value, hash, prev_classes, next_classes) {
  var prev = (
    /** @type {any} */
    dom[CLASS_CACHE]
  );
  if (hydrating || prev !== value || prev === void 0) {
    var next_class_name = to_class(value, hash, next_classes);
    if (!hydrating || next_class_name !== dom.getAttribute("class")) {
      if (next_class_name == null) {
        dom.removeAttribute("class");
      } else {
        dom.className = next_class_name;
      }
    }
    dom[CLASS_CACHE] = value;
  } else if (next_classes && prev_classes !== next_classes) {
    for (var key in next_classes) {
      var is_present = !!next_classes[key];
      if (prev_classes == null || is_present !== !!prev_classes[key]) {
        dom.classList.toggle(key, is_present);
      }
    }
  }
  return next_classes;
}
function set_selected(option, selected) {
  if (selected) {
    if (!option.hasAttribute("selected")) option.setAttribute("selected", "");
  } else {
    option.removeAttribute("selected");
  }
}
function apply_default_select_value(select, preserve) {
  var value = select.__defaultValue;
  var multiple = select.multiple;
  var values = multiple ? value ?? [] : null;
  if (multiple && !is_array(values)) return;
  select.selectedIndex;
  for (var option of select.options) {
    var option_value = get_option_value(option);
    set_selected(
      option,
      multiple ? (
        /** @type {any[]} */
        values.includes(option_value)
      ) : is(option_value, value)
    );
  }
  return;
}
function select_option(select, value, mounting = false) {
  if (select.multiple) {
    if (value == void 0) {
      return;
    }
    if (!is_array(value)) {
      return select_multiple_invalid_value();
    }
    for (var option of select.options) {
      option.selected = value.includes(get_option_value(option));
    }
    return;
  }
  for (option of select.options) {
    var option_value = get_option_value(option);
    if (is(option_value, value)) {
      option.selected = true;
      return;
    }
  }
  if (!mounting || value !== void 0) {
    select.selectedIndex = -1;
  }
}
function init_select(select) {
  var observer = new MutationObserver((entries) => {
    if (entries.every(is_selectedcontent_mutation)) return;
    if ("__defaultValue" in select) {
      apply_default_select_value(select);
    }
    if ("__value" in select) {
      select_option(select, select.__value);
    }
  });
  observer.observe(select, {
    // Listen to option element changes
    childList: true,
    subtree: true,
    // because of <optgroup>
    // Listen to option element value attribute changes
    // (doesn't get notified of select value changes,
    // because that property is not reflected as an attribute)
    attributes: true,
    attributeFilter: ["value"]
  });
  teardown(() => {
    observer.disconnect();
  });
}
function bind_select_value(select, get2, set = get2) {
  var batches = /* @__PURE__ */ new WeakSet();
  var mounting = true;
  listen_to_event_and_reset_event(select, "change", (is_reset) => {
    var query = is_reset ? "[selected]" : ":checked";
    var value;
    if (select.multiple) {
      value = [].map.call(select.querySelectorAll(query), get_option_value);
    } else {
      var selected_option = select.querySelector(query) ?? // will fall back to first non-disabled option if no option is selected
      select.querySelector("option:not([disabled])");
      value = selected_option && get_option_value(selected_option);
    }
    set(value);
    select.__value = value;
    if (current_batch !== null) {
      batches.add(current_batch);
    }
  });
  effect(() => {
    var value = get2();
    if (select === document.activeElement) {
      var batch = (
        /** @type {Batch} */
        current_batch
      );
      if (batches.has(batch)) {
        return;
      }
    }
    select_option(select, value, mounting);
    if (mounting && value === void 0) {
      var selected_option = select.querySelector(":checked");
      if (selected_option !== null) {
        value = get_option_value(selected_option);
        set(value);
      }
    }
    select.__value = value;
    mounting = false;
  });
}
function get_option_value(option) {
  if ("__value" in option) {
    return option.__value;
  } else {
    return option.value;
  }
}
function is_selectedcontent_mutation(entry) {
  if (
    /** @type {Element} */
    entry.target.closest("selectedcontent") !== null
  ) {
    return true;
  }
  if (entry.type === "childList") {
    var nodes = [...entry.addedNodes, ...entry.removedNodes];
    return nodes.length > 0 && nodes.every((node) => node.nodeName === "SELECTEDCONTENT");
  }
  return false;
}
const IS_CUSTOM_ELEMENT = /* @__PURE__ */ Symbol("is custom element");
const IS_HTML = /* @__PURE__ */ Symbol("is html");
const LINK_TAG = IS_XHTML ? "link" : "LINK";
const PROGRESS_TAG = IS_XHTML ? "progress" : "PROGRESS";
function remove_input_defaults(input) {
  if (!hydrating) return;
  var already_removed = false;
  var remove_defaults = () => {
    if (already_removed) return;
    already_removed = true;
    if (input.hasAttribute("value")) {
      var value = input.value;
      set_attribute(input, "value", null);
      input.value = value;
    }
    if (input.hasAttribute("checked")) {
      var checked = input.checked;
      set_attribute(input, "checked", null);
      input.checked = checked;
    }
  };
  input[FORM_RESET_HANDLER] = remove_defaults;
  queue_micro_task(remove_defaults);
  add_form_reset_listener();
}
function set_value(element, value) {
  var attributes = get_attributes(element);
  if (attributes.value === (attributes.value = // treat null and undefined the same for the initial value
  value ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  element.value === value && (value !== 0 || element.nodeName !== PROGRESS_TAG)) {
    return;
  }
  element.value = value ?? "";
}
function set_checked(element, checked) {
  var attributes = get_attributes(element);
  if (attributes.checked === (attributes.checked = // treat null and undefined the same for the initial value
  checked ?? void 0)) {
    return;
  }
  element.checked = checked;
}
function set_attribute(element, attribute, value, skip_warning) {
  var attributes = get_attributes(element);
  if (hydrating) {
    attributes[attribute] = element.getAttribute(attribute);
    if (attribute === "src" || attribute === "srcset" || attribute === "href" && element.nodeName === LINK_TAG) {
      return;
    }
  }
  var previous = attributes[attribute];
  if (previous === (attributes[attribute] = value)) return;
  if (attribute === "loading") {
    element[LOADING_ATTR_SYMBOL] = value;
  }
  if (value == null) {
    element.removeAttribute(attribute);
  } else if (typeof value !== "string" && get_setters(element).has(attribute)) {
    element[attribute] = value;
  } else if (
    // while hydrating, skip a number or boolean whose string the server already rendered
    !(hydrating && (typeof value === "number" || typeof value === "boolean") && previous === String(value))
  ) {
    element.setAttribute(attribute, value);
  }
}
function get_attributes(element) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    element[ATTRIBUTES_CACHE] ??= {
      [IS_CUSTOM_ELEMENT]: element.nodeName.includes("-"),
      [IS_HTML]: element.namespaceURI === NAMESPACE_HTML
    }
  );
}
var setters_cache = /* @__PURE__ */ new Map();
function get_setters(element) {
  var cache_key = element.getAttribute("is") || element.nodeName;
  var setters = setters_cache.get(cache_key);
  if (setters) return setters;
  setters_cache.set(cache_key, setters = /* @__PURE__ */ new Set());
  var descriptors;
  var proto = element;
  var element_proto = Element.prototype;
  while (element_proto !== proto) {
    descriptors = get_descriptors(proto);
    for (var key in descriptors) {
      if (descriptors[key].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      key !== "innerHTML" && key !== "textContent" && key !== "innerText") {
        setters.add(key);
      }
    }
    proto = get_prototype_of(proto);
  }
  return setters;
}
function bind_value(input, get2, set = get2) {
  var batches = /* @__PURE__ */ new WeakSet();
  listen_to_event_and_reset_event(input, "input", async (is_reset) => {
    var value = is_reset ? input.defaultValue : input.value;
    value = is_numberlike_input(input) ? to_number(value) : value;
    set(value);
    if (current_batch !== null) {
      batches.add(current_batch);
    }
    await tick();
    if (value !== (value = get2())) {
      var start = input.selectionStart;
      var end = input.selectionEnd;
      var length = input.value.length;
      input.value = value ?? "";
      if (end !== null) {
        var new_length = input.value.length;
        if (start === end && end === length && new_length > length) {
          input.selectionStart = new_length;
          input.selectionEnd = new_length;
        } else {
          input.selectionStart = start;
          input.selectionEnd = Math.min(end, new_length);
        }
      }
    }
  });
  if (
    // If we are hydrating and the value has since changed,
    // then use the updated value from the input instead.
    hydrating && input.defaultValue !== input.value || // If defaultValue is set, then value == defaultValue
    // TODO Svelte 6: remove input.value check and set to empty string?
    untrack(get2) == null && input.value
  ) {
    set(is_numberlike_input(input) ? to_number(input.value) : input.value);
    if (current_batch !== null) {
      batches.add(current_batch);
    }
  }
  render_effect(() => {
    var value = get2();
    if (input === document.activeElement) {
      var batch = (
        /** @type {Batch} */
        current_batch
      );
      if (batches.has(batch)) {
        return;
      }
    }
    if (is_numberlike_input(input) && value === to_number(input.value)) {
      return;
    }
    if (input.type === "date" && !value && !input.value) {
      return;
    }
    if (value !== input.value) {
      input.value = value ?? "";
    }
  });
}
function bind_checked(input, get2, set = get2) {
  listen_to_event_and_reset_event(input, "change", (is_reset) => {
    var value = is_reset ? input.defaultChecked : input.checked;
    set(value);
  });
  if (
    // If we are hydrating and the value has since changed,
    // then use the update value from the input instead.
    hydrating && input.defaultChecked !== input.checked || // If defaultChecked is set, then checked == defaultChecked
    untrack(get2) == null
  ) {
    set(input.checked);
  }
  render_effect(() => {
    var value = get2();
    input.checked = Boolean(value);
  });
}
function is_numberlike_input(input) {
  var type = input.type;
  return type === "number" || type === "range";
}
function to_number(value) {
  return value === "" ? null : +value;
}
const MS_PER_DAY = 864e5;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;
function isoToDay(iso) {
  const m = DAY_RE.exec(iso);
  if (!m) throw new Error(`not a date of the form YYYY-MM-DD: ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`no such day: ${JSON.stringify(iso)}`);
  }
  return ms / MS_PER_DAY;
}
function dayToIso(day) {
  if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
function weekday(day) {
  return ((day + 4) % 7 + 7) % 7;
}
function monthWindow(y, mo) {
  if (mo < 1 || mo > 12) throw new Error(`no such month: ${y}-${String(mo).padStart(2, "0")}`);
  return {
    earliest: Date.UTC(y, mo - 1, 1) / MS_PER_DAY,
    latest: Date.UTC(y, mo, 1) / MS_PER_DAY - 1
  };
}
function singleWindow(text) {
  if (DAY_RE.test(text)) {
    const d = isoToDay(text);
    return { earliest: d, latest: d };
  }
  const mm = MONTH_RE.exec(text);
  if (mm) return monthWindow(Number(mm[1]), Number(mm[2]));
  const ym = YEAR_RE.exec(text);
  if (ym) {
    const y = Number(ym[1]);
    return {
      earliest: Date.UTC(y, 0, 1) / MS_PER_DAY,
      latest: Date.UTC(y + 1, 0, 1) / MS_PER_DAY - 1
    };
  }
  throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(text)}`);
}
function parseWindow(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return singleWindow(text);
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  const hi = singleWindow(right);
  if (left === "..") return { earliest: -Infinity, latest: hi.latest };
  const lo = singleWindow(left);
  if (lo.earliest > hi.latest) {
    throw new Error(`interval ends before it starts: ${JSON.stringify(text)}`);
  }
  return { earliest: lo.earliest, latest: hi.latest };
}
function formatWindow(w) {
  const hi = dayToIso(w.latest);
  if (w.earliest === -Infinity) return `../${hi}`;
  if (w.earliest === w.latest) return hi;
  const lo = dayToIso(w.earliest);
  const m = monthWindow(Number(lo.slice(0, 4)), Number(lo.slice(5, 7)));
  if (m.earliest === w.earliest && m.latest === w.latest) return lo.slice(0, 7);
  if (lo.endsWith("-01-01") && hi.endsWith("-12-31") && lo.slice(0, 4) === hi.slice(0, 4)) {
    return lo.slice(0, 4);
  }
  return `${lo}/${hi}`;
}
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function formatDayLong(day) {
  const iso = dayToIso(day);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
function describeWindow(w) {
  if (w.earliest === -Infinity) return `on or before ${formatDayLong(w.latest)}`;
  if (w.earliest === w.latest) return formatDayLong(w.latest);
  const form = formatWindow(w);
  if (/^\d{4}-\d{2}$/.test(form))
    return `${MONTHS[Number(form.slice(5, 7)) - 1]} ${form.slice(0, 4)}`;
  if (/^\d{4}$/.test(form)) return form;
  const a = formatDayLong(w.earliest).split(" ");
  const b = formatDayLong(w.latest).split(" ");
  if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b[0]} ${b[1]} ${b[2]}`;
  return `${a.join(" ")} – ${b.join(" ")}`;
}
const CONTROLLERS = [
  "syrian-government",
  "isis",
  "iraqi-government",
  "sdf",
  "contested"
];
const CONTROL_VALUES = Object.freeze([
  "syrian-government",
  "sdf",
  "isis",
  "iraqi-government",
  "contested",
  "unknown"
]);
const VIEW_MODES = ["now", "reported", "compare"];
const REGION = Object.freeze({ west: 35, south: 32, east: 45, north: 38.5 });
const NEG_INF = -1073741823;
const POS_INF = 1073741823;
const MAX_DAY = 4e8;
function isDay(d) {
  return Number.isInteger(d) && Math.abs(d) <= MAX_DAY;
}
function toDay32(d) {
  return d === -Infinity ? NEG_INF : d === Infinity ? POS_INF : d;
}
function fromDay32(v) {
  return v === NEG_INF ? -Infinity : v === POS_INF ? Infinity : v;
}
function grownI32(a, cap) {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function grownU8(a, cap) {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
function fit(a, n) {
  return a.length - n > a.length / 8 ? a.slice(0, n) : a.subarray(0, n);
}
class Growth {
  constructor(places) {
    this.places = places;
  }
  places;
  /** The index of the place being compiled. */
  place = 0;
  /**
   * A new capacity for output that now needs `need` entries and has room for `length`:
   * double while few places are done, then extrapolate from the places done to all places,
   * with a little to spare so that the final output rarely needs copying to size (see `fit`).
   */
  room(need, length) {
    const done = this.place + 1;
    if (done * 64 < this.places) return Math.max(need, length * 2);
    return Math.max(
      need + 1024,
      Math.ceil(length * 1.25),
      Math.ceil(need / done * this.places * 1.06)
    );
  }
}
const RECORD_INTS = 7;
const R_SIDES = 0;
const R_CONTRADICTING = 1;
const R_SUPERSEDED = 2;
const R_UNCERTAIN_WINDOW = 3;
const R_SINCE = 4;
const R_UNTIL = 5;
const R_CARRIED_FROM = 6;
const NO_DAY = NEG_INF;
const RECORD_BYTES = 4;
const R_CONTROLLER = 0;
const R_BASIS = 1;
const R_UNCERTAIN_FROM = 2;
const R_UNCERTAIN_TO = 3;
const BASIS_NONE = 0;
const BASIS_STATED = 1;
const BASIS_INFERRED = 2;
const BASIS_CARRIED = 3;
const BASIS_NAMES = ["none", "stated", "inferred", "carried"];
const UNKNOWN_CODE = 0;
const NO_REFS = Object.freeze([]);
const NO_SIDES = Object.freeze([]);
function stateOf(d, i, rec) {
  const objects = d.objects ?? newObjects(d);
  const state = objects.states[rec];
  return state !== void 0 ? state : materialize(d, objects, i, rec);
}
function newObjects(d) {
  const objects = {
    states: new Array(d.recordBytes.length / RECORD_BYTES),
    sides: new Array(d.listSides.length),
    refs: new Array(d.listSides.length),
    ref: new Array(d.reportIds.length * 2),
    windows: new Array(d.windows.length / 2),
    uncertain: /* @__PURE__ */ new Map()
  };
  d.objects = objects;
  return objects;
}
function windowOf(d, o, w) {
  if (w < 0) return null;
  let win = o.windows[w];
  if (win === void 0) {
    win = Object.freeze({
      earliest: fromDay32(d.windows[2 * w]),
      latest: fromDay32(d.windows[2 * w + 1])
    });
    o.windows[w] = win;
  }
  return win;
}
function refOf(d, o, e) {
  let r = o.ref[e];
  if (r === void 0) {
    r = Object.freeze({ report: d.reportIds[e >> 1], implied: (e & 1) === 1 });
    o.ref[e] = r;
  }
  return r;
}
function entryController(d, e) {
  return (e & 1) === 1 ? d.reportDisplaced[e >> 1] : d.reportController[e >> 1];
}
function refsOf(d, o, list) {
  if (list < 0) return NO_REFS;
  let refs = o.refs[list];
  if (refs === void 0) {
    const lo = d.listOff[list];
    const out = new Array(d.listOff[list + 1] - lo);
    for (let i = 0; i < out.length; i++) out[i] = refOf(d, o, d.listData[lo + i]);
    refs = Object.freeze(out);
    o.refs[list] = refs;
  }
  return refs;
}
function sideOf(d, o, c, lo, hi) {
  const claims = [];
  for (let j = lo; j < hi; j++) {
    if (entryController(d, d.listData[j]) === c) claims.push(refOf(d, o, d.listData[j]));
  }
  return Object.freeze({ controller: d.names[c], claims: Object.freeze(claims) });
}
function sidesOf(d, o, list) {
  if (list < 0) return NO_SIDES;
  let sides = o.sides[list];
  if (sides !== void 0) return sides;
  const lo = d.listOff[list];
  const hi = d.listOff[list + 1];
  const count = d.listSides[list];
  const out = new Array(count);
  if (count === 1) {
    out[0] = Object.freeze({
      controller: d.names[entryController(d, d.listData[lo])],
      claims: refsOf(d, o, list)
    });
  } else {
    let n = 0;
    for (let i = lo; i < hi; i++) {
      const c = entryController(d, d.listData[i]);
      let seen = false;
      for (let j = lo; j < i && !seen; j++) seen = entryController(d, d.listData[j]) === c;
      if (!seen) out[n++] = sideOf(d, o, c, i, hi);
    }
  }
  sides = Object.freeze(out);
  o.sides[list] = sides;
  return sides;
}
function uncertainOf(d, o, f, t, w) {
  const key = (w * 256 + f) * 256 + t;
  let u = o.uncertain.get(key);
  if (u === void 0) {
    u = Object.freeze({ from: d.names[f], to: d.names[t], window: windowOf(d, o, w) });
    o.uncertain.set(key, u);
  }
  return u;
}
function materialize(d, o, p, r) {
  const ints = d.recordInts;
  const bytes = d.recordBytes;
  const i = r * RECORD_INTS;
  const b = r * RECORD_BYTES;
  const sides = sidesOf(d, o, ints[i + R_SIDES]);
  const from = bytes[b + R_UNCERTAIN_FROM];
  const carriedFrom = ints[i + R_CARRIED_FROM];
  const uncertain = from === 0 ? null : uncertainOf(d, o, from - 1, bytes[b + R_UNCERTAIN_TO], ints[i + R_UNCERTAIN_WINDOW]);
  const state = Object.freeze({
    place: d.ids[p],
    controller: d.names[bytes[b + R_CONTROLLER]],
    basis: BASIS_NAMES[bytes[b + R_BASIS]],
    disputed: sides.length >= 2,
    sides,
    uncertain,
    supporting: sides.length > 0 ? sides[0].claims : NO_REFS,
    contradicting: refsOf(d, o, ints[i + R_CONTRADICTING]),
    superseded: refsOf(d, o, ints[i + R_SUPERSEDED]),
    since: windowOf(d, o, ints[i + R_SINCE]),
    until: windowOf(d, o, ints[i + R_UNTIL]),
    carriedFrom: carriedFrom === NO_DAY ? null : carriedFrom
  });
  o.states[r] = state;
  return state;
}
const CHANGE_CACHE_LIMIT = 32;
function data(t) {
  return t;
}
function placeIndex(d, place) {
  const i = d.index.get(place);
  if (i === void 0) throw new Error(`unknown place id ${JSON.stringify(place)}`);
  return i;
}
function checkDay(day, horizon) {
  if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
  if (Number.isNaN(horizon)) throw new Error("the horizon is not a number");
}
function countAtMost(a, lo, hi, x) {
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function bucketIndex(d, i, horizon) {
  const lo = d.pubOff[i];
  return d.bucketOff[i] + countAtMost(d.pubDays, lo, d.pubOff[i + 1], horizon) - lo;
}
function recordAt(d, i, day, horizon) {
  const o = bucketIndex(d, i, horizon);
  const lo = d.offsets[o];
  return d.segmentRecord[countAtMost(d.starts, lo + 1, d.offsets[o + 1], day) - 1];
}
function controlAt(t, place, day, horizon = Infinity) {
  checkDay(day, horizon);
  const d = data(t);
  const i = placeIndex(d, place);
  return stateOf(d, i, recordAt(d, i, day, horizon));
}
function controlAllAt(t, day, horizon, out) {
  checkDay(day, horizon);
  const d = data(t);
  const n = d.ids.length;
  for (let i = 0; i < n; i++) out[i] = stateOf(d, i, recordAt(d, i, day, horizon));
  return out;
}
function shownDifferently(d, a, b) {
  if (a === b) return false;
  const { recordInts: ints, recordBytes: bytes, listSides } = d;
  const i = a * RECORD_BYTES;
  const j = b * RECORD_BYTES;
  if (bytes[i + R_CONTROLLER] !== bytes[j + R_CONTROLLER]) return true;
  if (bytes[i + R_BASIS] !== bytes[j + R_BASIS]) return true;
  const sa = ints[a * RECORD_INTS + R_SIDES];
  const sb = ints[b * RECORD_INTS + R_SIDES];
  if ((sa >= 0 && listSides[sa] >= 2) !== (sb >= 0 && listSides[sb] >= 2)) return true;
  if (bytes[i + R_UNCERTAIN_FROM] !== bytes[j + R_UNCERTAIN_FROM]) return true;
  if (bytes[i + R_UNCERTAIN_FROM] === 0) return false;
  return bytes[i + R_UNCERTAIN_TO] !== bytes[j + R_UNCERTAIN_TO] || ints[a * RECORD_INTS + R_UNCERTAIN_WINDOW] !== ints[b * RECORD_INTS + R_UNCERTAIN_WINDOW];
}
function changeDays(t, horizon = Infinity) {
  if (Number.isNaN(horizon)) throw new Error("the horizon is not a number");
  const d = data(t);
  const cached = d.changeCache.get(horizon);
  if (cached !== void 0) return cached;
  const days = [];
  for (let p = 0; p < d.ids.length; p++) {
    const o = bucketIndex(d, p, horizon);
    const hi = d.offsets[o + 1];
    for (let i = d.offsets[o] + 1; i < hi; i++) {
      if (shownDifferently(d, d.segmentRecord[i - 1], d.segmentRecord[i])) {
        days.push(fromDay32(d.starts[i]));
      }
    }
  }
  days.sort((a, b) => a - b);
  const unique = [];
  for (const x of days) if (unique.length === 0 || unique[unique.length - 1] !== x) unique.push(x);
  const result = Object.freeze(unique);
  if (d.changeCache.size >= CHANGE_CACHE_LIMIT) d.changeCache.clear();
  d.changeCache.set(horizon, result);
  return result;
}
function publicationDays(t) {
  return data(t).publications;
}
function dateRange(t) {
  const range = data(t).range;
  if (range === null) throw new Error("the timeline has no reports, so it has no date range");
  return range;
}
function placeIds(t) {
  return data(t).ids;
}
const STORY_MARGIN_DAYS = 7;
function storyWindow(t, reports, margin = STORY_MARGIN_DAYS) {
  if (!Number.isInteger(margin) || margin < 0) {
    throw new Error(`the story margin must be a whole number of days >= 0, got ${margin}`);
  }
  const range = dateRange(t);
  let lo = Infinity;
  let hi = -Infinity;
  const take = (d) => {
    if (!Number.isFinite(d)) return;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  };
  for (const r of reports) {
    if (r.start) take(r.start.latest);
    if (r.end) take(r.end.earliest);
  }
  if (lo > hi) return range;
  return {
    first: Math.max(range.first, Math.min(range.last, lo - margin)),
    last: Math.min(range.last, Math.max(range.first, hi + margin))
  };
}
function statesDiffer(now, reported) {
  return now.controller !== reported.controller || now.disputed !== reported.disputed || now.uncertain === null !== (reported.uncertain === null);
}
function viewDifferences(now, reported) {
  if (now.length !== reported.length) {
    throw new Error(`state lists differ in length: ${now.length} now, ${reported.length} reported`);
  }
  const out = [];
  for (let i = 0; i < now.length; i++) {
    const n = now[i];
    const r = reported[i];
    if (n.place !== r.place)
      throw new Error(`state ${i} is ${n.place} now but ${r.place} reported`);
    if (r.controller !== "unknown" && statesDiffer(n, r))
      out.push({ place: n.place, now: n, reported: r });
  }
  return out;
}
function firstStoryDay(t, window) {
  const pubs = publicationDays(t);
  const n = placeIds(t).length;
  const now = new Array(n);
  const reported = new Array(n);
  const from = Math.max(window.first, pubs[0] ?? window.first);
  let anyDifference = null;
  for (let d = from; d <= window.last; d++) {
    controlAllAt(t, d, Infinity, now);
    controlAllAt(t, d, d, reported);
    const diffs = viewDifferences(now, reported);
    if (diffs.some((x) => x.now.controller !== x.reported.controller)) return d;
    if (anyDifference === null && diffs.length > 0) anyDifference = d;
  }
  return anyDifference ?? window.last;
}
function changeEvents(t, horizon = Infinity, window = null) {
  const ids = placeIds(t);
  const out = [];
  for (const day of changeDays(t, horizon)) {
    if (window && (day < window.first || day > window.last)) continue;
    for (const place of ids) {
      const state = controlAt(t, place, day, horizon);
      const previous = controlAt(t, place, day - 1, horizon);
      if (statesDiffer(state, previous)) {
        out.push({ day, place, state, previous });
      }
    }
  }
  return out;
}
const CARRIED_FADE = Object.freeze({ fullDays: 7, floorDays: 60, floor: 0.35 });
const INFERRED_STRENGTH = 0.6;
function carriedFromOf(s) {
  return s.basis === "carried" ? s.carriedFrom : null;
}
function evidenceStrength(s, day) {
  switch (s.basis) {
    case "stated":
      return 1;
    case "inferred":
      return INFERRED_STRENGTH;
    case "none":
      return 0;
    case "carried": {
      const from = carriedFromOf(s);
      if (from === null) return 1;
      const age = day - from;
      const { fullDays, floorDays, floor } = CARRIED_FADE;
      if (age <= fullDays) return 1;
      if (age >= floorDays) return floor;
      const k = (age - fullDays) / (floorDays - fullDays);
      return Math.round((1 - k * (1 - floor)) * 100) / 100;
    }
  }
}
const HOLDER = Object.freeze({
  "syrian-government": "Syrian government",
  isis: "ISIS",
  "iraqi-government": "Iraqi government",
  sdf: "SDF",
  contested: "contested",
  unknown: "no report"
});
function shortWindow(w) {
  return describeWindow(w).replace(/ \d{4}$/, "").replace(/ \d{4} –/, " –").replace(
    /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g,
    (m) => m.slice(0, 3)
  );
}
function holderWords(s) {
  const parts = [HOLDER[s.controller]];
  if (s.since && s.controller !== "unknown") {
    parts[0] += Number.isFinite(s.since.earliest) ? s.since.earliest === s.since.latest ? ` since ${shortWindow(s.since)}` : ` from ${shortWindow(s.since)}` : ` since ${shortWindow(s.since)}`;
  }
  if (s.disputed) parts.push("disputed");
  if (s.uncertain) {
    parts.push(`may have changed to ${HOLDER[s.uncertain.to]} ${shortWindow(s.uncertain.window)}`);
  }
  return parts.join(", ");
}
function differenceLine(placeName, d) {
  const reported = holderWords(d.reported);
  const now = holderWords(d.now);
  const shared = `${reported}, `;
  const added = now.startsWith(shared) ? now.slice(shared.length) : now;
  return `${placeName}: reported ${reported} — known now: ${added}`;
}
function changesOn(t, day, horizon = Infinity) {
  const out = [];
  for (const place of placeIds(t)) {
    const state = controlAt(t, place, day, horizon);
    const previous = controlAt(t, place, day - 1, horizon);
    if (statesDiffer(state, previous)) out.push({ day, place, state, previous });
  }
  return out;
}
const CONTROLLER_STYLE = Object.freeze({
  "syrian-government": { fill: "#d62728", text: "#ffffff" },
  isis: { fill: "#333333", text: "#ffffff" },
  "iraqi-government": { fill: "#5b5bd6", text: "#ffffff" },
  sdf: { fill: "#f2c300", text: "#1a1a1a" },
  contested: { fill: "#d9730d", text: "#1a1a1a" },
  unknown: { fill: "#c9c9c9", text: "#1a1a1a" }
});
const HATCH_STRIPE = "#2b2b2b";
const FILL_OPACITY = Object.freeze({ known: 0.62, uncertain: 0.42 });
const INFERRED_STRIPE = "#ffffff";
const SWATCH_STRIPES = Object.freeze({
  hatch: { width: 2, period: 5, color: HATCH_STRIPE, alpha: 1 },
  inferred: { width: 1.5, period: 4, color: INFERRED_STRIPE, alpha: 0.7 }
});
const UNCERTAIN_DOTS = Object.freeze({
  radius: 0.9,
  period: 4,
  color: "#ffffff",
  alpha: 0.95
});
function swatchBackground(value) {
  const { fill } = CONTROLLER_STYLE[value];
  if (value !== "contested") return fill;
  const { width, period } = SWATCH_STRIPES.hatch;
  return `repeating-linear-gradient(135deg, ${HATCH_STRIPE} 0 ${width}px, ${fill} ${width}px ${period}px)`;
}
function evidenceSwatch(value, basis, strength) {
  if (value === "unknown" || basis === "none") return { background: "transparent", opacity: 1 };
  const base = swatchBackground(value);
  const { width, period, alpha } = SWATCH_STRIPES.inferred;
  const stripe = `${INFERRED_STRIPE}${Math.round(alpha * 255).toString(16).padStart(2, "0")}`;
  const background = basis === "inferred" ? `repeating-linear-gradient(45deg, ${stripe} 0 ${width}px, transparent ${width}px ${period}px), ${base}` : base;
  return { background, opacity: swatchOpacity(strength) };
}
function swatchOpacity(strength) {
  return Math.max(CARRIED_FADE.floor, Math.min(1, strength));
}
function hexToRgb(hex) {
  let h = hex.replace(/^#/, "");
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(h, 16);
  return [n >> 16 & 255, n >> 8 & 255, n & 255];
}
export {
  SWATCH_STRIPES as $,
  R_CONTRADICTING as A,
  BASIS_INFERRED as B,
  CONTROLLERS as C,
  R_SUPERSEDED as D,
  R_UNCERTAIN_FROM as E,
  R_UNCERTAIN_TO as F,
  R_UNCERTAIN_WINDOW as G,
  R_SINCE as H,
  R_UNTIL as I,
  R_CARRIED_FROM as J,
  BASIS_NONE as K,
  toDay32 as L,
  Growth as M,
  NO_DAY as N,
  NEG_INF as O,
  isDay as P,
  formatDayLong as Q,
  RECORD_INTS as R,
  CONTROL_VALUES as S,
  evidenceStrength as T,
  UNKNOWN_CODE as U,
  CARRIED_FADE as V,
  dateRange as W,
  controlAllAt as X,
  isoToDay as Y,
  VIEW_MODES as Z,
  swatchOpacity as _,
  dayToIso as a,
  UNCERTAIN_DOTS as a0,
  evidenceSwatch as a1,
  hexToRgb as a2,
  FILL_OPACITY as a3,
  REGION as a4,
  HATCH_STRIPE as a5,
  INFERRED_STRIPE as a6,
  viewDifferences as a7,
  differenceLine as a8,
  bind_checked as a9,
  weekday as aa,
  storyWindow as ab,
  firstStoryDay as ac,
  publicationDays as ad,
  changeEvents as ae,
  changesOn as af,
  set_class as b,
  set_value as c,
  describeWindow as d,
  each as e,
  set_checked as f,
  init_select as g,
  bind_value as h,
  index as i,
  bind_select_value as j,
  CONTROLLER_STYLE as k,
  head as l,
  select_option as m,
  grownI32 as n,
  grownU8 as o,
  parseWindow as p,
  fit as q,
  remove_input_defaults as r,
  set_attribute as s,
  to_style as t,
  BASIS_STATED as u,
  BASIS_CARRIED as v,
  RECORD_BYTES as w,
  R_SIDES as x,
  R_CONTROLLER as y,
  R_BASIS as z
};
