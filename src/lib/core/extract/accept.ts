/**
 * What accepting proposals does to the data: the reports they become, and the places the new
 * ones need, with an approximate outline. Pure: the review endpoint reads and writes the files.
 *
 * Rules:
 * - An accepted proposal becomes a report with exactly the report fields (proposal.ts toReport);
 *   its id must not clash with an existing report.
 * - A new place gets a generated outline: a circle of OUTLINE_KM around the GeoNames point,
 *   counter-clockwise (RFC 7946), marked `approximate` with a note saying how it was made.
 * - Its Arabic name is taken from the Arabic spellings among its aliases; none is invented, so a
 *   place without one fails the data check until a reviewer adds it.
 */
import { toReport, type Proposal } from './proposal';

/** The radius of a generated outline, in kilometres. */
export const OUTLINE_KM = 1.5;
const VERTICES = 24;

const COUNTRY_NAMES: Readonly<Record<string, string>> = { SY: 'Syria', IQ: 'Iraq' };

/** A closed counter-clockwise ring approximating a circle of `km` around (lon, lat). */
export function circleRing(
	lon: number,
	lat: number,
	km: number,
	vertices = VERTICES
): [number, number][] {
	const dLat = km / 111.32;
	const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
	const ring: [number, number][] = [];
	for (let i = 0; i < vertices; i++) {
		const a = (2 * Math.PI * i) / vertices;
		ring.push([round(lon + dLon * Math.cos(a)), round(lat + dLat * Math.sin(a))]);
	}
	ring.push(ring[0] ?? [lon, lat]);
	return ring;
}

function round(x: number): number {
	return Math.round(x * 1e5) / 1e5;
}

/** The geo/places.geojson feature for a proposal's new place. */
export function newPlaceFeature(p: Proposal): GeoJSON.Feature {
	const np = p.newPlace;
	if (!np) throw new Error(`proposal ${p.id} names no new place`);
	const arabic = np.aliases.find((a) => /\p{Script=Arabic}/u.test(a));
	return {
		type: 'Feature',
		id: p.place,
		properties: {
			id: p.place,
			name: np.name,
			...(arabic ? { nameAr: arabic } : {}),
			aliases: np.aliases.filter((a) => a !== arabic),
			country: COUNTRY_NAMES[np.country] ?? np.country,
			governorate: 'not known (GeoNames point only)',
			center: [np.lon, np.lat],
			geometry: 'approximate',
			geometryNote: `Generated on acceptance in /review: a circle of ${OUTLINE_KM} km around the GeoNames point, not the outline of the town.`
		},
		geometry: { type: 'Polygon', coordinates: [circleRing(np.lon, np.lat, OUTLINE_KM)] }
	};
}

/** The reports and places files after accepting `accepted`; throws on a clashing id. */
export function applyAccepted(
	reportsFile: { reports: Record<string, unknown>[] },
	placesFile: GeoJSON.FeatureCollection,
	accepted: readonly Proposal[]
): { reportsFile: { reports: Record<string, unknown>[] }; placesFile: GeoJSON.FeatureCollection } {
	const ids = new Set(reportsFile.reports.map((r) => r.id));
	const reports = [...reportsFile.reports];
	for (const p of accepted) {
		if (ids.has(p.id))
			throw new Error(`a report with id "${p.id}" already exists: give the claim another id`);
		ids.add(p.id);
		reports.push(toReport(p));
	}
	const placeIds = new Set(placesFile.features.map((f) => String(f.id ?? f.properties?.id)));
	const features = [...placesFile.features];
	for (const p of accepted) {
		if (placeIds.has(p.place) || !p.newPlace) continue;
		placeIds.add(p.place);
		features.push(newPlaceFeature(p));
	}
	return { reportsFile: { ...reportsFile, reports }, placesFile: { ...placesFile, features } };
}
