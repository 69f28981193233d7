import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SkipLinks from './SkipLinks.svelte';

describe('SkipLinks', () => {
	it('is hidden until focused, then shown at the top of the page', async () => {
		render(SkipLinks, { links: [{ label: 'Skip to the map', focus: () => {} }] });
		const link = page.getByRole('link', { name: 'Skip to the map' });
		const el = link.element() as HTMLElement;
		expect(el.getBoundingClientRect().bottom).toBeLessThanOrEqual(0);
		await userEvent.tab();
		expect(document.activeElement).toBe(el);
		expect(el.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
	});

	it('moves focus with the function it is given and leaves the URL alone', async () => {
		const target = document.createElement('button');
		target.textContent = 'the map';
		document.body.append(target);
		const before = location.href;
		render(SkipLinks, {
			links: [
				{ label: 'Skip to the map', focus: () => target.focus() },
				{ label: 'Skip to the timeline', focus: () => {} }
			]
		});
		await userEvent.tab();
		await userEvent.keyboard('{Enter}');
		expect(document.activeElement).toBe(target);
		expect(location.href).toBe(before);
		target.remove();
	});
});
