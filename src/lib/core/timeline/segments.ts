/**
 * The segments of the compiled timeline and the horizon buckets that own them (layout.ts):
 * per place, its publication days, and per bucket the offset of its first segment; per
 * segment, its first day in 32 bits and its state record.
 */
import type { Growth } from './packing';
import { fit, grownI32 } from './packing';

export class SegmentStore {
	starts = new Int32Array(1024);
	records = new Int32Array(1024);
	/** The number of segments of all places so far. */
	count = 0;
	private readonly pubOff: Int32Array;
	private pubDays = new Int32Array(1024);
	private pubCount = 0;
	private readonly bucketOff: Int32Array;
	private offsets = new Int32Array(1024);
	private offsetCount = 0;

	constructor(
		private readonly growth: Growth,
		places: number
	) {
		this.pubOff = new Int32Array(places + 1);
		this.bucketOff = new Int32Array(places + 1);
	}

	/** Appends a segment; `start` is in 32 bits (toDay32). */
	push(start: number, record: number): void {
		const i = this.count;
		if (i === this.starts.length) {
			const cap = this.growth.room(i + 1, i);
			this.starts = grownI32(this.starts, cap);
			this.records = grownI32(this.records, cap);
		}
		this.starts[i] = start;
		this.records[i] = record;
		this.count = i + 1;
	}

	/** Ends place p: its publication days, and its bucket offsets (days.length + 2 of them). */
	endPlace(p: number, days: readonly number[], bucketOffsets: Int32Array): void {
		const np = days.length;
		let at = this.pubCount;
		if (at + np > this.pubDays.length) {
			this.pubDays = grownI32(this.pubDays, this.growth.room(at + np, this.pubDays.length));
		}
		for (let i = 0; i < np; i++) this.pubDays[at + i] = days[i]!;
		this.pubCount = at + np;
		this.pubOff[p + 1] = this.pubCount;
		at = this.offsetCount;
		if (at + np + 2 > this.offsets.length) {
			this.offsets = grownI32(this.offsets, this.growth.room(at + np + 2, this.offsets.length));
		}
		for (let i = 0; i < np + 2; i++) this.offsets[at + i] = bucketOffsets[i]!;
		this.offsetCount = at + np + 2;
		this.bucketOff[p + 1] = this.offsetCount;
	}

	/** Every segment and bucket, packed (copied to exact size). */
	result(): {
		pubOff: Int32Array;
		pubDays: Int32Array;
		bucketOff: Int32Array;
		offsets: Int32Array;
		starts: Int32Array;
		segmentRecord: Int32Array;
	} {
		return {
			pubOff: this.pubOff,
			pubDays: fit(this.pubDays, this.pubCount),
			bucketOff: this.bucketOff,
			offsets: fit(this.offsets, this.offsetCount),
			starts: fit(this.starts, this.count),
			segmentRecord: fit(this.records, this.count)
		};
	}
}
