import { readFileSync } from "node:fs";
import { join } from "node:path";
import { l as loadGeoDir, v as validateCorpus } from "./load-geo.js";
import { B as BASEMAP_LAYERS, b as basemapUrl } from "./basemap-layers.js";
import { b as base } from "./server.js";
import "./url.js";
import "@sveltejs/kit/internal/server";
import "./root.js";
const GEO_DIR = process.env.GEO_DIR ?? "geo";
function readGeoJson(file) {
  return JSON.parse(readFileSync(join(GEO_DIR, file), "utf8"));
}
function loadAppData() {
  const loaded = loadGeoDir(GEO_DIR);
  const result = loaded.ok ? validateCorpus(loaded.input) : loaded;
  if (!result.ok) {
    const lines = result.problems.map(
      (p) => `${p.file}: ${p.path ? `${p.path}: ` : ""}${p.message}`
    );
    throw new Error(`The data in ${GEO_DIR}/ did not pass its checks:
${lines.join("\n")}`);
  }
  if (!loaded.ok) throw new Error("unreachable");
  const texts = {};
  for (const s of result.corpus.sources) {
    const text = loaded.input.texts[s.file];
    if (text === void 0) throw new Error(`${GEO_DIR}/sources/${s.file} is missing`);
    texts[s.id] = text;
  }
  return {
    corpus: result.corpus,
    texts,
    placesGeo: loaded.input.placesFile,
    basemap: {
      ...Object.fromEntries(BASEMAP_LAYERS.map((l) => [l, basemapUrl(l, base)])),
      towns: readGeoJson("basemap/towns.geojson"),
      countryLabels: readGeoJson("basemap/country-labels.geojson")
    }
  };
}
export {
  GEO_DIR as G,
  loadAppData as l
};
