import { p as props_id, c as attr_class, a as attr, f as attr_style, i as stringify } from "./root.js";
function PlaceSheet($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    const id = props_id($$renderer2);
    let { children } = $$props;
    const SNAPS = ["peek", "half", "full"];
    const SNAP_WORDS = {
      peek: "name and state only",
      half: "half the screen",
      full: "full screen"
    };
    let snap = "half";
    let dragHeight = null;
    $$renderer2.push(`<div${attr_class("sheet svelte-1ncyk0e", void 0, { "dragging": dragHeight !== null })} data-testid="place-sheet"${attr("data-snap", snap)}${attr_style("", {
      "--drag-height": null
    })}><div class="handle svelte-1ncyk0e" role="separator" tabindex="0" aria-orientation="horizontal" aria-label="Resize the place details"${attr("aria-controls", `sheet-${id}`)}${attr("aria-valuemin", 0)}${attr("aria-valuemax", 2)}${attr("aria-valuenow", SNAPS.indexOf(snap))}${attr("aria-valuetext", `Place details: ${stringify(SNAP_WORDS[snap])}`)}><span class="grip svelte-1ncyk0e" aria-hidden="true"></span></div> <div class="body svelte-1ncyk0e"${attr("id", `sheet-${id}`)}>`);
    children($$renderer2);
    $$renderer2.push(`<!----></div></div>`);
  });
}
export {
  PlaceSheet as default
};
