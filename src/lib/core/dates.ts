/**
 * Dates as the reports give them: often a day, sometimes only a weekend, a month, or
 * "on or before" a publication date. Such a date is kept as a window of whole UTC days
 * [earliest, latest] (inclusive) in which the true day lies, never rounded to one day.
 *
 * Day numbers count days since 1970-01-01 (UTC), so date arithmetic is integer
 * arithmetic and round-trips exactly: `dayToIso(isoToDay(s)) === s`.
 *
 * The written forms accepted in geo/ data:
 *   `2017-11-09`             one day
 *   `2017-11`                some day in that month
 *   `2017`                   some day in that year
 *   `2017-11-04/2017-11-05`  some day between the two (inclusive); each side may be any form above
 *   `../2017-11-09`          some day on or before; how long before is not known
 */

/** Days since 1970-01-01 UTC. */
export type Day = number;

/** An uncertain date: the true day is somewhere in [earliest, latest], both inclusive. */
export interface DayWindow {
	/** First possible day; `-Infinity` when the text gives no lower bound. */
	readonly earliest: Day;
	/** Last possible day. */
	readonly latest: Day;
}

const MS_PER_DAY = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

/** The day number of an ISO calendar date `YYYY-MM-DD`; throws on anything else or an impossible day. */
export function isoToDay(iso: string): Day {
	const m = DAY_RE.exec(iso);
	if (!m) throw new Error(`not a date of the form YYYY-MM-DD: ${JSON.stringify(iso)}`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
		throw new Error(`no such day: ${JSON.stringify(iso)}`);
	}
	return ms / MS_PER_DAY;
}

/** The ISO calendar date `YYYY-MM-DD` of a day number. */
export function dayToIso(day: Day): string {
	if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day of the week of a day number, 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
	// 1970-01-01 was a Thursday.
	return (((day + 4) % 7) + 7) % 7;
}

function monthWindow(y: number, mo: number): DayWindow {
	if (mo < 1 || mo > 12) throw new Error(`no such month: ${y}-${String(mo).padStart(2, '0')}`);
	return {
		earliest: Date.UTC(y, mo - 1, 1) / MS_PER_DAY,
		latest: Date.UTC(y, mo, 1) / MS_PER_DAY - 1
	};
}

function singleWindow(text: string): DayWindow {
	if (DAY_RE.test(text)) {
		const d = isoToDay(text);
		return { earliest: d, latest: d };
	}
	const mm = MONTH_RE.exec(text);
	if (mm) return monthWindow(Number(mm[1]), Number(mm[2]));
	const ym = YEAR_RE.exec(text);
	if (ym) {
		const y = Number(ym[1]);
		return {
			earliest: Date.UTC(y, 0, 1) / MS_PER_DAY,
			latest: Date.UTC(y + 1, 0, 1) / MS_PER_DAY - 1
		};
	}
	throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(text)}`);
}

/** Parses one of the written forms in this module's header into a window; throws with the reason. */
export function parseWindow(text: string): DayWindow {
	const slash = text.indexOf('/');
	if (slash < 0) return singleWindow(text);
	const left = text.slice(0, slash);
	const right = text.slice(slash + 1);
	const hi = singleWindow(right);
	if (left === '..') return { earliest: -Infinity, latest: hi.latest };
	const lo = singleWindow(left);
	if (lo.earliest > hi.latest) {
		throw new Error(`interval ends before it starts: ${JSON.stringify(text)}`);
	}
	return { earliest: lo.earliest, latest: hi.latest };
}

/** Writes a window back in the shortest written form that parses to the same window. */
export function formatWindow(w: DayWindow): string {
	const hi = dayToIso(w.latest);
	if (w.earliest === -Infinity) return `../${hi}`;
	if (w.earliest === w.latest) return hi;
	const lo = dayToIso(w.earliest);
	const m = monthWindow(Number(lo.slice(0, 4)), Number(lo.slice(5, 7)));
	if (m.earliest === w.earliest && m.latest === w.latest) return lo.slice(0, 7);
	if (lo.endsWith('-01-01') && hi.endsWith('-12-31') && lo.slice(0, 4) === hi.slice(0, 4)) {
		return lo.slice(0, 4);
	}
	return `${lo}/${hi}`;
}

/** True when the window is a single known day. */
export function isExactDay(w: DayWindow): boolean {
	return w.earliest === w.latest;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "9 November 2017" for a day number. */
export function formatDayLong(day: Day): string {
	const iso = dayToIso(day);
	return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Reader-facing words for a window: "9 November 2017", "August 2017", "4–5 November 2017", "on or before 9 November 2017". */
export function describeWindow(w: DayWindow): string {
	if (w.earliest === -Infinity) return `on or before ${formatDayLong(w.latest)}`;
	if (w.earliest === w.latest) return formatDayLong(w.latest);
	const form = formatWindow(w);
	if (/^\d{4}-\d{2}$/.test(form))
		return `${MONTHS[Number(form.slice(5, 7)) - 1]} ${form.slice(0, 4)}`;
	if (/^\d{4}$/.test(form)) return form;
	const a = formatDayLong(w.earliest).split(' ');
	const b = formatDayLong(w.latest).split(' ');
	if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
	if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b[0]} ${b[1]} ${b[2]}`;
	return `${a.join(' ')} – ${b.join(' ')}`;
}
