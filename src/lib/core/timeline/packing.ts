/**
 * How the compiled timeline stores days and grows its typed arrays.
 *
 * Days in the 32-bit tables (segment starts, windows): -Infinity and +Infinity as the
 * extremes, small integers for V8 (|x| < 2^30). Every finite day of a valid report fits
 * (`isDay`): a million years either side of 1970.
 *
 * Output arrays grow by copying, which touches fresh memory (slow on a loaded machine), so the
 * growth policy (`Growth.room`) extrapolates from the places compiled so far to all places.
 */

export const NEG_INF = -0x3fffffff;
export const POS_INF = 0x3fffffff;
const MAX_DAY = 400_000_000;

/** A whole day number in the range the compiled records can hold. */
export function isDay(d: number): boolean {
	return Number.isInteger(d) && Math.abs(d) <= MAX_DAY;
}

/** A day (or ±Infinity) as stored in 32 bits. */
export function toDay32(d: number): number {
	return d === -Infinity ? NEG_INF : d === Infinity ? POS_INF : d;
}

/** The day (or ±Infinity) stored as `v` by toDay32. */
export function fromDay32(v: number): number {
	return v === NEG_INF ? -Infinity : v === POS_INF ? Infinity : v;
}

export function grownI32(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
	const b = new Int32Array(cap);
	b.set(a);
	return b;
}

export function grownU8(a: Uint8Array<ArrayBuffer>, cap: number): Uint8Array<ArrayBuffer> {
	const b = new Uint8Array(cap);
	b.set(a);
	return b;
}

/** The first n entries of a: a view when little room is left over, else a copy to size. */
export function fit<
	A extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>
>(a: A, n: number): A {
	return (a.length - n > a.length / 8 ? a.slice(0, n) : a.subarray(0, n)) as A;
}

/** The growth policy shared by every output array of one compilation. */
export class Growth {
	/** The index of the place being compiled. */
	place = 0;

	constructor(
		/** How many places there are in all. */
		readonly places: number
	) {}

	/**
	 * A new capacity for output that now needs `need` entries and has room for `length`:
	 * double while few places are done, then extrapolate from the places done to all places,
	 * with a little to spare so that the final output rarely needs copying to size (see `fit`).
	 */
	room(need: number, length: number): number {
		const done = this.place + 1;
		if (done * 64 < this.places) return Math.max(need, length * 2);
		return Math.max(
			need + 1024,
			Math.ceil(length * 1.25),
			Math.ceil((need / done) * this.places * 1.06)
		);
	}
}
