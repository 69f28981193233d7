/**
 * Report indices by id, for compiling: an open-addressing table sized once for all reports
 * (a Map of a few hundred thousand strings, grown one entry at a time, costs several times
 * more). Used to find duplicate ids and the targets of corrections.
 */

/** A string hash (FNV-1a). */
function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h ^ (h >>> 15);
}

export class ReportIndex {
	/** Per slot: report index + 1, or 0 when the slot is empty. */
	private readonly slots: Int32Array;
	private readonly hashes: Int32Array;
	private readonly mask: number;

	constructor(private readonly ids: readonly string[]) {
		let cap = 16;
		while (cap < ids.length * 1.25) cap *= 2;
		this.slots = new Int32Array(cap);
		this.hashes = new Int32Array(cap);
		this.mask = cap - 1;
	}

	/** Adds report g under ids[g]; false when that id is taken already. */
	add(g: number): boolean {
		const id = this.ids[g]!;
		const h = hashString(id) | 0;
		let i = h & this.mask;
		for (let q = this.slots[i]!; q !== 0; q = this.slots[i]!) {
			if (this.hashes[i] === h && this.ids[q - 1] === id) return false;
			i = (i + 1) & this.mask;
		}
		this.slots[i] = g + 1;
		this.hashes[i] = h;
		return true;
	}

	/** The index of the report with this id, or -1. */
	get(id: string): number {
		const h = hashString(id) | 0;
		let i = h & this.mask;
		for (let q = this.slots[i]!; q !== 0; q = this.slots[i]!) {
			if (this.hashes[i] === h && this.ids[q - 1] === id) return q - 1;
			i = (i + 1) & this.mask;
		}
		return -1;
	}
}
