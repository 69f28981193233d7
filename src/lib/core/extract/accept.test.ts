import booleanClockwise from '@turf/boolean-clockwise';
import { describe, expect, it } from 'vitest';
import { applyAccepted, circleRing, newPlaceFeature } from './accept';
import type { Proposal } from './proposal';

const proposal: Proposal = Object.freeze({
	id: 'src-tadmur-1',
	place: 'tadmur',
	kind: 'took',
	controller: 'syrian-government',
	start: '2017-03-02',
	end: null,
	when: 'Thursday',
	source: 'src',
	quote: { exact: 'The army took Palmyra' },
	attribution: ['Wire'],
	basis: 'stated',
	relations: [],
	confidence: 0.9,
	why: { place: 'Palmyra' },
	newPlace: {
		name: 'Tadmur',
		lat: 34.56,
		lon: 38.28,
		country: 'SY',
		geonamesId: null,
		population: null,
		aliases: ['Palmyra', 'تدمر']
	}
}) as Proposal;

describe('accepting proposals', () => {
	it('makes a closed counter-clockwise ring around the point', () => {
		const ring = circleRing(38.28, 34.56, 1.5);
		expect(ring[0]).toEqual(ring.at(-1));
		expect(booleanClockwise(ring)).toBe(false);
	});

	it('gives a new place an approximate outline, its Arabic name from its aliases, and says how it was made', () => {
		const f = newPlaceFeature(proposal);
		expect(f.properties).toMatchObject({
			id: 'tadmur',
			name: 'Tadmur',
			nameAr: 'تدمر',
			aliases: ['Palmyra'],
			country: 'Syria',
			geometry: 'approximate'
		});
		expect(String(f.properties?.geometryNote)).toMatch(/circle of 1\.5 km/);
	});

	it('adds the report fields only, and the new place once', () => {
		const out = applyAccepted({ reports: [] }, { type: 'FeatureCollection', features: [] }, [
			proposal,
			{ ...proposal, id: 'src-tadmur-2' }
		]);
		expect(out.reportsFile.reports).toHaveLength(2);
		expect(out.reportsFile.reports[0]).not.toHaveProperty('confidence');
		expect(out.reportsFile.reports[0]).not.toHaveProperty('newPlace');
		expect(out.placesFile.features).toHaveLength(1);
	});

	it('refuses an id that is already a report', () => {
		expect(() =>
			applyAccepted(
				{ reports: [{ id: 'src-tadmur-1' }] },
				{ type: 'FeatureCollection', features: [] },
				[proposal]
			)
		).toThrow(/already exists/);
	});
});
