import { browser } from '$app/environment';
import { startEarlyMap } from '$lib/map/early-map';
import type { PageLoad } from './$types';

/**
 * The server's data, unchanged. In the browser this runs just before the page hydrates: on a
 * plain visit the first map starts here, so that it loads while the page hydrates
 * (src/lib/map/early-map.ts).
 */
export const load: PageLoad = ({ data }) => {
	if (browser) {
		startEarlyMap(
			{ basemap: data.basemap, places: data.placesGeo, placeInfo: data.corpus.places },
			location.search,
			location.hash
		);
	}
	return data;
};
