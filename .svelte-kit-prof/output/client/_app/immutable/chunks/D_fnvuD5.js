import "./CKOwlSI2.js";
import { o as push, q as child, t as sibling, C as only_child, u as reset, x as template_effect, v as get, y as append, z as pop, A as state, w as set, B as from_html } from "./BdGrL1yA.js";
import { s as set_text, d as delegated, a as delegate } from "./Y7NkuMX6.js";
var root = from_html(`<div class="tools svelte-f9fp0t"><button type="button" class="btn">Download CSV</button> <button type="button" class="btn">Download GeoJSON</button> <button type="button" class="btn">Download map PNG</button> <button type="button" class="btn">Copy link to this view</button> <p class="status svelte-f9fp0t" role="status"> </p></div>`);
function ExportTools($$anchor, $$props) {
  push($$props, true);
  let status = state("");
  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1e4);
    set(status, `Saved ${name}`);
  }
  async function savePng() {
    const pending = $$props.png();
    if (!pending) {
      set(status, "The map cannot be drawn in this browser, so there is no PNG to save.");
      return;
    }
    try {
      save(await pending, `${$$props.stem}.png`);
    } catch (e) {
      set(status, `The PNG could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(location.href);
      set(status, "Link to this view copied");
    } catch {
      set(status, `Copying is not allowed here; the link is: ${location.href}`);
    }
  }
  var div = root();
  var button = child(div);
  var button_1 = sibling(button, 2);
  var button_2 = sibling(button_1, 2);
  var button_3 = sibling(button_2, 2);
  var p = sibling(button_3, 2);
  var text = only_child(p, true);
  reset(div);
  template_effect(() => set_text(text, get(status)));
  delegated("click", button, () => save(new Blob([$$props.csv()], { type: "text/csv;charset=utf-8" }), `${$$props.stem}.csv`));
  delegated("click", button_1, () => save(new Blob([JSON.stringify($$props.geojson(), null, 1)], { type: "application/geo+json" }), `${$$props.stem}.geojson`));
  delegated("click", button_2, savePng);
  delegated("click", button_3, copyLink);
  append($$anchor, div);
  pop();
}
delegate(["click"]);
export {
  ExportTools as default
};
