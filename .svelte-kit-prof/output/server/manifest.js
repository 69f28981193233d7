export const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg"]),
	mimeTypes: {".svg":"image/svg+xml"},
	_: {
		client: {start:"_app/immutable/entry/start.iDaQjC-N.js",app:"_app/immutable/entry/app.BQ3Urerr.js",imports:["_app/immutable/entry/start.iDaQjC-N.js","_app/immutable/chunks/D9HibPht.js","_app/immutable/chunks/Y7NkuMX6.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/XaT8lrll.js","_app/immutable/entry/app.BQ3Urerr.js","_app/immutable/chunks/h3xaM8aZ.js","_app/immutable/chunks/BdGrL1yA.js","_app/immutable/chunks/B18YGV45.js","_app/immutable/chunks/Y7NkuMX6.js","_app/immutable/chunks/CKOwlSI2.js","_app/immutable/chunks/DUHSdo8y.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js')),
			__memo(() => import('./nodes/1.js'))
		],
		remotes: {
			
		},
		routes: [
			
		],
		prerendered_routes: new Set(["/","/__data.json","/basemap/land.geojson","/basemap/countries.geojson","/basemap/borders.geojson","/basemap/rivers.geojson","/basemap/lakes.geojson"]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();
