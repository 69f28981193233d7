import * as server from '../entries/pages/_page.server.ts.js';

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/+page.server.ts";
export const imports = ["_app/immutable/nodes/2.BrENCHcy.js","_app/immutable/chunks/DEXUNtlg.js","_app/immutable/chunks/h3xaM8aZ.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/B18YGV45.js","_app/immutable/chunks/CKOwlSI2.js","_app/immutable/chunks/Y7NkuMX6.js","_app/immutable/chunks/DUHSdo8y.js","_app/immutable/chunks/BY9jFinB.js","_app/immutable/chunks/D9HibPht.js","_app/immutable/chunks/XaT8lrll.js"];
export const stylesheets = ["_app/immutable/assets/2.DsrUXBiq.css","_app/immutable/assets/PlaceSheet.CY1gzERw.css","_app/immutable/assets/PlacePanel.CMigkwIJ.css","_app/immutable/assets/SourceReader.DFQI6llx.css","_app/immutable/assets/SourceFilter.B45PVtP5.css","_app/immutable/assets/Legend.CLcQOJBD.css","_app/immutable/assets/ExportTools.BnbgjSp4.css","_app/immutable/assets/SourcesList.wFxLTCYT.css"];
export const fonts = [];
