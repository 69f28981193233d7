import "../chunks/CKOwlSI2.js";
import { F as comment, G as first_child, y as append } from "../chunks/BdGrL1yA.js";
import { s as snippet } from "../chunks/C2mYBlIG.js";
const prerender = true;
const trailingSlash = "never";
const _layout$1 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  prerender,
  trailingSlash
}, Symbol.toStringTag, { value: "Module" }));
function _layout($$anchor, $$props) {
  var fragment = comment();
  var node = first_child(fragment);
  snippet(node, () => $$props.children);
  append($$anchor, fragment);
}
export {
  _layout as component,
  _layout$1 as universal
};
