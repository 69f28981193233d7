/**
 * The map's HTML annotations — for each place a mark, a label button and a leader line;
 * callouts; town names; country names — and where they go. No glyphs are loaded, so all map text
 * is HTML on MapLibre markers. The folder owns it whole: the markup in `markup.ts`, its style in
 * `labels.css`, the placement rules in `placement.ts`, the state and the layout here.
 *
 * Each place has one marker element at its centre (zero size) that holds its mark, its label and
 * its leader line: the label is moved by an offset from the centre, so panning moves all three
 * together and only a new layout (after a move or zoom, on resize) can change where it sits.
 *
 * Layout order (see placement.ts): map controls and overlays, place marks, place labels,
 * callouts, country names, town names. A place label is a control and is never hidden; a town
 * or country name that would overlap something, or leave the map, is hidden for that layout.
 */
import type * as maplibregl from 'maplibre-gl';
import { evidenceSwatch, swatchOpacity } from '../colors';
import {
	calloutMarkup,
	drawLeader,
	moveMarker,
	nameMarkup,
	placeMarkup,
	setData,
	setStyle,
	type Callout,
	type LabelLook,
	type LabelledPlace,
	type NameParts,
	type NamedPoint,
	type PlaceParts
} from './markup';
import {
	LabelSpace,
	MARK_PX,
	box,
	placeNote,
	type Box,
	type PlaceSpot,
	type ShownName
} from './placement';
import './labels.css';

/** The z-index of the first label or note drawn behind the others (labels.css: places 10). */
const BEHIND_TOP = 9;

export type { LabelLook, LabelledPlace, NamedPoint };

export interface MapLabelsOptions {
	/** Unique per map (ids of the screen-reader state text). */
	readonly uid: number;
	readonly places: readonly LabelledPlace[];
	readonly towns: readonly NamedPoint[];
	readonly countries: readonly NamedPoint[];
	/** A place label or mark was activated. */
	onSelect(id: string): void;
	/** A label got keyboard focus (the map may pan to show it). */
	onFocus(id: string): void;
}

/**
 * Zoom from which rank-2 and rank-3 towns are labelled (where they fit: names that would collide
 * are hidden, so these only keep the small towns out of the widest views).
 */
export const TOWN_RANK_ZOOM = Object.freeze({ 2: 5.75, 3: 7 });
/**
 * Where a country name may go around its point, as shares of its own width and height, nearest
 * first. The name always still covers its point (which the basemap build put inside the country
 * and clear of the places), so it never drifts across a border.
 */
const COUNTRY_SHIFTS: readonly (readonly [number, number])[] = [
	[0, 0],
	[0, -0.4],
	[0, 0.4],
	[-0.4, 0],
	[0.4, 0],
	[-0.4, -0.4],
	[0.4, -0.4],
	[-0.4, 0.4],
	[0.4, 0.4]
];
/** Widths a callout may take, px: its usual one first (then the map's width, less a margin). */
const CALLOUT_WIDTHS = [224, 320];
/** Country names show below this zoom (above it the frame is one country or two). */
export const COUNTRY_MAX_ZOOM = 8;
/** An outline wider or taller than this share of the map is labelled at its centre, not around it. */
const RING_MAX_SHARE = 0.35;

export class MapLabels {
	private readonly map: maplibregl.Map;
	private readonly container: HTMLElement;
	private readonly opts: MapLabelsOptions;
	private readonly parts = new Map<string, PlaceParts>();
	private readonly names: NameParts[] = [];
	private readonly callouts = new Map<string, Callout>();
	/**
	 * Notes that went, off the map but kept: a place's note comes back on its next change day
	 * (playback loops), and taking the kept one back costs less than building it again.
	 */
	private readonly spareCallouts = new Map<string, Callout>();
	/** The notes last asked for, and whether the map does not show them yet. */
	private wantedCallouts: readonly { place: string; text: string }[] = [];
	private calloutsDirty = false;
	/** Sizes are measured again after a resize or once web fonts settle. */
	private measured = false;
	private frame = 0;
	/** The next z-index for a label or note whose line had to cross something (stack()). */
	private behind = BEHIND_TOP;
	private destroyed = false;

