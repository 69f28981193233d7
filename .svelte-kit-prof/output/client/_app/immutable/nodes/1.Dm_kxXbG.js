import "../chunks/CKOwlSI2.js";
import { o as push, G as first_child, x as template_effect, y as append, z as pop, B as from_html, C as only_child, t as sibling } from "../chunks/BdGrL1yA.js";
import { s as set_text } from "../chunks/Y7NkuMX6.js";
import { p as page$2 } from "../chunks/XaT8lrll.js";
const page$1 = {
  get error() {
    return page$2.error;
  },
  get status() {
    return page$2.status;
  }
};
const page = page$1;
var root = from_html(`<h1> </h1> <p> </p>`, 1);
function Error$1($$anchor, $$props) {
  push($$props, true);
  var fragment = root();
  var h1 = first_child(fragment);
  var text = only_child(h1, true);
  var p = sibling(h1, 2);
  var text_1 = only_child(p, true);
  template_effect(() => {
    set_text(text, page.status);
    set_text(text_1, page.error?.message);
  });
  append($$anchor, fragment);
  pop();
}
export {
  Error$1 as component
};
