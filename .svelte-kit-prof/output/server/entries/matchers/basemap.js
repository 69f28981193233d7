import { B as BASEMAP_LAYERS } from "../../chunks/basemap-layers.js";
const match = (param) => BASEMAP_LAYERS.map((l) => `${l}.geojson`).includes(param);
export {
  match
};