	constructor(map: maplibregl.Map, container: HTMLElement, opts: MapLabelsOptions) {
		this.map = map;
		this.container = container;
		this.opts = opts;
		const handlers = { onSelect: opts.onSelect, onFocus: opts.onFocus };
		for (const place of opts.places)
			this.parts.set(place.id, placeMarkup(map, place, opts.places, opts.uid, handlers));
		for (const point of opts.countries) this.names.push(nameMarkup(map, point, 'country'));
		for (const point of opts.towns) this.names.push(nameMarkup(map, point, 'town'));
		this.updateZoomClasses();
		// Fonts that finish loading later change the sizes. Listened for rather than awaited with
		// `document.fonts.ready`, whose getter forces a style recalculation of the whole page while
		// the map is being built.
		if (typeof document !== 'undefined' && document.fonts) {
			document.fonts.addEventListener('loadingdone', this.resize);
		}
	}

	// ---- state --------------------------------------------------------------------------------

	/** Draw a place's label swatch and mark in its state's encoding (colors.ts). */
	setLook(id: string, look: LabelLook): void {
		const p = this.parts.get(id);
		if (!p) return;
		const prev = p.look;
		p.look = look;
		const drawn = !prev || prev.controller !== look.controller || prev.basis !== look.basis;
		if (drawn) {
			setData(p.label, 'controller', look.controller);
			setData(p.label, 'basis', look.basis);
			setData(p.mark, 'controller', look.controller);
			setData(p.mark, 'basis', look.basis);
		}
		// A carried state's fade changes only the opacity (on most days of playback): the
		// background, a gradient string, is written only when the holder or basis changes.
		if (drawn || swatchOpacity(prev.strength) !== swatchOpacity(look.strength)) {
			const swatch = evidenceSwatch(look.controller, look.basis, look.strength);
			if (drawn) {
				p.swatch.style.background = swatch.background;
				p.markFill.style.background = swatch.background;
			}
			p.swatch.style.opacity = String(swatch.opacity);
			p.markFill.style.opacity = String(swatch.opacity);
		}
		if (!prev || prev.disputed !== look.disputed) {
			p.label.classList.toggle('is-disputed', look.disputed);
			p.mark.classList.toggle('is-disputed', look.disputed);
		}
		if (!prev || prev.uncertain !== look.uncertain) {
			p.label.classList.toggle('is-uncertain', look.uncertain);
			p.mark.classList.toggle('is-uncertain', look.uncertain);
		}
	}

	/** The screen-reader text read after a label's name. */
	setStateText(id: string, text: string): void {
		const p = this.parts.get(id);
		if (p && p.stateText.textContent !== text) p.stateText.textContent = text;
	}

	select(id: string | null): void {
		for (const [pid, p] of this.parts) {
			const on = pid === id;
			p.label.setAttribute('aria-pressed', String(on));
			p.label.classList.toggle('is-selected', on);
		}
	}

	/**
	 * Short notes at places (replacing any shown); unchanged notes are left alone. The notes are
	 * made, changed and taken off at the next layout, not here: playback calls this on its step,
	 * and a new note is unseen until the layout places it anyway.
	 */
	setCallouts(items: readonly { place: string; text: string }[]): void {
		this.wantedCallouts = items;
		// Playback passes a list every step: lay out again only when a note came, went or changed
		// its words, never for the same notes again.
		if (this.calloutsDirty || this.showsCallouts(items)) return;
		this.calloutsDirty = true;
		this.schedule();
	}

	/** Whether exactly these notes, with these words, are on the map now. */
	private showsCallouts(items: readonly { place: string; text: string }[]): boolean {
		let shown = 0;
		for (const item of items) {
			if (!this.parts.has(item.place)) continue;
			const c = this.callouts.get(item.place);
			if (!c || c.text.textContent !== item.text) return false;
			shown++;
		}
		return shown === this.callouts.size;
	}

	/** Makes the notes on the map those last asked for (at a layout). */
	private syncCallouts(): void {
		this.calloutsDirty = false;
		const keep = new Set<string>();
		for (const item of this.wantedCallouts) {
			const p = this.parts.get(item.place);
			if (!p) continue;
			keep.add(item.place);
			const existing = this.callouts.get(item.place);
			if (existing) {
				if (existing.text.textContent !== item.text) {
					existing.text.textContent = item.text;
					existing.sizes.clear();
				}
				continue;
			}
			this.callouts.set(item.place, this.takeCallout(item.place, p.place.center, item.text));
		}
		for (const [id, c] of this.callouts) {
			if (keep.has(id)) continue;
			c.marker.remove();
			this.callouts.delete(id);
			this.spareCallouts.set(id, c);
		}
	}

