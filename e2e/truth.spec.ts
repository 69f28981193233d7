/**
 * A few rows of the truth table (src/lib/core/truth.test.ts, docs/reading.md) end to end: what
 * the control list tells a reader about al-Boukamal on the days the story turns, in both views.
 * Each row's attributes: data-controller, data-disputed, data-uncertain, data-basis.
 */
import { expect, gotoApp, test } from './fixtures';

interface Row {
	readonly date: string;
	readonly view: 'now' | 'reported';
	readonly controller: string;
	readonly disputed: boolean;
	readonly uncertain: boolean;
	readonly basis: string;
	readonly why: string;
}

const ROWS: readonly Row[] = [
	{
		date: '2017-11-08',
		view: 'now',
		controller: 'contested',
		disputed: false,
		uncertain: false,
		basis: 'stated',
		why: 'troops entered late on Wednesday and clashed with ISIL in the town'
	},
	{
		date: '2017-11-08',
		view: 'reported',
		controller: 'unknown',
		disputed: false,
		uncertain: false,
		basis: 'none',
		why: 'nothing had been published yet'
	},
	{
		date: '2017-11-09',
		view: 'now',
		controller: 'syrian-government',
		disputed: false,
		uncertain: false,
		basis: 'stated',
		why: 'the army declared the town taken; "vying for control" is a race toward it'
	},
	{
		date: '2017-11-12',
		view: 'now',
		controller: 'syrian-government',
		disputed: false,
		uncertain: true,
		basis: 'carried',
		why: 'the loss reported on 19 Nov happened some day from 10 to 18 Nov'
	},
	{
		date: '2017-11-12',
		view: 'reported',
		controller: 'syrian-government',
		disputed: false,
		uncertain: false,
		basis: 'carried',
		why: 'on 12 Nov nobody had reported the loss yet'
	},
	{
		date: '2017-11-18',
		view: 'now',
		controller: 'contested',
		disputed: true,
		uncertain: false,
		basis: 'inferred',
		why: 'fighting (Reuters) or ISIS holding it (CGTN): both shown'
	},
	{
		date: '2017-11-19',
		view: 'reported',
		controller: 'syrian-government',
		disputed: false,
		uncertain: false,
		basis: 'stated',
		why: 'CGTN: the army said on Sunday it took the city'
	},
	{
		date: '2017-11-25',
		view: 'now',
		controller: 'syrian-government',
		disputed: false,
		uncertain: false,
		basis: 'carried',
		why: 'no newer event; the New Observer "past weekend" is a recap of 9 Nov'
	}
];

for (const row of ROWS) {
	test(`al-Boukamal on ${row.date}, ${row.view === 'now' ? 'as known now' : 'as reported at the time'}: ${row.controller}, ${row.basis} (${row.why})`, async ({
		page
	}) => {
		await gotoApp(page, `/?date=${row.date}&view=${row.view}`);
		const item = page.locator('[data-testid="control-list"] [data-place="al-boukamal"]');
		await expect(item).toHaveAttribute('data-controller', row.controller);
		await expect(item).toHaveAttribute('data-disputed', String(row.disputed));
		await expect(item).toHaveAttribute('data-uncertain', String(row.uncertain));
		await expect(item).toHaveAttribute('data-basis', row.basis);
	});
}
