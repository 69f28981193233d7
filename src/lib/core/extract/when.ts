/**
 * Dates in a sentence, resolved against the publication date of its source.
 *
 * Rules:
 * - The result is an uncertain date (dates.ts window), never more precise than the words:
 *   "in August" is the month, "last weekend" the two days, "earlier this month" from the 1st to
 *   publication, a bare weekday the last such day on or before publication.
 * - A publication date that is itself a window gives a window: each phrase is resolved against
 *   the first and the last possible publication day, and the result spans both.
 * - Nothing is dated after the last possible publication day: a source reports the past or the
 *   present, so a weekday means the most recent one, never the next.
 * - Relative phrases are read by this module's own rules (chrono-node would resolve "on Saturday"
 *   to the coming Saturday and treats "this month" as an exact day); chrono-node reads absolute
 *   dates ("November 8, 2017", "Nov 8", "on November 9th", "in August").
 * - When several phrases date the sentence, the narrowest window is taken.
 */
import * as chrono from 'chrono-node';
import { dayToIso, weekday, type Day, type DayWindow } from '../dates';

/** A date read from a sentence. */
export interface WhenFound {
	readonly window: DayWindow;
	/** The words that gave it, as written. */
	readonly words: string;
	/** How the words were read, for the reviewer. */
	readonly why: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Readonly<Record<string, number>> = {
	a: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};

type Resolve = (pub: Day) => DayWindow;

function ymd(day: Day): [number, number, number] {
	const iso = dayToIso(day);
	return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function dayOf(y: number, m: number, d: number): Day {
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The last day whose weekday is `wd` on or before `day` (strictly before when `strict`). */
function lastWeekday(day: Day, wd: number, strict: boolean): Day {
	let back = (weekday(day) - wd + 7) % 7;
	if (strict && back === 0) back = 7;
	return day - back;
}

function monthStart(day: Day): Day {
	const [y, m] = ymd(day);
	return dayOf(y, m, 1);
}

interface Rule {
	readonly re: RegExp;
	readonly why: string;
	readonly resolve: (m: RegExpExecArray) => Resolve;
}

const WD = WEEKDAYS.join('|');

const RULES: readonly Rule[] = [
	{
		re: /\b(?:over |during )?(?:the )?(?:last|past|previous) weekend\b|\bover the weekend\b/i,
		why: 'the weekend (Saturday–Sunday) before publication',
		resolve: () => (pub) => {
			const sat = lastWeekday(pub - 2, 6, false);
			return { earliest: sat, latest: sat + 1 };
		}
	},
	{
		re: new RegExp(`\\blast (${WD})\\b`, 'i'),
		why: 'the last such weekday before the publication day',
		resolve: (m) => (pub) => {
			const d = lastWeekday(pub, WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()), true);
			return { earliest: d, latest: d };
		}
	},
	{
		re: new RegExp(`\\b(${WD})\\b`, 'i'),
		why: 'a weekday: the last such day on or before publication',
		resolve: (m) => (pub) => {
			const d = lastWeekday(pub, WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()), false);
			return { earliest: d, latest: d };
		}
	},
	{
		re: /\byesterday\b/i,
		why: 'the day before publication',
		resolve: () => (pub) => ({ earliest: pub - 1, latest: pub - 1 })
	},
	{
		re: /\btoday\b/i,
		why: 'the publication day',
		resolve: () => (pub) => ({ earliest: pub, latest: pub })
	},
	{
		re: /\blast week\b/i,
		why: 'the calendar week (Monday–Sunday) before the week of publication',
		resolve: () => (pub) => {
			const monday = lastWeekday(pub, 1, false);
			return { earliest: monday - 7, latest: monday - 1 };
		}
	},
	{
		re: /\bthis week\b/i,
		why: 'from the Monday of the week of publication to publication',
		resolve: () => (pub) => ({ earliest: lastWeekday(pub, 1, false), latest: pub })
	},
	{
		re: /\bearly this month\b/i,
		why: 'the first ten days of the month of publication',
		resolve: () => (pub) => {
			const first = monthStart(pub);
			return { earliest: first, latest: Math.min(first + 9, pub) };
		}
	},
	{
		re: /\b(?:earlier )?this month\b/i,
		why: 'from the first of the month of publication to publication',
		resolve: () => (pub) => ({ earliest: monthStart(pub), latest: pub })
	},
	{
		re: /\blast month\b/i,
		why: 'the month before the month of publication',
		resolve: () => (pub) => {
			const first = monthStart(pub);
			return { earliest: monthStart(first - 1), latest: first - 1 };
		}
	},
	{
		re: /\b(?:earlier )?this year\b/i,
		why: 'from 1 January of the year of publication to publication',
		resolve: () => (pub) => ({ earliest: dayOf(ymd(pub)[0], 1, 1), latest: pub })
	},
	{
		re: /\b(?:in|since|during|of) ((?:19|20)\d\d)\b(?! *[-–/])/i,
		why: 'a year: some day in it',
		resolve: (m) => () => {
			const y = Number(m[1]);
			return { earliest: dayOf(y, 1, 1), latest: dayOf(y, 12, 31) };
		}
	},
	{
		re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|days|week|weeks) ago\b/i,
		why: 'counted back from publication (weeks: give or take three days)',
		resolve: (m) => (pub) => {
			const n = NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
			if (/^day/i.test(m[2] ?? '')) return { earliest: pub - n, latest: pub - n };
			return { earliest: pub - 7 * n - 3, latest: pub - 7 * n + 3 };
		}
	}
];