	/** A note for a place: the one kept from before when there is one, else a new one. */
	private takeCallout(id: string, center: readonly [number, number], words: string): Callout {
		const c = this.spareCallouts.get(id);
		if (!c) return calloutMarkup(this.map, id, center, words);
		this.spareCallouts.delete(id);
		if (c.text.textContent !== words) {
			c.text.textContent = words;
			c.sizes.clear();
		}
		// Unseen until the layout places it, as a new note is.
		c.el.style.visibility = 'hidden';
		c.marker.addTo(this.map);
		return c;
	}

	/** The label element of a place (for sizing the camera's padding). */
	labelSize(id: string): { w: number; h: number } | null {
		const p = this.parts.get(id);
		if (!p) return null;
		this.measure();
		return { w: p.w, h: p.h };
	}

	// ---- layout -------------------------------------------------------------------------------

	/** Lay out again at the next frame (coalesced). */
	readonly schedule = (): void => {
		if (this.destroyed || this.frame) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.layout();
		});
	};

	/** Sizes changed (the map was resized): measure again, then lay out. */
	readonly resize = (): void => {
		this.measured = false;
		this.schedule();
	};

	/** Place every label, callout and name for the current camera (see placement.ts). */
	layout(): void {
		if (this.destroyed) return;
		if (this.frame) {
			cancelAnimationFrame(this.frame);
			this.frame = 0;
		}
		if (this.calloutsDirty) this.syncCallouts();
		this.measure();
		this.updateZoomClasses();
		const w = this.container.clientWidth;
		const h = this.container.clientHeight;
		if (w === 0 || h === 0) return;
		const space = new LabelSpace(w, h);
		this.behind = BEHIND_TOP;
		this.takeObstacles(space);
		const rings = this.placeRings(space);
		for (const p of this.parts.values()) this.placeLabel(space, p, rings.get(p.place.id)!);
		for (const [id, c] of this.callouts) this.placeCallout(space, id, c, rings.get(id)!);
		const zoom = this.map.getZoom();
		for (const n of this.names) this.placeName(space, n, zoom);
	}

	private measure(): void {
		if (this.measured) return;
		this.measured = true;
		for (const c of this.callouts.values()) c.sizes.clear();
		for (const c of this.spareCallouts.values()) c.sizes.clear();
		// Reads only, all together: one style recalculation for the lot.
		for (const p of this.parts.values()) {
			p.w = p.label.offsetWidth;
			p.h = p.label.offsetHeight;
		}
		// A name off the map keeps the size it was measured at (sizes change with fonts, and
		// fonts are measured before any name is taken off).
		for (const n of this.names) {
			if (!n.attached) continue;
			n.w = n.el.offsetWidth;
			n.h = n.el.offsetHeight;
		}
	}

	/** Map controls and anything marked `data-map-overlay` over this map (e.g. its title). */
	private takeObstacles(space: LabelSpace): void {
		const origin = this.container.getBoundingClientRect();
		const rel = (r: DOMRect): Box => ({
			minX: r.left - origin.left,
			minY: r.top - origin.top,
			maxX: r.right - origin.left,
			maxY: r.bottom - origin.top
		});
		for (const el of this.container.querySelectorAll('.maplibregl-ctrl')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.height > 0) space.take(rel(r));
		}
		const scope = this.container.closest('[data-map-pane]') ?? this.container.parentElement;
		for (const el of scope?.querySelectorAll('[data-map-overlay]') ?? []) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.height > 0) space.take(rel(r));
		}
	}

	/**
	 * Where each place is on screen and the ring its label keeps clear of: the mark's ring,
	 * or the outline once it is larger (but not an outline that fills the map); and whether
	 * its mark shows. For the layout and the PNG export.
	 */
	spots(): PlaceSpot[] {
		const w = this.container.clientWidth;
		const h = this.container.clientHeight;
		const half = MARK_PX / 2;
		const out: PlaceSpot[] = [];
		for (const p of this.parts.values()) {
			const c = this.map.project([p.place.center[0], p.place.center[1]]);
			let rx = half;
			let ry = half;
			const b = p.place.bounds;
			if (b) {
				const sw = this.map.project([b[0], b[1]]);
				const ne = this.map.project([b[2], b[3]]);
				// Around the outline's box, measured from the centre (the centre may be off-middle).
				const ox = Math.max(c.x - sw.x, ne.x - c.x);
				const oy = Math.max(sw.y - c.y, c.y - ne.y);
				if (ox <= w * RING_MAX_SHARE && oy <= h * RING_MAX_SHARE) {
					rx = Math.max(rx, ox);
					ry = Math.max(ry, oy);
				}
			}
			out.push({ id: p.place.id, x: c.x, y: c.y, rx, ry, mark: !p.mark.hidden });
		}
		return out;
	}

	/** The town and country names the map shows now, with the boxes they take (for the PNG). */
	shownNames(): ShownName[] {
		const out: ShownName[] = [];
		for (const n of this.names)
			if (n.shownAt)
				out.push({ text: n.point.name, kind: n.kind, rank: n.point.rank, box: n.shownAt });
		return out;
	}

	/**
	 * The notes at places the map shows now, or at its next layout (the last asked for, of places
	 * it knows): what the PNG export draws.
	 */
	notes(): { place: string; text: string }[] {
		return this.wantedCallouts.filter((n) => this.parts.has(n.place));
	}

	/** Each place's ring (`spots`), with its mark taken in the space. */
	private placeRings(
		space: LabelSpace
	): Map<string, { x: number; y: number; rx: number; ry: number }> {
		const out = new Map<string, { x: number; y: number; rx: number; ry: number }>();
		const half = MARK_PX / 2;
		for (const s of this.spots()) {
			// The mark's own size: LabelSpace keeps its BOX_PAD of air around it.
			if (s.mark) space.take(box(s.x - half, s.y - half, MARK_PX, MARK_PX));
			out.set(s.id, s);
		}
		return out;
	}

	private placeLabel(
		space: LabelSpace,
		p: PlaceParts,
		ring: { x: number; y: number; rx: number; ry: number }
	): void {
		const placed = space.placeAround({
			id: p.place.id,
			x: ring.x,
			y: ring.y,
			rx: ring.rx,
			ry: ring.ry,
			w: p.w,
			h: p.h,
			prefer: p.prefer
		});
		const dx = Math.round(placed.dx);
		const dy = Math.round(placed.dy);
		setStyle(p.label, 'transform', `translate(${dx}px, ${dy}px)`);
		setData(p.label, 'side', placed.side);
		setData(p.label, 'clear', String(placed.clear));
		setData(p.label, 'leader', String(placed.leader));
		setData(p.label, 'leaderClear', String(placed.leaderClear));
		this.stack(p.anchor, placed.leaderClear);
		drawLeader(p.leader, placed.leader, ring, { dx, dy, w: p.w, h: p.h }, 0, 0);
	}

	private placeCallout(
		space: LabelSpace,
		id: string,
		c: Callout,
		ring: { x: number; y: number; rx: number; ry: number }
	): void {
		// Its shapes: its usual width, then wider ones up to the map's own (less a margin).
		const widths = [...CALLOUT_WIDTHS.filter((cw) => cw < space.width - 8), space.width - 8];
		const note = placeNote(
			space,
			{ id, x: ring.x, y: ring.y, rx: ring.rx, ry: ring.ry },
			widths.length,
			(i) => this.calloutSize(c, widths[i]!)
		);
		const placed = note.placement;
		const { w, h } = note;
		const width = widths[note.shape]!;
		setStyle(c.el, 'maxWidth', `${width}px`);
		if (c.el.style.visibility) c.el.style.visibility = '';
		setData(c.el, 'side', placed.side);
		setData(c.el, 'clear', String(placed.clear));
		setData(c.el, 'leaderClear', String(placed.leaderClear));
		this.stack(c.el, placed.leaderClear);
		const dx = Math.round(placed.dx);
		const dy = Math.round(placed.dy);
		// Anchored at its top-left corner on the place's centre: the offset is the placement's.
		moveMarker(c.marker, dx, dy);
		// The leader is drawn inside the note, so from the note's corner back to the centre.
		drawLeader(c.leader, placed.leader, ring, { dx, dy, w, h }, -dx - 1, -dy - 1);
	}

	/**
	 * A label or note whose leader line crosses something goes behind every place and note
	 * (labels.css), each one placed later lower: a line only ever crosses what was placed
	 * before it, so it passes behind that too.
	 */
	private stack(el: HTMLElement, leaderClear: boolean): void {
		setStyle(el, 'zIndex', leaderClear ? '' : String(Math.max(1, this.behind--)));
	}

	/** A note's size at a width: measured once (a forced layout) and then remembered. */
	private calloutSize(c: Callout, width: number): { w: number; h: number } {
		let size = c.sizes.get(width);
		if (!size) {
			setStyle(c.el, 'maxWidth', `${width}px`);
			size = { w: c.el.offsetWidth, h: c.el.offsetHeight };
			c.sizes.set(width, size);
		}
		return size;
	}

	private placeName(space: LabelSpace, n: NameParts, zoom: number): void {
		const wanted =
			n.kind === 'country'
				? zoom < COUNTRY_MAX_ZOOM
				: n.point.rank === 1 ||
					(n.point.rank === 2 && zoom >= TOWN_RANK_ZOOM[2]) ||
					(n.point.rank === 3 && zoom >= TOWN_RANK_ZOOM[3]);
		let shown = false;
		n.shownAt = null;
		if (wanted) {
			const c = this.map.project([n.point.lngLat[0], n.point.lngLat[1]]);
			if (n.kind === 'town') {
				// The dot sits on the point and the name runs right: the spot is fixed.
				const b = box(c.x - 4, c.y - n.h / 2, n.w + 1, n.h);
				shown = space.claim(b);
				if (shown) n.shownAt = b;
			} else {
				// A country's name may shift a little about its point: the first free spot.
				for (const [sx, sy] of COUNTRY_SHIFTS) {
					const ox = Math.round(sx * n.w);
					const oy = Math.round(sy * n.h);
					const b = box(c.x + ox - n.w / 2, c.y + oy - n.h / 2, n.w, n.h);
					if (!space.claim(b)) continue;
					moveMarker(n.marker, ox, oy);
					shown = true;
					n.shownAt = b;
					break;
				}
			}
		}
		if (n.el.hidden === shown) n.el.hidden = !shown;
		// Hidden names leave the map, so its moves and idle events do not reposition them.
		if (shown !== n.attached) {
			if (shown) n.marker.addTo(this.map);
			else n.marker.remove();
			n.attached = shown;
		}
	}

	private updateZoomClasses(): void {
		const z = this.map.getZoom();
		const rank = z >= TOWN_RANK_ZOOM[3] ? '3' : z >= TOWN_RANK_ZOOM[2] ? '2' : '1';
		if (this.container.dataset.townRank !== rank) this.container.dataset.townRank = rank;
		const worldPx = 512 * 2 ** z;
		// A mark shows until the outline is larger than it both ways (a thin sliver of an outline
		// cannot carry the state): then the outline does.
		for (const p of this.parts.values()) {
			const b = p.place.bounds;
			const widthPx = b ? ((b[2] - b[0]) / 360) * worldPx : 0;
			const cosLat = Math.cos((p.place.center[1] * Math.PI) / 180);
			const heightPx = b ? ((b[3] - b[1]) / 360) * (worldPx / cosLat) : 0;
			const hidden = Math.min(widthPx, heightPx) > MARK_PX;
			if (p.mark.hidden !== hidden) p.mark.hidden = hidden;
		}
	}

	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		if (typeof document !== 'undefined' && document.fonts) {
			document.fonts.removeEventListener('loadingdone', this.resize);
		}
		if (this.frame) cancelAnimationFrame(this.frame);
		for (const p of this.parts.values()) p.marker.remove();
		for (const n of this.names) if (n.attached) n.marker.remove();
		for (const c of this.callouts.values()) c.marker.remove();
		this.parts.clear();
		this.names.length = 0;
		this.callouts.clear();
		this.spareCallouts.clear();
		delete this.container.dataset.townRank;
	}
}
