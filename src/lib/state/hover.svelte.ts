/**
 * The place under the pointer on the map, and where, for the tooltip. Kept apart from the
 * selection: hovering never changes state the URL carries.
 */
export interface HoverPoint {
	readonly id: string;
	/** Pixels from the map area's top left corner. */
	readonly x: number;
	readonly y: number;
}

export class Hover {
	#current = $state.raw<HoverPoint | null>(null);

	/** The hovered place and the pointer's position, or null. */
	get current(): HoverPoint | null {
		return this.#current;
	}

	/** The map's hover callback: a place and a point, or null when the pointer left. */
	set(id: string | null, point?: { x: number; y: number }): void {
		this.#current = id !== null && point ? { id, x: point.x, y: point.y } : null;
	}
}
