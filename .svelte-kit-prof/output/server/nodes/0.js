import * as universal from '../entries/pages/_layout.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/+layout.ts";
export const imports = ["_app/immutable/nodes/0.CvKizjRx.js","_app/immutable/chunks/CKOwlSI2.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/C2mYBlIG.js","_app/immutable/chunks/B18YGV45.js"];
export const stylesheets = ["_app/immutable/assets/0.BKiZfKDI.css"];
export const fonts = [];
