import { readFileSync } from "node:fs";
import { join } from "node:path";
import { B as BASEMAP_LAYERS } from "../../../../chunks/basemap-layers.js";
import { G as GEO_DIR } from "../../../../chunks/load-data.js";
const prerender = true;
const entries = () => BASEMAP_LAYERS.map((l) => ({ layer: `${l}.geojson` }));
const GET = ({ params }) => {
  const body = readFileSync(join(GEO_DIR, "basemap", params.layer), "utf8");
  JSON.parse(body);
  return new Response(body, { headers: { "content-type": "application/geo+json" } });
};
export {
  GET,
  entries,
  prerender
};
