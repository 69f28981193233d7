import * as server from '../entries/pages/_review_review_/_page.server.ts.js';

export const index = 3;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_review_review_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/[review=review]/+page.server.ts";
export const imports = ["_app/immutable/nodes/3.CssruQO6.js","_app/immutable/chunks/CKOwlSI2.js","_app/immutable/chunks/Y7NkuMX6.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/DUHSdo8y.js","_app/immutable/chunks/B18YGV45.js","_app/immutable/chunks/BY9jFinB.js","_app/immutable/chunks/D9HibPht.js","_app/immutable/chunks/XaT8lrll.js"];
export const stylesheets = ["_app/immutable/assets/3.BOTsBrJw.css"];
export const fonts = [];
