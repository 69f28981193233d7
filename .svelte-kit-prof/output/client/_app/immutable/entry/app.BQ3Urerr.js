const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["../nodes/0.CvKizjRx.js","../chunks/CKOwlSI2.js","../chunks/BdGrL1yA.js","../chunks/C2mYBlIG.js","../chunks/B18YGV45.js","../assets/0.BKiZfKDI.css","../nodes/1.Dm_kxXbG.js","../chunks/Y7NkuMX6.js","../chunks/XaT8lrll.js","../nodes/2.BrENCHcy.js","../chunks/DEXUNtlg.js","../chunks/h3xaM8aZ.js","../chunks/DUHSdo8y.js","../chunks/BY9jFinB.js","../chunks/D9HibPht.js","../assets/2.DsrUXBiq.css","../nodes/3.CssruQO6.js","../assets/3.BOTsBrJw.css"])))=>i.map(i=>d[i]);
import { c as component, _ as __vitePreload } from "../chunks/h3xaM8aZ.js";
import { w as set, a2 as LEGACY_PROPS, v as get, aJ as flushSync, ad as define_property, aM as mutable_source, o as push, a5 as user_pre_effect, I as user_effect, aL as tick, G as first_child, t as sibling, y as append, z as pop, A as state, F as comment, q as child, u as reset, B as from_html, D as text, x as template_effect, J as user_derived } from "../chunks/BdGrL1yA.js";
import { h as hydrate, m as mount, u as unmount, o as onMount, s as set_text } from "../chunks/Y7NkuMX6.js";
import "../chunks/CKOwlSI2.js";
import { p as prop, i as if_block, b as bind_this } from "../chunks/DUHSdo8y.js";
const BASEMAP_LAYERS = ["land", "countries", "borders", "rivers", "lakes"];
const match$1 = (param) => BASEMAP_LAYERS.map((l) => `${l}.geojson`).includes(param);
const match = (param) => param === "review";
const matchers = { basemap: match$1, review: match };
function asClassComponent(component2) {
  return class extends Svelte4Component {
    /** @param {any} options */
    constructor(options) {
      super({
        component: component2,
        ...options
      });
    }
  };
}
class Svelte4Component {
  /** @type {any} */
  #events;
  /** @type {Record<string, any>} */
  #instance;
  /**
   * @param {ComponentConstructorOptions & {
   *  component: any;
   * }} options
   */
  constructor(options) {
    var sources = /* @__PURE__ */ new Map();
    var add_source = (key, value) => {
      var s = mutable_source(value, false, false);
      sources.set(key, s);
      return s;
    };
    const props = new Proxy(
      { ...options.props || {}, $$events: {} },
      {
        get(target, prop2) {
          return get(sources.get(prop2) ?? add_source(prop2, Reflect.get(target, prop2)));
        },
        has(target, prop2) {
          if (prop2 === LEGACY_PROPS) return true;
          get(sources.get(prop2) ?? add_source(prop2, Reflect.get(target, prop2)));
          return Reflect.has(target, prop2);
        },
        set(target, prop2, value) {
          set(sources.get(prop2) ?? add_source(prop2, value), value);
          return Reflect.set(target, prop2, value);
        }
      }
    );
    this.#instance = (options.hydrate ? hydrate : mount)(options.component, {
      target: options.target,
      anchor: options.anchor,
      props,
      context: options.context,
      intro: options.intro ?? false,
      recover: options.recover,
      transformError: options.transformError
    });
    if (!options?.props?.$$host || options.sync === false) {
      flushSync();
    }
    this.#events = props.$$events;
    for (const key of Object.keys(this.#instance)) {
      if (key === "$set" || key === "$destroy" || key === "$on") continue;
      define_property(this, key, {
        get() {
          return this.#instance[key];
        },
        /** @param {any} value */
        set(value) {
          this.#instance[key] = value;
        },
        enumerable: true
      });
    }
    this.#instance.$set = /** @param {Record<string, any>} next */
    (next) => {
      Object.assign(props, next);
    };
    this.#instance.$destroy = () => {
      unmount(this.#instance);
    };
  }
  /** @param {Record<string, any>} props */
  $set(props) {
    this.#instance.$set(props);
  }
  /**
   * @param {string} event
   * @param {(...args: any[]) => any} callback
   * @returns {any}
   */
  $on(event, callback) {
    this.#events[event] = this.#events[event] || [];
    const cb = (...args) => callback.call(this, ...args);
    this.#events[event].push(cb);
    return () => {
      this.#events[event] = this.#events[event].filter(
        /** @param {any} fn */
        (fn) => fn !== cb
      );
    };
  }
  $destroy() {
    this.#instance.$destroy();
  }
}
var root$1 = from_html(`<div id="svelte-announcer" aria-live="assertive" aria-atomic="true" style="position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px"><!></div>`);
var root_1 = from_html(`<!> <!>`, 1);
function Root($$anchor, $$props) {
  push($$props, true);
  let components = prop($$props, "components", 23, () => []), data_0 = prop($$props, "data_0", 3, null), data_1 = prop($$props, "data_1", 3, null);
  {
    user_pre_effect(() => $$props.stores.page.set($$props.page));
  }
  user_effect(() => {
    $$props.stores;
    $$props.page;
    $$props.constructors;
    components();
    $$props.form;
    data_0();
    data_1();
    $$props.stores.page.notify();
  });
  let mounted = state(false);
  let navigated = state(false);
  let title = state(null);
  onMount(() => {
    const unsubscribe = $$props.stores.page.subscribe(() => {
      if (get(mounted)) {
        set(navigated, true);
        tick().then(() => {
          set(title, document.title || "untitled page", true);
        });
      }
    });
    set(mounted, true);
    return unsubscribe;
  });
  const Pyramid_1 = user_derived(() => $$props.constructors[1]);
  var fragment = root_1();
  var node = first_child(fragment);
  {
    var consequent = ($$anchor2) => {
      const Pyramid_0 = user_derived(() => $$props.constructors[0]);
      var fragment_1 = comment();
      var node_1 = first_child(fragment_1);
      component(node_1, () => get(Pyramid_0), ($$anchor3, Pyramid_0_1) => {
        bind_this(
          Pyramid_0_1($$anchor3, {
            get data() {
              return data_0();
            },
            get form() {
              return $$props.form;
            },
            get params() {
              return $$props.page.params;
            },
            children: ($$anchor4, $$slotProps) => {
              var fragment_2 = comment();
              var node_2 = first_child(fragment_2);
              component(node_2, () => get(Pyramid_1), ($$anchor5, Pyramid_1_1) => {
                bind_this(
                  Pyramid_1_1($$anchor5, {
                    get data() {
                      return data_1();
                    },
                    get form() {
                      return $$props.form;
                    },
                    get params() {
                      return $$props.page.params;
                    }
                  }),
                  ($$value) => components()[1] = $$value,
                  () => components()?.[1]
                );
              });
              append($$anchor4, fragment_2);
            },
            $$slots: { default: true }
          }),
          ($$value) => components()[0] = $$value,
          () => components()?.[0]
        );
      });
      append($$anchor2, fragment_1);
    };
    var alternate = ($$anchor2) => {
      const Pyramid_0 = user_derived(() => $$props.constructors[0]);
      var fragment_3 = comment();
      var node_3 = first_child(fragment_3);
      component(node_3, () => get(Pyramid_0), ($$anchor3, Pyramid_0_2) => {
        bind_this(
          Pyramid_0_2($$anchor3, {
            get data() {
              return data_0();
            },
            get form() {
              return $$props.form;
            },
            get params() {
              return $$props.page.params;
            }
          }),
          ($$value) => components()[0] = $$value,
          () => components()?.[0]
        );
      });
      append($$anchor2, fragment_3);
    };
    if_block(node, ($$render) => {
      if ($$props.constructors[1]) $$render(consequent);
      else $$render(alternate, -1);
    });
  }
  var node_4 = sibling(node, 2);
  {
    var consequent_2 = ($$anchor2) => {
      var div = root$1();
      var node_5 = child(div);
      {
        var consequent_1 = ($$anchor3) => {
          var text$1 = text();
          template_effect(() => set_text(text$1, get(title)));
          append($$anchor3, text$1);
        };
        if_block(node_5, ($$render) => {
          if (get(navigated)) $$render(consequent_1);
        });
      }
      reset(div);
      append($$anchor2, div);
    };
    if_block(node_4, ($$render) => {
      if (get(mounted)) $$render(consequent_2);
    });
  }
  append($$anchor, fragment);
  pop();
}
const root = asClassComponent(Root);
const nodes = [
  () => __vitePreload(() => import("../nodes/0.CvKizjRx.js"), true ? __vite__mapDeps([0,1,2,3,4,5]) : void 0, import.meta.url),
  () => __vitePreload(() => import("../nodes/1.Dm_kxXbG.js"), true ? __vite__mapDeps([6,1,2,7,8]) : void 0, import.meta.url),
  () => __vitePreload(() => import("../nodes/2.BrENCHcy.js"), true ? __vite__mapDeps([9,10,11,2,4,1,7,12,13,14,8,15]) : void 0, import.meta.url),
  () => __vitePreload(() => import("../nodes/3.CssruQO6.js"), true ? __vite__mapDeps([16,1,7,2,12,4,13,14,8,17]) : void 0, import.meta.url)
];
const server_loads = [];
const dictionary = {
  "/": [-3],
  "/[review=review]": [-4]
};
const hooks = {
  handleError: (({ error }) => {
    console.error(error);
  }),
  reroute: (() => {
  }),
  transport: {}
};
const decoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.decode]));
const encoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.encode]));
const hash = false;
const decode = (type, value) => decoders[type](value);
const get_error_template = () => __vitePreload(() => import("../chunks/CAgILAH7.js"), true ? [] : void 0, import.meta.url).then((m) => m.default);
export {
  decode,
  decoders,
  dictionary,
  encoders,
  get_error_template,
  hash,
  hooks,
  matchers,
  nodes,
  root,
  server_loads
};
