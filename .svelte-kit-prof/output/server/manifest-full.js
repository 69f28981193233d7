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
			__memo(() => import('./nodes/1.js')),
			__memo(() => import('./nodes/2.js')),
			__memo(() => import('./nodes/3.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 2 },
				endpoint: null
			},
			{
				id: "/basemap/[layer=basemap]",
				pattern: /^\/basemap\/([^/]+?)\/?$/,
				params: [{"name":"layer","matcher":"basemap","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/basemap/_layer_basemap_/_server.ts.js'))
			},
			{
				id: "/[review=review]",
				pattern: /^\/([^/]+?)\/?$/,
				params: [{"name":"review","matcher":"review","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 3 },
				endpoint: null
			},
			{
				id: "/[review=review]/save",
				pattern: /^\/([^/]+?)\/save\/?$/,
				params: [{"name":"review","matcher":"review","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/_review_review_/save/_server.ts.js'))
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			const { match: basemap } = await import ('./entries/matchers/basemap.js')
			const { match: review } = await import ('./entries/matchers/review.js')
			return { basemap, review };
		},
		server_assets: {}
	}
}
})();
