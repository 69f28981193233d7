/**
 * `npm run eval:extract`: how close the extraction comes to the hand-encoded reports.
 *
 * Replays source:add on each source in geo/ into a scratch copy (the text and its publication
 * date only: no outlet name, no existing reports), then compares the proposals with the reports
 * of geo/reports.json for that source:
 * - pairs: recall and precision of the distinct (place, controller) pairs;
 * - claims: the share of reports whose (place, controller) some proposal has (recall), and the
 *   share of proposals whose (place, controller) some report has (precision);
 * - quoted: the share of reports for which a proposal with the same (place, controller) quotes
 *   overlapping words of the text (the strictest measure);
 * - dates: of the reports matched by (place, controller) and with a start date, the share for
 *   which a matching proposal's start window contains the report's start window.
 * A benchmark, not a test: it prints what it measures and always exits 0 unless it fails to run.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWindow, type DayWindow } from '../src/lib/core/dates';
import { anchorQuote } from '../src/lib/core/quotes';
import type { Proposal } from '../src/lib/core/extract/proposal';
import { addSource } from './source-add';

interface EncodedReport {
	id: string;
	place: string;
	controller: string;
	start: string | null;
	source: string;
	quote: { exact: string; prefix?: string; suffix?: string };
}

interface Row {
	source: string;
	reports: number;
	proposals: number;
	pairHits: number;
	pairsEncoded: number;
	pairsProposed: number;
	reportHits: number;
	proposalHits: number;
	quoted: number;
	dated: number;
	/** Dated by a window of at most a week: "on or before publication" does not count. */
	tight: number;
	datable: number;
}

function contains(outer: DayWindow, inner: DayWindow): boolean {
	return outer.earliest <= inner.earliest && inner.latest <= outer.latest;
}

const key = (r: { place: string; controller: string }) => `${r.place} ${r.controller}`;

function evaluate(geo: string, scratch: string): Row[] {
	const sources = JSON.parse(readFileSync(join(geo, 'sources', 'sources.json'), 'utf8'))
		.sources as {
		id: string;
		file: string;
		published: string;
	}[];
	const reports = JSON.parse(readFileSync(join(geo, 'reports.json'), 'utf8'))
		.reports as EncodedReport[];
	const rows: Row[] = [];
	for (const source of sources) {
		const dir = join(scratch, source.id);
		mkdirSync(join(dir, 'sources'), { recursive: true });
		copyFileSync(join(geo, 'places.geojson'), join(dir, 'places.geojson'));
		copyFileSync(join(geo, 'gazetteer.json'), join(dir, 'gazetteer.json'));
		writeFileSync(join(dir, 'sources', 'sources.json'), '{ "sources": [] }\n');
		const textPath = join(geo, 'sources', source.file);
		const text = readFileSync(textPath, 'utf8');
		const { proposals } = addSource(
			{
				file: textPath,
				outlet: 'the outlet',
				published: source.published,
				url: null,
				id: source.id,
				kind: null
			},
			dir
		);
		const props: Proposal[] = proposals.proposals;
		const encoded = reports.filter((r) => r.source === source.id);
		const encodedPairs = new Set(encoded.map(key));
		const proposedPairs = new Set(props.map(key));
		const span = (q: EncodedReport['quote']) => anchorQuote(text, q);

		let reportHits = 0;
		let quoted = 0;
		let dated = 0;
		let tight = 0;
		let datable = 0;
		for (const r of encoded) {
			const same = props.filter((p) => key(p) === key(r));
			if (same.length === 0) continue;
			reportHits++;
			const a = span(r.quote);
			if (
				same.some((p) => {
					const b = span(p.quote);
					return a.start < b.end && b.start < a.end;
				})
			)
				quoted++;
			if (r.start === null) continue;
			datable++;
			const w = parseWindow(r.start);
			const windows = same.flatMap((p) => (p.start === null ? [] : [parseWindow(p.start)]));
			if (windows.some((pw) => contains(pw, w))) dated++;
			if (windows.some((pw) => contains(pw, w) && pw.latest - pw.earliest < 7)) tight++;
		}
		rows.push({
			source: source.id,
			reports: encoded.length,
			proposals: props.length,
			pairHits: [...encodedPairs].filter((k) => proposedPairs.has(k)).length,
			pairsEncoded: encodedPairs.size,
			pairsProposed: proposedPairs.size,
			reportHits,
			proposalHits: props.filter((p) => encodedPairs.has(key(p))).length,
			quoted,
			dated,
			tight,
			datable
		});
	}
	return rows;
}

const pct = (a: number, b: number) =>
	b === 0 ? '   –' : `${((100 * a) / b).toFixed(0).padStart(3)}%`;

function table(rows: readonly Row[]): string {
	const total = rows.reduce(
		(t, r) => {
			for (const k of Object.keys(t) as (keyof Row)[])
				if (k !== 'source') (t[k] as number) += r[k] as number;
			return t;
		},
		{
			source: 'overall',
			reports: 0,
			proposals: 0,
			pairHits: 0,
			pairsEncoded: 0,
			pairsProposed: 0,
			reportHits: 0,
			proposalHits: 0,
			quoted: 0,
			tight: 0,
			dated: 0,
			datable: 0
		} as Row
	);
	const head = [
		'source',
		'reports',
		'proposals',
		'pair R',
		'pair P',
		'claim R',
		'claim P',
		'quoted R',
		'dates',
		'dates ≤ 7 days'
	];
	const lines = [...rows, total].map((r) => [
		r.source,
		String(r.reports),
		String(r.proposals),
		`${pct(r.pairHits, r.pairsEncoded)} (${r.pairHits}/${r.pairsEncoded})`,
		`${pct(r.pairHits, r.pairsProposed)} (${r.pairHits}/${r.pairsProposed})`,
		`${pct(r.reportHits, r.reports)} (${r.reportHits}/${r.reports})`,
		`${pct(r.proposalHits, r.proposals)} (${r.proposalHits}/${r.proposals})`,
		`${pct(r.quoted, r.reports)} (${r.quoted}/${r.reports})`,
		`${pct(r.dated, r.datable)} (${r.dated}/${r.datable})`,
		`${pct(r.tight, r.datable)} (${r.tight}/${r.datable})`
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
	const fmt = (cells: string[]) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join(
		'\n'
	);
}

function main(): void {
	const geo = process.env.ATLAS_GEO_DIR ?? 'geo';
	const scratch = mkdtempSync(join(tmpdir(), 'eval-extract-'));
	try {
		console.log(
			`Extraction replayed on ${geo}/sources (text + publication date only), compared with ${geo}/reports.json:\n`
		);
		console.log(table(evaluate(geo, scratch)));
		console.log(
			'\npair: distinct (place, controller) pairs; claim R: reports whose pair is proposed; claim P: proposals whose pair is encoded;\n' +
				"quoted R: reports matched by a proposal quoting overlapping words; dates: matched reports whose start window a proposal's contains\n" +
				'("on or before publication" contains most dates; "dates ≤ 7 days" counts only windows of a week or less).\n' +
				'Goals (issue #14): recall >= 80% on (place, controller), dates >= 70%, precision >= 60%.'
		);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

main();
