import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import LinkNotices from './LinkNotices.svelte';

describe('LinkNotices', () => {
	it('lists one notice per problem in a status region, as text', async () => {
		let dismissed = 0;
		render(LinkNotices, {
			notices: [
				{ kind: 'date-clamped', text: 'The link asked for 1 March 2018 <b>x</b>' },
				{ kind: 'place-unknown', text: 'There is no place "nowhere"' }
			],
			ondismiss: () => dismissed++
		});
		const status = page.getByRole('status');
		await expect.element(status).toBeVisible();
		expect(status.element().querySelectorAll('li')).toHaveLength(2);
		expect(status.element().querySelector('b')).toBeNull();
		await expect.element(status).toHaveTextContent('1 March 2018 <b>x</b>');
		await page.getByRole('button', { name: 'Dismiss' }).click();
		expect(dismissed).toBe(1);
	});

	it('keeps an empty, hidden status region when there is nothing to say', async () => {
		render(LinkNotices, { notices: [], ondismiss: () => {} });
		const status = page.getByRole('status', { includeHidden: true });
		await expect.element(status).not.toBeVisible();
		expect(status.element().textContent?.trim()).toBe('');
	});
});
