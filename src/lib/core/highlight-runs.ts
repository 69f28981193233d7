/**
 * Splitting a source text into runs for display, each run either plain or inside one or more
 * highlighted quotes. Pure: the page renders the runs as text, never as HTML.
 */

/** A highlighted span of the text, by the id of what it belongs to. */
export interface Highlight {
	readonly id: string;
	readonly start: number;
	readonly end: number;
}

/** A run of text with the highlights covering all of it. */
export interface Run {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly ids: readonly string[];
}

/** The runs of `text` between every highlight boundary, in order, covering the whole text. */
export function runs(text: string, highlights: readonly Highlight[]): Run[] {
	const cuts = new Set([0, text.length]);
	for (const h of highlights) {
		cuts.add(Math.max(0, Math.min(text.length, h.start)));
		cuts.add(Math.max(0, Math.min(text.length, h.end)));
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	const out: Run[] = [];
	for (let i = 0; i + 1 < sorted.length; i++) {
		const start = sorted[i] ?? 0;
		const end = sorted[i + 1] ?? 0;
		if (end <= start) continue;
		const ids = highlights.filter((h) => h.start <= start && end <= h.end).map((h) => h.id);
		out.push({ start, end, text: text.slice(start, end), ids });
	}
	return out;
}
