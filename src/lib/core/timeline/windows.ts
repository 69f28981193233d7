/**
 * Interned day windows of the compiled timeline: each distinct window of a place is stored
 * once, as two 32-bit days (packing.ts), and named by its index. A place has a few dozen.
 */
import type { Growth } from './packing';
import { fit, grownI32, toDay32 } from './packing';

export class WindowTable {
	private data = new Int32Array(1024);
	private count = 0;
	/** The current place's windows are those from placeFirst on. */
	private placeFirst = 0;

	constructor(private readonly growth: Growth) {}

	/** Starts a new place: windows of earlier places are no longer shared with it. */
	beginPlace(): void {
		this.placeFirst = this.count;
	}

	/** The id of the place's window [earliest, latest], interned. */
	id(earliest: number, latest: number): number {
		const a = toDay32(earliest);
		const b = toDay32(latest);
		const { count } = this;
		let data = this.data;
		for (let w = this.placeFirst; w < count; w++) {
			if (data[2 * w] === a && data[2 * w + 1] === b) return w;
		}
		if (2 * count + 2 > data.length) {
			data = grownI32(data, this.growth.room(2 * count + 2, data.length));
			this.data = data;
		}
		data[2 * count] = a;
		data[2 * count + 1] = b;
		this.count = count + 1;
		return count;
	}

	/** Every window, packed (copied to exact size). */
	result(): Int32Array {
		return fit(this.data, this.count * 2);
	}
}
