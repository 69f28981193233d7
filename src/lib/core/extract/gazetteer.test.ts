import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, findKey, foldKey } from './fold';
import { PlaceMatcher, parseGazetteer, type GazetteerEntry } from './gazetteer';

const gazetteer = parseGazetteer(JSON.parse(readFileSync('geo/gazetteer.json', 'utf8')));
const matcher = new PlaceMatcher(gazetteer.places);
const ids = (text: string) => matcher.find(text).map((m) => m.entry.id);

describe('fold', () => {
	it('folds case, accents, hyphens and apostrophes to one key', () => {
		expect(foldKey("Al-Qa'im")).toBe('al qaim');
		expect(foldKey('AL QA’IM')).toBe('al qaim');
		expect(foldKey('Ḑayr az Zawr')).toBe('dayr az zawr');
		expect(foldKey('Deir ez-Zor')).toBe('deir ez zor');
	});

	it('maps a folded match back to the exact original words', () => {
		const text = 'Troops entered Al‑Qa’im, the town.';
		const [span] = findKey(fold(text), 'al qaim');
		expect(text.slice(span?.start, span?.end)).toBe('Al‑Qa’im');
	});

	it('matches whole words only', () => {
		expect(findKey(fold('Qaimville and Qaim'), 'qaim')).toHaveLength(1);
	});
});

describe('gazetteer', () => {
	it.each([
		['al-Boukamal', 'al-boukamal'],
		['Albu Kamal', 'al-boukamal'],
		['ABU KAMAL', 'al-boukamal'],
		['Al-Bukamal', 'al-boukamal'],
		['Bukamal', 'al-boukamal'],
		['البوكمال', 'al-boukamal'],
		['Deir Ezzor', 'deir-ezzor'],
		['Deir al-Zor', 'deir-ezzor'],
		['Deir ez-Zor', 'deir-ezzor'],
		['دير الزور', 'deir-ezzor'],
		["al-Qa'im", 'al-qaim'],
		['Al-Qa’im', 'al-qaim'],
		['Qaim', 'al-qaim'],
		['ar-Raqqah', 'raqqa'],
		['Sukhneh', 'al-sukhna'],
		['Palmyra', 'tadmur'],
		['Mayadeen', 'al-mayadin']
	])('"%s" names %s', (name, id) => {
		expect(ids(`Reports from ${name} today.`)).toEqual([id]);
	});

	it('prefers the longest spelling where two overlap', () => {
		const found = matcher.find('They reached Deir ez-Zor.');
		expect(found.map((m) => m.words)).toEqual(['Deir ez-Zor']);
	});

	it('matches a GeoNames town only when written with a capital or in Arabic', () => {
		expect(ids('the town of Anah')).toEqual(['anah']);
		expect(ids('the town of anah')).toEqual([]);
	});

	it('matches an atlas place in any case', () => {
		expect(ids('raqqa and RAQQA')).toEqual(['raqqa', 'raqqa']);
	});

	it('lets an atlas place win over a GeoNames town with the same spelling', () => {
		const entries: GazetteerEntry[] = [
			{
				id: 'town',
				name: 'Qaim',
				known: false,
				aliases: [],
				lat: 34,
				lon: 41,
				country: 'IQ',
				admin1: null,
				geonamesId: null,
				population: null
			},
			{
				id: 'al-qaim',
				name: "al-Qa'im",
				known: true,
				aliases: ['Qaim'],
				lat: 34,
				lon: 41,
				country: 'IQ',
				admin1: null,
				geonamesId: null,
				population: null
			}
		];
		expect(new PlaceMatcher(entries).find('Qaim fell').map((m) => m.entry.id)).toEqual(['al-qaim']);
	});

	it('lists every atlas place with its Arabic name, and towns of the region', () => {
		const atlas = gazetteer.places.filter((p) => p.known).map((p) => p.id);
		expect(atlas).toEqual(['al-boukamal', 'al-qaim', 'deir-ezzor', 'raqqa', 'al-sukhna']);
		expect(gazetteer.places.length).toBeGreaterThan(100);
	});

	it('rejects a malformed gazetteer, naming the path', () => {
		expect(() => parseGazetteer({ about: 'x', places: [{ id: 'Bad Id' }] })).toThrow(
			/geo\/gazetteer\.json: places\.0\.id/
		);
	});
});
