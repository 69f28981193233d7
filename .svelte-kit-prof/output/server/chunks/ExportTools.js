import { e as escape_html } from "./root.js";
import "clsx";
function ExportTools($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { stem, csv, geojson, png } = $$props;
    let status = "";
    $$renderer2.push(`<div class="tools svelte-f9fp0t"><button type="button" class="btn">Download CSV</button> <button type="button" class="btn">Download GeoJSON</button> <button type="button" class="btn">Download map PNG</button> <button type="button" class="btn">Copy link to this view</button> <p class="status svelte-f9fp0t" role="status">${escape_html(status)}</p></div>`);
  });
}
export {
  ExportTools as default
};
