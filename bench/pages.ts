/**
 * Pages under measurement: each in a new browser context (empty cache), instrumented before any
 * of its scripts run (instrument.ts), and sealed: a request off the page's own origins is
 * blocked and reported. Uncaught errors and HTTP errors make the run fail; console errors are
 * reported as warnings.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Config } from './config';
import { VIEWPORT } from './config';
import { INSTRUMENT } from './instrument';

/** What went wrong during a run: errors make it exit 1 once the table is printed; warnings don't. */
export interface Problems {
	errors: string[];
	warnings: string[];
}

/** Everything a measurement needs: the settings, the running browser, where to report problems. */
export interface Session {
	cfg: Config;
	browser: Browser;
	problems: Problems;
}

/** Progress, on stderr (the table goes to stdout). */
export const log = (msg: string): void => void process.stderr.write(`· ${msg}\n`);

export async function newPage(
	s: Session,
	label: string,
	origins: string[]
): Promise<{ context: BrowserContext; page: Page }> {
	const { errors, warnings } = s.problems;
	const context = await s.browser.newContext({ viewport: VIEWPORT });
	// A control that never appears fails the run with its name instead of hanging it.
	context.setDefaultTimeout(60_000);
	await context.route(
		(url) => !origins.includes(url.origin) && url.protocol.startsWith('http'),
		(route) => {
			warnings.push(`${label}: blocked a request off the origin: ${route.request().url()}`);
			return route.abort();
		}
	);
	await context.addInitScript({ content: INSTRUMENT });
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(`${label}: uncaught ${e.name}: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') warnings.push(`${label}: console error: ${m.text().slice(0, 200)}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`${label}: HTTP ${r.status()} for ${r.url()}`);
	});
	return { context, page };
}

/** Opens a page, runs `measure` on it, and closes its context whatever happens. */
export async function withPage<T>(
	s: Session,
	label: string,
	origins: string[],
	measure: (page: Page, context: BrowserContext) => Promise<T>
): Promise<T> {
	const { context, page } = await newPage(s, label, origins);
	try {
		return await measure(page, context);
	} finally {
		await context.close();
	}
}

/** Waits for `[data-map-ready="true"]`; resolves with ms from navigation start to its appearing. */
export async function waitReady(page: Page, label: string): Promise<number> {
	try {
		await page.waitForSelector('[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
	} catch {
		throw new Error(`${label}: the map never became ready ([data-map-ready="true"])`);
	}
	return (await page.evaluate(
		'window.__bench.ready - performance.getEntriesByType("navigation")[0].startTime'
	)) as number;
}

/** Waits until the app's map is idle (`window.__atlas.idle()`), where the page has that hook. */
export const idle = (page: Page): Promise<unknown> =>
	page.evaluate('window.__atlas ? window.__atlas.idle() : null');
