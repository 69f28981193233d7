/**
 * The first view's maps, started before the page hydrates.
 *
 * On a plain visit to `/` (no query, no hash: the default compare view and camera) the two maps'
 * containers are already in the prerendered page, and the page's data is known to the page's
 * load function before Svelte hydrates the page. Starting MapLibre there lets the style, the
 * worker's parsing and the first frames run while the page hydrates instead of after, and
 * creates both WebGL contexts while the GPU process is still idle (a context created while the
 * other map draws blocks the page for a few hundred ms in software rendering). The map "as known
 * now" is held (ExplorerMapOptions.hold) until the map "as reported at the time" is ready.
 * The MapView that owns each container adopts its map (`adoptEarlyMap`) instead of building one;
 * a map nobody adopts is removed (`discardEarlyMaps`).
 *
 * Anything other than the plain first view (a query or hash, a narrow screen, no containers)
 * starts nothing: the page builds its maps as usual.
 */
import {
	ExplorerMap,
	mapHold,
	mapOptions,
	type ExplorerMapCallbacks,
	type MapData
} from './explorer-map';

/** The container MapView marks with `data-map-early`: the map as reported at the time. */
export const EARLY_MAP_KEY = 'reported';
/** The second map, as known now: held until the first is ready. */
export const EARLY_SECOND_KEY = 'now';

/** Below this width the compare view shows one map and a toggle (CompareMaps). */
export const NARROW_SCREEN = '(max-width: 1100px)';

/**
 * A map started early: what it met before a MapView adopted it, and then that view's callbacks.
 * Only an error can come before adoption: a map is ready once its first states are drawn, and
 * only the adopting MapView gives it states.
 */
class Early {
	readonly map: ExplorerMap;
	/** The adopting MapView's callbacks; null until then. */
	owner: ExplorerMapCallbacks | null = null;
	/** A failure before adoption, reported to the owner when it adopts. */
	error: string | null = null;

	/** `onSettled`: the map is ready or failed. */
	constructor(el: HTMLElement, data: MapData, hold?: Promise<void>, onSettled?: () => void) {
		this.map = new ExplorerMap(
			el,
			mapOptions(
				data,
				null,
				{
					// Until a MapView adopts the map, a click or a hover on it does nothing.
					onSelect: (id) => this.owner?.onSelect(id),
					onHover: (id, point) => this.owner?.onHover(id, point),
					onViewChange: (view) => this.owner?.onViewChange?.(view),
					onError: (message) => {
						onSettled?.();
						if (this.owner) this.owner.onError?.(message);
						else this.error ??= message;
					},
					onReady: () => {
						onSettled?.();
						this.owner?.onReady?.();
					}
				},
				hold
			)
		);
	}
}

const started = new Map<string, Early>();

/** What an early map's container says (`data-map-started`), for tests and for a look in devtools. */
export const EARLY_MARK = 'before-hydration';

/**
 * Starts the first view's maps if this is a plain visit on a wide screen. Returns whether it
 * did. Never throws: on any failure the page builds its maps as usual.
 */
export function startEarlyMap(data: MapData, search: string, hash: string): boolean {
	if (typeof document === 'undefined' || started.size > 0) return false;
	if ((search !== '' && search !== '?') || (hash !== '' && hash !== '#')) return false;
	if (typeof matchMedia !== 'function' || matchMedia(NARROW_SCREEN).matches) return false;
	const first = document.querySelector<HTMLElement>(`[data-map-early="${EARLY_MAP_KEY}"]`);
	const second = document.querySelector<HTMLElement>(`[data-map-early="${EARLY_SECOND_KEY}"]`);
	if (!first || first.childElementCount > 0) return false;
	const hold = mapHold();
	try {
		started.set(EARLY_MAP_KEY, new Early(first, data, undefined, hold.release));
		first.dataset.mapStarted = EARLY_MARK;
	} catch {
		// No WebGL, or anything else: MapView tries again and says what went wrong.
		return false;
	}
	if (second && second.childElementCount === 0) {
		try {
			started.set(EARLY_SECOND_KEY, new Early(second, data, hold.promise));
			second.dataset.mapStarted = EARLY_MARK;
		} catch {
			// MapView builds this one itself.
		}
	}
	return true;
}

/**
 * The early map started in `el`, handed to its owner with the owner's callbacks (an error it met
 * meanwhile is reported at once); null if none was started there.
 */
export function adoptEarlyMap(
	el: HTMLElement,
	key: string | undefined,
	callbacks: ExplorerMapCallbacks
): ExplorerMap | null {
	const early = key ? started.get(key) : undefined;
	if (!key || !early || early.map.map.getContainer() !== el) return null;
	started.delete(key);
	early.owner = callbacks;
	if (early.error) callbacks.onError?.(early.error);
	return early.map;
}

/** Removes the early maps nobody adopted (the page chose another view). */
export function discardEarlyMaps(): void {
	for (const early of started.values()) early.map.destroy();
	started.clear();
}
