/**
 * The evidence behind one place's state, arranged for reading: grouped by outlet, the outlets
 * whose reports support the state shown first, and within each outlet the supporting reports
 * before those that say otherwise and those a later report corrected.
 *
 * Rules: every claim the state lists appears exactly once; a claim whose report or source is
 * missing from the corpus is an error (the data check makes that impossible for real data).
 */
import type { ClaimRef, PlaceState } from './timeline';
import type { Report, Source } from './types';

/** Why a claim is listed with the state. */
export type ClaimRole = 'supporting' | 'contradicting' | 'superseded';

/** How each role is said above its excerpts. */
export const ROLE_LABEL: Readonly<Record<ClaimRole, string>> = Object.freeze({
	supporting: 'Supports the state shown',
	contradicting: 'Says otherwise',
	superseded: 'Corrected by a later report'
});

export interface EvidenceItem {
	readonly claim: ClaimRef;
	readonly role: ClaimRole;
	readonly report: Report;
}

export interface OutletGroup {
	readonly source: Source;
	/** Supporting first, then contradicting, then superseded; in the state's order within each. */
	readonly items: readonly EvidenceItem[];
	/** How many of the items support the state shown. */
	readonly supporting: number;
}

const ROLES: readonly ClaimRole[] = ['supporting', 'contradicting', 'superseded'];

/** The state's claims grouped by source: groups with supporting claims first, then by first appearance. */
export function groupByOutlet(
	state: PlaceState,
	reportById: ReadonlyMap<string, Report>,
	sourceById: ReadonlyMap<string, Source>
): OutletGroup[] {
	const groups = new Map<string, { source: Source; items: EvidenceItem[]; supporting: number }>();
	for (const role of ROLES) {
		for (const claim of state[role]) {
			const report = reportById.get(claim.report);
			if (!report) throw new Error(`evidence: report ${claim.report} is not in the corpus`);
			const source = sourceById.get(report.source);
			if (!source)
				throw new Error(
					`evidence: source ${report.source} of report ${report.id} is not in the corpus`
				);
			let g = groups.get(source.id);
			if (!g) {
				g = { source, items: [], supporting: 0 };
				groups.set(source.id, g);
			}
			g.items.push({ claim, role, report });
			if (role === 'supporting') g.supporting++;
		}
	}
	// Stable sort: outlets behind the state first, otherwise in the order the state lists them.
	return [...groups.values()].sort((a, b) => Number(b.supporting > 0) - Number(a.supporting > 0));
}

/** The distinct sources a state cites, in group order. */
export function citedSources(groups: readonly OutletGroup[]): readonly Source[] {
	return groups.map((g) => g.source);
}