/** Resolves `resolve` against a publication window: the span of both ends, never after publication. */
function overWindow(resolve: Resolve, pub: DayWindow): DayWindow {
	const late = resolve(pub.latest);
	const early = Number.isFinite(pub.earliest) ? resolve(pub.earliest) : null;
	return {
		earliest: early ? Math.min(early.earliest, late.earliest) : -Infinity,
		latest: Math.min(Math.max(early?.latest ?? late.latest, late.latest), pub.latest)
	};
}

const RELATIVE_WORDS =
	/\b(?:ago|last|past|next|this|today|yesterday|tomorrow|after|before|later|earlier|weekend)\b/i;

/** Absolute dates, read by chrono-node: the day, or the month, exactly as far as the words go. */
function absolute(sentence: string, pub: DayWindow): WhenFound[] {
	const ref = new Date(pub.latest * 86_400_000 + 43_200_000);
	const out: WhenFound[] = [];
	for (const r of chrono.en.parse(sentence, ref)) {
		if (RELATIVE_WORDS.test(r.text) || !r.start.isCertain('month')) continue;
		const month = r.start.get('month') ?? 1;
		const [py, pm] = ymd(pub.latest);
		// No year written: the most recent such month on or before publication.
		const year = r.start.isCertain('year')
			? (r.start.get('year') ?? py)
			: month <= pm
				? py
				: py - 1;
		let window: DayWindow;
		let why: string;
		if (r.start.isCertain('day')) {
			const d = dayOf(year, month, r.start.get('day') ?? 1);
			window = { earliest: d, latest: d };
			why = 'a calendar date';
		} else {
			const first = dayOf(year, month, 1);
			window = { earliest: first, latest: monthStart(first + 31) - 1 };
			why = 'a month: some day in it';
		}
		if (!r.start.isCertain('year')) why += `, year ${year} from the publication date`;
		out.push({ window, words: r.text, why });
	}
	return out;
}

/**
 * The date a sentence gives, resolved against the publication window `pub`, or null when the
 * sentence has no date words.
 */
export function findWhen(sentence: string, pub: DayWindow): WhenFound | null {
	const found: WhenFound[] = absolute(sentence, pub);
	const covered = found.map((f) => f.words.toLowerCase());
	for (const rule of RULES) {
		const m = rule.re.exec(sentence);
		if (!m) continue;
		// A weekday inside an absolute date ("Wednesday, Nov 8, 2017") is already read.
		if (covered.some((c) => c.includes(m[0].toLowerCase()))) continue;
		found.push({ window: overWindow(rule.resolve(m), pub), words: m[0], why: rule.why });
		covered.push(m[0].toLowerCase());
	}
	const usable = found.filter((f) => f.window.earliest <= f.window.latest);
	if (usable.length === 0) return null;
	const width = (w: DayWindow) => w.latest - w.earliest;
	return usable.reduce((best, f) => (width(f.window) < width(best.window) ? f : best));
}
