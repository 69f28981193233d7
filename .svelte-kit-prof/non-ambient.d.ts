
// this file is generated — do not edit it


declare module "svelte/elements" {
	export interface HTMLAttributes<T> {
		'data-sveltekit-keepfocus'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-noscroll'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-preload-code'?:
			| true
			| ''
			| 'eager'
			| 'viewport'
			| 'hover'
			| 'tap'
			| 'off'
			| undefined
			| null;
		'data-sveltekit-preload-data'?: true | '' | 'hover' | 'tap' | 'off' | undefined | null;
		'data-sveltekit-reload'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-replacestate'?: true | '' | 'off' | undefined | null;
	}
}

export {};


declare module "$app/types" {
	type MatcherParam<M> = M extends (param : string) => param is (infer U extends string) ? U : string;

	export interface AppTypes {
		RouteId(): "/" | "/basemap" | "/basemap/[layer=basemap]" | "/[review=review]" | "/[review=review]/save";
		RouteParams(): {
			"/basemap/[layer=basemap]": { layer: MatcherParam<typeof import('../src/params/basemap.js').match> };
			"/[review=review]": { review: MatcherParam<typeof import('../src/params/review.js').match> };
			"/[review=review]/save": { review: MatcherParam<typeof import('../src/params/review.js').match> }
		};
		LayoutParams(): {
			"/": { layer?: MatcherParam<typeof import('../src/params/basemap.js').match> | undefined; review?: MatcherParam<typeof import('../src/params/review.js').match> | undefined };
			"/basemap": { layer?: MatcherParam<typeof import('../src/params/basemap.js').match> | undefined };
			"/basemap/[layer=basemap]": { layer: MatcherParam<typeof import('../src/params/basemap.js').match> };
			"/[review=review]": { review: MatcherParam<typeof import('../src/params/review.js').match> };
			"/[review=review]/save": { review: MatcherParam<typeof import('../src/params/review.js').match> }
		};
		Pathname(): "/" | `/basemap/${string}` & {} | `/basemap/${string}/` & {} | `/${string}` & {} | `/${string}/` & {} | `/${string}/save` & {} | `/${string}/save/` & {};
		ResolvedPathname(): `${"" | `/${string}`}${ReturnType<AppTypes['Pathname']>}`;
		Asset(): "/favicon.svg" | string & {};
	}
}