/**
 * Keeps the URL and the explorer state in step, so a view can be reloaded, shared and walked
 * with Back and Forward.
 *
 * Rules:
 * - The URL is read whole on every navigation to the page (first load, Back/Forward, an edited
 *   hash) and applied to the state; reading never writes.
 * - One user action is one history entry. Choosing a place or a view pushes at once; a date
 *   change pushes once it has settled (a drag or a held arrow key is one action), and a pending
 *   date is pushed as its own entry before the next action, so Back undoes exactly one step.
 * - Camera moves replace the current entry (as MapLibre's own hash does): panning is not a step
 *   Back should walk through.
 * - The camera flows one way: the map reports where it settled → state → URL. Only reading a
 *   URL moves the map (through `onCamera`); writing the URL never does, so nothing echoes back
 *   and no float tolerance is needed.
 * - Nothing happens before the first read: until then the state holds defaults, not the link.
 */
import {
	formatUrlState,
	parseUrlState,
	type UrlContext,
	type UrlNotice
} from '$lib/core/url-state';
import type { Camera } from '$lib/core/vocabulary';
import type { Explorer } from './explorer.svelte';

/**
 * What the URL is kept in step with: an Explorer, or anything that carries the same state (the
 * page adds the source lens around whichever Explorer is current).
 */
export type SyncTarget = Pick<Explorer, 'snapshot' | 'apply' | 'camera'>;

/** The browser history as the sync uses it: SvelteKit's shallow routing in the app. */
export interface HistoryPort {
	/** The current path, query (`?…` or '') and hash (`#…` or ''). */
	location(): { pathname: string; search: string; hash: string };
	/** Adds a history entry. */
	push(url: string): void;
	/** Rewrites the current history entry. */
	replace(url: string): void;
}

export interface UrlSyncOptions {
	/** How long the date must rest before it becomes a history entry, in ms. */
	settleMs?: number;
	/** The URL named a camera: move the map there. */
	onCamera?: (camera: Camera) => void;
}

export class UrlSync {
	readonly #explorer: SyncTarget;
	readonly #ctx: UrlContext;
	readonly #port: HistoryPort;
	readonly #settleMs: number;
	readonly #onCamera: ((camera: Camera) => void) | undefined;
	#notices = $state.raw<readonly UrlNotice[]>([]);
	/** The URL the history entry holds now, as this sync last read or wrote it. */
	#current: string | null = null;
	#settle: ReturnType<typeof setTimeout> | null = null;

	constructor(
		explorer: SyncTarget,
		ctx: UrlContext,
		port: HistoryPort,
		options: UrlSyncOptions = {}
	) {
		this.#explorer = explorer;
		this.#ctx = ctx;
		this.#port = port;
		this.#settleMs = options.settleMs ?? 400;
		this.#onCamera = options.onCamera;
	}

	/** What the last link read could not use, one notice per problem. */
	get notices(): readonly UrlNotice[] {
		return this.#notices;
	}

	/** True once the URL has been read. */
	get ready(): boolean {
		return this.#current !== null;
	}

	/** Clears the notices (the reader dismissed them). */
	dismiss(): void {
		this.#notices = [];
	}

	/** Reads the URL into the state (navigation, Back/Forward, an edited hash). */
	read(): void {
		this.#cancelSettle();
		const { search, hash } = this.#port.location();
		const { state, notices } = parseUrlState(search, hash, this.#ctx);
		this.#explorer.apply(state);
		this.#notices = notices;
		this.#current = this.#url();
		if (state.camera) this.#onCamera?.(state.camera);
	}

	/**
	 * One user action: a pending date becomes its own entry first, then `change` is applied and
	 * written as one new entry (none if it changed nothing).
	 */
	act(change: () => void): void {
		this.#flushDate();
		change();
		this.#write('push');
	}

	/** The date moved (slider, keys, playback stopping): one entry once it rests. */
	dateMoved(): void {
		if (!this.ready) return;
		this.#cancelSettle();
		this.#settle = setTimeout(() => {
			this.#settle = null;
			this.#write('push');
		}, this.#settleMs);
	}

	/** The map settled at `camera`: the current entry remembers it. */
	cameraMoved(camera: Camera): void {
		this.#flushDate();
		this.#explorer.camera = camera;
		this.#write('replace');
	}

	/** Re-reads the URL on Back/Forward and hash edits; returns the function that stops it. */
	listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
		const reread = () => this.read();
		target.addEventListener('popstate', reread);
		target.addEventListener('hashchange', reread);
		return () => {
			target.removeEventListener('popstate', reread);
			target.removeEventListener('hashchange', reread);
			this.#cancelSettle();
		};
	}

	#flushDate(): void {
		if (this.#settle === null) return;
		this.#cancelSettle();
		this.#write('push');
	}

	#cancelSettle(): void {
		if (this.#settle !== null) clearTimeout(this.#settle);
		this.#settle = null;
	}

	#url(): string {
		// The view is always written: a link names its view, whichever view a bare URL opens on.
		const { search, hash } = formatUrlState(this.#explorer.snapshot(), {
			date: this.#ctx.defaultDate,
			view: null
		});
		return `${this.#port.location().pathname}${search}${hash}`;
	}

	#write(how: 'push' | 'replace'): void {
		if (this.#current === null) return;
		const url = this.#url();
		if (url === this.#current) return;
		this.#current = url;
		if (how === 'push') this.#port.push(url);
		else this.#port.replace(url);
	}
}
