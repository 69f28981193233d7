/**
 * Interned claim lists: each distinct list of claims a place's states name (sides,
 * contradicting, superseded) is stored once in the output and named by its index, so equal
 * states name equal lists and can share a record.
 *
 * A list is given as claim numbers in preferred (rank) order. Within a place it is found
 * through an open-addressing table keyed by its digits (claim + 1) in base (claims + 1) while
 * that key is an exact double; slots of other places are told apart by a generation, so
 * nothing is cleared between places. Rare longer lists use a Map keyed by a string.
 *
 * A node stands for one list of the place; it also caches the list of its claims that
 * contradict its preferred controller (-1 = none, -2 = not yet computed).
 */
import type { PlaceClaims } from './claims';
import type { Growth } from './packing';
import { fit, grownI32, grownU8 } from './packing';

/** A hash of a whole number below 2^53, for the key table. */
function hashKey(key: number): number {
	const h = Math.imul((key >>> 0) ^ Math.imul((key / 0x100000000) >>> 0, 0x27d4eb2d), 0x9e3779b1);
	return h ^ (h >>> 16);
}

export class ClaimLists {
	// The key table of the place.
	private keys = new Float64Array(256);
	private slotGeneration = new Int32Array(256);
	private slotNode = new Int32Array(256);
	private generation = 0;
	private readonly longLists = new Map<string, number>();
	// The nodes of the place.
	private nodeList = new Int32Array(256);
	private nodeContradicting = new Int32Array(256);
	private nodeCount = 0;
	private base = 1;
	private maxDigits = 1;
	// The output of all places.
	private listOff = new Int32Array(1024);
	private listData = new Int32Array(1024);
	private listSides = new Uint8Array(1024);
	private listCount = 0;

	constructor(
		private readonly growth: Growth,
		private readonly claims: PlaceClaims
	) {}

	/** Starts a new place, whose claims are now loaded in `claims`. */
	beginPlace(): void {
		const n = this.claims.count;
		this.generation++;
		this.nodeCount = 0;
		if (this.longLists.size > 0) this.longLists.clear();
		this.base = n + 1;
		this.maxDigits = Math.max(1, Math.floor(52 / Math.log2(n + 2)));
	}

	/** The output list id of the first `len` claims of `list`, interned. */
	listOf(list: Int32Array, len: number): number {
		return this.nodeList[this.node(list, len)]!;
	}

	/** The output list id of a node. */
	listOfNode(node: number): number {
		return this.nodeList[node]!;
	}

	/** The cached contradicting list of a node: a list id, -1 = none, -2 = not computed yet. */
	contradictingOf(node: number): number {
		return this.nodeContradicting[node]!;
	}

	setContradicting(node: number, list: number): void {
		this.nodeContradicting[node] = list;
	}

	/** The node of the first `len` claims of `list` (rank order), made on first sight. */
	node(list: Int32Array, len: number): number {
		if (len > this.maxDigits) return this.longNode(list, len);
		const base = this.base;
		let key = 0;
		for (let i = len - 1; i >= 0; i--) key = key * base + list[i]! + 1;
		const { keys, slotGeneration, generation } = this;
		const mask = keys.length - 1;
		let h = hashKey(key) & mask;
		while (slotGeneration[h] === generation) {
			if (keys[h] === key) return this.slotNode[h]!;
			h = (h + 1) & mask;
		}
		keys[h] = key;
		slotGeneration[h] = generation;
		const node = this.newNode(list, len);
		this.slotNode[h] = node;
		if (this.nodeCount * 2 > keys.length) this.growTable();
		return node;
	}

	private longNode(list: Int32Array, len: number): number {
		let key = '';
		for (let i = 0; i < len; i++) key += String.fromCharCode(list[i]! + 1);
		let node = this.longLists.get(key);
		if (node === undefined) {
			node = this.newNode(list, len);
			this.longLists.set(key, node);
		}
		return node;
	}

	/** A new node of the place, standing for a new output list with the given claims. */
	private newNode(list: Int32Array, len: number): number {
		const node = this.nodeCount;
		if (node === this.nodeList.length) {
			this.nodeList = grownI32(this.nodeList, node * 2);
			this.nodeContradicting = grownI32(this.nodeContradicting, node * 2);
		}
		const j = this.listCount;
		if (j + 2 > this.listOff.length) {
			const cap = this.growth.room(j + 2, this.listOff.length);
			this.listOff = grownI32(this.listOff, cap);
			this.listSides = grownU8(this.listSides, cap);
		}
		const at = this.listOff[j]!;
		if (at + len > this.listData.length) {
			this.listData = grownI32(this.listData, this.growth.room(at + len, this.listData.length));
		}
		const { listData } = this;
		const { entry, controller } = this.claims;
		let distinct = 0;
		for (let i = 0; i < len; i++) {
			const k = list[i]!;
			listData[at + i] = entry[k]!;
			let seen = false;
			for (let q = 0; q < i && !seen; q++) seen = controller[list[q]!] === controller[k];
			if (!seen) distinct++;
		}
		this.listOff[j + 1] = at + len;
		this.listSides[j] = distinct;
		this.listCount = j + 1;
		this.nodeList[node] = j;
		this.nodeContradicting[node] = -2;
		this.nodeCount = node + 1;
		return node;
	}

	/** Doubles the key table, keeping the place's entries. */
	private growTable(): void {
		const { keys, slotGeneration, slotNode, generation } = this;
		const cap = keys.length * 2;
		const mask = cap - 1;
		this.keys = new Float64Array(cap);
		this.slotGeneration = new Int32Array(cap);
		this.slotNode = new Int32Array(cap);
		for (let i = 0; i < keys.length; i++) {
			if (slotGeneration[i] !== generation) continue;
			let h = hashKey(keys[i]!) & mask;
			while (this.slotGeneration[h] === generation) h = (h + 1) & mask;
			this.keys[h] = keys[i]!;
			this.slotGeneration[h] = generation;
			this.slotNode[h] = slotNode[i]!;
		}
	}

	/** Every list, packed (copied to exact size). */
	result(): { listOff: Int32Array; listData: Int32Array; listSides: Uint8Array } {
		const n = this.listCount;
		return {
			listOff: fit(this.listOff, n + 1),
			listData: fit(this.listData, this.listOff[n]!),
			listSides: fit(this.listSides, n)
		};
	}
}
