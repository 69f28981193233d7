import "./CKOwlSI2.js";
import { n as props_id, o as push, q as child, t as sibling, u as reset, v as get, w as set, x as template_effect, y as append, z as pop, A as state, B as from_html } from "./BdGrL1yA.js";
import { d as delegated, e as event, a as delegate } from "./Y7NkuMX6.js";
import { s as snippet } from "./C2mYBlIG.js";
import { s as set_attribute, b as set_class } from "./BY9jFinB.js";
import { a as set_style } from "./DEXUNtlg.js";
import { b as bind_this } from "./DUHSdo8y.js";
var root = from_html(`<div data-testid="place-sheet"><div class="handle svelte-1ncyk0e" role="separator" tabindex="0" aria-orientation="horizontal" aria-label="Resize the place details"><span class="grip svelte-1ncyk0e" aria-hidden="true"></span></div> <div class="body svelte-1ncyk0e"><!></div></div>`);
function PlaceSheet($$anchor, $$props) {
  const id = props_id();
  push($$props, true);
  const SNAPS = ["peek", "half", "full"];
  const SNAP_WORDS = {
    peek: "name and state only",
    half: "half the screen",
    full: "full screen"
  };
  const SNAP_SHARE = { peek: 0.18, half: 0.48, full: 0.92 };
  let snap = state("half");
  let dragHeight = state(null);
  let sheet = state(void 0);
  let drag = null;
  function move(step) {
    const i = SNAPS.indexOf(get(snap)) + step;
    set(snap, SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i))], true);
  }
  function onkeydown(e) {
    const keys = {
      ArrowUp: () => move(1),
      ArrowRight: () => move(1),
      ArrowDown: () => move(-1),
      ArrowLeft: () => move(-1),
      Home: () => set(snap, "peek"),
      End: () => set(snap, "full"),
      Enter: () => set(snap, get(snap) === "peek" ? "half" : "peek", true),
      " ": () => set(snap, get(snap) === "peek" ? "half" : "peek", true)
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  }
  function onpointerdown(e) {
    if (!get(sheet)) return;
    drag = {
      pointer: e.pointerId,
      startY: e.clientY,
      startHeight: get(sheet).getBoundingClientRect().height,
      moved: false
    };
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onpointermove(e) {
    if (!drag || e.pointerId !== drag.pointer) return;
    const dy = drag.startY - e.clientY;
    if (Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    const max = window.innerHeight * SNAP_SHARE.full;
    set(dragHeight, Math.max(64, Math.min(max, drag.startHeight + dy)), true);
  }
  function onpointerup(e) {
    if (!drag || e.pointerId !== drag.pointer) return;
    const moved = drag.moved;
    drag = null;
    if (!moved || get(dragHeight) === null) {
      set(snap, get(snap) === "full" ? "half" : SNAPS[SNAPS.indexOf(get(snap)) + 1], true);
      set(dragHeight, null);
      return;
    }
    const share = get(dragHeight) / window.innerHeight;
    set(snap, SNAPS.reduce((best, s) => Math.abs(SNAP_SHARE[s] - share) < Math.abs(SNAP_SHARE[best] - share) ? s : best), true);
    set(dragHeight, null);
  }
  var div = root();
  let classes;
  let styles;
  var div_1 = child(div);
  set_attribute(div_1, "aria-valuemin", 0);
  set_attribute(div_1, "aria-valuemax", 2);
  var div_2 = sibling(div_1, 2);
  var node = child(div_2);
  snippet(node, () => $$props.children);
  reset(div_2);
  reset(div);
  bind_this(div, ($$value) => set(sheet, $$value), () => get(sheet));
  template_effect(
    ($0) => {
      classes = set_class(div, 1, "sheet svelte-1ncyk0e", null, classes, { dragging: get(dragHeight) !== null });
      set_attribute(div, "data-snap", get(snap));
      styles = set_style(div, "", styles, {
        "--drag-height": get(dragHeight) === null ? null : `${get(dragHeight)}px`
      });
      set_attribute(div_1, "aria-controls", `sheet-${id}`);
      set_attribute(div_1, "aria-valuenow", $0);
      set_attribute(div_1, "aria-valuetext", `Place details: ${SNAP_WORDS[get(snap)] ?? ""}`);
      set_attribute(div_2, "id", `sheet-${id}`);
    },
    [() => SNAPS.indexOf(get(snap))]
  );
  delegated("keydown", div_1, onkeydown);
  delegated("pointerdown", div_1, onpointerdown);
  delegated("pointermove", div_1, onpointermove);
  delegated("pointerup", div_1, onpointerup);
  event("pointercancel", div_1, () => {
    drag = null;
    set(dragHeight, null);
  });
  append($$anchor, div);
  pop();
}
delegate(["keydown", "pointerdown", "pointermove", "pointerup"]);
export {
  PlaceSheet as default
};
