const BASEMAP_LAYERS = ["land", "countries", "borders", "rivers", "lakes"];
function basemapUrl(layer, base = "") {
  return `${base}/basemap/${layer}.geojson`;
}
export {
  BASEMAP_LAYERS as B,
  basemapUrl as b
};
