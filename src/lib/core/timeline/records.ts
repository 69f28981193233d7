/**
 * State records: the fields of one state as numbers (layout.ts), and the store the compiler
 * appends them to. Two records of one place hold the same state iff their fields are equal,
 * because the lists and windows they name are interned per place: that is what lets equal
 * neighbouring segments, and segments of different horizon buckets, share one record.
 */
import {
	BASIS_NONE,
	RECORD_BYTES,
	RECORD_INTS,
	NO_DAY,
	R_BASIS,
	R_CARRIED_FROM,
	R_CONTRADICTING,
	R_CONTROLLER,
	R_SIDES,
	R_SINCE,
	R_SUPERSEDED,
	R_UNCERTAIN_FROM,
	R_UNCERTAIN_TO,
	R_UNCERTAIN_WINDOW,
	R_UNTIL,
	UNKNOWN_CODE
} from './layout';
import type { Growth } from './packing';
import { fit, grownI32, grownU8 } from './packing';

/** The fields of one state, as the evaluation of a day leaves them. */
export class StateFields {
	controller = UNKNOWN_CODE;
	basis = BASIS_NONE;
	/** List ids (claim-lists.ts), -1 = empty. */
	sides = -1;
	contradicting = -1;
	superseded = -1;
	/** Controller code + 1 of the state the place may be leaving; 0 = not uncertain. */
	uncertainFrom = 0;
	uncertainTo = 0;
	/** Window ids (windows.ts), -1 = none. */
	uncertainWindow = -1;
	since = -1;
	until = -1;
	/** A day in 32 bits, NO_DAY = null. */
	carriedFrom = NO_DAY;

	/** The unknown state. */
	clear(): void {
		this.controller = UNKNOWN_CODE;
		this.basis = BASIS_NONE;
		this.sides = -1;
		this.contradicting = -1;
		this.superseded = -1;
		this.uncertainFrom = 0;
		this.uncertainTo = 0;
		this.uncertainWindow = -1;
		this.since = -1;
		this.until = -1;
		this.carriedFrom = NO_DAY;
	}

	/** The change the shown state may undergo: from code `from` to code `to` within window w. */
	setUncertain(from: number, to: number, w: number): void {
		this.uncertainFrom = from + 1;
		this.uncertainTo = to;
		this.uncertainWindow = w;
	}

	/** Whether nothing is known and nothing is set aside: the place's shared unknown record. */
	isBlank(): boolean {
		return this.controller === UNKNOWN_CODE && this.uncertainFrom === 0 && this.superseded === -1;
	}
}

export class RecordStore {
	private ints = new Int32Array(RECORD_INTS * 256);
	private bytes = new Uint8Array(RECORD_BYTES * 256);
	/** The number of records of all places so far. */
	count = 0;

	constructor(private readonly growth: Growth) {}

	/** Whether record r holds the state `f`. */
	matches(r: number, f: StateFields): boolean {
		const { ints, bytes } = this;
		const i = r * RECORD_INTS;
		const b = r * RECORD_BYTES;
		return (
			ints[i + R_SIDES] === f.sides &&
			bytes[b + R_CONTROLLER] === f.controller &&
			bytes[b + R_BASIS] === f.basis &&
			ints[i + R_CONTRADICTING] === f.contradicting &&
			ints[i + R_SUPERSEDED] === f.superseded &&
			bytes[b + R_UNCERTAIN_FROM] === f.uncertainFrom &&
			bytes[b + R_UNCERTAIN_TO] === f.uncertainTo &&
			ints[i + R_UNCERTAIN_WINDOW] === f.uncertainWindow &&
			ints[i + R_SINCE] === f.since &&
			ints[i + R_UNTIL] === f.until &&
			ints[i + R_CARRIED_FROM] === f.carriedFrom
		);
	}

	/** Whether records a and b (of the same place) hold the same state. */
	same(a: number, b: number): boolean {
		const { ints, bytes } = this;
		for (let j = 0; j < RECORD_INTS; j++) {
			if (ints[a * RECORD_INTS + j] !== ints[b * RECORD_INTS + j]) return false;
		}
		for (let j = 0; j < RECORD_BYTES; j++) {
			if (bytes[a * RECORD_BYTES + j] !== bytes[b * RECORD_BYTES + j]) return false;
		}
		return true;
	}

	/** Appends a record holding `f`; returns its id. */
	add(f: StateFields): number {
		const r = this.count;
		if ((r + 1) * RECORD_BYTES > this.bytes.length) {
			const cap = this.growth.room(r + 1, this.bytes.length / RECORD_BYTES);
			this.ints = grownI32(this.ints, cap * RECORD_INTS);
			this.bytes = grownU8(this.bytes, cap * RECORD_BYTES);
		}
		const { ints, bytes } = this;
		const i = r * RECORD_INTS;
		const b = r * RECORD_BYTES;
		ints[i + R_SIDES] = f.sides;
		ints[i + R_CONTRADICTING] = f.contradicting;
		ints[i + R_SUPERSEDED] = f.superseded;
		ints[i + R_UNCERTAIN_WINDOW] = f.uncertainWindow;
		ints[i + R_SINCE] = f.since;
		ints[i + R_UNTIL] = f.until;
		ints[i + R_CARRIED_FROM] = f.carriedFrom;
		bytes[b + R_CONTROLLER] = f.controller;
		bytes[b + R_BASIS] = f.basis;
		bytes[b + R_UNCERTAIN_FROM] = f.uncertainFrom;
		bytes[b + R_UNCERTAIN_TO] = f.uncertainTo;
		this.count = r + 1;
		return r;
	}

	/** Every record, packed (copied to exact size). */
	result(): { recordInts: Int32Array; recordBytes: Uint8Array } {
		return {
			recordInts: fit(this.ints, this.count * RECORD_INTS),
			recordBytes: fit(this.bytes, this.count * RECORD_BYTES)
		};
	}
}
