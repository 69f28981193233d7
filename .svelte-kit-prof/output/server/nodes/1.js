

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.Dm_kxXbG.js","_app/immutable/chunks/CKOwlSI2.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/Y7NkuMX6.js","_app/immutable/chunks/XaT8lrll.js"];
export const stylesheets = [];
export const fonts = [];
