import { describe, expect, it } from 'vitest';
import { formatWindow, parseWindow } from '../dates';
import { findWhen } from './when';

/** The written window a sentence is dated to, published on `published`. */
const when = (sentence: string, published: string) => {
	const found = findWhen(sentence, parseWindow(published));
	return found ? formatWindow(found.window) : null;
};

describe('relative dates against a publication day (Thursday 9 November 2017)', () => {
	it.each([
		['The army took the town on Saturday.', '2017-11-04'],
		['The army took the town Thursday.', '2017-11-09'],
		['Troops entered it late on Wednesday.', '2017-11-08'],
		['It fell last Sunday.', '2017-11-05'],
		['It fell last Thursday.', '2017-11-02'],
		['Iraqi forces seized it last weekend.', '2017-11-04/2017-11-05'],
		['It fell over the past weekend.', '2017-11-04/2017-11-05'],
		['Officials claimed victory earlier this month.', '2017-11-01/2017-11-09'],
		['Officials claimed victory early this month.', '2017-11-01/2017-11-09'],
		['It was captured in August.', '2017-08'],
		['It was captured in August 2016.', '2016-08'],
		['It was captured in December.', '2016-12'],
		['It fell yesterday.', '2017-11-08'],
		['The PMF said last week it would go.', '2017-10-30/2017-11-05'],
		['The town was taken two weeks ago.', '2017-10-23/2017-10-29'],
		['in an operation on November 8, 2017', '2017-11-08'],
		['The army on November 9th had announced it', '2017-11-09'],
		['video provided Wednesday, Nov 8, 2017 by the army', '2017-11-08'],
		['The SDF took Raqqa this year.', '2017-01-01/2017-11-09'],
		['It has been held since 2014.', '2014']
	])('"%s" → %s', (sentence, expected) => {
		expect(when(sentence, '2017-11-09')).toBe(expected);
	});

	it('returns null for a sentence without date words', () => {
		expect(when('The army took the town.', '2017-11-09')).toBeNull();
	});

	it('never dates a weekday after publication (chrono-node would pick the coming one)', () => {
		expect(when('It fell on Saturday.', '2017-11-09')).toBe('2017-11-04');
	});

	it('does not read "two weeks after" as a date: its anchor is an event', () => {
		expect(when('Two weeks after the siege began, the army attacked.', '2017-11-09')).toBeNull();
	});
});

describe('relative dates against a publication window', () => {
	it.each([
		// 19 or 20 November: "on Sunday" is the 19th either way.
		['The army said on Sunday it had taken the town.', '2017-11-19/2017-11-20', '2017-11-19'],
		// Published between Monday 20 and Tuesday 28 November.
		['It was taken over the past weekend.', '2017-11-20/2017-11-28', '2017-11-18/2017-11-26'],
		[
			'The army declared victory earlier this month.',
			'2017-11-19/2017-11-20',
			'2017-11-01/2017-11-20'
		],
		['It fell on Friday.', '2017-11-20/2017-11-28', '2017-11-17/2017-11-24'],
		['It fell yesterday.', '2017-11-20/2017-11-21', '2017-11-19/2017-11-20']
	])('"%s" published %s → %s', (sentence, published, expected) => {
		expect(when(sentence, published)).toBe(expected);
	});
});
